import MarsadText

extension SentenceArguments {
    /// Marks the relative clauses of a sentence that close with a punctuation mark (الحوثيون الذين يواجهون عملية
    /// تجري بدعم من طيران التحالف، قصفوا): the spans inside one end there (`relativeClauseEnd`), and the span right
    /// before its pronoun is the clause's head, which a verb right after the mark takes as its subject
    /// (`headsRelativeClause`).
    func markRelativeClauses(_ spans: inout [ArgumentSpan], in sentence: Range<Int>, _ forms: TokenForms) {
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard forms.tokens[k].kind == .word, forms.norm(k).isOne(of: Self.relativePronouns),
                  let end = (k + 1..<sentence.upperBound).first(where: { forms.tokens[$0].kind == .punctuation }) else {
                k += 1
                continue
            }
            for i in spans.indices {
                if spans[i].tokens.lowerBound > k && spans[i].tokens.upperBound <= end { spans[i].relativeClauseEnd = end }
                if spans[i].tokens.upperBound == k { spans[i].headsRelativeClause = end }
            }
            k = end
        }
    }

    /// The antecedent of a relative pronoun right before the verb at token `verb`, which is the verb's subject
    /// (حسن روحاني، الذي التقى وزير الاقتصاد الألماني: Rouhani met the minister; المسلحون الذين هاجموا الثكنة):
    /// the actor ending right before the pronoun or before a comma there. Nil when the verb bears an object's
    /// pronoun, which stands for the antecedent (الهجوم الذي نفذته الحركة), or without an actor there.
    static func relativeSubject(of verb: Int, in sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> EventActor? {
        let pronoun = verb - 1
        guard pronoun > sentence.lowerBound, forms.tokens[verb].segmentation.enclitic == 0, forms.tokens[pronoun].kind == .word,
              forms.norm(pronoun).isOne(of: relativePronouns) else { return nil }
        let end = forms.tokens[pronoun - 1].kind == .punctuation ? pronoun - 1 : pronoun
        return spans.last { $0.actor != nil && $0.tokens.upperBound == end }?.actor
    }

    /// The relative pronouns in normal form: الذي، التي، الذين، اللذان، اللتان، اللواتي.
    static let relativePronouns = ["الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "اللائي"]
        .map { Array($0.utf8) }
}
