import Foundation
import MarsadCore

/// Builds the generic actor lexicon (`marsad build actors`) from the knowledge base's
/// curated sector nouns (`Data/kb/sectors_ar.tsv`: `cameo_sector <TAB> names_ar <TAB> note`)
/// and its region and group codes (`Data/kb/groups.tsv`: `code <TAB> id <TAB> …`). A
/// sector's English label is the first item of its note (`police`, `state media (GOV+MED)`
/// → `state media`).
public struct GenericActorLexiconBuilder {
    private var rows: [String] = []
    private var seen: Set<String> = []
    private let normalizer = Normalizer(options: .matching)

    public init() {}

    /// The number of role phrases so far.
    public var count: Int { seen.count }

    /// Adds the rows of `sectors_ar.tsv`; a phrase in two sectors keeps the first.
    public mutating func add(sectors tsv: String, origin: String) throws(MarsadError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, !fields[0].isEmpty, fields[0].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw MarsadError(.badRecord, "expected cameo_sector <TAB> names_ar <TAB> note", input: origin, line: n + 1)
            }
            let label = Self.label(fields[2])
            for name in fields[1].split(separator: "|") where seen.insert(normalizer.normalized(String(name))).inserted {
                rows.append("S\t\(name)\t\(fields[0])\t\(label)\n")
            }
        }
    }

    /// Adds the codes of `groups.tsv`.
    public mutating func add(groups tsv: String, origin: String) throws(MarsadError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, fields[0].count == 3, !fields[1].isEmpty else {
                throw MarsadError(.badRecord, "expected code <TAB> id <TAB> …", input: origin, line: n + 1)
            }
            rows.append("C\t\(fields[1])\t\(fields[0])\n")
        }
    }

    /// The first item of a note, without what it says in parentheses.
    static func label(_ note: String) -> String {
        let first = note.split(separator: ",").first.map(String.init) ?? note
        let bare = first.split(separator: "(").first.map(String.init) ?? first
        return bare.trimmingCharacters(in: .whitespaces)
    }

    /// The resource file.
    public func resource(sources: [String], built: String) -> ResourceFile {
        ResourceFile(name: "actors", format: GenericActorLexicon.format, builtBy: "marsad build actors",
                     sources: sources, built: built, columns: GenericActorLexicon.columns, body: rows.joined())
    }
}
