import MarsadCore
import MarsadText

/// Builds the event lexicon (`marsad build triggers`) from three curated tables: triggers
/// (`forms <TAB> type <TAB> mode <TAB> v|n <TAB> context`), cues (`forms <TAB> cue`) and
/// role nouns (`sector <TAB> forms <TAB> note`, the layout of Data/kb/sectors_ar.tsv);
/// forms are separated by `|`, `#` starts a comment.
public struct EventLexiconBuilder {
    private var rows: [String] = []
    /// Each normalised phrase of a kind, with the row it came from, to catch contradictions.
    private var seen: [String: String] = [:]
    private let normalizer = Normalizer(options: .token)

    public init() {}

    /// The number of rows so far.
    public var count: Int { rows.count }

    /// Adds the curated trigger table; each row is checked as the lexicon will read it.
    public mutating func addTriggers(tsv: String, origin: String) throws(MarsadError) {
        for (n, fields) in Self.rows(tsv) {
            guard fields.count >= 4 else {
                throw MarsadError(.badRecord, "expected forms <TAB> type <TAB> mode <TAB> v|n <TAB> context", input: origin, line: n)
            }
            let values = Array(fields[1...3]) + [fields.count > 4 ? fields[4] : ""]
            do { _ = try EventLexicon.trigger(["T", ""] + values, line: n) } catch {
                throw MarsadError(.badRecord, error.message, input: origin, line: n)
            }
            try add("T", forms: fields[0], values: values, origin: origin, line: n)
        }
    }

    /// Adds the curated cue table.
    public mutating func addCues(tsv: String, origin: String) throws(MarsadError) {
        for (n, fields) in Self.rows(tsv) {
            guard fields.count >= 2, EventCue(rawValue: fields[1]) != nil else {
                throw MarsadError(.badRecord, "expected forms <TAB> one of \(EventCue.allCases.map(\.rawValue).joined(separator: ", "))", input: origin, line: n)
            }
            try add("C", forms: fields[0], values: [fields[1]], origin: origin, line: n)
        }
    }

    /// Adds a role noun table (`sector <TAB> forms <TAB> note`).
    public mutating func addSectors(tsv: String, origin: String) throws(MarsadError) {
        for (n, fields) in Self.rows(tsv) {
            guard fields.count >= 2, !fields[0].isEmpty, fields[0].count % 3 == 0, fields[0].allSatisfy(\.isUppercase) else {
                throw MarsadError(.badRecord, "expected a CAMEO sector code (COP, GOVMED) <TAB> forms", input: origin, line: n)
            }
            try add("S", forms: fields[1], values: [fields[0]], origin: origin, line: n)
        }
    }

    /// The resource file.
    public func resource(sources: [String], built: String) -> ResourceFile {
        ResourceFile(name: "triggers", format: EventLexicon.format, builtBy: "marsad build triggers",
                     sources: sources, built: built, columns: EventLexicon.columns, body: rows.joined())
    }

    private mutating func add(_ kind: String, forms: String, values: [String], origin: String, line: Int) throws(MarsadError) {
        for form in forms.split(separator: "|") {
            let phrase = normalizer.normalized(String(form)).split(separator: " ").joined(separator: " ")
            guard !phrase.isEmpty, phrase.split(separator: " ").count <= PhraseTable.maxWords else {
                throw MarsadError(.badRecord, "‘\(form)’ must have 1 to \(PhraseTable.maxWords) words", input: origin, line: line)
            }
            let row = ([kind, phrase] + values).joined(separator: "\t") + "\n"
            if let earlier = seen[kind + phrase] {
                guard earlier == row else {
                    throw MarsadError(.badRecord, "‘\(form)’ is listed twice with different meanings", input: origin, line: line)
                }
                continue
            }
            seen[kind + phrase] = row
            rows.append(row)
        }
    }

    /// The non-comment rows of a table with their line numbers, split at tabs.
    private static func rows(_ tsv: String) -> [(Int, [String])] {
        tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return (n + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
    }
}
