/// The formats `marsad analyze` reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, text, html, jsonl

    /// The format of an input named `name` (a path or `-`) whose first bytes are `head`:
    /// by extension, else JSON Lines when the first visible character (after any byte-order
    /// mark) is `{`, else text.
    public static func detect(name: String, head: [UInt8]) -> InputFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".txt") { return .text }
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]  // a byte-order mark
        let firstVisible = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return firstVisible == UInt8(ascii: "{") ? .jsonl : .text
    }
}
