/// Splits text into tokens without changing it: every token is a span of the original.
///
/// Arabic and Latin words, numbers with their separators (15,000 · ٢٠٢٥ · 3.5 · 45%),
/// punctuation, URLs, e-mail addresses, hashtags and @handles; words joined by a hyphen or
/// dash with no space around it stay one compound token. Works on UTF-8 bytes.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenises `text`.
    public func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(utf8: $0) }
    }

    /// Tokenises valid UTF-8 bytes.
    public func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = TokenScanner(bytes: bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6)
        while let token = scanner.next() { tokens.append(token) }
        return tokens
    }
}

/// The state of one pass of the tokenizer over a buffer.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let classes = ScalarClasses.table
    var i = 0
    var sawNewline = false

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar at `k` with its class and length; `k` must be inside the buffer.
    @inline(__always) func scalar(at k: Int) -> (value: UInt32, cls: ScalarClass, length: Int) {
        let b = bytes[k]
        if b < 0x80 { return (UInt32(b), classes[Int(b)], 1) }
        let (v, n) = UTF8Scalar.decode(bytes, at: k)
        return (v, ScalarClasses.of(v, in: classes), n)
    }

    @inline(__always) func classAt(_ k: Int) -> ScalarClass? {
        k < bytes.count ? scalar(at: k).cls : nil
    }

    mutating func next() -> Token? {
        // Skip separators, noting line breaks.
        while i < bytes.count {
            let (_, cls, n) = scalar(at: i)
            if cls == .newline { sawNewline = true } else if cls != .space && cls != .ignorable && cls != .joiner { break }
            i += n
        }
        guard i < bytes.count else { return nil }
        let start = i
        let newline = sawNewline
        sawNewline = false
        let (value, cls, n) = scalar(at: i)
        var kind: TokenKind
        var compound = false
        // A URL or an e-mail address starts with an ASCII byte; most tokens (Arabic words) do not,
        // and need not be asked.
        if value < 0x80, let end = urlEnd(from: i) {
            i = end; kind = .url
        } else if value < 0x80, let end = emailEnd(from: i) {
            i = end; kind = .email
        } else if (value == 0x23 || value == 0x40), let end = tagEnd(from: i + 1) {
            i = end; kind = value == 0x23 ? .hashtag : .handle
        } else if cls == .digit {
            (i, kind) = numberEnd(from: i)
        } else if cls.isLetter || cls == .mark || cls == .tatweel {
            (i, compound) = wordEnd(from: i)
            kind = containsLetter(start..<i) ? .word : .symbol
        } else if cls == .punctuation || cls == .dash {
            i += n
            while i < bytes.count, scalar(at: i).value == value { i += n }
            kind = .punctuation
        } else {
            i = symbolEnd(from: i)
            kind = .symbol
        }
        i = attachMarks(from: i)
        return Token(start: start, end: i, kind: kind, newlineBefore: newline, isCompound: compound)
    }

    /// Past any combining marks, variation selectors and joiners that belong to the token.
    @inline(__always) func attachMarks(from k: Int) -> Int {
        var k = k
        while k < bytes.count {
            let (_, cls, n) = scalar(at: k)
            guard cls == .mark || cls == .tatweel else { break }
            k += n
        }
        return k
    }

    /// The end of a word starting at `k`, and whether it is a hyphenated compound.
    func wordEnd(from k: Int) -> (Int, Bool) {
        var family: ScalarClass?
        var k = wordPartEnd(from: k, family: &family)
        var compound = false
        // A hyphen or dash with a word part right after it joins a compound.
        while k < bytes.count {
            let (dv, dcls, dn) = scalar(at: k)
            guard dcls == .dash, dv != 0x2014, let after = classAt(k + dn), after.isLetter || after == .digit else { break }
            compound = true
            family = nil
            k = after == .digit ? digitsEnd(from: k + dn) : wordPartEnd(from: k + dn, family: &family)
        }
        return (k, compound)
    }

    /// The end of a run of letters of one script family (Arabic, or any other), marks,
    /// tatweel and inner joiners; words of other scripts take digits (G20, COVID19).
    func wordPartEnd(from k: Int, family: inout ScalarClass?) -> Int {
        var k = k
        if family != .latinLetter {
            // Fast path: Arabic letters, harakat and tatweel (U+0621–U+065F) are two bytes,
            // D8 A1 … D9 9F.
            while k + 1 < bytes.count {
                let b0 = bytes[k], b1 = bytes[k + 1]
                guard (b0 == 0xD8 && b1 >= 0xA1) || (b0 == 0xD9 && b1 <= 0x9F) else { break }
                if family == nil, b0 == 0xD8 || (b1 >= 0x81 && b1 <= 0x8A) { family = .arabicLetter }
                k += 2
            }
        }
        while k < bytes.count {
            let (v, cls, n) = scalar(at: k)
            switch cls {
            case .arabicLetter, .latinLetter, .otherLetter:
                let letterFamily: ScalarClass = cls == .arabicLetter ? .arabicLetter : .latinLetter
                if let family, family != letterFamily { return k }
                family = letterFamily
            case .mark, .tatweel:
                break
            case .digit:
                guard family == .latinLetter else { return k }
            case .joiner:
                guard let next = classAt(k + n), next.isLetter || next == .mark else { return k }
            case .punctuation where (v == 0x27 || v == 0x2019) && family == .latinLetter:
                // An apostrophe inside a Latin word: don't, Trump's.
                guard classAt(k + n) == .latinLetter else { return k }
            default:
                return k
            }
            k += n
        }
        return k
    }

    func containsLetter(_ range: Range<Int>) -> Bool {
        if range.count >= 2, bytes[range.lowerBound] == 0xD8, bytes[range.lowerBound + 1] >= 0xA1 { return true }
        var k = range.lowerBound
        while k < range.upperBound {
            let (_, cls, n) = scalar(at: k)
            if cls.isLetter { return true }
            k += n
        }
        return false
    }

    /// The end of a number starting at `k`: digits with inner separators, a trailing percent;
    /// digits followed by Latin letters make an alphanumeric word (5G, 2nd).
    func numberEnd(from k: Int) -> (Int, TokenKind) {
        var k = digitsEnd(from: k)
        while k < bytes.count {
            let v = scalar(at: k).value
            let sep = v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C || v == 0x3A || v == 0x2F
            guard sep else { break }
            let n = scalar(at: k).length
            guard classAt(k + n) == .digit else { break }
            k = digitsEnd(from: k + n)
        }
        if k < bytes.count {
            let (v, cls, n) = scalar(at: k)
            if v == 0x25 || v == 0x066A { return (k + n, .number) }
            if cls == .latinLetter {
                var family: ScalarClass? = .latinLetter
                return (wordPartEnd(from: k, family: &family), .word)
            }
        }
        return (k, .number)
    }

    func digitsEnd(from k: Int) -> Int {
        var k = k
        while k < bytes.count {
            let (_, cls, n) = scalar(at: k)
            guard cls == .digit else { break }
            k += n
        }
        return k
    }

    /// The end of the rest of a hashtag or handle starting at `k`, if one starts there.
    func tagEnd(from k: Int) -> Int? {
        var k = k
        let start = k
        while k < bytes.count {
            let (v, cls, n) = scalar(at: k)
            guard cls.isWordPart || v == 0x5F else { break }
            k += n
        }
        return k > start ? k : nil
    }

    /// A symbol, emoji or other character, with its modifiers and zero-width-joined partners.
    func symbolEnd(from k: Int) -> Int {
        let (first, _, n) = scalar(at: k)
        var k = k + n
        let regionalIndicator: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        if regionalIndicator.contains(first), k < bytes.count, regionalIndicator.contains(scalar(at: k).value) {
            k += scalar(at: k).length
        }
        while k < bytes.count {
            let (v, cls, m) = scalar(at: k)
            if cls == .mark || (0x1F3FB...0x1F3FF).contains(v) || (0xFE00...0xFE0F).contains(v) {
                k += m
            } else if v == 0x200D, k + m < bytes.count, scalar(at: k + m).cls == .symbol {
                k += m + scalar(at: k + m).length
            } else {
                break
            }
        }
        return k
    }

    /// ASCII bytes at `k` equal `prefix`, ignoring case.
    func hasPrefix(_ prefix: StaticString, at k: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard k + count <= bytes.count else { return false }
        let p = prefix.utf8Start
        for j in 0..<count where bytes[k + j] | 0x20 != p[j] | 0x20 { return false }
        return true
    }

    /// The end of a URL starting at `k`, if one starts there.
    func urlEnd(from k: Int) -> Int? {
        guard bytes[k] | 0x20 == UInt8(ascii: "h") || bytes[k] | 0x20 == UInt8(ascii: "w") else { return nil }
        guard hasPrefix("https://", at: k) || hasPrefix("http://", at: k) || hasPrefix("www.", at: k) else { return nil }
        var end = k
        while end < bytes.count {
            let (v, cls, n) = scalar(at: end)
            if cls == .space || cls == .newline { break }
            if [0x22, 0x3C, 0x3E, 0xAB, 0xBB, 0x201C, 0x201D, 0x060C, 0x061B].contains(v) { break }
            end += n
        }
        // Sentence punctuation after a URL is not part of it.
        while end > k, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "'")].contains(bytes[end - 1]) {
            end -= 1
        }
        return end > k + 4 ? end : nil
    }

    /// The end of an e-mail address starting at `k`, if one starts there.
    func emailEnd(from k: Int) -> Int? {
        func isLocal(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
        }
        var j = k
        while j < bytes.count, isLocal(bytes[j]) { j += 1 }
        guard j > k, j < bytes.count, bytes[j] == UInt8(ascii: "@") else { return nil }
        var end = j + 1
        var lastDot = -1
        while end < bytes.count, isLocal(bytes[end]), bytes[end] != 0x25, bytes[end] != 0x2B {
            if bytes[end] == 0x2E { lastDot = end }
            end += 1
        }
        while end > j + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        guard lastDot > j + 1, lastDot < end - 2 else { return nil }
        return end
    }
}
