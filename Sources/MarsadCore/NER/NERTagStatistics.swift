import MarsadText

/// How a first tagger tagged each word of unlabelled news (self-training): per word (token
/// norm, proclitics taken off as the tagger's word classes take them), how often it was
/// seen and how often it was tagged with each entity tag. A second tagger reads these
/// counts, binned, as features: a name the news often tags as an organisation is likely one
/// wherever it stands. Stored in the model file; words and counts only, never text.
public struct NERTagStatistics: Sendable, Equatable {
    /// One word's counts: `tagged[tag.index - 1]` for every entity tag (B- and I- of each type).
    public struct Counts: Sendable, Equatable {
        public var seen: UInt32
        public var tagged: [UInt32]

        public init(seen: UInt32, tagged: [UInt32]) {
            self.seen = seen
            self.tagged = tagged
        }
    }

    /// The words, in the order their counts are stored.
    public let words: [[UInt8]]
    public let counts: [Counts]
    private let table: ByteKeyTable
    private let codes: [UInt32]

    /// Statistics of `rows`; every row's `tagged` has one count per entity tag, none above `seen`.
    public init(rows: [(word: [UInt8], counts: Counts)]) {
        precondition(rows.allSatisfy { $0.counts.tagged.count == NERTag.count - 1 }, "one count per entity tag")
        words = rows.map(\.word)
        counts = rows.map(\.counts)
        table = ByteKeyTable(rows.enumerated().map { ($1.word, UInt32($0)) })
        codes = counts.map(Self.code)
    }

    /// The number of words.
    public var count: Int { words.count }

    /// The binned statistics of a word as one nonzero code, or nil for a word never tagged.
    @inline(__always)
    public func code(of word: UnsafeBufferPointer<UInt8>) -> UInt32? { table.value(for: word).map { codes[Int($0)] } }

    /// The share of a word's occurrences the first tagger tagged as part of a name, or nil for
    /// a word it never tagged.
    public func taggedShare(of word: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let row = table.value(for: word) else { return nil }
        let c = counts[Int(row)]
        guard c.seen > 0 else { return nil }
        return Double(c.tagged.reduce(0, +)) / Double(c.seen)
    }

    /// The binned statistics of a word given as a string (token norm).
    public func code(of word: String) -> UInt32? { table.value(for: word).map { codes[Int($0)] } }

    /// Bins of one word's counts, packed: the share of its occurrences tagged as a name
    /// (1–5: up to 10%, 30%, 60%, 90%, above), the type tagged most (bits 4–5), that type's
    /// share of the tagged occurrences (bits 8–9: under 60%, 90%, above) and whether it mostly
    /// begins a name, mostly continues one, or both (bits 12–13).
    public static func code(_ c: Counts) -> UInt32 {
        let tagged = c.tagged.reduce(0, +)
        guard c.seen > 0, tagged > 0 else { return 0 }
        let share = Double(tagged) / Double(c.seen)
        let shareBin: UInt32 = share <= 0.1 ? 1 : share <= 0.3 ? 2 : share <= 0.6 ? 3 : share <= 0.9 ? 4 : 5
        let perType = NERType.allCases.map { t in c.tagged[2 * Int(t.rawValue)] + c.tagged[2 * Int(t.rawValue) + 1] }
        let top = perType.indices.max { perType[$0] < perType[$1] }!
        let topShare = Double(perType[top]) / Double(tagged)
        let topBin: UInt32 = topShare < 0.6 ? 0 : topShare < 0.9 ? 1 : 2
        let begins = Double(stride(from: 0, to: c.tagged.count, by: 2).reduce(0) { $0 + c.tagged[$1] }) / Double(tagged)
        let beginBin: UInt32 = begins >= 0.7 ? 2 : begins <= 0.3 ? 0 : 1
        return shareBin | UInt32(top) << 4 | topBin << 8 | beginBin << 12
    }

    // MARK: - Bytes

    /// The statistics as bytes: u32 word count, then per word a u8 length, its bytes, u32 seen
    /// and one u32 per entity tag, little-endian.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        append(UInt32(words.count))
        for (word, c) in zip(words, counts) {
            out.append(UInt8(word.count))
            out += word
            append(c.seen)
            for n in c.tagged { append(n) }
        }
        return out
    }

    /// Reads `bytes[from...]` as written by `bytes`; nil when they are malformed.
    public init?(bytes: ArraySlice<UInt8>) {
        var at = bytes.startIndex
        func u32() -> UInt32? {
            guard at + 4 <= bytes.endIndex else { return nil }
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        guard let n = u32() else { return nil }
        var rows: [(word: [UInt8], counts: Counts)] = []
        rows.reserveCapacity(Int(min(n, 1 << 22)))
        for _ in 0..<n {
            guard at < bytes.endIndex else { return nil }
            let length = Int(bytes[at])
            at += 1
            guard length > 0, at + length <= bytes.endIndex else { return nil }
            let word = Array(bytes[at..<(at + length)])
            at += length
            guard let seen = u32() else { return nil }
            var tagged: [UInt32] = []
            for _ in 1..<NERTag.count {
                guard let t = u32() else { return nil }
                tagged.append(t)
            }
            guard tagged.reduce(0, +) <= seen else { return nil }
            rows.append((word, Counts(seen: seen, tagged: tagged)))
        }
        guard at == bytes.endIndex else { return nil }
        self.init(rows: rows)
    }

    public static func == (a: Self, b: Self) -> Bool { a.words == b.words && a.counts == b.counts }
}
