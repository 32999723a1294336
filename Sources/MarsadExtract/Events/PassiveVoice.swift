import MarsadText

/// How an assault verb is read, though unvocalised Arabic writes قُتِل and قَتَل alike.
enum AssaultVoice: Equatable {
    case active
    /// By a form only the passive has (أصيب، اغتيل، استشهد), a passive joined to it (قتل شخص
    /// وأصيب آخرون), others who suffered alike after it (وجرح سبعة آخرون), or a count before
    /// the subject of a verb of killing (12 مسلحا قتلوا).
    case passive
    /// By the attack it happened in after it, at token `attack` (قتل جندي في انفجار، قتلا بانفجار، جراء
    /// هجوم), unless the verb has an object as well as a subject (قتل الجيش مسلحين في غارة); the attack's
    /// war machine is none (قتل عنصر في حزب الله بغارة إسرائيلية).
    case passiveUnlessObject(attack: Int)
}

extension AssaultVoice {
    /// The word of the attack a verb's subject was struck in, read after it.
    var attackWord: Int? {
        if case let .passiveUnlessObject(attack) = self { attack } else { nil }
    }

    /// Whether the verb reads as a passive, given whether it has an object.
    func isPassive(withObject object: Bool) -> Bool {
        switch self {
        case .active: false
        case .passive: true
        case .passiveUnlessObject: !object
        }
    }
}

extension EventDetector {
    /// How many words after the verb the attack it happened in, or a passive joined to it, may stand; the words of a
    /// time are not counted after a verb that opens its clause (قتل عنصر في حزب الله أمس الجمعة بغارة), which reaches
    /// further, past its subject's name and the group it comes from (قتل محمود سالم من كتائب القسام في غارة). After its
    /// subject a verb is active more often (قد قتلت أول من أمس أربعة من المتهمين بالهجوم).
    static let passiveReach = 6, openingPassiveReach = 8

    /// The voice of the assault verb of `hit`; `hits` are the sentence's triggers, `timeWords` the tokens of its times;
    /// `opensClause`: only punctuation stands before the verb in its clause.
    func voice(_ hit: Hit, _ hits: [Hit], _ sentence: Range<Int>, opensClause: Bool, timeWords: Set<Int>, _ forms: TokenForms) -> AssaultVoice {
        let verb = hit.tokens.lowerBound
        if Self.isPassiveForm(verb, forms) { return .passive }
        if Self.isKilling(verb, forms), Self.countsItsSubject(verb, sentence, forms) { return .passive }
        var end = hit.tokens.upperBound, counted = 0
        while end < sentence.upperBound, counted < (opensClause ? Self.openingPassiveReach : Self.passiveReach) {
            if !(opensClause && timeWords.contains(end)) { counted += 1 }
            end += 1
        }
        let reach = hit.tokens.upperBound..<end
        for k in reach {
            // A passive or آخرون joined to the verb: the actors after the verb are all casualties.
            if Self.isPassiveForm(k, forms) || forms.norm(k).isOne(of: Self.othersNominative) { return .passive }
            // Any assault word after a preposition is a noun, whatever its lexicon row.
            if let other = hits.first(where: { $0.tokens.lowerBound == k }), lexicon.triggers[Int(other.entry)].type == .assault,
               ProcliticFlags.of(forms.tokens[k]).preposition || Self.circumstance.contains(where: { forms.norm(k - 1).elementsEqual($0) }) {
                return .passiveUnlessObject(attack: k)
            }
        }
        // A count right after a verb of killing, or after نحو, حوالي or ما لا يقل عن, is who was killed, its object or its
        // passive subject alike (فقتلت 32 متمردا، قتل ثلاثة مسلحين، قتل نحو 150 متمردا), unless a subject stands beside it.
        let count = verb + 1 < sentence.upperBound ? CountApproximation.count(from: verb + 1, in: sentence, forms.tokens, forms.norms) : verb + 1
        if Self.isKilling(verb, forms), count < sentence.upperBound,
           forms.tokens[count].kind == .number || ArgumentMarker.isCount(forms.norm(count)) {
            return .passiveUnlessObject(attack: sentence.upperBound)
        }
        return .active
    }

    /// Whether the assault noun of `hit` is the attack a passive verb just before it happened in
    /// (جنديان قتلا بانفجار): the actor before the noun was struck by it.
    func followsPassive(_ hit: Hit, _ hits: [Hit], _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        hits.contains { verb in
            lexicon.triggers[Int(verb.entry)].kind == .verb && lexicon.triggers[Int(verb.entry)].type == .assault
                && verb.tokens.upperBound <= hit.tokens.lowerBound && hit.tokens.lowerBound - verb.tokens.upperBound <= 1
                && voice(verb, hits, sentence, opensClause: false, timeWords: [], forms) != .active
        }
    }

    /// How many words may stand between a verb of undergoing and the attack noun it governs: its
    /// subject, with that subject's rank and organisation (تعرض قيادي في حركة فتح للخطف).
    static let undergoingReach = 8

    /// Whether the assault noun of `hit`, or the noun right before it (لمحاولة اغتيال), takes ل after a verb of
    /// undergoing earlier in its sentence (تعرض قيادي في حركة فتح للخطف، تعرضت القافلة أمس لهجوم): the actor
    /// before the noun was struck.
    func followsUndergoing(_ hit: Hit, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        var first = hit.tokens.lowerBound
        if !ProcliticFlags.of(forms.tokens[first]).lam, first > sentence.lowerBound, forms.tokens[first - 1].kind == .word { first -= 1 }
        guard ProcliticFlags.of(forms.tokens[first]).lam else { return false }
        return (max(sentence.lowerBound, first - Self.undergoingReach)..<first).contains { j in
            forms.tokens[j].kind == .word && Self.stem(forms.tokens[j], forms.norm(j)).starts(with: Self.underwent)
        }
    }

    /// Whether the sentence opens with the past verb of undergoing that the assault noun of `hit` follows (تعرضت دورية
    /// للجيش لإطلاق نار، وتعرض المقر لهجوم): not its present (يتعرض), which tells what goes on or may come.
    func opensWithUndergoing(_ hit: Hit, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard followsUndergoing(hit, sentence, forms),
              let first = (sentence.lowerBound..<hit.tokens.lowerBound).first(where: { forms.tokens[$0].kind != .punctuation }) else { return false }
        return Self.withoutConjunction(Self.stem(forms.tokens[first], forms.norm(first))).starts(with: Self.underwent)
    }

    /// تعرض in normal form: the start of the verb of undergoing (تعرض، تعرضت، تعرضوا).
    private static let underwent = Array("تعرض".utf8)

    /// Whether a number counts who a verb of killing or wounding follows (17 متمردا قتلوا): those
    /// counted were killed, whoever they are. After the verb a count may be its object (قتلت القوات 11 مسلحا).
    private static func countsItsSubject(_ verb: Int, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        verb - 2 >= sentence.lowerBound && forms.tokens[verb - 2].kind == .number && forms.tokens[verb - 1].kind == .word
    }

    /// Whether token `k` is a past verb of killing or wounding (قتل، فقتلوا، جرحت).
    private static func isKilling(_ k: Int, _ forms: TokenForms) -> Bool {
        let word = stem(forms.tokens[k], forms.norm(k))
        return killingForms.contains { word.elementsEqual($0) }
    }

    /// Past forms of killing and wounding, in normal form without clitics.
    private static let killingForms = ["قتل", "قتلت", "قتلا", "قتلوا", "جرح", "جرحت", "جرحا", "جرحوا"].map { Array($0.utf8) }

    private static func isPassiveForm(_ k: Int, _ forms: TokenForms) -> Bool {
        let word = forms.norm(k)
        // With the conjunction و or without: وأصيب آخرون.
        let bare = word.starts(with: "و".utf8) ? UnsafeBufferPointer(rebasing: word.dropFirst(2)) : word
        return passiveForms.contains { word.elementsEqual($0) || bare.elementsEqual($0) }
    }

    /// Verb forms only the passive has, in normal form (alef folded): was hit, was assassinated, was martyred.
    private static let passiveForms = ["اصيب", "اصيبت", "اصيبا", "اصيبوا", "اغتيل", "اغتيلت", "استشهد", "استشهدت", "استشهدا", "استشهدوا"]
        .map { Array($0.utf8) }
    /// آخرون and the dual آخران: "others", in the nominative a passive's subject takes (وجرح
    /// سبعة آخرون، وقتل جنديان آخران).
    private static let othersNominative = ["اخرون", "اخران"].map { Array($0.utf8) }
    /// Words before the attack a passive happened in: في، جراء، إثر، خلال.
    private static let circumstance = ["في", "جراء", "اثر", "خلال", "بسبب"].map { Array($0.utf8) }
}
