import MarsadText

extension EventDetector {
    /// Whether the verb trigger at `k` has the relative ما (or مما، بما) right before it as its subject:
    /// "what threatens", "what helps", "what prompted", a clause about no one's act (كل ما يهدد
    /// أمن الوطن، ما يساعد على ضمان مكانة، ما دعا السلطات إلى، وهو ما يدعو للحذر). ما is the
    /// verb's object instead, and an actor of its own follows, when the verb carries the pronoun
    /// that takes ما up (وهو ما رفضته طهران، ما ترفضه مصر) or a preposition with it follows (وهو ما
    /// نددت به بكين، ما تدعو له الجماعات); but دعا with a pronoun prompted someone (ما دعاه للقلق).
    /// Not ما opening its sentence, which negates (`EventCueReader`), nor after إذا or متى, where it
    /// only strengthens a condition (إذا ما رفض الكونغرس الاتفاق).
    func hasWhatAsSubject(at k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard k - 1 > sentence.lowerBound, forms.norm(k - 1).isOne(of: Self.whatForms) else { return false }
        if forms.norm(k - 2).isOne(of: Self.conditionals) { return false }
        if k + 1 < sentence.upperBound, forms.norm(k + 1).isOne(of: Self.resumptive) { return false }
        if Self.stem(forms.tokens[k], forms.norm(k)).isOne(of: Self.prompting) { return true }
        return forms.tokens[k].segmentation.enclitic == 0
    }

    /// ما, and with من، ب، و or ف before it (مما ساعد على، بما يدعم استقرار، وما يدعو للاستغراب), in normal form.
    static let whatForms = [ArgumentMarker.what] + ["مما", "بما", "وما", "فما", "ومما", "وبما"].map { Array($0.utf8) }
    /// Words before ما that make it part of a condition (normal form: alef and alef maksura folded).
    static let conditionals = ["اذا", "واذا", "فاذا", "متي", "ومتي", "فمتي"].map { Array($0.utf8) }
    /// A preposition with the pronoun that takes ما up, after the verb (normal form).
    static let resumptive = ["به", "بها", "عليه", "عليها", "له", "لها", "اليه", "اليها", "فيه", "فيها", "منه", "منها", "عنه", "عنها"]
        .map { Array($0.utf8) }
    /// دعا as "prompted": its forms without clitics (normal form).
    static let prompting = ["دعا", "دعت", "يدعو", "تدعو"].map { Array($0.utf8) }
}
