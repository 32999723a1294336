/// What a token is.
public enum TokenKind: UInt8, Sendable, CaseIterable {
    case word, number, punctuation, symbol, url, email, hashtag, handle

    /// The name used in JSON output.
    public var name: String { staticName.description }

    /// `name` as a static string, which the output writes for every token without making a string.
    public var staticName: StaticString {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punct"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .hashtag: "hashtag"
        case .handle: "handle"
        }
    }
}

/// A surface token: a span of the original text (UTF-8 offsets), its normalised form (a
/// range of the analysis' norm buffer) and, for Arabic words, its clitic segmentation.
public struct Token: Sendable, Equatable {
    /// UTF-8 offsets of the token in the original text.
    public var start: Int32
    public var end: Int32
    /// The token's normalised form: a range of `TextAnalysis.norms`.
    public var normStart: Int32
    public var normEnd: Int32
    public var kind: TokenKind
    /// Whether a line break separates this token from the one before.
    public var newlineBefore: Bool
    /// Whether the token is a compound joined by hyphens or dashes (إلمندورف-ريتشاردسون).
    public var isCompound: Bool
    /// How the token splits into clitics and stem.
    public var segmentation: Segmentation
    /// What the segmenter's lexicon counts say about the word left whole
    /// (`CliticSegmenter.analysis(of:)`).
    public var wholeWordEvidence: WholeWordEvidence

    public init(start: Int, end: Int, kind: TokenKind, newlineBefore: Bool = false, isCompound: Bool = false) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.normStart = 0
        self.normEnd = 0
        self.kind = kind
        self.newlineBefore = newlineBefore
        self.isCompound = isCompound
        self.segmentation = .unsplit
        self.wholeWordEvidence = .none
    }

    /// The token's UTF-8 range in the original text.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// The token's range in the norm buffer.
    public var normRange: Range<Int> { Int(normStart)..<Int(normEnd) }
}

extension Token {
    /// The UTF-8 ranges of a compound's parts, split at its hyphens and dashes
    /// (إلمندورف-ريتشاردسون → إلمندورف, ريتشاردسون); a simple token is its own one part.
    public func parts(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard isCompound else { return [range] }
        var parts: [Range<Int>] = []
        var partStart = Int(start)
        var i = Int(start)
        while i < Int(end) {
            let (value, length) = UTF8Scalar.decode(bytes, at: i)
            if ScalarClasses.of(value) == .dash {
                parts.append(partStart..<i)
                partStart = i + length
            }
            i += length
        }
        parts.append(partStart..<Int(end))
        return parts
    }
}
