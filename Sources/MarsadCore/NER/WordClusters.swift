import MarsadText

/// What unlabelled news says about a word: its path in a binary tree of words used alike
/// (see `WordClusterBuilder`; from the top bit down, so longer shared prefixes mean closer
/// words, as with Brown clusters) and how common it is.
public struct WordClass: Sendable, Equatable {
    /// The cluster path, from the top bit; unused low bits are zero.
    public let signature: UInt32
    /// ⌊log₂ count⌋ in the corpus.
    public let frequency: UInt8

    public init(signature: UInt32, count: Int) {
        self.signature = signature
        frequency = UInt8(Int.bitWidth - 1 - max(count, 1).leadingZeroBitCount)
    }
}

/// Word classes for the named-entity tagger, keyed by token norm
/// (`NormalizationOptions.token`). The resource holds words, signatures and counts only.
public struct WordClusters: Sendable {
    /// The resource format this build reads and writes.
    public static let format = 1
    private let table: ByteKeyTable
    private let classes: [WordClass]

    /// Clusters from `(word, signature, count)` rows.
    public init(rows: some Sequence<(word: String, signature: UInt32, count: Int)>) {
        let list = Array(rows)
        table = ByteKeyTable(list.enumerated().map { (Array($1.word.utf8), UInt32($0)) })
        classes = list.map { WordClass(signature: $0.signature, count: $0.count) }
    }

    /// Reads the resource body: `word<TAB>signature<TAB>count` a line, the signature in 8 hex digits.
    public init(tsv: String) throws(MarsadError) {
        var keys: [([UInt8], UInt32)] = []
        var classes: [WordClass] = []
        var number = 0
        for line in tsv.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty,
                  let signature = UInt32(String(decoding: fields[1], as: UTF8.self), radix: 16),
                  let count = Int(String(decoding: fields[2], as: UTF8.self)) else {
                throw MarsadError(.badResource, "expected `word<TAB>signature<TAB>count`, found \(String(decoding: line.prefix(60), as: UTF8.self).debugDescription)", input: "clusters", line: number)
            }
            keys.append((Array(fields[0]), UInt32(classes.count)))
            classes.append(WordClass(signature: signature, count: count))
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
