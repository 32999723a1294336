/// The tone lexicon (`tone.tsv`): words labelled positive or negative, and negators,
/// matched on token norms with clitics stripped.
public struct ToneLexicon: Sendable {
    /// The format of `tone.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "word <TAB> + (positive), - (negative) or ! (negator) <TAB> language"

    /// What a word does to the tone: adds to the positive or negative share, or negates
    /// the words just after it (لا، لم، not).
    public enum Polarity: UInt32, Sendable { case positive = 1, negative = 2, negator = 3 }

    private let table: ByteKeyTable
    /// The number of words.
    public var count: Int { table.count }

    /// Parses the body of `tone.tsv`; words are normalised as token norms are.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .token)
        var rows: [([UInt8], UInt32)] = []
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
            rows.append((Array(normalizer.normalized(String(fields[0])).utf8), polarity.rawValue))
        }
        table = ByteKeyTable(rows)
    }

    /// The polarity of a word given as norm bytes, if the lexicon has it.
    @inline(__always)
    public func polarity(of word: UnsafeBufferPointer<UInt8>) -> Polarity? {
        table.value(for: word).flatMap(Polarity.init(rawValue:))
    }
}
