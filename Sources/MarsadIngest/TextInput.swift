import MarsadCore

/// Limits and choices for reading input.
public struct InputOptions: Sendable {
    /// The largest text accepted, in bytes (a whole text file, or one JSON Lines record).
    public var maxBytes: Int
    /// Replace invalid UTF-8 with U+FFFD instead of refusing it.
    public var lossy: Bool

    public static let defaultMaxBytes = 64 << 20

    public init(maxBytes: Int = InputOptions.defaultMaxBytes, lossy: Bool = false) {
        self.maxBytes = maxBytes
        self.lossy = lossy
    }
}

/// Turns raw bytes into text, refusing what is not text.
public enum TextInput {
    /// The text of `bytes`, read from `name`, with the number of invalid sequences replaced
    /// (always 0 unless `options.lossy`). Refuses empty and blank input, binary input (NUL
    /// bytes), input over the size limit and, unless lossy, invalid UTF-8 — naming the byte
    /// offset where it breaks.
    /// With `line`, the bytes are that line of the input, and errors say so.
    public static func decode(_ bytes: [UInt8], name: String, line: Int? = nil, options: InputOptions) throws(MarsadError) -> (text: String, replaced: Int) {
        let unit = line == nil ? "input" : "record"
        guard bytes.count <= options.maxBytes else {
            throw MarsadError(.inputTooLarge, "\(unit) is \(bytes.count) bytes, over the limit of \(options.maxBytes) (see --max-bytes)", input: name, line: line)
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(MarsadError) -> (text: String, replaced: Int) in
            if let nul = buffer.firstIndex(of: 0) {
                throw MarsadError(.binaryInput, "binary data (a NUL byte at byte offset \(nul) of the \(unit)), not text", input: name, line: line)
            }
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }  // byte-order mark
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            let text: String
            var replaced = 0
            if let offset = UTF8Validation.firstInvalidOffset(body) {
                guard options.lossy else {
                    throw MarsadError(.invalidUTF8, "invalid UTF-8 at byte offset \(offset + start) of the \(unit) (use --lossy to replace bad bytes with U+FFFD)", input: name, line: line)
                }
                let repaired = UTF8Validation.repaired(body)
                text = String(decoding: repaired.bytes, as: UTF8.self)
                replaced = repaired.replacements
            } else {
                text = String(decoding: body, as: UTF8.self)
            }
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                throw MarsadError(.emptyInput, "empty \(unit): no text to analyse", input: name, line: line)
            }
            return (text, replaced)
        }
    }
}
