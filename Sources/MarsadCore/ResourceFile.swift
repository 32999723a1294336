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
                columns: String, body: String) {
        self.name = name
        self.format = format
        self.body = body
        header = [("marsad-resource", name), ("format", String(format)), ("built-by", builtBy)]
            + sources.map { ("source", $0) } + [("built", built), ("columns", columns), ("sha256", SHA256.hex(body.utf8))]
    }

    /// Reads and checks a resource file's text; `name` is what the error messages call it.
    public init(parsing text: String, name: String) throws(MarsadError) {
        var header: [(key: String, value: String)] = []
        var bodyStart = text.startIndex
        var lineNumber = 0
        // Only the header is split into lines: a bounded split keeps loading from walking the whole body.
        for line in text.split(separator: "\n", maxSplits: 256, omittingEmptySubsequences: false) {
            guard line.hasPrefix("# ") else { break }
            lineNumber += 1
            guard let colon = line.firstIndex(of: ":") else {
                throw MarsadError(.badResource, "header line without `key: value`", input: name, line: lineNumber)
            }
            header.append((String(line[line.index(line.startIndex, offsetBy: 2)..<colon]),
                           String(line[line.index(after: colon)...]).trimmingWhitespace))
            bodyStart = text.utf8.index(line.endIndex, offsetBy: 1, limitedBy: text.endIndex) ?? text.endIndex
        }
        func value(_ key: String) -> String? { header.first { $0.key == key }?.value }
        guard value("marsad-resource") == name else {
            throw MarsadError(.badResource, "not a Marsad ‘\(name)’ resource (header says \(value("marsad-resource") ?? "nothing"))", input: name)
        }
        guard let formatText = value("format"), let format = Int(formatText) else {
            throw MarsadError(.badResource, "header has no format number", input: name)
        }
        let body = String(text[bodyStart...])
        guard let expected = value("sha256"), SHA256.hex(body.utf8) == expected else {
            throw MarsadError(.badResource, "checksum mismatch: the file was changed after it was built; rebuild it", input: name)
        }
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
