import MarsadText

/// The generic actor lexicon (`actors.tsv`): the role nouns that name an actor by its
/// sector rather than its name (الشرطة، مسؤولون، الإعلام الرسمي), with the CAMEO sector
/// code and an English label, and the CAMEO codes of the knowledge base's regions and
/// groups that have no alpha-3 (europe → EUR).
public struct GenericActorLexicon: Sendable {
    /// The format of `actors.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "S <TAB> phrase <TAB> sector <TAB> English label | C <TAB> entity id <TAB> CAMEO code"

    /// A sector a role noun names.
    public struct Sector: Sendable, Equatable {
        /// The CAMEO sector code (`GOV`, `MIL`, `GOVMED`).
        public let code: String
        /// What the sector is called in English (`government`, `state media`).
        public let label: String

        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    private let phrases: [[UInt8]: Sector]
    private let prefixes: Set<[UInt8]>
    private let codes: [String: String]
    /// The most words a phrase has.
    public let maxWords: Int
    /// The number of role phrases.
    public var count: Int { phrases.count }

    /// Parses the body of `actors.tsv`.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .matching)
        var phrases: [[UInt8]: Sector] = [:]
        var prefixes: Set<[UInt8]> = []
        var codes: [String: String] = [:]
        var maxWords = 1
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("S"?, 4):
                let words = normalizer.normalized(fields[1]).split(separator: " ")
                guard !words.isEmpty, !fields[2].isEmpty else {
                    throw MarsadError(.badResource, "a role phrase needs words and a sector", input: "actors", line: lineNumber)
                }
                maxWords = max(maxWords, words.count)
                for n in 1..<words.count { prefixes.insert(Array(words.prefix(n).joined(separator: " ").utf8)) }
                phrases[Array(words.joined(separator: " ").utf8)] = Sector(code: fields[2], label: fields[3])
            case ("C"?, 3):
                codes[fields[1]] = fields[2]
            default:
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "actors", line: lineNumber)
            }
        }
        self.phrases = phrases
        self.prefixes = prefixes
        self.codes = codes
        self.maxWords = maxWords
    }

    /// The sector of a phrase given as the UTF-8 of its words in matching form joined by spaces.
    public func sector(_ key: [UInt8]) -> Sector? { phrases[key] }

    /// Whether some longer phrase begins with `key` (UTF-8) and a space.
    public func isPrefix(_ key: [UInt8]) -> Bool { prefixes.contains(key) }

    /// The CAMEO code of a region or group entity that has no alpha-3 (`europe` → `EUR`).
    public func code(ofEntity id: String) -> String? { codes[id] }
}
