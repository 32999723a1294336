import MarsadCore

extension Pipeline {
    /// The standard pipeline over `resources`: every stage Marsad has, in order. It lives
    /// here, where the extraction stages are, because MarsadCore cannot see them.
    public static func standard(resources: ResourceBundle) throws(MarsadError) -> Pipeline {
        guard let events = resources.events else {
            throw MarsadError(.badResource, "the standard pipeline needs the event classifier; train it with `marsad train events`", input: "events")
        }
        let reading = try readingStages(resources: resources)
        // The stages' requirements are met by construction; a failure here is a bug.
        do {
            return try Pipeline(reading + [
                ToneStage(lexicon: resources.tone),
                QuoteStage(actors: resources.actors, kb: resources.kb),
                StanceStage(lexicon: resources.stances, actors: resources.actors, kb: resources.kb),
                EventStage(lexicon: resources.triggers, model: events, kb: resources.kb, clusters: resources.clusters),
            ])
        } catch {
            fatalError("\(error)")
        }
    }

    /// The stages that read the text, its names and its times, which the later stages build
    /// on: the standard pipeline's first, and all the event classifier's training reads.
    static func readingStages(resources: ResourceBundle) throws(MarsadError) -> [any Stage] {
        let tagger = try NERTagger(model: resources.ner, clusters: resources.clusters, kb: resources.kb)
        return [
            TextStage(lexicon: resources.stems), MentionStage(kb: resources.kb, lexicon: resources.stems),
            NERStage(tagger: tagger, kb: resources.kb, dates: resources.dates, lexicon: resources.stems),
            TimeStage(vocabulary: resources.dates),
        ]
    }
}
