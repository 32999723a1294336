import MarsadCore
import MarsadText

extension EventDetector {
    /// The subject of an act its doer claims, told as a plain report is: a verb of reporting opens the sentence or its
    /// main clause, its subject the speaker (`subject(afterOpeningVerb:)`, `ArgumentSpan.isSpeaker`), and the act's past
    /// verb opens what is reported, after a complementizer with the speaker's pronoun (وقال الجيش الإسرائيلي في بيان إنه
    /// استهدف مواقع لحزب الله), or after أن and a name of the speaker again or of the body a spokesperson's title names
    /// (وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن الجماعة استهدفت السفينة). The speaker's span is returned for the
    /// first, the name after أن for the second; nil when the doer is not the speaker (قالت الشرطة إن مسلحين هاجموا),
    /// which the classifier judges.
    func claimant(_ hit: Hit, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ document: AnnotatedDocument,
                  _ forms: TokenForms) -> ArgumentSpan? {
        let k = hit.tokens.lowerBound
        let verb = forms.tokens[k]
        guard Self.readsAsVerb(verb, forms.norms), !Self.isPresentVerb(verb, forms.norms) else { return nil }
        let main = Self.mainClauseStart(sentence, forms)
        guard forms.tokens[main].kind == .word, let speaker = subject(afterOpeningVerb: main..<(main + 1), spans, forms),
              speaker.isSpeaker, let actor = speaker.actor else { return nil }
        if let pronoun = pronounBefore(k, among: Self.pronounComplementizers, sentence, forms) {
            return pronoun - speaker.tokens.upperBound <= Self.claimGap ? speaker : nil
        }
        guard let named = spans.last(where: { $0.tokens.upperBound == k }), let doer = named.actor,
              doer == actor || Self.names(doer, within: speaker.tokens, document), named.tokens.lowerBound > speaker.tokens.upperBound,
              SentenceArguments.followsThat(named.tokens.lowerBound, sentence, forms),
              named.tokens.lowerBound - 1 - speaker.tokens.upperBound <= Self.claimGap else { return nil }
        return named
    }

    /// Whether a mention among `tokens` names the entity `actor` is (الحوثيين in المتحدث باسم الحوثيين يحيى سريع).
    static func names(_ actor: EventActor, within tokens: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        guard case let .entity(e) = actor else { return false }
        let words = document.text.tokens
        let bytes = Int(words[tokens.lowerBound].start)..<Int(words[tokens.upperBound - 1].end)
        return document.mentions.contains { $0.entity == e && bytes.contains($0.range.lowerBound) && $0.range.upperBound <= bytes.upperBound }
    }

    /// How many words may stand between a claim's speaker and its complementizer: where and how it spoke (في بيان، اليوم
    /// الأحد، عبر منصة إكس).
    static let claimGap = 4
}
