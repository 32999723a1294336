import MarsadCore
import MarsadText

/// A verb of doing before a noun trigger, its subject between them, reports the act the noun names (عقد وزراء الخارجية
/// العرب اجتماعا طارئا، فرضت واشنطن عقوبات جديدة، قدمت قطر مساعدات مالية), as a phrase of the two does when they
/// stand together (فرض العقوبات، قدمت مساعدات).
extension EventDetector {
    /// Whether a verb of doing (`doingVerbs`) stands before the noun at `hit` in `clause`, with only actors, the
    /// words of a time and the commas that set off a day (فرض الاتحاد الأوروبي، اليوم الاثنين، عقوبات), and at most
    /// one word more between (an adjective of the subject: وزراء الخارجية العرب). A statement's noun (`voicedTypes`)
    /// is made by a verb of voicing it as well (أعربت مصر عن إدانتها، جدد المجلس إدانته، ردت إيران بإدانة القرار).
    func isDoneByVerb(_ hit: Hit, _ type: PloverType, _ spans: [ArgumentSpan], clause: Range<Int>, timeWords: Set<Int>, _ forms: TokenForms) -> Bool {
        let voiced = Self.voicedTypes.contains(type)
        return hasVerb(before: hit, spans, clause: clause, timeWords: timeWords, strays: 1, passing: [], forms) { j in
            Self.isDoingVerb(j, forms) || voiced && Self.isOne(Self.stem(forms.tokens[j], forms.norm(j)), withConjunction: Self.voicingVerbs)
        }
    }

    /// Whether a past verb of holding, resuming or signing (`holdingVerbs`) stands before the noun at `hit` as
    /// `isDoneByVerb` reads it, but with no word between that is not an actor's, a time's or a delegation's (وفدا الحكومة
    /// والمعارضة, whose generic actors start after it): it holds anew an act the article names as known (استأنف الجيش وقوات الدعم السريع
    /// المحادثات، وقعت الحكومة الاتفاق). Not the verbs of imposing or giving, whose object is more often a general one
    /// (يفرض الاتفاق قيودا، لتقديم الدعم).
    func isHeldByVerb(_ hit: Hit, _ spans: [ArgumentSpan], clause: Range<Int>, timeWords: Set<Int>, _ forms: TokenForms) -> Bool {
        hasVerb(before: hit, spans, clause: clause, timeWords: timeWords, strays: 0, passing: SentenceArguments.delegations, forms) { j in
            Self.isOne(Self.stem(forms.tokens[j], forms.norm(j)), withConjunction: Self.holdingVerbs)
        }
    }

    /// Whether a verb `isVerb` tells stands before the noun at `hit` in `clause`, past actors, the words of a time, the
    /// words `passing` (normal form without clitics or the article) and at most `strays` words more (`isDoneByVerb`).
    private func hasVerb(before hit: Hit, _ spans: [ArgumentSpan], clause: Range<Int>, timeWords: Set<Int>, strays: Int,
                         passing: [[UInt8]], _ forms: TokenForms, _ isVerb: (Int) -> Bool) -> Bool {
        var j = hit.tokens.lowerBound - 1
        var stray = 0
        while j >= clause.lowerBound, forms.tokens[j].kind == .word || timeWords.contains(j) {
            if isVerb(j) { return true }
            if let span = spans.last(where: { $0.actor != nil && $0.tokens.contains(j) }) {
                j = span.tokens.lowerBound - 1
            } else if timeWords.contains(j) || EventDetector.bareStem(j, forms).isOne(of: passing) {
                j -= 1
            } else {
                stray += 1
                guard stray <= strays else { return false }
                j -= 1
            }
        }
        return false
    }

    /// The types whose noun a verb of saying voices (`voicingVerbs`): the statements, and support.
    static let voicedTypes = statements.union([.support])

    /// Verbs that voice a statement named by their object, in normal form, past and present of the third person:
    /// expressing (أعرب عن، عبر عن، أبدى), renewing (جدد), announcing and affirming (أعلن، أكد) and answering with it (رد بـ).
    static let voicingVerbs = [
        "اكد", "اكدت", "اكدا", "اكدوا", "يؤكد", "تؤكد",
        "اعرب", "اعربت", "اعربا", "اعربوا", "يعرب", "تعرب", "عبر", "عبرت", "عبرا", "عبروا", "يعبر", "تعبر",
        "ابدي", "ابدت", "ابديا", "ابدوا", "يبدي", "تبدي", "جدد", "جددت", "جددا", "جددوا", "يجدد", "تجدد",
        "اعلن", "اعلنت", "اعلنا", "اعلنوا", "يعلن", "تعلن", "رد", "ردت", "ردا", "ردوا", "يرد", "ترد",
    ].map { Array($0.utf8) }

    /// Whether token `k` is a verb of doing, its clitics off (a conjunction the segmenter left on too).
    static func isDoingVerb(_ k: Int, _ forms: TokenForms) -> Bool {
        isOne(stem(forms.tokens[k], forms.norm(k)), withConjunction: doingVerbs)
    }

    /// Verbs whose object is an act they carry out, in normal form, past and present of the third person: holding a
    /// meeting or talks (عقد، أجرى، استأنف), imposing sanctions (فرض), giving or sending aid (قدم، أرسل، منح), signing or
    /// concluding an agreement (وقع، أبرم; not توقع, also "expects"); and the verbal nouns of giving, which a pledge
    /// names (تعهدت قطر بتقديم مساعدات). Not إجراء, most often a plan's (نخطط لإجراء محادثات).
    static let doingVerbs = [
        "عقد", "عقدت", "عقدا", "عقدوا", "يعقد", "تعقد", "يعقدان", "تعقدان", "يعقدون",
        "اجري", "اجرت", "اجريا", "اجروا", "يجري", "تجري", "يجريان", "تجريان", "يجرون",
        "استانف", "استانفت", "استانفا", "استانفوا", "يستانف", "تستانف",
        "فرض", "فرضت", "فرضا", "فرضوا", "يفرض", "تفرض", "يفرضان", "تفرضان",
        "قدم", "قدمت", "قدما", "قدموا", "يقدم", "يقدمان", "تقدمان", "يقدمون",
        "ارسل", "ارسلت", "ارسلا", "ارسلوا", "يرسل", "ترسل",
        "منح", "منحت", "منحا", "منحوا", "يمنح", "تمنح",
        "وقع", "وقعت", "وقعا", "وقعوا", "يوقع", "يوقعان", "ابرم", "ابرمت", "ابرما", "ابرموا", "يبرم", "تبرم",
        "تقديم", "ارسال",
    ].map { Array($0.utf8) }

    /// Past verbs of holding, resuming and signing, in normal form: their object is an act held now (`isHeldByVerb`).
    static let holdingVerbs = [
        "عقد", "عقدت", "عقدا", "عقدوا", "اجري", "اجرت", "اجريا", "اجروا", "استانف", "استانفت", "استانفا", "استانفوا",
        "وقع", "وقعت", "وقعا", "وقعوا", "ابرم", "ابرمت", "ابرما", "ابرموا",
    ].map { Array($0.utf8) }
}
