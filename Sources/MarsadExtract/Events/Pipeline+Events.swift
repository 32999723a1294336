import MarsadCore

extension Pipeline {
    /// The stages the event stage reads from (text, mentions, named entities, times), for
    /// training and scoring the event classifier on gold sentences.
    public static func beforeEvents(resources: ResourceBundle) throws(MarsadError) -> Pipeline {
        let tagger = try NERTagger(model: resources.ner, clusters: resources.clusters, kb: resources.kb)
        do {
            return try Pipeline([
                TextStage(lexicon: resources.stems), MentionStage(kb: resources.kb), NERStage(tagger: tagger, kb: resources.kb, dates: resources.dates),
                TimeStage(vocabulary: resources.dates),
            ])
        } catch {
            throw MarsadError(.pipeline, "\(error)")
        }
    }
}
