import Foundation
import MarsadCore

/// An article object (a JSON Lines record or an element of a JSON array) read as a
/// document through a `FieldMapping`.
public enum ArticleRecord {
    /// The document in `record`; `place` names it in errors (a path, with a line or an
    /// array index). `published` accepts `YYYY-MM-DD`, optionally followed by a time.
    public static func document(_ record: [String: Any], mapping: FieldMapping, name: String, line: Int?,
                                source: String) throws(MarsadError) -> Document {
        func string(_ field: FieldMapping.Field) throws(MarsadError) -> String? {
            let key = mapping.name(of: field)
            switch record[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            case let value as NSNumber where field == .id: return value.stringValue
            default: throw MarsadError(.badRecord, "`\(key)` must be a string", input: name, line: line)
            }
        }
        let textKey = mapping.name(of: .text)
        guard let text = try string(.text) else {
            throw MarsadError(.badRecord, "the record has no `\(textKey)`", input: name, line: line)
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw MarsadError(.emptyInput, "`\(textKey)` is empty", input: name, line: line)
        }
        guard !text.unicodeScalars.contains("\u{0}") else {
            throw MarsadError(.binaryInput, "`\(textKey)` holds a NUL character", input: name, line: line)
        }
        var published: PublicationTime?
        if let value = try string(.published), !value.isEmpty {
            guard let time = PublicationTime(iso: value) else {
                throw MarsadError(.badDate, "`\(mapping.name(of: .published))` is not an ISO 8601 date: \(value.debugDescription)", input: name, line: line)
            }
            published = time
        }
        return Document(text: text, id: try string(.id), title: try string(.title), byline: try string(.byline),
                        published: published, url: try string(.url), source: try string(.source) ?? source)
    }
}
