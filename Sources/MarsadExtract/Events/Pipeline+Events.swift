import MarsadCore

extension Pipeline {
    /// The stages the event stage reads from (text, mentions, named entities, times), as the
    /// standard pipeline runs them, for training and scoring the event classifier on gold sentences.
    public static func beforeEvents(resources: ResourceBundle) throws(MarsadError) -> Pipeline {
        let reading = try readingStages(resources: resources)
        do {
            return try Pipeline(reading)
        } catch {
            throw MarsadError(.pipeline, "\(error)")
        }
    }
}
