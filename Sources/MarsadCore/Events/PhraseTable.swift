import MarsadText

/// Phrases of one to five words (token norms joined by one space) mapped to 32-bit
/// values, looked up from a position in a token sequence without building strings.
public struct PhraseTable: Sendable {
    private let phrases: ByteKeyTable
    /// First words of phrases of two words or more → the longest such phrase's word count.
    private let starts: ByteKeyTable
    /// The number of phrases.
    public var count: Int { phrases.count }
    /// The most words a phrase has.
    public static let maxWords = 5

    /// Builds the table from normalised phrases; a phrase given twice keeps its last value.
    public init(_ entries: [(phrase: [UInt8], value: UInt32)]) {
        phrases = ByteKeyTable(entries.map { ($0.phrase, $0.value) })
        var longest: [[UInt8]: UInt32] = [:]
        for (phrase, _) in entries {
            let words = phrase.split(separator: 0x20)
            guard words.count > 1 else { continue }
            longest[Array(words[0]), default: 0] = max(longest[Array(words[0])] ?? 0, UInt32(words.count))
        }
        starts = ByteKeyTable(longest.map { ($0.key, $0.value) })
    }

    /// The value of a single word.
    @inline(__always)
    public func value(of word: UnsafeBufferPointer<UInt8>) -> UInt32? { phrases.value(for: word) }

    /// The longest phrase that starts with `first` and goes on with the norms of the
    /// word tokens from `next` on: its value and word count. `scratch` is reused between calls.
    public func longest(first: UnsafeBufferPointer<UInt8>, next: Int, tokens: [Token], limit: Int,
                        norms: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) -> (value: UInt32, words: Int)? {
        if let most = starts.value(for: first), most > 1 {
            let available = min(Int(most) - 1, limit - next)
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
        }
        return phrases.value(for: first).map { ($0, 1) }
    }
}
