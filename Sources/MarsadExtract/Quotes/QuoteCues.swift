import MarsadCore
import MarsadText

/// The words that introduce quotations and reported speech, in matching form: a closed
/// class small enough to live in code, with the past tense's person endings spelled out.
enum QuoteCues {
    /// What a cue word does.
    enum Kind: Equatable {
        /// A verb of saying: introduces quotations and reported speech (قال، أكد، said).
        case speech
        /// A verb of publishing: introduces quotations only (نشر … مع تعليق «…»).
        case publish
        /// A noun of saying: introduces a quotation; a verb before it gives the speaker.
        case noun
    }

    /// Verbs of saying in the past tense (their person endings are added), Levantine and
    /// Gulf ones included (حكى).
    static let speechPast = [
        "قال", "أكد", "أوضح", "أضاف", "شدد", "وصف", "اعتبر", "حذر", "أعلن", "صرح", "ذكر", "أشار", "لفت",
        "أفاد", "تابع", "ركز", "زعم", "أبلغ", "أردف", "استطرد", "نوه", "أفصح", "كشف", "أقر", "اعترف", "تعهد",
        "طمأن", "جدد", "حكى",
    ]
    /// Other forms of saying: present tense, weak verbs, dialect forms, English.
    static let speechOther = [
        "نفى", "نفت", "نفوا", "رأى", "رأت", "رأوا", "ادعى", "ادعت", "ادعوا", "يقول", "تقول", "يقولون", "يؤكد", "تؤكد",
        "يوضح", "توضح", "يضيف", "تضيف", "يشدد", "تشدد", "يصف", "تصف", "يعتبر", "تعتبر", "ينفي", "تنفي", "يحذر", "تحذر",
        "يعلن", "تعلن", "يرى", "ترى", "بيقول", "بتقول", "بيقولوا", "يحكي", "بيحكي", "قلنا",
        "said", "says", "say", "told", "added", "stressed", "warned", "announced", "noted", "insisted", "claimed", "denied",
    ]
    /// Verbs of publishing (their person endings are added).
    static let publishPast = ["نشر", "كتب", "غرد", "بث", "wrote", "posted", "tweeted"]
    /// Nouns of saying.
    static let nouns = [
        "تعليق", "عبارة", "شعار", "عنوان", "بعنوان", "تغريدة", "منشور", "بيان", "رسالة", "كلمة", "خطاب", "تصريح", "تصريحات",
        "قوله", "بقوله", "مقولة", "caption", "statement",
    ]
    /// Words after which reported speech begins (أن، إن، بأنه، إنو، that).
    static let complementizers: Set<[UInt8]> = {
        let normalizer = Normalizer(options: .matching)
        return Set(["أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم", "إنهم", "بأنهم", "أنهما", "إنهما",
                    "بأنهما", "إنو", "انو", "that"].map { Array(normalizer.normalized($0).utf8) })
    }()

    /// Every cue word in matching form.
    static let table: [[UInt8]: Kind] = {
        let normalizer = Normalizer(options: .matching)
        var table: [[UInt8]: Kind] = [:]
        let endings = ["", "ت", "وا", "تا", "ا"]
        for verb in speechPast { for ending in endings { table[Array(normalizer.normalized(verb + ending).utf8)] = .speech } }
        for word in speechOther { table[Array(normalizer.normalized(word).utf8)] = .speech }
        for verb in publishPast {
            for ending in verb.unicodeScalars.first!.isASCII ? [""] : endings { table[Array(normalizer.normalized(verb + ending).utf8)] = .publish }
        }
        for noun in nouns { table[Array(normalizer.normalized(noun).utf8)] = .noun }
        return table
    }()
}
