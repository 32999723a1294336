/// Word frequencies that tell the clitic segmenter which stems exist: light-normalised
/// words (harakat, tatweel and presentation forms gone, hamza and alef forms kept) with
/// their counts in a news corpus, the closed-class words that are never split and,
/// when the file brings them, each word's segmentation worked out when it was built.
public struct StemLexicon: Sendable {
    /// One word of the lexicon.
    public struct Entry: Sendable {
        public var word: String
        public var count: Int
        public var isStopWord: Bool
        public var segmentation: Segmentation?

        public init(word: String, count: Int, isStopWord: Bool = false, segmentation: Segmentation? = nil) {
            self.word = word
            self.count = count
            self.isStopWord = isStopWord
            self.segmentation = segmentation
        }
    }

    /// An error in a lexicon file, with the line it is on.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Values pack the count (21 bits, saturated), the stop-word flag and the segmentation.
    static let countMask: UInt32 = (1 << 21) - 1, stopFlag: UInt32 = 1 << 21, segmentationShift: UInt32 = 22

    /// The most frequent words, in a table small enough to stay in cache; then the rest.
    let frequent: ByteKeyTable, rare: ByteKeyTable
    static let frequentWords = 2048
    /// The number of words.
    public let count: Int
    /// Whether every word carries its segmentation.
    public let hasSegmentations: Bool

    /// A lexicon from entries, most frequent first.
    public init(entries: [Entry]) {
        let packed = entries.map { entry in
            (Array(entry.word.utf8), Self.pack(count: entry.count, isStopWord: entry.isStopWord, segmentation: entry.segmentation ?? .unsplit))
        }
        self.init(packed: packed, hasSegmentations: !entries.isEmpty && entries.allSatisfy { $0.segmentation != nil })
    }

    init(packed: [([UInt8], UInt32)], hasSegmentations: Bool) {
        frequent = ByteKeyTable(packed.prefix(Self.frequentWords))
        rare = ByteKeyTable(packed.dropFirst(Self.frequentWords))
        count = frequent.count + rare.count
        self.hasSegmentations = hasSegmentations
    }

    static func pack(count: Int, isStopWord: Bool, segmentation: Segmentation) -> UInt32 {
        UInt32(min(max(count, 0), Int(countMask))) | (isStopWord ? stopFlag : 0)
            | UInt32(segmentation.compact) << segmentationShift
    }

    /// Reads the lexicon's text form, a line a word: `word<TAB>count<TAB>flags<TAB>segmentation`
    /// (flags `s` for a stop word, else empty; the segmentation as `Segmentation.lexiconForm`);
    /// the last two columns may be left out. `#` lines are a header. Segmentations worked
    /// out by other rules than this version's are read but not used (`useSegmentations`).
    /// Parses bytes, not characters: the lexicon loads at every start.
    public init(tsv: String, useSegmentations: Bool = true) throws(FormatError) {
        var copy = tsv
        let parsed = copy.withUTF8 { (bytes) -> Result<([([UInt8], UInt32)], Bool), FormatError> in
            var entries: [([UInt8], UInt32)] = []
            entries.reserveCapacity(bytes.count / 16)
            var allSegmented = true
            var number = 0
            var lineStart = 0
            while lineStart < bytes.count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
                switch Self.entry(line) {
                case .success(let (word, value, segmented)):
                    entries.append((word, value))
                    allSegmented = allSegmented && segmented
                case .failure(let reason):
                    return .failure(FormatError(line: number, reason: "\(reason), in \(String(decoding: line.prefix(80), as: UTF8.self).debugDescription)"))
                }
            }
            return .success((entries, allSegmented && !entries.isEmpty))
        }
        let (entries, segmented) = try parsed.get()
        self.init(packed: entries, hasSegmentations: segmented && useSegmentations)
    }

    /// One line's word, packed value and whether it gave a segmentation.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> Result<([UInt8], UInt32, Bool), LineError> {
        // The first four fields' ranges and how many fields there are: an array of the ranges,
        // grown as they were found, cost three allocations a line (120,000 lines).
        var fields = (0..<0, 0..<0, 0..<0, 0..<0), fieldCount = 0
        var start = 0
        for i in 0...line.count where i == line.count || line[i] == 0x09 {
            switch fieldCount {
            case 0: fields.0 = start..<i
            case 1: fields.1 = start..<i
            case 2: fields.2 = start..<i
            case 3: fields.3 = start..<i
            default: break
            }
            fieldCount += 1
            start = i + 1
        }
        guard fieldCount >= 2 && fieldCount <= 4, !fields.0.isEmpty, !fields.1.isEmpty else {
            return .failure(LineError("expected `word<TAB>count[<TAB>flags[<TAB>segmentation]]`"))
        }
        var count = 0
        for byte in line[fields.1] {
            let digit = byte &- 0x30
            guard digit < 10, count < 1 << 40 else { return .failure(LineError("the count is not a number")) }
            count = count * 10 + Int(digit)
        }
        let flags = fieldCount > 2 ? line[fields.2] : line[0..<0]
        guard flags.isEmpty || flags.elementsEqual([UInt8(ascii: "s")]) else {
            return .failure(LineError("unknown flag \(String(decoding: flags, as: UTF8.self).debugDescription)"))
        }
        var segmentation = Segmentation.unsplit
        if fieldCount == 4 && !fields.3.isEmpty {
            guard let compact = lexiconForms.value(for: UnsafeBufferPointer(rebasing: line[fields.3])) else {
                return .failure(LineError("unknown segmentation"))
            }
            segmentation = Segmentation(compact: UInt16(compact))
        }
        return .success((Array(line[fields.0]), pack(count: count, isStopWord: !flags.isEmpty, segmentation: segmentation), fieldCount == 4))
    }

    /// Every segmentation's lexicon form, for reading them back without string work.
    static let lexiconForms: ByteKeyTable = {
        var forms: [([UInt8], UInt32)] = []
        for proclitics in Clitics.proclitics.indices {
            for enclitic in Clitics.enclitics.indices {
                for restored in [false, true] {
                    let segmentation = Segmentation(proclitics: UInt8(proclitics), enclitic: UInt8(enclitic), restoredTehMarbuta: restored)
                    if segmentation.isSplit { forms.append((Array(segmentation.lexiconForm.utf8), UInt32(segmentation.compact))) }
                }
            }
        }
        return ByteKeyTable(forms)
    }()

    struct LineError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The packed value of `word`, from the frequent table first.
    @inline(__always) func value(of word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        frequent.value(for: word) ?? rare.value(for: word)
    }

    /// How often the word occurred, and whether it is a closed-class word.
    @inline(__always) func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (count: Int, isStopWord: Bool) {
        guard let value = value(of: word) else { return (0, false) }
        return (Int(value & Self.countMask), value & Self.stopFlag != 0)
    }

    /// How often `word` (light-normalised) occurred.
    public func count(of word: String) -> Int {
        var copy = word
        return copy.withUTF8 { lookup($0).count }
    }

    /// Calls `body` with every word and its packed value, most frequent first.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, UInt32) -> Void) {
        frequent.forEach(body)
        rare.forEach(body)
    }

    /// This lexicon with every word's segmentation worked out by `rules`.
    func segmented(by rules: SegmentationRules) -> StemLexicon {
        var packed: [([UInt8], UInt32)] = []
        packed.reserveCapacity(count)
        forEach { word, value in
            let keep = value & (Self.countMask | Self.stopFlag)
            packed.append((Array(word), keep | UInt32(rules.analyze(word).compact) << Self.segmentationShift))
        }
        return StemLexicon(packed: packed, hasSegmentations: true)
    }

    /// The segmentation stored with a packed value.
    @inline(__always) static func segmentation(of value: UInt32) -> Segmentation {
        Segmentation(compact: UInt16(value >> segmentationShift))
    }
}
