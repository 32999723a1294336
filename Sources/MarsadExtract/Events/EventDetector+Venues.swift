import MarsadCore
import MarsadText

extension EventDetector {
    /// The spans with a town in the place of an actor where the town is the genitive of a meeting's or an agreement's
    /// noun (`mutualTypes`) in the construct state: it names where the parties meet, not one of them (محادثات جدة، قمة
    /// الرياض، مؤتمر باريس، اتفاق الطائف), a capital that elsewhere stands for its state too. A state is left a party
    /// (محادثات إيران), and so are capitals joined by و, which stand for their states (اتفاق واشنطن وأنقرة), and a town
    /// after a noun with the article or a pronoun, which is no construct.
    func withVenues(_ spans: [ArgumentSpan], _ hits: [Hit], _ document: AnnotatedDocument, _ forms: TokenForms) -> [ArgumentSpan] {
        var spans = spans
        for hit in hits where hit.tokens.count == 1 {
            let trigger = lexicon.triggers[Int(hit.entry)]
            let noun = forms.tokens[hit.tokens.lowerBound]
            guard trigger.kind == .noun, Self.mutualTypes.contains(trigger.type), !ProcliticFlags.of(noun).article,
                  noun.segmentation.encliticBytes == 0,
                  let i = spans.firstIndex(where: { $0.tokens.lowerBound == hit.tokens.upperBound }),
                  case let .entity(e) = spans[i].actor,
                  Self.isPlaceEntity(.entity(e), document) || namesCapital(spans[i].tokens.lowerBound, document),
                  !(i + 1 < spans.count && spans[i + 1].joined && spans[i + 1].tokens.lowerBound == spans[i].tokens.upperBound) else { continue }
            spans[i].actor = nil
            spans[i].place = e
            spans[i].sector = nil
            spans[i].isVenue = true
        }
        return spans
    }

    /// Whether a capital standing for its state (`Mention.isMetonym`) is named at token `k`.
    private func namesCapital(_ k: Int, _ document: AnnotatedDocument) -> Bool {
        let token = document.text.tokens[k]
        return document.mentions.contains {
            $0.type == .geopolitical && $0.isMetonym && $0.range.lowerBound < Int(token.end) && $0.range.upperBound > Int(token.start)
        }
    }
}
