/// A document with what the pipeline found in it. All offsets are UTF-8 offsets into
/// `document.text`; outputs convert them to Unicode scalar offsets.
public struct AnnotatedDocument: Sendable {
    public let document: Document
    /// Tokens, sentences, segments and language, once the text stage has run.
    public var text: TextAnalysis
    /// Mentions of entities, in text order, never overlapping.
    public var mentions: [Mention] = []
    /// The entities the mentions link to.
    public var entities: [DocumentEntity] = []
    /// Time expressions, in text order.
    public var times: [TimeExpression] = []
    /// Quotations and reported speech, in text order.
    public var quotes: [Quote] = []
    /// Who reacted how to what, in text order.
    public var stances: [Stance] = []
    /// Coded events, in text order of their triggers.
    public var events: [Event] = []
    /// The document's tone, once the tone stage has run.
    public var tone: DocumentTone?
    /// The tokens' lexicon readings, kept by the first stage that reads them (quotes) so
    /// that later ones (stances) do not make them again; they follow from `text` alone.
    public var wordKeys: WordKeys?
    /// The knowledge-base aliases the mention stage matched, before linking, kept so that the
    /// tagger does not match them again for its knowledge-base features.
    public var aliasMatches: AliasMatches?
    /// What the stages that ran have provided.
    public var provided: Set<AnnotationKind> = [.text]
    /// The names of the stages that ran, in order.
    public var stages: [String] = []

    public init(document: Document) {
        self.document = document
        text = TextAnalysis(tokens: [], sentences: [], norms: [], language: .undetermined)
    }
}

extension AnnotatedDocument {
    /// Removes the mentions at `indices`, and the entities no other mention links to, with
    /// the remaining mentions' links renumbered. For stages that run before any stage keeps
    /// entity indices of its own (quotes, stances, events).
    public mutating func removeMentions(_ indices: Set<Int>) {
        mentions = mentions.indices.filter { !indices.contains($0) }.map { mentions[$0] }
        dropUnlinkedEntities()
    }

    /// Leaves the mentions at `indices` unlinked (with `confidence`), and removes the entities
    /// no other mention links to, as `removeMentions` does.
    public mutating func unlinkMentions(_ indices: Set<Int>, confidence: Double) {
        for k in indices {
            mentions[k].entity = nil
            mentions[k].confidence = confidence
        }
        dropUnlinkedEntities()
    }

    private mutating func dropUnlinkedEntities() {
        let used = Set(mentions.compactMap(\.entity))
        var renumbered: [Int: Int] = [:]
        var kept: [DocumentEntity] = []
        for (index, entity) in entities.enumerated() where used.contains(index) {
            renumbered[index] = kept.count
            kept.append(entity)
        }
        entities = kept
        for k in mentions.indices { mentions[k].entity = mentions[k].entity.flatMap { renumbered[$0] } }
    }
}
