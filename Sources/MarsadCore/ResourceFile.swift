/// A versioned resource file: a header of `# key: value` lines (name, format, built-by,
/// sources, built, sha256 of the body) and the body. Loading checks the checksum.
public struct ResourceFile: Sendable {
    public let name: String
    public let format: Int
    public let header: [(key: String, value: String)]
    public let body: String

    /// The version recorded with analyses: the format and the first 12 hex digits of the
    /// body's SHA-256, so equal content has an equal version.
    public var version: String { "\(format).\(checksum.prefix(12))" }
    public var checksum: String { header.first { $0.key == "sha256" }?.value ?? "" }

    /// Builds a resource file around `body`, computing its checksum.
    public init(name: String, format: Int, builtBy: String, sources: [String], built: String,
                columns: String, extra: [(key: String, value: String)] = [], body: String) {
        self.name = name
        self.format = format
        self.body = body
        header = [("marsad-resource", name), ("format", String(format)), ("built-by", builtBy)]
            + sources.map { ("source", $0) } + [("built", built), ("columns", columns)] + extra
            + [("sha256", SHA256.hex(body.utf8))]
    }

    /// Reads and checks a resource file's text; `name` is what the error messages call it.
    public init(parsing text: String, name: String) throws(MarsadError) {
        var header: [(key: String, value: String)] = []
        var bodyStart = text.utf8.startIndex
        var lineNumber = 0
        // Header lines start with "# "; the body starts at the first line that does not.
        while text.utf8[bodyStart...].starts(with: "# ".utf8) {
            lineNumber += 1
            let lineEnd = text.utf8[bodyStart...].firstIndex(of: 0x0A) ?? text.utf8.endIndex
            let line = text[bodyStart..<lineEnd]
            guard let colon = line.firstIndex(of: ":") else {
                throw MarsadError(.badResource, "header line without `key: value`", input: name, line: lineNumber)
            }
            header.append((String(line[line.index(line.startIndex, offsetBy: 2)..<colon]),
                           String(line[line.index(after: colon)...]).trimmingWhitespace))
            bodyStart = lineEnd == text.utf8.endIndex ? lineEnd : text.utf8.index(after: lineEnd)
        }
        let body = String(text[bodyStart...])
        let format = try ResourceHeader.check(header, name: name, body: body.utf8)
        self.name = name
        self.format = format
        self.header = header
        self.body = body
    }

    /// The file's text: header, then body.
    public var text: String {
        header.map { "# \($0.key): \($0.value)\n" }.joined() + body
    }
}

/// The checks every resource's header passes at load, text or binary.
enum ResourceHeader {
    /// The format number, once the header names the resource `name`, gives a format, and
    /// its SHA-256 matches the body.
    static func check(_ header: [(key: String, value: String)], name: String, body: some Sequence<UInt8>) throws(MarsadError) -> Int {
        func value(_ key: String) -> String? { header.first { $0.key == key }?.value }
        guard value("marsad-resource") == name else {
            throw MarsadError(.badResource, "not a Marsad ‘\(name)’ resource (header says \(value("marsad-resource") ?? "nothing"))", input: name)
        }
        guard let formatText = value("format"), let format = Int(formatText) else {
            throw MarsadError(.badResource, "header has no format number", input: name)
        }
        guard let expected = value("sha256"), SHA256.hex(body) == expected else {
            throw MarsadError(.badResource, "checksum mismatch: the file was changed after it was built; rebuild it", input: name)
        }
        return format
    }
}
