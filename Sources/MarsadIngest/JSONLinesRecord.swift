import Foundation
import MarsadCore

/// One JSON Lines record: an object with a `text` string and, optionally, `id`, `title`,
/// `published` (ISO 8601) and `url`.
public enum JSONLinesRecord {
    /// The document on line `line` of `name` with the number of invalid UTF-8 sequences
    /// replaced in it (with `options.lossy`), or nil for a blank line.
    public static func document(_ bytes: [UInt8], line: Int, name: String, options: InputOptions,
                                source: String? = nil) throws(MarsadError) -> (document: Document, replaced: Int)? {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return nil }
        let (json, replaced) = try TextInput.decode(bytes, name: name, line: line, options: options)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [])
        } catch {
            throw MarsadError(.badRecord, "not valid JSON", input: name, line: line)
        }
        guard let record = object as? [String: Any] else {
            throw MarsadError(.badRecord, "a record must be a JSON object", input: name, line: line)
        }
        guard let text = record["text"] as? String else {
            throw MarsadError(.badRecord, record["text"] == nil ? "the record has no `text`" : "`text` must be a string", input: name, line: line)
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw MarsadError(.emptyInput, "`text` is empty", input: name, line: line)
        }
        // NUL is the byte 0 in UTF-8: a search of the bytes in place, where decoding every
        // scalar cost over a third of what the JSON parse costs.
        guard !(text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0)) else {
            throw MarsadError(.binaryInput, "`text` holds a NUL character", input: name, line: line)
        }
        var id: String?
        switch record["id"] {
        case nil, is NSNull: id = nil
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        default: throw MarsadError(.badRecord, "`id` must be a string or a number", input: name, line: line)
        }
        var published: PublicationTime?
        if let value = record["published"], !(value is NSNull) {
            guard let string = value as? String else {
                throw MarsadError(.badRecord, "`published` must be a string", input: name, line: line)
            }
            if !string.isEmpty {
                guard let time = PublicationTime(iso: string) else {
                    throw MarsadError(.badDate, "`published` is not an ISO 8601 date: \(string.debugDescription)", input: name, line: line)
                }
                published = time
            }
        }
        return (Document(text: text, id: id, title: record["title"] as? String, published: published,
                         url: record["url"] as? String, source: source ?? name), replaced)
    }
}
