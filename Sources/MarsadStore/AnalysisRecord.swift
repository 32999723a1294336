import MarsadCore

/// Which pipeline made an analysis: Marsad's version, its stages and each resource's
/// version. A store replaces an analysis whose stamp differs from the current one.
public struct AnalysisStamp: Sendable, Equatable, Hashable {
    public var pipeline: String
    public var stages: [String]
    public var resources: [String: String]

    public init(pipeline: String, stages: [String], resources: [String: String]) {
        self.pipeline = pipeline
        self.stages = stages
        self.resources = resources
    }
}

/// One document's analysis as a store keeps it: the analysis object of the command-line
/// contract (the bytes `marsad analyze` writes) and its facts as rows, for queries across
/// documents. All offsets are Unicode scalar offsets into the document's text.
public struct AnalysisRecord: Sendable, Equatable {
    public var stamp: AnalysisStamp
    /// The analysis JSON, one line without its line break.
    public var json: [UInt8]
    public var facts: AnalysisFacts

    public init(stamp: AnalysisStamp, json: [UInt8], facts: AnalysisFacts = AnalysisFacts()) {
        self.stamp = stamp
        self.json = json
        self.facts = facts
    }

    /// The record of `annotated`, encoded by `encoder`, stamped with the pipeline's version,
    /// the stages that ran and the encoder's resources.
    public init(_ annotated: AnnotatedDocument, encoder: AnalysisEncoder) {
        self.init(stamp: AnalysisStamp(pipeline: Pipeline.version, stages: annotated.stages, resources: encoder.resources),
                  json: encoder.encode(annotated), facts: AnalysisFacts(annotated))
    }
}

/// A document on its way into a store.
public struct NewDocument: Sendable, Equatable {
    /// The document; its `id` must be its content id (`Document.contentID(of:)`).
    public var document: Document
    /// The id the source gave it, if any.
    public var sourceID: String?
    /// Its SimHash over normalised word shingles, or nil when the text is too short to
    /// compare; near-duplicates are found by it.
    public var fingerprint: UInt64?
    public var analysis: AnalysisRecord

    public init(document: Document, sourceID: String? = nil, fingerprint: UInt64?, analysis: AnalysisRecord) {
        self.document = document
        self.sourceID = sourceID
        self.fingerprint = fingerprint
        self.analysis = analysis
    }
}

/// What a store did with a new document.
public enum WriteOutcome: Sendable, Equatable {
    /// Stored, analysed and indexed.
    case added
    /// A document with the same content id was already there.
    case duplicate
    /// Stored and linked to the document it nearly repeats (`original`), not analysed or
    /// indexed as a story of its own.
    case nearDuplicate(original: String)
}

/// A document as a store holds it.
public struct StoredDocument: Sendable, Equatable {
    public var document: Document
    public var sourceID: String?
    public var fingerprint: UInt64?
    /// The id of the document this one nearly repeats, if it is a near-duplicate.
    public var original: String?
    /// The stamp of its analysis; nil for a near-duplicate.
    public var stamp: AnalysisStamp?

    public init(document: Document, sourceID: String?, fingerprint: UInt64?, original: String?, stamp: AnalysisStamp?) {
        (self.document, self.sourceID, self.fingerprint, self.original, self.stamp) = (document, sourceID, fingerprint, original, stamp)
    }
}

/// How many documents a store holds.
public struct StoreCounts: Sendable, Equatable {
    /// Every document, near-duplicates included.
    public var documents: Int
    public var nearDuplicates: Int
    public var analyses: Int

    public init(documents: Int, nearDuplicates: Int, analyses: Int) {
        (self.documents, self.nearDuplicates, self.analyses) = (documents, nearDuplicates, analyses)
    }
}
