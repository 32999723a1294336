/// A sentence: a run of tokens and the span from its first token's start to its last's end.
public struct Sentence: Sendable, Equatable {
    /// UTF-8 offsets in the original text.
    public var start: Int32
    public var end: Int32
    /// Indices into the analysis' tokens.
    public var firstToken: Int32
    public var tokenCount: Int32

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var tokenRange: Range<Int> { Int(firstToken)..<Int(firstToken + tokenCount) }
}

/// Splits a token stream into sentences at . ! ? ؟ ؛ and line breaks — but not after
/// abbreviations and initials (د. ، U.S.), nor inside an open quotation «…» "…" “…”.
public struct SentenceSplitter: Sendable {
    /// A quotation left open longer than this many tokens is taken as unbalanced and stops
    /// holding sentences together.
    public var maxQuoteTokens = 120

    public init() {}

    /// Latin abbreviations that a full stop follows without ending a sentence (lower case).
    static let latinAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "col",
        "lt", "sgt", "capt", "cmdr", "adm", "maj", "inc", "ltd", "co", "corp", "vs", "etc", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    ]

    /// The sentences of `tokens`, which were cut from `bytes`.
    public func split(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var quotes = QuoteState()
        func close(before k: Int) {
            guard k > first else { return }
            sentences.append(Sentence(start: tokens[first].start, end: tokens[k - 1].end,
                                      firstToken: Int32(first), tokenCount: Int32(k - first)))
            first = k
        }
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            if token.newlineBefore {
                close(before: k)
                quotes = QuoteState()
            }
            guard token.kind == .punctuation else { k += 1; quotes.advance(); continue }
            let mark = punctuationMark(token, bytes)
            let wasQuoting = quotes.anyOpen
            quotes.update(with: mark)
            k += 1
            // A quotation that closes right after its own full stop ends the sentence: «انتهى.»
            if wasQuoting, !quotes.anyOpen, k >= 2, tokens[k - 2].end == token.start,
               isTerminal(tokens[k - 2], bytes) {
                close(before: k)
                continue
            }
            guard isTerminal(token, bytes), !quotes.isOpen(max: maxQuoteTokens),
                  !isAbbreviation(before: k - 1, tokens, bytes), !continuesWord(after: k - 1, tokens, bytes) else { continue }
            // Closing quotes and brackets right after the terminal belong to this sentence.
            while k < tokens.count, !tokens[k].newlineBefore, tokens[k].kind == .punctuation {
                let next = punctuationMark(tokens[k], bytes)
                guard next.closes || (next.value == 0x22 && quotes.straight) else { break }
                quotes.update(with: next)
                k += 1
            }
            close(before: k)
        }
        close(before: tokens.count)
        return sentences
    }

    /// . ! ? ؟ ؛ — but not a run of full stops, an ellipsis, which is a pause.
    func isTerminal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let mark = punctuationMark(token, bytes)
        return mark.isTerminal && !(mark.value == 0x2E && token.end - token.start > 1)
    }

    /// A full stop after a single letter (an initial, د.) or a known abbreviation.
    func isAbbreviation(before k: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k > 0, bytes[Int(tokens[k].start)] == UInt8(ascii: "."), tokens[k].end - tokens[k].start == 1 else { return false }
        let previous = tokens[k - 1]
        guard previous.end == tokens[k].start, previous.kind == .word else { return false }
        var letters = 0
        var i = previous.range.lowerBound
        while i < previous.range.upperBound && letters < 2 {
            let (value, length) = UTF8Scalar.decode(bytes, at: i)
            if ScalarClasses.of(value).isLetter { letters += 1 }
            i += length
        }
        if letters == 1 { return true }
        guard previous.range.count <= 5 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[previous.range]), as: UTF8.self)
        return Self.latinAbbreviations.contains(word.lowercased())
    }

    /// A full stop glued to a following word or number (a.b, version 3.x) ends nothing.
    func continuesWord(after k: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].start == tokens[k].end else { return false }
        let next = tokens[k + 1]
        if next.kind == .word || next.kind == .number { return true }
        return false
    }

    /// What a punctuation token means for sentence splitting.
    func punctuationMark(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> PunctuationMark {
        let (value, _) = UTF8Scalar.decode(bytes, at: Int(token.start))
        return PunctuationMark(value)
    }
}

/// The part a punctuation scalar plays in sentence splitting.
struct PunctuationMark {
    let value: UInt32

    init(_ value: UInt32) { self.value = value }

    /// . ! ? ؟ ؛ and their repeated runs.
    var isTerminal: Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x061B, 0x06D4: true
        default: false
        }
    }

    /// Closes a quotation or bracket for sure (the straight quote " depends on the state).
    var closes: Bool {
        switch value {
        case 0xBB, 0x201D, 0x2019, 0x29, 0x5D, 0x7D: true
        default: false
        }
    }
}

/// Tracks whether the splitter is inside a quotation, and for how long.
struct QuoteState {
    var guillemets = 0
    var curly = 0
    var straight = false
    var tokensOpen = 0

    var anyOpen: Bool { guillemets > 0 || curly > 0 || straight }

    func isOpen(max: Int) -> Bool { anyOpen && tokensOpen <= max }

    mutating func advance() { if anyOpen { tokensOpen += 1 } }

    mutating func update(with mark: PunctuationMark) {
        let wasOpen = anyOpen
        switch mark.value {
        case 0xAB: guillemets += 1
        case 0xBB: guillemets = max(0, guillemets - 1)
        case 0x201C: curly += 1
        case 0x201D: curly = max(0, curly - 1)
        case 0x22: straight.toggle()
        default: break
        }
        if !anyOpen { tokensOpen = 0 } else if wasOpen { tokensOpen += 1 }
    }
}
