import MarsadCore

/// Builds the stance lexicon (`marsad build stances`) from curated lists, one per language:
/// `phrase <TAB> label <TAB> frame <TAB> negated label <TAB> inflection` a line, `#` comments.
/// The inflection spells out the forms of the phrase's first word: `past` adds the past
/// tense's person endings (رحب → رحبت، رحبوا، رحبتا، رحبا), `present` the present tense's
/// prefixes and plural (يرحب → ترحب، نرحب، أرحب، يرحبون، ترحبون), `-` none.
public struct StanceLexiconBuilder {
    private var rows: [String] = []
    private var seen: [String: String] = [:]
    private let normalizer = Normalizer(options: .matching)

    public init() {}

    /// The number of phrases so far, inflected forms included.
    public var count: Int { rows.count }

    /// Adds one curated list; a phrase listed twice with two meanings is an error.
    public mutating func add(tsv: String, language: String, origin: String) throws(MarsadError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, !fields[0].isEmpty else {
                throw MarsadError(.badRecord, "expected phrase <TAB> label <TAB> frame <TAB> negated label <TAB> past|present|-", input: origin, line: n + 1)
            }
            let meaning = fields[1...3].joined(separator: "\t")
            // The lexicon checks labels and frames; check them here, where the line is known.
            do { _ = try StanceLexicon(tsv: "\(fields[0])\t\(meaning)\t\(language)") } catch {
                throw MarsadError(.badRecord, error.message, input: origin, line: n + 1)
            }
            guard let forms = Self.forms(of: fields[0], fields[4]) else {
                throw MarsadError(.badRecord, "inflection must be past, present or -, not ‘\(fields[4])’", input: origin, line: n + 1)
            }
            for form in forms {
                let key = normalizer.normalized(form)
                if let earlier = seen[key] {
                    guard earlier == meaning else {
                        throw MarsadError(.badRecord, "‘\(form)’ is listed with two meanings", input: origin, line: n + 1)
                    }
                    continue
                }
                seen[key] = meaning
                rows.append("\(form)\t\(meaning)\t\(language)\n")
            }
        }
    }

    /// The phrase and its inflected forms; nil for an unknown inflection.
    static func forms(of phrase: String, _ inflection: String) -> [String]? {
        let words = phrase.split(separator: " ").map(String.init)
        let rest = words.dropFirst().map { " " + $0 }.joined()
        let first = words[0]
        switch inflection {
        case "-": return [phrase]
        case "past": return ["", "ت", "وا", "تا", "ا"].map { first + $0 + rest }
        case "present":
            guard first.hasPrefix("ي") else { return [phrase] }
            let stem = first.dropFirst()
            return ["ي", "ت", "ن", "أ"].map { $0 + stem + rest } + ["ي", "ت"].map { $0 + stem + "ون" + rest }
        default: return nil
        }
    }

    /// The resource file.
    public func resource(sources: [String], built: String) -> ResourceFile {
        ResourceFile(name: "stances", format: StanceLexicon.format, builtBy: "marsad build stances",
                     sources: sources, built: built, columns: StanceLexicon.columns, body: rows.joined())
    }
}
