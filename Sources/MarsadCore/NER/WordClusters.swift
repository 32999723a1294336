import MarsadText

/// What unlabelled news says about a word: its path in a binary tree of words used alike
/// (see `WordClusterBuilder`; from the top bit down, so longer shared prefixes mean closer
/// words, as with Brown clusters), how common it is and how often it follows cue words of
/// each class (titles, speech verbs, place and institution nouns), and its flat groups from
/// wider contexts (`WordClusters.groupCounts`).
public struct WordClass: Sendable, Equatable {
    /// The cluster path, from the top bit; unused low bits are zero.
    public let signature: UInt32
    /// ⌊log₂ count⌋ in the corpus.
    public let frequency: UInt8
    /// How often the word follows a cue word of each class, a byte per class from the lowest:
    /// 0 never, else 1 + ⌊log₂(count / count after the cue)⌋ capped at 7 (1: at least half its occurrences).
    public let cued: UInt32
    /// The word's k-means group at each level of `WordClusters.groupCounts`, 16 bits each from the lowest.
    public let groups: UInt64

    /// The class of a word seen `count` times, `afterCue[k]` of them after a cue word of class `k`,
    /// in `groups[level]` of `WordClusters.groupCounts[level]` groups.
    public init(signature: UInt32, count: Int, afterCue: [Int] = [], groups: [Int] = []) {
        self.signature = signature
        self.groups = groups.enumerated().reduce(0) { $0 | UInt64($1.element) << (16 * $1.offset) }
        frequency = Self.log2(count)
        var cued: UInt32 = 0
        for (k, n) in afterCue.enumerated() where n > 0 {
            cued |= UInt32(min(7, 1 + Int(Self.log2(max(count, 1) / n)))) << (8 * k)
        }
        self.cued = cued
    }

    /// The cue bin of class `k` (see `cued`).
    @inlinable public func cued(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: cued >> (8 * k)) }

    /// The group at level `level` of `WordClusters.groupCounts`.
    @inlinable public func group(_ level: Int) -> UInt16 { UInt16(truncatingIfNeeded: groups >> (16 * level)) }

    private static func log2(_ n: Int) -> UInt8 { UInt8(Int.bitWidth - 1 - max(n, 1).leadingZeroBitCount) }
}

/// Word classes for the named-entity tagger, keyed by token norm
/// (`NormalizationOptions.token`). The resource holds words, signatures, counts and group numbers only.
public struct WordClusters: Sendable {
    /// The resource format this build reads and writes.
    public static let format = 3
    /// The number of cue-word classes counted.
    public static let cueClasses = 4
    /// How many flat groups each level of `WordClass.groups` has.
    public static let groupCounts = [64, 256, 1024, 4096]
    private let table: ByteKeyTable
    private let classes: [WordClass]

    /// Clusters from `(word, signature, count, counts after cue words of each class, groups)` rows.
    public init(rows: some Sequence<(word: String, signature: UInt32, count: Int, afterCue: [Int], groups: [Int])>) {
        let list = Array(rows)
        table = ByteKeyTable(list.enumerated().map { (Array($1.word.utf8), UInt32($0)) })
        classes = list.map { WordClass(signature: $0.signature, count: $0.count, afterCue: $0.afterCue, groups: $0.groups) }
    }

    /// Reads the resource body: `word<TAB>signature<TAB>count`, the `cueClasses` counts after
    /// cue words and a group per level of `groupCounts` a line, tab-separated, the signature in
    /// 8 hex digits. Read as bytes in place: splitting into lines and fields and making a
    /// `String` of each number cost some 13,000 instructions a line, the most of loading all resources.
    public init(tsv: String) throws(MarsadError) {
        var keys: [([UInt8], UInt32)] = []
        var classes: [WordClass] = []
        var text = tsv
        // The number and bytes of the first line that does not read, if any.
        let failure: (number: Int, line: [UInt8])? = text.withUTF8 { bytes in
            var number = 0, start = 0
            var ends = [Int](repeating: 0, count: 3 + Self.cueClasses + Self.groupCounts.count), numbers: [Int] = []
            numbers.reserveCapacity(1 + Self.cueClasses + Self.groupCounts.count)
            while start <= bytes.count {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                if end == start { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // The end of each field, as long as there are no more fields than expected.
                var fields = 0, i = 0
                while fields < ends.count {
                    while i < line.count, line[i] != 0x09 { i += 1 }
                    ends[fields] = i
                    fields += 1
                    if i == line.count { break }
                    i += 1
                }
                func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: line[(k == 0 ? 0 : ends[k - 1] + 1)..<ends[k]])
                }
                numbers.removeAll(keepingCapacity: true)
                if fields == ends.count, ends.last == line.count {
                    for k in 2..<fields {
                        guard let n: Int = Self.integer(field(k), radix: 10) else { break }
                        numbers.append(n)
                    }
                }
                guard fields == ends.count, ends.last == line.count, ends[0] > 0,
                      let signature: UInt32 = Self.integer(field(1), radix: 16),
                      numbers.count == 1 + Self.cueClasses + Self.groupCounts.count,
                      numbers.prefix(1 + Self.cueClasses).allSatisfy({ $0 >= 0 && $0 <= numbers[0] }),
                      zip(numbers.dropFirst(1 + Self.cueClasses), Self.groupCounts).allSatisfy({ $0 >= 0 && $0 < $1 }) else {
                    return (number, Array(line))
                }
                keys.append((Array(field(0)), UInt32(classes.count)))
                classes.append(WordClass(signature: signature, count: numbers[0], afterCue: Array(numbers[1...Self.cueClasses]),
                                         groups: Array(numbers.dropFirst(1 + Self.cueClasses))))
            }
            return nil
        }
        if let failure {
            throw MarsadError(.badResource, "expected `word<TAB>signature<TAB>count`, \(Self.cueClasses) counts after cue words and groups among \(Self.groupCounts.map(String.init).joined(separator: ", ")), found \(String(decoding: failure.line.prefix(60), as: UTF8.self).debugDescription)", input: "clusters", line: failure.number)
        }
        table = ByteKeyTable(keys)
        self.classes = classes
    }

    /// The integer `field` reads as in `radix` (10 or 16), as `T(_:radix:)` reads its text: a
    /// field of digits alone is read here, anything else (a sign, nothing) by the standard library.
    private static func integer<T: FixedWidthInteger>(_ field: UnsafeBufferPointer<UInt8>, radix: Int) -> T? {
        var value: T = 0
        for byte in field {
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte - 0x30)
            case 0x61...0x66 where radix == 16: digit = Int(byte - 0x61) + 10
            case 0x41...0x46 where radix == 16: digit = Int(byte - 0x41) + 10
            default: return T(String(decoding: field, as: UTF8.self), radix: radix)
            }
            let (times, overflow) = value.multipliedReportingOverflow(by: T(radix))
            let (sum, carry) = times.addingReportingOverflow(T(digit))
            if overflow || carry { return nil }
            value = sum
        }
        return field.isEmpty ? nil : value
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
