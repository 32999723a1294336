import MarsadCore
import MarsadText

extension EventDetector {
    /// Who asks, and whom, in a request's noun under ب before من (يعقد مجلس الأمن جلسة بطلب من الأردن والإمارات، أفرج عنه
    /// بدعوة من الملك): the actors right after من, with those joined to them, made the request; it asks whom the
    /// roles read as its source, the one who acts at their behest. Nil for any other noun, or with no actor after من.
    func behest(of hit: Hit, _ trigger: EventTrigger, source: [EventActor], target: [EventActor], _ spans: [ArgumentSpan],
                in sentence: Range<Int>, _ forms: TokenForms) -> (source: [EventActor], target: [EventActor])? {
        let noun = forms.tokens[hit.tokens.lowerBound]
        let from = hit.tokens.upperBound
        guard trigger.type == .request, trigger.kind == .noun, ProcliticFlags.of(noun).preposition, from + 1 < sentence.upperBound,
              forms.norm(from).equals(Self.from),
              let first = spans.firstIndex(where: { $0.actor != nil && $0.tokens.lowerBound == from + 1 }) else { return nil }
        var askers = [spans[first].actor!]
        var end = spans[first].tokens.upperBound
        for span in spans[(first + 1)...] where span.joined && span.tokens.lowerBound == end {
            guard let actor = span.actor else { break }
            askers.append(actor)
            end = span.tokens.upperBound
        }
        let asked = (source + target).filter { !askers.contains($0) }
        return (askers, Array(asked.prefix(1)))
    }
}
