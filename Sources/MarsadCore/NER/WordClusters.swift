import MarsadText

/// What unlabelled news says about a word: its path in a binary tree of words used alike
/// (see `WordClusterBuilder`; from the top bit down, so longer shared prefixes mean closer
/// words, as with Brown clusters), how common it is and how often it follows cue words of
/// each class (titles, speech verbs, place and institution nouns).
public struct WordClass: Sendable, Equatable {
    /// The cluster path, from the top bit; unused low bits are zero.
    public let signature: UInt32
    /// ⌊log₂ count⌋ in the corpus.
    public let frequency: UInt8
    /// How often the word follows a cue word of each class, a byte per class from the lowest:
    /// 0 never, else 1 + ⌊log₂(count / count after the cue)⌋ capped at 7 (1: at least half its occurrences).
    public let cued: UInt32

    /// The class of a word seen `count` times, `afterCue[k]` of them after a cue word of class `k`.
    public init(signature: UInt32, count: Int, afterCue: [Int] = []) {
        self.signature = signature
        frequency = Self.log2(count)
        var cued: UInt32 = 0
        for (k, n) in afterCue.enumerated() where n > 0 {
            cued |= UInt32(min(7, 1 + Int(Self.log2(max(count, 1) / n)))) << (8 * k)
        }
        self.cued = cued
    }

    /// The cue bin of class `k` (see `cued`).
    @inlinable public func cued(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: cued >> (8 * k)) }

    private static func log2(_ n: Int) -> UInt8 { UInt8(Int.bitWidth - 1 - max(n, 1).leadingZeroBitCount) }
}

/// Word classes for the named-entity tagger, keyed by token norm
/// (`NormalizationOptions.token`). The resource holds words, signatures and counts only.
public struct WordClusters: Sendable {
    /// The resource format this build reads and writes.
    public static let format = 2
    /// The number of cue-word classes counted.
    public static let cueClasses = 4
    private let table: ByteKeyTable
    private let classes: [WordClass]

    /// Clusters from `(word, signature, count, counts after cue words of each class)` rows.
    public init(rows: some Sequence<(word: String, signature: UInt32, count: Int, afterCue: [Int])>) {
        let list = Array(rows)
        table = ByteKeyTable(list.enumerated().map { (Array($1.word.utf8), UInt32($0)) })
        classes = list.map { WordClass(signature: $0.signature, count: $0.count, afterCue: $0.afterCue) }
    }

    /// Reads the resource body: `word<TAB>signature<TAB>count` and the `cueClasses` counts
    /// after cue words a line, tab-separated, the signature in 8 hex digits.
    public init(tsv: String) throws(MarsadError) {
        var keys: [([UInt8], UInt32)] = []
        var classes: [WordClass] = []
        var number = 0
        for line in tsv.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let numbers = fields.dropFirst(2).compactMap { Int(String(decoding: $0, as: UTF8.self)) }
            guard fields.count == 3 + Self.cueClasses, !fields[0].isEmpty,
                  let signature = UInt32(String(decoding: fields[1], as: UTF8.self), radix: 16),
                  numbers.count == 1 + Self.cueClasses, numbers.allSatisfy({ $0 >= 0 && $0 <= numbers[0] }) else {
                throw MarsadError(.badResource, "expected `word<TAB>signature<TAB>count` and \(Self.cueClasses) counts after cue words, found \(String(decoding: line.prefix(60), as: UTF8.self).debugDescription)", input: "clusters", line: number)
            }
            keys.append((Array(fields[0]), UInt32(classes.count)))
            classes.append(WordClass(signature: signature, count: numbers[0], afterCue: Array(numbers.dropFirst())))
        }
        table = ByteKeyTable(keys)
        self.classes = classes
    }

    /// The number of words.
    public var count: Int { classes.count }

    /// The class of a word given as token-norm bytes, or nil for a word not seen often enough.
    @inline(__always)
    public func wordClass(of word: UnsafeBufferPointer<UInt8>) -> WordClass? {
        table.value(for: word).map { classes[Int($0)] }
    }

    /// The class of `word`, a token norm.
    public func wordClass(of word: String) -> WordClass? { table.value(for: word).map { classes[Int($0)] } }
}
