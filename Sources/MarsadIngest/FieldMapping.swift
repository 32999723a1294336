import MarsadCore

/// Which field of a source's article objects holds each of a document's fields:
/// `--field text=content --field published=date_extracted` reads SaudiNewsNet's objects.
/// Fields not mapped are read under their own names.
public struct FieldMapping: Sendable, Equatable {
    /// The document fields that can be mapped.
    public enum Field: String, Sendable, CaseIterable {
        case text, id, title, published, url, byline, source
    }

    private var names: [Field: String] = [:]

    /// Every field under its own name.
    public init() {}

    /// A mapping from `NAME=SOURCE_FIELD` pairs.
    public init(parsing pairs: [String]) throws(MarsadError) {
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                throw MarsadError(.badRecord, "--field \(pair.debugDescription) is not NAME=SOURCE_FIELD")
            }
            guard let field = Field(rawValue: parts[0]) else {
                throw MarsadError(.badRecord, "--field \(pair.debugDescription): no field \(parts[0].debugDescription); fields are \(Field.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            names[field] = parts[1]
        }
    }

    /// The source field that holds `field`.
    public func name(of field: Field) -> String { names[field] ?? field.rawValue }
}
