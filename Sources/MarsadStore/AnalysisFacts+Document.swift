import MarsadCore

extension AnalysisFacts {
    /// The facts of an analysed document, with the ids and Unicode-scalar offsets that
    /// `AnalysisEncoder` writes into the analysis JSON, so rows and JSON agree.
    public init(_ annotated: AnnotatedDocument) {
        let text = annotated.document.text
        let offsets = ScalarOffsets(text)
        let utf8 = Array(text.utf8)
        func span(_ range: Range<Int>) -> Span {
            Span(start: offsets.scalarOffset(range.lowerBound), end: offsets.scalarOffset(range.upperBound),
                 text: String(decoding: utf8[range], as: UTF8.self))
        }
        self.init(
            mentions: annotated.mentions.enumerated().map { index, mention in
                Mention(id: "m\(index + 1)", span: span(mention.range), type: mention.type.rawValue,
                        entity: mention.entity.map { annotated.entities[$0].entity.id }, confidence: mention.confidence)
            },
            entities: annotated.entities.map { record in
                let entity = record.entity
                return Entity(id: entity.id, nameEN: entity.nameEn, nameAR: entity.nameAr, type: entity.type.rawValue,
                              country: entity.country, wikidata: entity.wikidata, cameo: record.cameo)
            },
            times: annotated.times.map { Time(span: span($0.range), value: $0.value) },
            quotes: annotated.quotes.map { quote in
                Quote(span: span(quote.range), speaker: quote.speaker.map { annotated.entities[$0].entity.id })
            },
            events: annotated.events.enumerated().map { index, event in
                Event(id: "e\(index + 1)", type: event.type.rawValue, mode: event.mode, context: event.context?.rawValue, cameo: event.cameo,
                      sources: event.source.map { annotated.entities[$0].entity.id },
                      targets: event.target.map { annotated.entities[$0].entity.id },
                      location: event.location.map { annotated.entities[$0].entity.id },
                      time: event.time.map { annotated.times[$0].value },
                      polarity: event.polarity.rawValue, modality: event.modality.rawValue,
                      trigger: span(event.trigger), sentence: span(event.sentence), confidence: event.confidence)
            },
            stances: annotated.stances.map { stance in
                let target: String
                switch stance.target {
                case .entity(let index): target = annotated.entities[index].entity.id
                case .topic(let range): target = span(range).text
                case nil: target = ""
                }
                return Stance(holder: annotated.entities[stance.holder].entity.id, target: target,
                              label: stance.label.rawValue, span: span(stance.range))
            },
            tone: annotated.tone.map { Tone(positive: $0.positive, negative: $0.negative, polarity: $0.polarity, words: $0.words) })
    }
}
