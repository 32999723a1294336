/// The tone lexicon (`tone.tsv`): words and phrases labelled positive or negative, and
/// negators; words are matched on token norms with clitics stripped, phrases (وقف إطلاق
/// النار، طريق مسدود) on the norms of consecutive tokens.
public struct ToneLexicon: Sendable {
    /// The format of `tone.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "word <TAB> + (positive), - (negative) or ! (negator) <TAB> language"

    /// What a word does to the tone: adds to the positive or negative share, or negates
    /// the words just after it (لا، لم، not).
    public enum Polarity: UInt32, Sendable { case positive = 1, negative = 2, negator = 3 }

    /// A phrase of two or more words: the words after its first, and its polarity.
    public struct Phrase: Sendable {
        public let rest: [[UInt8]]
        public let polarity: Polarity
    }

    private let table: ByteKeyTable
    /// First word of a phrase → index into `phraseGroups`.
    private let phraseTable: ByteKeyTable
    /// Phrases sharing a first word, longest first.
    private let phraseGroups: [[Phrase]]
    /// The number of words and phrases.
    public var count: Int { table.count + phraseGroups.reduce(0) { $0 + $1.count } }

    /// Parses the body of `tone.tsv`; words are normalised as token norms are.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .token)
        var rows: [([UInt8], UInt32)] = []
        var groupOf: [[UInt8]: Int] = [:]
        var groups: [[Phrase]] = []
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "tone", line: lineNumber)
            }
            let polarity: Polarity
            switch fields[1] {
            case "+": polarity = .positive
            case "-": polarity = .negative
            case "!": polarity = .negator
            default: throw MarsadError(.badResource, "polarity must be +, - or !, not ‘\(fields[1])’", input: "tone", line: lineNumber)
            }
            let words = normalizer.normalized(String(fields[0])).split(separator: " ").map { Array($0.utf8) }
            guard let first = words.first else { throw MarsadError(.badResource, "empty word", input: "tone", line: lineNumber) }
            guard words.count > 1 else {
                rows.append((first, polarity.rawValue))
                continue
            }
            let phrase = Phrase(rest: Array(words.dropFirst()), polarity: polarity)
            if let g = groupOf[first] { groups[g].append(phrase) } else {
                groupOf[first] = groups.count
                groups.append([phrase])
            }
        }
        table = ByteKeyTable(rows)
        phraseGroups = groups.map { $0.sorted { $0.rest.count > $1.rest.count } }
        phraseTable = ByteKeyTable(groupOf.map { ($0.key, UInt32($0.value)) })
    }

    /// The phrases whose first word is `word` (norm bytes), longest first.
    @inline(__always)
    public func phrases(startingWith word: UnsafeBufferPointer<UInt8>) -> [Phrase]? {
        phraseTable.value(for: word).map { phraseGroups[Int($0)] }
    }

    /// The polarity of a word given as norm bytes, if the lexicon has it.
    @inline(__always)
    public func polarity(of word: UnsafeBufferPointer<UInt8>) -> Polarity? {
        table.value(for: word).flatMap(Polarity.init(rawValue:))
    }
}
