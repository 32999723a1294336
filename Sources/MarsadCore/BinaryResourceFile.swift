/// A versioned resource whose body is binary: the `# key: value` header lines of a
/// `ResourceFile` (name, format, built-by, sources, built, sha256 of the body), one empty
/// line, then the body's bytes. Loading checks the name and the checksum.
public struct BinaryResourceFile: Sendable {
    public let name: String
    public let format: Int
    public let header: [(key: String, value: String)]
    public let body: [UInt8]

    /// The version recorded with analyses: the format and the first 12 hex digits of the
    /// body's SHA-256.
    public var version: String { "\(format).\(checksum.prefix(12))" }
    public var checksum: String { value("sha256") ?? "" }

    /// The first header value under `key`.
    public func value(_ key: String) -> String? { header.first { $0.key == key }?.value }

    /// Builds a resource around `body`; `fields` are extra header lines before the checksum.
    public init(name: String, format: Int, builtBy: String, sources: [String], built: String,
                fields: [(key: String, value: String)], body: [UInt8]) {
        self.name = name
        self.format = format
        self.body = body
        header = [("marsad-resource", name), ("format", String(format)), ("built-by", builtBy)]
            + sources.map { ("source", $0) } + [("built", built)] + fields + [("sha256", SHA256.hex(body))]
    }

    /// Reads and checks a binary resource's bytes; `name` is what error messages call it.
    public init(parsing bytes: [UInt8], name: String) throws(MarsadError) {
        var header: [(key: String, value: String)] = []
        var position = 0
        var lineNumber = 0
        while true {
            guard let newline = bytes[position...].firstIndex(of: 0x0A) else {
                throw MarsadError(.badResource, "the header never ends (no empty line before the body)", input: name)
            }
            lineNumber += 1
            let line = bytes[position..<newline]
            position = newline + 1
            if line.isEmpty { break }
            let text = String(decoding: line, as: UTF8.self)
            guard text.hasPrefix("# "), let colon = text.firstIndex(of: ":") else {
                throw MarsadError(.badResource, "header line without `# key: value`", input: name, line: lineNumber)
            }
            header.append((String(text[text.index(text.startIndex, offsetBy: 2)..<colon]),
                           String(text[text.index(after: colon)...]).trimmingWhitespace))
        }
        let body = Array(bytes[position...])
        let format = try ResourceHeader.check(header, name: name, body: body)
        self.name = name
        self.format = format
        self.header = header
        self.body = body
    }

    /// The file's bytes: header, an empty line, body.
    public var bytes: [UInt8] {
        Array((header.map { "# \($0.key): \($0.value)\n" }.joined() + "\n").utf8) + body
    }
}
