/// How a token splits into proclitics, stem and enclitic. Segments share their token's
/// span; the stem is the token's norm without the clitics (with a teh marbuta restored
/// where a pronoun had turned it into ت: حكومته → حكومة + ه).
public struct Segmentation: Sendable, Equatable {
    /// An index into `Clitics.proclitics` (0: none).
    public var proclitics: UInt8
    /// An index into `Clitics.enclitics` (0: none).
    public var enclitic: UInt8
    /// Whether the stem's final ت stands for a teh marbuta.
    public var restoredTehMarbuta: Bool

    /// No clitics.
    public static let unsplit = Segmentation(proclitics: 0, enclitic: 0, restoredTehMarbuta: false)

    public init(proclitics: UInt8, enclitic: UInt8, restoredTehMarbuta: Bool) {
        self.proclitics = proclitics
        self.enclitic = enclitic
        self.restoredTehMarbuta = restoredTehMarbuta
    }

    /// The segmentation in 10 bits: proclitic stack (5), enclitic (4), restored teh marbuta (1).
    var compact: UInt16 {
        UInt16(proclitics) | UInt16(enclitic) << 5 | (restoredTehMarbuta ? 1 << 9 : 0)
    }

    init(compact: UInt16) {
        self.init(proclitics: UInt8(compact & 0x1F), enclitic: UInt8((compact >> 5) & 0xF),
                  restoredTehMarbuta: compact & (1 << 9) != 0)
    }

    /// How the stem lexicon writes it: the proclitics each followed by `+`, `_` for the stem
    /// (`_ة` when its ت stands for ة), then `+` and the enclitic: `و+ب+_`, `_ة+ه`; empty
    /// when unsplit.
    public var lexiconForm: String {
        guard isSplit else { return "" }
        let suffix = Clitics.enclitics[Int(enclitic)]
        return Clitics.proclitics[Int(proclitics)].segments.map { $0 + "+" }.joined()
            + (restoredTehMarbuta ? "_ة" : "_") + (suffix.isEmpty ? "" : "+" + suffix)
    }

    /// Whether the token has any clitic.
    public var isSplit: Bool { proclitics != 0 || enclitic != 0 }

    /// The byte length of the proclitics as written before the stem (لل for ل + ال): that of
    /// `Clitics.proclitics[proclitics]`, read from constants that hold four bits per stack
    /// (a test checks them against the stacks). Every stage asks this of many tokens from
    /// other modules: inlined, it is a shift, where the table cost a call and a check that
    /// the table was made.
    @inlinable public var procliticBytes: Int {
        let i = Int(proclitics)
        let packed: UInt64 = i < 16 ? 0x4848_4622_4262_6240 : 0x0000_0464_8484_6246
        return Int(truncatingIfNeeded: packed &>> UInt64(truncatingIfNeeded: (i & 15) &* 4)) & 15
    }

    /// The byte length of the enclitic after the stem: that of `Clitics.enclitics[enclitic]`,
    /// four bits per enclitic, as `procliticBytes` has them.
    @inlinable public var encliticBytes: Int {
        Int(truncatingIfNeeded: UInt64(0x0002_4444_6244_6420) &>> UInt64(truncatingIfNeeded: Int(enclitic) &* 4)) & 15
    }

    /// The byte range of the stem in a norm `length` bytes long: the norm without the clitics,
    /// all of it when they would leave nothing.
    @inlinable public func stemBytes(ofLength length: Int) -> Range<Int> {
        guard isSplit else { return 0..<length }
        let front = procliticBytes, back = encliticBytes
        return front + back < length ? front..<(length - back) : 0..<length
    }

    /// The segments of a token whose norm is `norm`: proclitics marked `و+`, the stem, the
    /// enclitic marked `+ه`.
    public func segments(ofNorm norm: String) -> [String] {
        var norm = norm
        var out: [String] = []
        norm.withUTF8 { bytes in forEachSegment(ofNorm: bytes) { out.append(String(decoding: $0, as: UTF8.self)) } }
        return out
    }

    /// Calls `body` with the UTF-8 of each segment of a token whose norm is `norm`, in the
    /// order and forms of `segments(ofNorm:)`, without making strings.
    /// The output writes this for every token with clitics: it reads the marked segments by
    /// index rather than copying the stack (three strings and two arrays to retain and release).
    public func forEachSegment(ofNorm norm: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for segment in Clitics.markedProclitics[Int(proclitics)] { segment.withUnsafeBufferPointer(body) }
        let suffix = Clitics.markedEnclitics[Int(enclitic)]
        let stem = UnsafeBufferPointer(rebasing: norm[procliticBytes..<(norm.count - encliticBytes)])
        if restoredTehMarbuta {
            // The stem's last letter (ت) becomes ة.
            var end = stem.count
            if end > 0 { end -= 1 }
            while end > 0, UTF8Scalar.isContinuation(stem[end]) { end -= 1 }
            (Array(stem[..<end]) + [0xD8, 0xA9]).withUnsafeBufferPointer(body)
        } else {
            body(stem)
        }
        if !suffix.isEmpty { suffix.withUnsafeBufferPointer(body) }
    }
}

/// The Arabic clitics the segmenter knows, in their light-normalised written forms.
public enum Clitics {
    /// A stack of proclitics as written before a stem, and the segments it stands for.
    public struct Stack: Sendable {
        /// How the stack is written (لل for ل + ال).
        public let surface: String
        /// The clitics in order.
        public let segments: [String]
        /// The part before the article, as written (ل for لل).
        let beforeArticle: String
        /// Whether the stack ends with the article ال.
        public let hasArticle: Bool
        /// Whether the stack holds the future marker س.
        let hasFuture: Bool
        /// Whether the stack is only the conjunctions و or ف.
        let isConjunctionOnly: Bool

        init(_ segments: [String]) {
            self.segments = segments
            hasArticle = segments.last == "ال"
            hasFuture = segments.contains("س")
            isConjunctionOnly = segments == ["و"] || segments == ["ف"]
            let before = hasArticle ? segments.dropLast().joined() : segments.joined()
            beforeArticle = before
            // ل before the article drops the article's alef: ل + ال → لل.
            surface = hasArticle ? (before.hasSuffix("ل") ? before + "ل" : before + "ال") : before
        }
    }

    /// Index 0 is the empty stack.
    public static let proclitics: [Stack] = {
        var stacks = [Stack([])]
        let conjunctions: [[String]] = [[], ["و"], ["ف"]]
        for conj in conjunctions {
            for middle: [String] in [[], ["ب"], ["ك"], ["ل"], ["س"]] {
                for article: [String] in [[], ["ال"]] where !(middle == ["س"] && !article.isEmpty) {
                    let segments = conj + middle + article
                    if !segments.isEmpty { stacks.append(Stack(segments)) }
                }
            }
        }
        return stacks
    }()

    /// Index 0 is no enclitic.
    public static let enclitics = ["", "ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ني", "نا", "ي"]
    /// The UTF-8 of each segment of each stack of `proclitics` with its mark (`و+`), as output
    /// writes them, by the stack's index.
    static let markedProclitics: [[[UInt8]]] = proclitics.map { $0.segments.map { Array(($0 + "+").utf8) } }
    /// The UTF-8 of each enclitic with its mark (`+ه`), as output writes them; empty for none.
    static let markedEnclitics: [[UInt8]] = enclitics.map { $0.isEmpty ? [] : Array(("+" + $0).utf8) }
}
