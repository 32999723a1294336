import MarsadCore
import MarsadText

extension EventDetector {
    /// The hits without the tolls an attack is said not to have taken, when another attack's word stands in the
    /// sentence: that attack happened, and the casualties denied are no event of their own (تعرضت دورية لهجوم، ولم يسفر
    /// الهجوم عن سقوط ضحايا). A toll denied with no other word of the attack stays, negated.
    func withoutDeniedTolls(_ hits: [Hit], in sentence: Range<Int>, _ forms: TokenForms) -> [Hit] {
        let denied = hits.filter { lexicon.triggers[Int($0.entry)].type == .assault && isDeniedToll($0, in: sentence, forms) }
        guard !denied.isEmpty, hits.contains(where: { hit in
            lexicon.triggers[Int(hit.entry)].type == .assault && !denied.contains { $0.tokens == hit.tokens }
        }) else { return hits }
        return hits.filter { hit in !denied.contains { $0.tokens == hit.tokens } }
    }

    /// Whether a hit is a noun of casualties that a negated verb of yielding says the attack did not take, after عن
    /// and maybe سقوط، وقوع or أي (لم يسفر الهجوم عن سقوط ضحايا، دون أن يسفر عن إصابات), or that دون denies
    /// outright (دون وقوع إصابات).
    private func isDeniedToll(_ hit: Hit, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound
        guard forms.tokens[k].kind == .word, Self.isCasualtyNoun(forms.tokens[k], forms.norms) else { return false }
        var j = k - 1
        while j > sentence.lowerBound, forms.norm(j).isOne(of: Self.tollWords) { j -= 1 }
        guard j >= sentence.lowerBound, forms.tokens[j].kind == .word else { return false }
        if forms.norm(j).isOne(of: Self.withoutWords) { return true }
        guard forms.norm(j).equals(Self.about) else { return false }
        // The verb of yielding stands before عن, its subject maybe between (لم يسفر الهجوم عن).
        guard let verb = stride(from: j - 1, through: max(sentence.lowerBound, j - 3), by: -1).first(where: {
            forms.tokens[$0].kind == .word && EventCueReader.isYieldingVerb($0, forms)
        }), verb > sentence.lowerBound else { return false }
        let before = forms.norm(verb - 1)
        return before.isOne(of: Self.negatingYield)
            || before.equals(Self.thatWord) && verb - 2 >= sentence.lowerBound && forms.norm(verb - 2).isOne(of: Self.withoutWords)
    }

    /// Words between عن and the casualties, in normal form: the falling or happening of them, any.
    private static let tollWords = ["سقوط", "وقوع", "اي", "اية"].map { Array($0.utf8) }
    /// دون and بدون in normal form: without.
    private static let withoutWords = ["دون", "بدون", "ودون"].map { Array($0.utf8) }
    /// The negations of a verb of yielding right before it, in normal form; not ما, which before it is "what" (ما أسفر
    /// عنه الهجوم).
    private static let negatingYield = ["لم", "ولم", "لا", "ولا", "لن"].map { Array($0.utf8) }
    /// أن in normal form, after دون before the verb (دون أن يسفر).
    private static let thatWord = Array("ان".utf8)
}
