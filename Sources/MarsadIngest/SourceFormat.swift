/// The kinds of file `marsad ingest` tells apart.
public enum SourceFormat: Sendable, Equatable {
    case text, jsonLines, jsonArray, html, feed, zip

    /// The format of a file named `name` whose first bytes are `head`: a zip archive by its
    /// signature or extension; else by extension where it
    /// tells, else by the first visible character (after any byte-order mark): `[` a JSON
    /// array, `{` JSON Lines, `<` a feed when it opens `<rss`, `<feed` or `<rdf`, else HTML;
    /// anything else is text.
    public static func detect(name: String, head: [UInt8]) -> SourceFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".zip") || head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".rss") || lower.hasSuffix(".atom") { return .feed }
        if lower.hasSuffix(".txt") { return .text }
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        guard let first = body.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return .text }
        switch body[first] {
        case UInt8(ascii: "["): return .jsonArray
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "<"):
            let opening = String(decoding: body[first...].prefix(512), as: UTF8.self).lowercased()
            return ["<rss", "<feed", "<rdf:rdf"].contains { opening.contains($0) } ? .feed : .html
        default: return .text
        }
    }
}
