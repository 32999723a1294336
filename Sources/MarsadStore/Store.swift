import MarsadCore

/// Where analysed documents live. Every implementation behaves the same and passes the
/// same test suite (MarsadStoreTests' `StoreConformance`): SQLite, the embedded default,
/// and PostgreSQL behind it.
///
/// A store never runs the pipeline: it keeps documents, their analyses and the facts in
/// them, finds duplicates by content id and near-duplicates by fingerprint, and searches.
/// Every write is one transaction: it is there entirely after a crash or not at all.
/// Errors are `MarsadError`s with the `store` code (or `storeVersion` when opening a store
/// from a newer Marsad).
public protocol Store: Sendable {
    /// Which of `ids` the store already holds, with the stamp of each one's analysis (nil
    /// for a near-duplicate, which has none).
    func existing(_ ids: [String]) throws(MarsadError) -> [String: AnalysisStamp?]

    /// Adds `documents` in one transaction, in order, and says what became of each: a
    /// document whose id is already there is a duplicate; one whose fingerprint is within
    /// `nearDuplicateDistance` bits of a stored original's, and whose text resembles that
    /// original's (`Fingerprint.resemblance` at least `Fingerprint.minimumResemblance`), is
    /// stored as that original's near-duplicate (the nearest, the earliest on a tie); any
    /// other is added with its analysis and indexed for search. A store finds distances up
    /// to 5 bits.
    func add(_ documents: [NewDocument], nearDuplicateDistance: Int) throws(MarsadError) -> [WriteOutcome]

    /// Replaces the analyses of stored documents (id, new analysis) in one transaction:
    /// the old analysis and every fact of it go, the new ones come.
    func replaceAnalyses(_ analyses: [(id: String, analysis: AnalysisRecord)]) throws(MarsadError)

    /// The document with `id`, or nil.
    func document(_ id: String) throws(MarsadError) -> StoredDocument?

    /// The analysis of the document with `id`, or nil when there is none.
    func analysis(of id: String) throws(MarsadError) -> AnalysisRecord?

    /// The ids of the near-duplicates linked to the document with `id`.
    func nearDuplicates(of id: String) throws(MarsadError) -> [String]

    /// How many documents, near-duplicates and analyses the store holds.
    func counts() throws(MarsadError) -> StoreCounts

    /// Calls `body` with every stored analysis JSON, near-duplicates left out, in the order
    /// the documents were added. `body` must not call the store.
    func forEachAnalysis(_ body: ([UInt8]) throws -> Void) throws

    /// Every entity the stored analyses refer to, with how many documents and mentions
    /// refer to it; most documents first, then by id.
    func entities() throws(MarsadError) -> [EntitySummary]

    /// Calls `body` with every event of the stored analyses and the document it is in, in
    /// the order the documents were added. `body` must not call the store.
    func forEachEvent(_ body: (EventOrigin, AnalysisFacts.Event) throws -> Void) throws

    /// The documents best matching `query` (every word of it, matched as `SearchTerms`
    /// matches them), best first, at most `limit`.
    func search(_ query: String, limit: Int) throws(MarsadError) -> [SearchHit]
}

/// A document found by a search, with a passage that shows why.
public struct SearchHit: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var url: String?
    public var published: String?
    /// Higher is better (the negated BM25 rank).
    public var score: Double
    /// A passage of the text around the best cluster of matches.
    public var snippet: AnalysisFacts.Span
    /// The matched words inside the snippet.
    public var highlights: [AnalysisFacts.Span]
}

/// An entity across the store: its description (as the latest analysis that names it gives
/// it) and how often it is referred to.
public struct EntitySummary: Sendable, Equatable {
    public var entity: AnalysisFacts.Entity
    /// Documents whose analysis lists it.
    public var documents: Int
    /// Mentions linked to it.
    public var mentions: Int

    public init(entity: AnalysisFacts.Entity, documents: Int, mentions: Int) {
        (self.entity, self.documents, self.mentions) = (entity, documents, mentions)
    }
}

/// The document an event was found in, with its mentions (to show the words that name
/// an event's actors).
public struct EventOrigin: Sendable, Equatable {
    public var document: String
    public var title: String?
    public var published: String?
    public var url: String?
    public var mentions: [AnalysisFacts.Mention]

    public init(document: String, title: String? = nil, published: String?, url: String?, mentions: [AnalysisFacts.Mention] = []) {
        (self.document, self.title, self.published, self.url, self.mentions) = (document, title, published, url, mentions)
    }
}
