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

    /// Phrase or prefix → `(index into sectors + 1) << 1 | 1 when a longer phrase begins with it`:
    /// one lookup without hashing a Swift array (a `Set` or `Dictionary` of byte arrays hashed
    /// byte by byte, some 550 instructions a probe, and the speech stages probe every role noun).
    private let table: ByteKeyTable
    private let sectors: [Sector]
    private let codes: [String: String]
    /// The most words a phrase has.
    public let maxWords: Int
    /// The number of role phrases.
    public let count: Int

    /// Parses the body of `actors.tsv`.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .matching)
        var keys: [[UInt8]: UInt32] = [:]
        var sectors: [Sector] = []
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
                for n in 1..<words.count { keys[Array(words.prefix(n).joined(separator: " ").utf8), default: 0] |= 1 }
                let key = Array(words.joined(separator: " ").utf8)
                sectors.append(Sector(code: fields[2], label: fields[3]))
                keys[key] = (keys[key] ?? 0) & 1 | UInt32(sectors.count) << 1
            case ("C"?, 3):
                codes[fields[1]] = fields[2]
            default:
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "actors", line: lineNumber)
            }
        }
        table = ByteKeyTable(keys.map { ($0.key, $0.value) })
        self.sectors = sectors
        count = keys.values.filter { $0 >> 1 != 0 }.count
        self.codes = codes
        self.maxWords = maxWords
    }

    /// The sector of a phrase given as the UTF-8 of its words in matching form joined by spaces.
    public func sector(_ key: ArraySlice<UInt8>) -> Sector? {
        guard let code = key.withUnsafeBufferPointer({ table.value(for: $0) }), code >> 1 != 0 else { return nil }
        return sectors[Int(code >> 1) - 1]
    }

    /// Whether some longer phrase begins with `key` (UTF-8) and a space.
    public func isPrefix(_ key: ArraySlice<UInt8>) -> Bool {
        key.withUnsafeBufferPointer { table.value(for: $0) }.map { $0 & 1 == 1 } ?? false
    }

    /// The CAMEO code of a region or group entity that has no alpha-3 (`europe` → `EUR`).
    public func code(ofEntity id: String) -> String? { codes[id] }
}
