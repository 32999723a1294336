import MarsadCore
import MarsadText

/// The words that introduce quotations and reported speech, in matching form: a closed
/// class small enough to live in code, with the past tense's person endings spelled out.
enum QuoteCues {
    /// What a cue word does.
    enum Kind: UInt32, Equatable {
        /// A verb of saying: introduces quotations and reported speech (قال، أكد، said).
        case speech
        /// A verb of publishing: introduces quotations only (نشر … مع تعليق «…»).
        case publish
        /// A noun of saying: introduces a quotation; a verb before it gives the speaker.
        case noun
        /// A participle of saying after a clause (قائلا، مضيفا أن): introduces quotations and
        /// reported speech; its speaker is the subject of the clause before it.
        case participle
    }

    /// Verbs of saying in the past tense (their person endings are added), Levantine and
    /// Gulf ones included (حكى).
    static let speechPast = [
        "قال", "أكد", "أوضح", "أضاف", "شدد", "وصف", "اعتبر", "حذر", "أعلن", "صرح", "ذكر", "أشار", "لفت",
        "أفاد", "تابع", "ركز", "زعم", "أبلغ", "أردف", "استطرد", "نوه", "أفصح", "كشف", "أقر", "اعترف", "تعهد",
        "طمأن", "جدد", "حكى", "استدرك", "شرح",
    ]
    /// Other forms of saying: present tense, weak verbs, dialect forms, English.
    static let speechOther = [
        "نفى", "نفت", "نفوا", "رأى", "رأت", "رأوا", "ادعى", "ادعت", "ادعوا", "يقول", "تقول", "يقولون", "يؤكد", "تؤكد",
        "يوضح", "توضح", "يضيف", "تضيف", "يشدد", "تشدد", "يصف", "تصف", "يعتبر", "تعتبر", "ينفي", "تنفي", "يحذر", "تحذر",
        "يعلن", "تعلن", "يرى", "ترى", "بيقول", "بتقول", "بيقولوا", "يحكي", "بيحكي", "قلنا", "يتابع", "تتابع", "يستدرك", "تستدرك", "يشرح", "تشرح",
        "يشير", "تشير", "يلفت", "تلفت",
        "said", "says", "say", "told", "added", "stressed", "warned", "announced", "noted", "insisted", "claimed", "denied",
    ]
    /// Verbs of publishing (their person endings are added).
    static let publishPast = ["نشر", "كتب", "غرد", "بث", "wrote", "posted", "tweeted"]
    /// Participles of saying, in their masculine, feminine and plural forms (قائلا، قائلة، قائلين).
    static let participles = ["قائل", "مضيف", "مؤكد", "موضح", "مشير", "معتبر", "محذر", "لافت", "مشدد", "مستدرك", "منوه", "مردف"]
    /// Nouns of saying.
    static let nouns = [
        "تعليق", "عبارة", "شعار", "تغريدة", "منشور", "بيان", "رسالة", "كلمة", "خطاب", "تصريح", "تصريحات",
        "قوله", "بقوله", "مقولة", "caption", "statement",
    ]
    /// Nouns that name what stands in quotation marks after them: a title or a name, not
    /// something said (رواية «…»، بعنوان «…»، تنظيم «…»).
    static let namingNouns: WordSet = {
        let normalizer = Normalizer(options: .matching)
        return WordSet(["عنوان", "بعنوان", "تحت عنوان", "رواية", "روايته", "روايتها", "كتاب", "كتابه", "كتابها", "ديوان", "ديوانه", "قصيدة",
                    "فيلم", "مسرحية", "مسلسل", "برنامج", "أغنية", "مقال", "مقالة", "مجلة", "صحيفة", "جريدة", "موقع", "قناة", "وكالة",
                    "تنظيم", "جماعة", "حركة", "جبهة", "لجنة", "مجموعة", "حزب", "شركة", "مؤسسة", "منظمة", "مشروع", "عملية", "خلية",
                    "كتيبة", "لواء", "فرقة", "ميليشيا", "جيش", "مبادرة", "حملة", "معرض", "مهرجان", "مؤتمر", "ملتقى", "منتدى", "دورية",
                    "لقب", "اسم", "باسم", "يدعى", "تدعى", "المعروف", "المعروفة", "يعرف", "تعرف", "عرف", "سمي", "سميت", "مصطلح",
                    "ما يسمى", "ما يعرف", "ما عرف"].map { Array(normalizer.normalized($0).utf8) })
    }()
    /// Words after which reported speech begins (أن، إن، بأنه، إنو، that).
    static let complementizers: WordSet = {
        let normalizer = Normalizer(options: .matching)
        return WordSet(["أن", "إن", "بأن", "أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم", "إنهم", "بأنهم", "أنهما", "إنهما",
                    "بأنهما", "إنو", "انو", "that"].map { Array(normalizer.normalized($0).utf8) })
    }()

    /// Function words that are never part of a speaker's name.
    static let functionWords: WordSet = {
        let normalizer = Normalizer(options: .matching)
        return WordSet(["هو", "هي", "هم", "هما", "نحن", "أنا", "هذا", "هذه", "ذلك", "تلك", "الذي", "التي", "الذين", "اللذين", "ما", "لا", "لم",
                    "لن", "قد", "وقد", "ثم", "بل", "أيضا", "كان", "كانت", "يكون", "تكون", "هناك", "هنا", "كل", "بعض", "أحد", "إحدى",
                    "حين", "عندما", "لكن", "أما", "إذا", "لو", "منه", "عنه", "له", "لها", "لهم", "عليه", "فيه", "ولم", "ولا", "وهو",
                    "وهي", "أمس", "اليوم", "الآن", "حينها", "حينذاك", "آنذاك", "يومها", "وقتها", "سابقا", "مؤخرا", "صراحة", "مرارا", "كذلك", "إلا", "إنما", "فقط", "جميعا"]
            .map { Array(normalizer.normalized($0).utf8) })
    }()

    /// Every cue word in matching form, with its kind's raw value.
    static let table: ByteKeyTable = {
        let normalizer = Normalizer(options: .matching)
        var table: [[UInt8]: Kind] = [:]
        let endings = ["", "ت", "وا", "تا", "ا"]
        for verb in speechPast { for ending in endings { table[Array(normalizer.normalized(verb + ending).utf8)] = .speech } }
        for word in speechOther { table[Array(normalizer.normalized(word).utf8)] = .speech }
        for verb in publishPast {
            for ending in verb.unicodeScalars.first!.isASCII ? [""] : endings { table[Array(normalizer.normalized(verb + ending).utf8)] = .publish }
        }
        for noun in nouns { table[Array(normalizer.normalized(noun).utf8)] = .noun }
        for stem in participles {
            for ending in ["ا", "ه", "ين", "ات"] { table[Array(normalizer.normalized(stem + ending).utf8)] = .participle }
        }
        return ByteKeyTable(table.map { ($0.key, $0.value.rawValue) })
    }()

    /// The kind of the cue word `key` (matching form), if it is one; `table` is `QuoteCues.table`,
    /// which a loop over every token reads once.
    @inline(__always)
    static func kind(_ key: ArraySlice<UInt8>, in table: ByteKeyTable = table) -> Kind? {
        key.withUnsafeBufferPointer { table.value(for: $0) }.flatMap(Kind.init(rawValue:))
    }
}
