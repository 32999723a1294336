/// Word frequencies that tell the clitic segmenter which stems exist: light-normalised
/// words (harakat, tatweel and presentation forms gone, hamza and alef forms kept) with
/// their counts in a news corpus, and the closed-class words that are never split.
public struct StemLexicon: Sendable {
    static let stopFlag: UInt32 = 1 << 31
    let table: ByteKeyTable

    /// An error in a lexicon file, with the line it is on.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// A lexicon from `(word, count, isStopWord)` entries, most frequent first.
    public init(entries: some Sequence<(word: String, count: Int, isStopWord: Bool)>) {
        table = ByteKeyTable(entries.map { entry in
            (Array(entry.word.utf8), UInt32(min(entry.count, Int(Self.stopFlag) - 1)) | (entry.isStopWord ? Self.stopFlag : 0))
        })
    }

    /// Reads the lexicon's text form: `word<TAB>count[<TAB>s]` a line, `#` lines are a header.
    public init(tsv: String) throws(FormatError) {
        var entries: [(word: String, count: Int, isStopWord: Bool)] = []
        var number = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 || fields.count == 3, !fields[0].isEmpty, let count = Int(fields[1]), count >= 0 else {
                throw FormatError(line: number, reason: "expected `word<TAB>count[<TAB>s]`, found \(line.prefix(60).debugDescription)")
            }
            let flag = fields.count == 3 ? fields[2] : ""
            guard flag == "" || flag == "s" else { throw FormatError(line: number, reason: "unknown flag \(flag.debugDescription)") }
            entries.append((String(fields[0]), count, flag == "s"))
        }
        self.init(entries: entries)
    }

    /// The number of words.
    public var count: Int { table.count }

    /// How often the word occurred, and whether it is a closed-class word.
    @inline(__always) func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (count: Int, isStopWord: Bool) {
        guard let value = table.value(for: word) else { return (0, false) }
        return (Int(value & ~Self.stopFlag), value & Self.stopFlag != 0)
    }

    /// How often `word` (light-normalised) occurred.
    public func count(of word: String) -> Int {
        var copy = word
        return copy.withUTF8 { lookup($0).count }
    }
}
