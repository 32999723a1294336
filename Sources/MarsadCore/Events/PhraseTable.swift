import MarsadText

/// Phrases of one to five words (token norms joined by one space) mapped to values below
/// 2²⁴, looked up from a position in a token sequence without building strings. A word is
/// one probe: its entry holds its own value and the length of the longest phrase it starts.
public struct PhraseTable: Sendable {
    /// First words → (longest phrase in words) << 24 | (own value + 1, or 0).
    private let firsts: ByteKeyTable
    /// Phrases of two words or more → value.
    private let phrases: ByteKeyTable
    /// The number of phrases.
    public let count: Int
    /// The most words a phrase has.
    public static let maxWords = 5

    /// Builds the table from normalised phrases; a phrase given twice keeps its last value.
    public init(_ entries: [(phrase: [UInt8], value: UInt32)]) {
        var first: [[UInt8]: UInt32] = [:]
        var multi: [([UInt8], UInt32)] = []
        var distinct = Set<[UInt8]>()
        for (phrase, value) in entries {
            precondition(value < 1 << 24, "phrase values stay below 2^24")
            distinct.insert(phrase)
            let words = phrase.split(separator: 0x20)
            let key = Array(words[0])
            var packed = first[key] ?? 0
            if words.count == 1 {
                packed = (packed & 0xFF00_0000) | (value + 1)
            } else {
                packed = max(packed >> 24, UInt32(words.count)) << 24 | (packed & 0x00FF_FFFF)
                multi.append((phrase, value))
            }
            first[key] = packed
        }
        firsts = ByteKeyTable(first.map { ($0.key, $0.value) })
        phrases = ByteKeyTable(multi)
        count = distinct.count
    }

    /// The longest phrase that starts with `first` and goes on with the norms of the
    /// tokens from `next` on, before `limit`: its value and word count. `scratch` is reused
    /// between calls. `startsLonger` is set when `first` starts a phrase of two words or more, found or not.
    public func longest(first: UnsafeBufferPointer<UInt8>, next: Int, tokens: [Token], limit: Int,
                        norms: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8], startsLonger: inout Bool) -> (value: UInt32, words: Int)? {
        guard let packed = firsts.value(for: first) else { return nil }
        if packed >> 24 > 1 { startsLonger = true }
        let single = packed & 0x00FF_FFFF
        let available = min(Int(packed >> 24) - 1, limit - next)
        if available > 0 {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: first)
            var best: (value: UInt32, words: Int)?
            for k in next..<(next + available) {
                scratch.append(0x20)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: norms[tokens[k].normRange]))
                if let found = scratch.withUnsafeBufferPointer({ phrases.value(for: $0) }) { best = (found, k - next + 2) }
            }
            if let best { return best }
        }
        return single == 0 ? nil : (single - 1, 1)
    }
}
