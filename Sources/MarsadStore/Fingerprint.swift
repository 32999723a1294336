import MarsadCore

/// Near-duplicate detection over word 3-shingles of the text layer's normalised word forms.
/// A SimHash of the shingles finds candidates: texts that share most of their wording (one
/// wire story under two headlines, or with a changed paragraph) get fingerprints a few bits
/// apart, unrelated texts about 32 bits apart. A candidate within `nearDuplicateDistance`
/// bits is confirmed by the shingles themselves (`resemblance`), since short or formulaic
/// unrelated stories do land a few bits apart by chance.
public enum Fingerprint {
    /// Texts with fewer words have no fingerprint: too short to call near-duplicates.
    public static let minimumWords = 20
    /// The largest number of differing bits at which two texts are compared as candidate
    /// near-duplicates: a story of eight sentences with one rewritten is 4 bits from the
    /// original; unrelated stories are about 32 bits apart. On SaudiNewsNet, 322 of the 324
    /// pairs of stories exactly 5 bits apart share over half their shingles: a lower
    /// threshold would lose them, so `resemblance` does the refusing.
    public static let nearDuplicateDistance = 5
    /// The least `resemblance` at which a candidate is a near-duplicate: one paragraph of
    /// eight rewritten leaves about 0.75; unrelated stories share almost no shingles.
    public static let minimumResemblance = 0.5

    /// The fingerprint of an analysed text, or nil when it has too few words.
    public static func of(_ analysis: TextAnalysis) -> UInt64? {
        let shingles = shingles(of: analysis)
        guard shingles.count >= minimumWords - 2 else { return nil }
        var weights = [Int32](repeating: 0, count: 64)
        for shingle in shingles {
            for bit in 0..<64 { weights[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        var fingerprint: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { fingerprint |= 1 << UInt64(bit) }
        return fingerprint
    }

    /// The share of word 3-shingles two texts have in common (Jaccard: shared over all
    /// distinct ones), from 0 to 1.
    public static func resemblance(_ a: TextAnalysis, _ b: TextAnalysis) -> Double {
        let first = Set(shingles(of: a))
        let second = Set(shingles(of: b))
        guard !first.isEmpty || !second.isEmpty else { return 1 }
        let shared = first.intersection(second).count
        return Double(shared) / Double(first.count + second.count - shared)
    }

    /// How many bits two fingerprints differ in.
    public static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    /// The hashes of the text's word 3-shingles, in order (words and numbers, by their
    /// normalised forms).
    static func shingles(of analysis: TextAnalysis) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(analysis.tokens.count)
        analysis.norms.withUnsafeBufferPointer { norms in
            for token in analysis.tokens where token.kind == .word || token.kind == .number {
                words.append(hash(UnsafeBufferPointer(rebasing: norms[token.normRange])))
            }
        }
        guard words.count >= 3 else { return [] }
        return (0..<(words.count - 2)).map { k in mix(words[k] &+ mix(words[k + 1] &+ mix(words[k + 2]))) }
    }

    /// FNV-1a over the bytes.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// The SplitMix64 finaliser: spreads every input bit over all output bits.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
