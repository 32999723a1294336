import MarsadText

extension SentenceArguments {
    /// How many words may stand between قام and its subject (قامت قوة من الشرطة), and between the subject and the
    /// verbal noun with ب that says what it did (قام عشرة جنود، من قوة حفظ سلام تابعة للأمم المتحدة، باغتصابها).
    static let performReach = 3, performedReach = 10

    /// The token of the verbal noun with ب that the span, as the subject of قام before it, carried out (قام مسلحون
    /// مقنعون بخطف نائب رئيس البلدية: at بخطف): the span is its author, as a claimant is. قام stands within
    /// `performReach` words before the span with no ب-word or punctuation between (not قام بزيارة الجنود, whose
    /// subject is the verb's suffix); the verbal noun is the first word with ب within `performedReach` tokens after it
    /// that is none of the sentence's `places`, before a full stop or another verb of performing. Nil when no form of
    /// قام stands so.
    func performed(by span: Range<Int>, in sentence: Range<Int>, places: [Range<Int>], _ forms: TokenForms) -> Range<Int>? {
        func isPerforming(_ j: Int) -> Bool {
            forms.tokens[j].kind == .word && EventDetector.isOne(EventDetector.stem(forms.tokens[j], forms.norm(j)), withConjunction: Self.performing)
        }
        let earliest = max(sentence.lowerBound, span.lowerBound - Self.performReach - 1)
        guard let verb = (earliest..<span.lowerBound).last(where: isPerforming),
              (verb + 1..<span.lowerBound).allSatisfy({ forms.tokens[$0].kind != .punctuation && !ProcliticFlags.of(forms.tokens[$0]).preposition })
        else { return nil }
        for j in span.upperBound..<min(sentence.upperBound, span.upperBound + Self.performedReach) {
            if forms.tokens[j].kind == .punctuation && forms.norm(j).isOne(of: Self.fullStops) || isPerforming(j) { return nil }
            // ب on a word the segmenter left whole when five letters or more remain (باغتصابها), not a noun of
            // four that begins with the letter (بزات).
            if forms.tokens[j].kind == .word, ArgumentMarker.startsWithBa(j, forms, letters: 5), !places.contains(where: { $0.contains(j) }) {
                return j..<(j + 1)
            }
        }
        return nil
    }

    /// قام and its forms in normal form without clitics: قام، قامت، قاموا، يقوم، تقوم، يقومون.
    private static let performing = ["قام", "قامت", "قاموا", "قاما", "قامتا", "يقوم", "تقوم", "يقومون", "يقومان", "تقومان"]
        .map { Array($0.utf8) }
    /// Marks that end a sentence or clause the verbal noun cannot lie past: . ؛ ? !
    private static let fullStops = [".", "؛", "?", "؟", "!", ":"].map { Array($0.utf8) }
}
