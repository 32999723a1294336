import MarsadCore

/// Whom a demand asks to act, named in the clause its أن opens.
extension EventDetector {
    /// The subject right after the verb that opens a clause of أن or بأن after the demand's verb at `hit`, its own subject
    /// between them, in its clause (طالبت مصر بأن تفرج الخرطوم عن الصيادين: Khartoum is asked), or nil. A verb row's noun
    /// is no such verb (شددت على أن الضحايا مدنيون).
    func addresseeAfterThat(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ clause: Range<Int>, _ forms: TokenForms) -> EventActor? {
        let start = hit.tokens.upperBound + 1, end = min(clause.upperBound, hit.tokens.upperBound + Self.reachAfter + 1)
        guard start < end, let verb = hits.first(where: { other in
            (start..<end).contains(other.tokens.lowerBound) && lexicon.triggers[Int(other.entry)].kind == .verb
                && !Self.bearsArticle(other.tokens.lowerBound, forms) && !Self.isVerbalNoun(forms.tokens[other.tokens.lowerBound], forms.norms)
                && SentenceArguments.followsThat(other.tokens.lowerBound, clause, forms)
        }) else { return nil }
        return spans.first { $0.actor != nil && $0.tokens.lowerBound == verb.tokens.upperBound }?.actor
    }
}
