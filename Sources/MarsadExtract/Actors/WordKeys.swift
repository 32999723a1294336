import MarsadCore
import MarsadText

/// One way to read a token for a lexicon lookup: its matching form (teh marbuta folded) as
/// UTF-8, with some clitics taken off, and which.
struct WordKey: Sendable, Equatable {
    let key: [UInt8]
    /// Whether a leading conjunction و or ف was taken off (وقال → قال).
    let conjoined: Bool
    /// Whether a preposition ب، ل or ك was taken off (بالقمة → القمة).
    let prepositional: Bool
}

/// The readings of every token a lexicon lookup tries: the whole form; without a leading
/// conjunction; without a preposition before the article (لل → ال); without an object or
/// possessive pronoun (وصفوه → وصفوا، قلقه → قلق); without a final tanween alef (قلقا → قلق).
/// The speech stages do not trust the segmenter with verbs, whose forms it rarely sees in
/// its stem lexicon, so they strip these few clitics themselves. Everything is bytes: the
/// lookups run for every token of every document.
struct WordKeys: Sendable {
    /// The readings of each token, the whole form first; empty for punctuation.
    let readings: Readings

    /// Every token's readings in one array, so that a document costs few allocations.
    struct Readings: RandomAccessCollection, Sendable {
        /// The readings, token after token.
        let all: [WordKey]
        /// Where each token's readings start in `all`, and one past the last token's.
        let starts: [Int32]

        var startIndex: Int { 0 }
        var endIndex: Int { starts.count - 1 }
        subscript(k: Int) -> ArraySlice<WordKey> { all[Int(starts[k])..<Int(starts[k + 1])] }
    }

    init(_ analysis: TextAnalysis) {
        var all: [WordKey] = []
        all.reserveCapacity(analysis.tokens.count * 2)
        var starts: [Int32] = []
        starts.reserveCapacity(analysis.tokens.count + 1)
        analysis.norms.withUnsafeBufferPointer { norms in
            for token in analysis.tokens {
                starts.append(Int32(all.count))
                if token.kind == .word { Self.readings(of: Array(norms[token.normRange]), into: &all) }
            }
        }
        starts.append(Int32(all.count))
        readings = Readings(all: all, starts: starts)
    }

    // Arabic letters in UTF-8.
    static let waw: [UInt8] = [0xD9, 0x88], feh: [UInt8] = [0xD9, 0x81], lam: [UInt8] = [0xD9, 0x84]
    static let beh: [UInt8] = [0xD8, 0xA8], kaf: [UInt8] = [0xD9, 0x83], alef: [UInt8] = [0xD8, 0xA7]
    static let article = alef + lam, lamLam = lam + lam
    static let pronouns: [[UInt8]] = ["هما", "هم", "ها", "ه"].map { Array($0.utf8) }

    /// Appends the readings of a word with norm `norm` to `out`.
    static func readings(of norm: [UInt8], into out: inout [WordKey]) {
        var whole = norm
        // ة → ه, as matching forms have it.
        var i = 0
        while i + 1 < whole.count {
            if whole[i] == 0xD8 && whole[i + 1] == 0xA9 { whole[i] = 0xD9; whole[i + 1] = 0x87 }
            i += 1
        }
        let first = out.count
        out.append(WordKey(key: whole, conjoined: false, prepositional: false))
        guard let lead = whole.first, lead == 0xD8 || lead == 0xD9, whole.count >= 4 else { return }
        func add(_ key: [UInt8], _ conjoined: Bool, _ prepositional: Bool) {
            guard key.count >= 4, !out[first...].contains(where: { $0.key == key }) else { return }
            out.append(WordKey(key: key, conjoined: conjoined, prepositional: prepositional))
        }
        func strip(_ base: ArraySlice<UInt8>, _ conjoined: Bool) {
            if conjoined { add(Array(base), true, false) }
            if base.count >= 8, base.starts(with: lamLam) {
                add(article + base.dropFirst(4), conjoined, true)
            } else if base.dropFirst(2).starts(with: article), base.starts(with: beh) || base.starts(with: kaf) {
                add(Array(base.dropFirst(2)), conjoined, true)
            }
            for pronoun in pronouns where base.count > pronoun.count + 4 && base.suffix(pronoun.count).elementsEqual(pronoun) {
                let stem = Array(base.dropLast(pronoun.count))
                add(stem, conjoined, false)
                if stem.suffix(2).elementsEqual(waw) { add(stem + alef, conjoined, false) }
                break
            }
            if base.count >= 8, base.suffix(2).elementsEqual(alef) { add(Array(base.dropLast(2)), conjoined, false) }
        }
        strip(whole[...], false)
        if whole.count >= 8, whole.starts(with: waw) || whole.starts(with: feh) { strip(whole.dropFirst(2), true) }
    }
}

extension Array where Element == UInt8 {
    /// `a + " " + b` on UTF-8 keys.
    static func joined(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] { a + [0x20] + b }

    /// Whether the bytes end with `suffix`'s UTF-8.
    func hasSuffix(_ suffix: String) -> Bool { self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
}

/// A set of words given as strings, looked up as UTF-8 keys.
func byteKeys(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }
