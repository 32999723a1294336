import MarsadCore

/// Builds the tone lexicon (`marsad build tone`) from curated word lists, one per
/// language: `word <TAB> +|-|!` a line, `#` comments.
public struct ToneLexiconBuilder {
    private var rows: [(word: String, polarity: String, language: String)] = []
    private var seen: [String: String] = [:]
    private let normalizer = Normalizer(options: .token)

    public init() {}

    /// The number of words so far.
    public var count: Int { rows.count }

    /// Adds the words of one curated list; a word listed twice with two polarities is an error.
    public mutating func add(tsv: String, language: String, origin: String) throws(MarsadError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2, ["+", "-", "!"].contains(fields[1]), !fields[0].isEmpty else {
                throw MarsadError(.badRecord, "expected word <TAB> + (positive), - (negative) or ! (negator)", input: origin, line: n + 1)
            }
            let key = normalizer.normalized(fields[0])
            if let earlier = seen[key] {
                guard earlier == fields[1] else {
                    throw MarsadError(.badRecord, "‘\(fields[0])’ is listed as both \(earlier) and \(fields[1])", input: origin, line: n + 1)
                }
                continue
            }
            seen[key] = fields[1]
            rows.append((fields[0], fields[1], language))
        }
    }

    /// The resource file.
    public func resource(sources: [String], built: String) -> ResourceFile {
        let body = rows.map { "\($0.word)\t\($0.polarity)\t\($0.language)\n" }.joined()
        return ResourceFile(name: "tone", format: ToneLexicon.format, builtBy: "marsad build tone",
                            sources: sources, built: built, columns: ToneLexicon.columns, body: body)
    }
}
