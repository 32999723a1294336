import MarsadText

/// The stance lexicon (`stances.tsv`): words and phrases that express a stance, the nouns
/// that name events a stance can be about, and negators; keyed by their words in matching
/// form (`Normalizer(options: .matching)`), joined by single spaces.
public struct StanceLexicon: Sendable {
    /// The format of `stances.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "phrase <TAB> label (a stance label, topic or negator) <TAB> frame <TAB> label when negated (or none) <TAB> language"

    /// How a stance word finds its holder and its target.
    public enum Frame: String, Sendable, CaseIterable {
        /// A verb or noun whose subject holds the stance about its object (رحب بـ، انتقد).
        case agent
        /// A verb whose subject is the target and whose place or experiencer is the holder
        /// (أثار قلقا في …).
        case cause
        /// A manner phrase after a verb and its object (تابع القمة باهتمام).
        case manner
        /// A characterisation inside a quotation: the speaker holds it about what the cue's
        /// object names (وصفوا اللقاء بأنه «مقامرة»).
        case characterise
    }

    /// What a lexicon phrase is.
    public enum Entry: Sendable, Equatable {
        /// A stance word: its label, how it finds holder and target, its label under negation
        /// (nil: a negated use expresses no stance).
        case stance(StanceLabel, Frame, negated: StanceLabel?)
        /// A noun naming an event or topic a stance can be about (القمة، الاتفاق).
        case topic
        /// A word that negates the stance word just after it (لم، لا).
        case negator
    }

    /// Phrase or prefix → `(index into entryList + 1) << 1 | 1 when a longer phrase begins with it`.
    private let table: ByteKeyTable
    private let entryList: [Entry]
    /// The most words a phrase has.
    public let maxWords: Int
    /// The number of phrases.
    public var count: Int { entryList.count }

    /// Parses the body of `stances.tsv`.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .matching)
        var codes: [[UInt8]: UInt32] = [:]
        var entryList: [Entry] = []
        var maxWords = 1
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, !fields[0].isEmpty else {
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "stances", line: lineNumber)
            }
            let entry = try Self.entry(fields, line: lineNumber)
            let words = normalizer.normalized(fields[0]).split(separator: " ")
            maxWords = max(maxWords, words.count)
            for n in 1..<max(words.count, 1) { codes[Array(words.prefix(n).joined(separator: " ").utf8), default: 0] |= 1 }
            let key = Array(words.joined(separator: " ").utf8)
            entryList.append(entry)
            codes[key] = (codes[key] ?? 0) & 1 | UInt32(entryList.count) << 1
        }
        table = ByteKeyTable(codes.map { ($0.key, $0.value) })
        self.entryList = entryList
        self.maxWords = maxWords
    }

    /// Reads the label, frame and negated label of one row.
    static func entry(_ fields: [String], line: Int) throws(MarsadError) -> Entry {
        switch fields[1] {
        case "topic": return .topic
        case "negator": return .negator
        default:
            guard let label = StanceLabel(rawValue: fields[1]) else {
                throw MarsadError(.badResource, "unknown label ‘\(fields[1])’", input: "stances", line: line)
            }
            guard let frame = Frame(rawValue: fields[2]) else {
                throw MarsadError(.badResource, "unknown frame ‘\(fields[2])’", input: "stances", line: line)
            }
            if fields[3] == "none" { return .stance(label, frame, negated: nil) }
            guard let negated = StanceLabel(rawValue: fields[3]) else {
                throw MarsadError(.badResource, "unknown negated label ‘\(fields[3])’", input: "stances", line: line)
            }
            return .stance(label, frame, negated: negated)
        }
    }

    /// The entry of a phrase given as the UTF-8 of its words in matching form joined by
    /// spaces, and whether some longer phrase begins with it and a space: one lookup.
    @inline(__always)
    public func probe(_ key: ArraySlice<UInt8>) -> (entry: Entry?, isPrefix: Bool) {
        guard let code = key.withUnsafeBufferPointer({ table.value(for: $0) }) else { return (nil, false) }
        return (code >> 1 == 0 ? nil : entryList[Int(code >> 1) - 1], code & 1 == 1)
    }

    /// The entry of a phrase given as the UTF-8 of its words in matching form joined by spaces.
    public func entry(_ key: ArraySlice<UInt8>) -> Entry? { probe(key).entry }

    /// Whether some longer phrase begins with `key` (UTF-8) and a space.
    public func isPrefix(_ key: ArraySlice<UInt8>) -> Bool { probe(key).isPrefix }
}
