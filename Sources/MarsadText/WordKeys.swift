/// One way to read a token for a lexicon lookup: its matching form (teh marbuta folded) as
/// UTF-8, with some clitics taken off, and which.
public struct WordKey: Sendable, Equatable {
    /// The reading's matching form, as UTF-8: a slice of the bytes of all the readings of its
    /// document, so its indices are theirs and do not start at 0.
    public let key: ArraySlice<UInt8>
    /// Whether a leading conjunction و or ف was taken off (وقال → قال).
    public let conjoined: Bool
    /// Whether a preposition ب، ل or ك was taken off (بالقمة → القمة).
    public let prepositional: Bool
}

/// The readings of every token a lexicon lookup tries: the whole form; without a leading
/// conjunction; without a preposition before the article (لل → ال); without an object or
/// possessive pronoun (وصفوه → وصفوا، قلقه → قلق); without a final tanween alef (قلقا → قلق).
/// The speech stages do not trust the segmenter with verbs, whose forms it rarely sees in
/// its stem lexicon, so they strip these few clitics themselves. Everything is bytes: the
/// lookups run for every token of every document.
public struct WordKeys: Sendable {
    /// The readings of each token, the whole form first; empty for punctuation.
    public let readings: Readings

    /// Every token's readings in one array, so that a document costs few allocations. Its
    /// accessors are inlinable: the speech stages read every token's readings from another
    /// module, and a call for each cost more than the slicing itself.
    public struct Readings: RandomAccessCollection, Sendable {
        /// The readings, token after token.
        @usableFromInline let all: [WordKey]
        /// Where each token's readings start in `all`, and one past the last token's.
        @usableFromInline let starts: [Int32]

        /// The first token's index, 0.
        @inlinable public var startIndex: Int { 0 }
        /// The number of tokens.
        @inlinable public var endIndex: Int { starts.count - 1 }
        /// The readings of token `k`.
        @inlinable public subscript(k: Int) -> ArraySlice<WordKey> { all[Int(starts[k])..<Int(starts[k + 1])] }

        /// `body` with the readings of token `k` where they stand, for a loop over every token's:
        /// a slice of them and a copy of each reading cost a retain and a release apiece.
        @inlinable public func withReadings<R>(of k: Int, _ body: (UnsafeBufferPointer<WordKey>) -> R) -> R {
            all.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(starts[k])..<Int(starts[k + 1])])) }
        }
    }

    /// The readings of a document as they are made: their bytes one after another in one
    /// array, and where each reading lies in it. With an array per reading, `malloc` under
    /// `WordKeys.init` took 8% of the whole pipeline's time over SaudiNewsNet.
    struct Builder {
        /// Every reading's bytes.
        var bytes: [UInt8] = []
        /// Each reading's bytes in `bytes` and what was taken off.
        var readings: [(start: Int32, end: Int32, conjoined: Bool, prepositional: Bool)] = []

        /// Appends the reading `prefix + body + suffix`, unless one of the readings from
        /// `first` on already reads so.
        mutating func add(_ prefix: [UInt8], _ body: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8], conjoined: Bool,
                          prepositional: Bool, unlessAmongFrom first: Int) {
            let start = bytes.count
            bytes.append(contentsOf: prefix)
            bytes.append(contentsOf: body)
            bytes.append(contentsOf: suffix)
            let count = bytes.count - start
            let repeated = bytes.withUnsafeBufferPointer { bytes in
                readings[first...].contains { earlier in
                    Int(earlier.end - earlier.start) == count
                        && ByteKeyTable.equal(bytes.baseAddress! + Int(earlier.start), UnsafeBufferPointer(rebasing: bytes[start...]))
                }
            }
            if repeated {
                bytes.removeLast(count)
            } else {
                readings.append((Int32(start), Int32(bytes.count), conjoined, prepositional))
            }
        }

        /// The readings made, token by token as `starts` divides them.
        func finished(_ starts: [Int32]) -> Readings {
            let bytes = self.bytes
            return Readings(all: readings.map { WordKey(key: bytes[Int($0.start)..<Int($0.end)], conjoined: $0.conjoined,
                                                        prepositional: $0.prepositional) },
                            starts: starts)
        }
    }

    /// The readings of every token of `analysis`. A word written as an earlier one was (a
    /// third of the words of a news article) shares that word's readings: finding it costs a
    /// hash and a comparison, making its readings a copy of a few bytes each.
    public init(_ analysis: TextAnalysis) {
        let tokens = analysis.tokens
        var out = Builder()
        out.readings.reserveCapacity(tokens.count * 2)
        out.bytes.reserveCapacity(analysis.norms.count * 2)
        var starts: [Int32] = []
        starts.reserveCapacity(tokens.count + 1)
        var earlier = FirstOccurrences(count: tokens.count)
        analysis.norms.withUnsafeBufferPointer { norms in
            for k in tokens.indices {
                starts.append(Int32(out.readings.count))
                guard tokens[k].kind == .word else { continue }
                let norm = UnsafeBufferPointer(rebasing: norms[tokens[k].normRange])
                if let first = earlier.first(norm, k, norms, tokens) {
                    for i in Int(starts[first])..<Int(starts[first + 1]) { out.readings.append(out.readings[i]) }
                } else {
                    Self.readings(of: norm, into: &out)
                }
            }
        }
        starts.append(Int32(out.readings.count))
        readings = out.finished(starts)
    }

    /// The first word token of a document with each norm: an open-addressing table of token
    /// indices, a slot holding the norm's hash (high half) and the token's index plus one
    /// (low half; 0 when empty).
    struct FirstOccurrences {
        private var slots: [UInt64]
        private let mask: Int

        /// A table for up to `count` tokens.
        init(count: Int) {
            var capacity = 16
            while capacity < count * 2 { capacity <<= 1 }
            slots = [UInt64](repeating: 0, count: capacity)
            mask = capacity - 1
        }

        /// The earlier token whose norm equals `norm`, the norm of token `k`; else nil, and `k`
        /// is recorded as the first with it.
        mutating func first(_ norm: UnsafeBufferPointer<UInt8>, _ k: Int, _ norms: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Int? {
            let hash = ByteKeyTable.hash(norm)
            let mask = self.mask
            return slots.withUnsafeMutableBufferPointer { slots in
                var i = Int(hash) & mask
                while true {
                    let slot = slots[i]
                    if slot == 0 {
                        slots[i] = UInt64(hash) << 32 | UInt64(k + 1)
                        return nil
                    }
                    if UInt32(truncatingIfNeeded: slot >> 32) == hash {
                        let other = Int(UInt32(truncatingIfNeeded: slot)) - 1
                        let range = tokens[other].normRange
                        if range.count == norm.count, norm.isEmpty || ByteKeyTable.equal(norms.baseAddress! + range.lowerBound, norm) {
                            return other
                        }
                    }
                    i = (i &+ 1) & mask
                }
            }
        }
    }

    /// The preposition ب in UTF-8, as a reading of a bare preposition token has it.
    public static let beh: [UInt8] = [0xD8, 0xA8]
    // Alef and the article in UTF-8.
    static let alef: [UInt8] = [0xD8, 0xA7]
    static let article: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]

    /// An Arabic letter's two UTF-8 bytes as one number, to compare a letter in one step.
    enum Letter {
        static let alef: UInt16 = 0xD8A7, beh: UInt16 = 0xD8A8, feh: UInt16 = 0xD981, kaf: UInt16 = 0xD983
        static let lam: UInt16 = 0xD984, meem: UInt16 = 0xD985, heh: UInt16 = 0xD987, waw: UInt16 = 0xD988
    }

    /// The two bytes of `key` from `i` on, as a `Letter`.
    @inline(__always) static func letter(_ key: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 {
        UInt16(key[i]) << 8 | UInt16(key[i + 1])
    }

    /// The byte length of the object or possessive pronoun that ends `key[..<end]` (هما، هم،
    /// ها، ه, longest first), provided at least five bytes stay before it; else nil.
    static func pronoun(endingAt end: Int, from start: Int, in key: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = end - start
        if count > 10, letter(key, end - 6) == Letter.heh, letter(key, end - 4) == Letter.meem, letter(key, end - 2) == Letter.alef { return 6 }
        if count > 8, letter(key, end - 4) == Letter.heh, letter(key, end - 2) == Letter.meem { return 4 }
        if count > 8, letter(key, end - 4) == Letter.heh, letter(key, end - 2) == Letter.alef { return 4 }
        if count > 6, letter(key, end - 2) == Letter.heh { return 2 }
        return nil
    }

    /// Appends the readings of a word whose norm is `norm` to `out`, made from its matching
    /// form (teh marbuta folded) on the stack: this runs for every word.
    static func readings(of norm: UnsafeBufferPointer<UInt8>, into out: inout Builder) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: norm.count) { form in
            _ = form.initialize(fromContentsOf: norm)
            form.foldTehMarbuta()
            let key = UnsafeBufferPointer(form), n = key.count
            let first = out.readings.count
            out.add([], key, [], conjoined: false, prepositional: false, unlessAmongFrom: first)
            guard let lead = key.first, lead == 0xD8 || lead == 0xD9, n >= 4 else { return }
            func add(_ range: Range<Int>, after prefix: [UInt8] = [], before suffix: [UInt8] = [], _ conjoined: Bool, _ prepositional: Bool) {
                guard prefix.count + range.count + suffix.count >= 4 else { return }
                out.add(prefix, UnsafeBufferPointer(rebasing: key[range]), suffix, conjoined: conjoined, prepositional: prepositional,
                        unlessAmongFrom: first)
            }
            // The readings of `key[start...]`, which follows a conjunction when `conjoined`.
            func strip(_ start: Int, _ conjoined: Bool) {
                let count = n - start
                if conjoined { add(start..<n, conjoined, false) }
                if count >= 8, letter(key, start) == Letter.lam, letter(key, start + 2) == Letter.lam {
                    add((start + 4)..<n, after: article, conjoined, true)
                } else if count >= 6, letter(key, start + 2) == Letter.alef, letter(key, start + 4) == Letter.lam,
                          letter(key, start) == Letter.beh || letter(key, start) == Letter.kaf {
                    add((start + 2)..<n, conjoined, true)
                }
                if let pronoun = pronoun(endingAt: n, from: start, in: key) {
                    let stem = start..<(n - pronoun)
                    add(stem, conjoined, false)
                    if letter(key, stem.upperBound - 2) == Letter.waw { add(stem, before: alef, conjoined, false) }
                }
                if count >= 8, letter(key, n - 2) == Letter.alef { add(start..<(n - 2), conjoined, false) }
            }
            strip(0, false)
            if n >= 8, letter(key, 0) == Letter.waw || letter(key, 0) == Letter.feh { strip(2, true) }
        }
    }
}
