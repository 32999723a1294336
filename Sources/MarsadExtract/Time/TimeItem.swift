import MarsadCore

/// What one token means to the time grammar.
enum TimeItem: Sendable, Equatable {
    /// Nothing the grammar reads.
    case none
    /// A vocabulary phrase starting at this token and covering `tokens` tokens.
    case word(DateWord, tokens: Int)
    /// An integer written in digits, with its digit count (`08` has 2).
    case number(Int, digits: Int)
    /// Digits joined by `/` or `.`: `17/08/2025`, `08/2025`.
    case numericDate(NumericDate)
    /// Hours and minutes joined by `:`: `10:30`.
    case clock(hour: Int, minute: Int)
}

/// Two or three numbers joined by `/` or `.`, with each one's digit count; a fixed-size
/// value, so that `TimeItem` stays trivial to copy.
struct NumericDate: Sendable, Equatable {
    var parts: (Int, Int, Int)
    var digits: (Int, Int, Int)
    /// 2 or 3.
    var count: Int

    static func == (a: Self, b: Self) -> Bool {
        a.parts == b.parts && a.digits == b.digits && a.count == b.count
    }
}

/// Turns tokens into `TimeItem`s: vocabulary phrases (with the conjunctions و ف and the
/// prepositions ب ل ك stripped from a phrase's first word when the whole word is not in
/// the vocabulary) and numbers.
struct TimeLexer: Sendable {
    let vocabulary: DateVocabulary

    func items(_ analysis: TextAnalysis) -> [TimeItem] {
        var items = [TimeItem](repeating: .none, count: analysis.tokens.count)
        analysis.norms.withUnsafeBufferPointer { norms in
            let tokens = analysis.tokens
            for k in tokens.indices {
                let norm = UnsafeBufferPointer(rebasing: norms[tokens[k].normRange])
                switch tokens[k].kind {
                case .number: items[k] = Self.number(norm)
                case .word: items[k] = phrase(at: k, first: norm, tokens, norms)
                default: break
                }
            }
        }
        return items
    }

    /// The longest vocabulary phrase starting at token `k`.
    private func phrase(at k: Int, first norm: UnsafeBufferPointer<UInt8>, _ tokens: [Token],
                        _ norms: UnsafeBufferPointer<UInt8>) -> TimeItem {
        if let item = match(norm, at: k, tokens, norms) { return item }
        guard norm.count >= 6 else { return .none }
        var offset = 0
        if ProcliticLetters.conjunctions.begins(norm) {
            offset = 2
            if let item = match(UnsafeBufferPointer(rebasing: norm[2...]), at: k, tokens, norms) { return item }
        }
        guard offset + 6 <= norm.count, ProcliticLetters([.ba, .lam, .kaf]).begins(norm[offset...]) else { return .none }
        if let item = match(UnsafeBufferPointer(rebasing: norm[(offset + 2)...]), at: k, tokens, norms) { return item }
        // لل is ل before the article with its alef dropped: للعام → العام.
        if ProcliticLetters.lam.begins(norm[offset...]), ProcliticLetters.lam.begins(norm[(offset + 2)...]) {
            var restored: [UInt8] = [0xD8, 0xA7]
            restored += norm[(offset + 2)...]
            return restored.withUnsafeBufferPointer { match($0, at: k, tokens, norms) } ?? .none
        }
        return .none
    }

    /// The longest phrase whose first word is `first` and whose other words are the norms
    /// of the tokens after `k`.
    private func match(_ first: UnsafeBufferPointer<UInt8>, at k: Int, _ tokens: [Token],
                       _ norms: UnsafeBufferPointer<UInt8>) -> TimeItem? {
        guard first.count >= 2, let candidates = vocabulary.entries(startingWith: first) else { return nil }
        for index in candidates {
            let entry = vocabulary.entries[index]
            let length = entry.words.count
            guard k + length <= tokens.count else { continue }
            var matches = true
            for j in 1..<length where !norms[tokens[k + j].normRange].elementsEqual(entry.words[j]) {
                matches = false
                break
            }
            if matches { return .word(entry.meaning, tokens: length) }
        }
        return nil
    }

    /// A number token: plain digits, digits joined by `/` or `.` into a numeric date, or
    /// hours and minutes joined by `:`.
    static func number(_ norm: UnsafeBufferPointer<UInt8>) -> TimeItem {
        var date = NumericDate(parts: (0, 0, 0), digits: (0, 0, 0), count: 0)
        var value = 0, count = 0, separator: UInt8 = 0
        for byte in norm {
            if byte >= 0x30 && byte <= 0x39 {
                guard count < 9 else { return .none }
                value = value * 10 + Int(byte - 0x30)
                count += 1
            } else if byte == 0x3A && count > 0 && count <= 2 && separator == 0 && date.count == 0 {
                separator = byte
                date.append(value, digits: count)
                value = 0; count = 0
            } else if (byte == 0x2F || byte == 0x2E) && count > 0 && (separator == 0 || separator == byte) {
                guard date.count < 2 else { return .none }
                separator = byte
                date.append(value, digits: count)
                value = 0; count = 0
            } else {
                return .none
            }
        }
        guard count > 0 else { return .none }
        if date.count == 0 { return .number(value, digits: count) }
        if separator == 0x3A {
            guard count == 2, date.parts.0 <= 24, value < 60 else { return .none }
            return .clock(hour: date.parts.0, minute: value)
        }
        date.append(value, digits: count)
        return .numericDate(date)
    }
}

extension NumericDate {
    mutating func append(_ value: Int, digits count: Int) {
        switch self.count {
        case 0: (parts.0, digits.0) = (value, count)
        case 1: (parts.1, digits.1) = (value, count)
        default: (parts.2, digits.2) = (value, count)
        }
        self.count += 1
    }
}
