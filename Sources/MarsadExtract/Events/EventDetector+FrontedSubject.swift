import MarsadText

extension EventDetector {
    /// The subject named before a verb and set off between commas, as news sets off a name after a title
    /// (وزير الخارجية الأمريكي، جون كيري، التقى نظيره الروسي): the actor whose span stands between the comma that opens
    /// the verb's clause and another, with no trigger before it in the sentence, named as no complement (بـ، لـ), no
    /// speaker and no place. Nil for a verb joined by و or ف, a participle (`isCircumstantial`), or any other verb.
    func frontedSubject(_ hit: Hit, _ hits: [Hit], _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> EventActor? {
        let comma = hit.tokens.lowerBound - 1
        let verb = forms.tokens[hit.tokens.lowerBound]
        guard comma > sentence.lowerBound, isComma(comma, forms), !hit.conjunction, !ProcliticFlags.of(verb).conjunction,
              !ProcliticFlags.of(verb).sequel, !Self.isCircumstantial(hit.tokens.lowerBound, forms),
              let subject = spans.last(where: { $0.tokens.upperBound <= comma }), subject.tokens.upperBound == comma,
              subject.tokens.lowerBound > sentence.lowerBound, isComma(subject.tokens.lowerBound - 1, forms),
              let actor = subject.actor, !subject.isOblique, !subject.isSpeaker, subject.place == nil, subject.marker == nil,
              !hits.contains(where: { $0.tokens.lowerBound < subject.tokens.lowerBound }) else { return nil }
        return actor
    }

    /// Whether token `k` is a comma, Arabic or Latin.
    func isComma(_ k: Int, _ forms: TokenForms) -> Bool {
        Self.isComma(k, forms.tokens, forms.norms)
    }

    /// The comma, Arabic and Latin, in UTF-8.
    static let commas = ["،", ","].map { Array($0.utf8) }
}
