/// What a stage can require of a document or provide to it.
public enum AnnotationKind: String, Sendable, CaseIterable, Comparable {
    case text, language, tokens, segments, sentences
    case mentions, entities, times, quotes, events, stances, tone

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One step of analysis: a small value type that reads only immutable, shared resources,
/// so that one pipeline serves many threads.
public protocol Stage: Sendable {
    /// A stable, versioned name (`text`).
    var name: String { get }
    /// What must be on the document before this stage runs.
    var requires: Set<AnnotationKind> { get }
    /// What this stage puts on the document.
    var provides: Set<AnnotationKind> { get }
    /// Annotates `document`.
    func run(_ document: inout AnnotatedDocument)
}

/// A pipeline that cannot be built.
public struct PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    public let stage: String
    public let missing: [AnnotationKind]

    public var description: String {
        "stage ‘\(stage)’ requires \(missing.map(\.rawValue).joined(separator: ", ")), which no earlier stage provides"
    }
}

/// Stages in order, checked when built: each stage's requirements are met by the stages
/// before it (the text itself is always there).
public struct Pipeline: Sendable {
    public let stages: [any Stage]
    /// The Marsad version recorded with every analysis.
    public static let version = "0.1.0"

    public init(_ stages: [any Stage]) throws(PipelineError) {
        var available: Set<AnnotationKind> = [.text]
        for stage in stages {
            let missing = stage.requires.subtracting(available)
            guard missing.isEmpty else { throw PipelineError(stage: stage.name, missing: missing.sorted()) }
            available.formUnion(stage.provides)
        }
        self.stages = stages
    }

    /// Everything the stages provide, with the text.
    public var provides: Set<AnnotationKind> {
        stages.reduce(into: [.text]) { $0.formUnion($1.provides) }
    }

    /// Runs every stage over `document`.
    public func run(_ document: Document) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document: document)
        for stage in stages {
            stage.run(&annotated)
            annotated.provided.formUnion(stage.provides)
            annotated.stages.append(stage.name)
        }
        return annotated
    }
}
