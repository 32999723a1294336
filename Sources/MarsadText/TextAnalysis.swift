/// What the text layer finds in a text: tokens with their normalised forms and clitic
/// segments, sentences, language. Every offset is a UTF-8 offset into the original text.
public struct TextAnalysis: Sendable {
    public var tokens: [Token]
    public var sentences: [Sentence]
    /// The tokens' normalised forms, one after another (see `Token.normRange`).
    public var norms: [UInt8]
    public var language: LanguageGuess

    public init(tokens: [Token], sentences: [Sentence], norms: [UInt8], language: LanguageGuess) {
        self.tokens = tokens
        self.sentences = sentences
        self.norms = norms
        self.language = language
    }

    /// The normalised form of `token`.
    public func norm(of token: Token) -> String {
        String(decoding: norms[token.normRange], as: UTF8.self)
    }

    /// The token that holds byte `offset` (the last token for an offset past the text).
    public func token(at offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].end) <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, tokens.count - 1)
    }

    /// The clitic segments of `token` (`و+`, `ب+`, `موسكو`), or nil when it has none.
    public func segments(of token: Token) -> [String]? {
        token.segmentation.isSplit ? token.segmentation.segments(ofNorm: norm(of: token)) : nil
    }
}

/// The whole text layer in one pass: tokens, their normalised forms (`NormalizationOptions.token`),
/// clitic segmentation of Arabic words, sentences and language.
public struct TextLayer: Sendable {
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    /// Normalises without folding alef forms, alef maksura or teh marbuta: the form the
    /// segmenter reads. The token's norm then folds them in place (same byte lengths).
    let light = Normalizer(options: [.foldLatinCase])
    let segmenter: CliticSegmenter?

    /// A text layer; without a lexicon, words are not segmented.
    public init(lexicon: StemLexicon?) {
        segmenter = lexicon.map { CliticSegmenter(lexicon: $0) }
    }

    /// Analyses `text`.
    public func analyze(_ text: String) -> TextAnalysis {
        var copy = text
        return copy.withUTF8 { analyze(utf8: $0) }
    }

    /// Analyses valid UTF-8 bytes.
    public func analyze(utf8 bytes: UnsafeBufferPointer<UInt8>) -> TextAnalysis {
        var tokens = tokenizer.tokenize(utf8: bytes)
        let segmenter = self.segmenter
        let expansion = light.maxExpansion
        var none = NoOffsets()
        var norms = ByteBuffer(capacity: bytes.count + 64)
        var language = LanguageEvidence()
        var arabicWords: [Int32] = []
        arabicWords.reserveCapacity(tokens.count)
        for k in tokens.indices {
            let range = tokens[k].range
            norms.reserve(range.count * expansion)
            var sink = PointerSink(cursor: norms.end)
            let arabicOnly = light.write(bytes, range, to: &sink, recording: &none)
            let norm = UnsafeMutableBufferPointer(start: norms.end, count: sink.cursor - norms.end)
            tokens[k].normStart = Int32(norms.count)
            norms.count += norm.count
            tokens[k].normEnd = Int32(norms.count)
            if tokens[k].kind == .word { language.add(word: UnsafeBufferPointer(norm), arabicLettersOnly: arabicOnly) }
            if arabicOnly, norm.count >= 4, tokens[k].kind == .word, !tokens[k].isCompound {
                arabicWords.append(Int32(k))
            } else {
                Self.foldLetters(norm)
            }
        }
        // Segment in a second pass: lookups of consecutive words are independent, so the
        // processor overlaps their cache misses. The segmenter is unwrapped and the tokens
        // borrowed once, not retained, released and checked for uniqueness at every word.
        let base = norms.base
        if let segmenter {
            tokens.withUnsafeMutableBufferPointer { tokens in
                for k in arabicWords {
                    let token = Int(k)
                    let norm = UnsafeBufferPointer(start: base + Int(tokens[token].normStart), count: tokens[token].normRange.count)
                    (tokens[token].segmentation, tokens[token].wholeWordEvidence) = segmenter.analysis(of: norm)
                }
            }
        }
        // Then fold their letters, which the segmenter reads unfolded.
        for k in arabicWords {
            Self.foldLetters(UnsafeMutableBufferPointer(start: base + Int(tokens[Int(k)].normStart), count: tokens[Int(k)].normRange.count))
        }
        let sentences = splitter.split(tokens, in: bytes)
        return TextAnalysis(tokens: tokens, sentences: sentences, norms: norms.array(), language: language.guess)
    }

    /// Folds alef forms and alef maksura in place: أ إ آ ٱ → ا, ى → ي (two bytes each way).
    static func foldLetters(_ norm: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i + 1 < norm.count {
            let b0 = norm[i], b1 = norm[i + 1]
            if b0 == 0xD8 && (b1 == 0xA2 || b1 == 0xA3 || b1 == 0xA5) {
                norm[i + 1] = 0xA7
            } else if b0 == 0xD9 && (b1 == 0xB1 || b1 == 0xB2 || b1 == 0xB3) {
                norm[i] = 0xD8; norm[i + 1] = 0xA7
            } else if b0 == 0xD9 && b1 == 0x89 {
                norm[i + 1] = 0x8A
            }
            i += b0 < 0x80 ? 1 : (b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4))
        }
    }
}

/// A growable byte buffer written through pointers, for the hot path.
struct ByteBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Where the next byte goes.
    var end: UnsafeMutablePointer<UInt8> { base + count }

    /// Makes room for `extra` more bytes.
    mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(capacity * 2, count + extra)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }

    /// The bytes written, as an array.
    func array() -> [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
