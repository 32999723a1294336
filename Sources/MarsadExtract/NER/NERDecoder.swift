import MarsadCore

/// Scores tags from features and finds the best tag sequence (Viterbi), keeping to BIO:
/// an I- tag only continues a B- or I- of its type.
enum NERDecoder {
    static let tags = NERTag.count
    /// The row of the transition table for the sentence start.
    static let start = NERTag.count

    /// `allowed[previous * tags + tag]`, the start row last.
    static let allowed: [Bool] = (0...NERTag.count).flatMap { previous in
        NERTag.all.map { tag in
            guard tag.isInside else { return true }
            return previous < NERTag.count && NERTag.all[previous].type == tag.type
        }
    }

    /// The best tags for the tokens whose feature ids are `ids[offsets[k]..<offsets[k + 1]]`,
    /// `k` in `tokens`.
    static func decode(_ weights: UnsafeBufferPointer<Float>, _ transitions: [Float],
                       _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, tokens: Range<Int>) -> [NERTag] {
        let n = tokens.count
        guard n > 0 else { return [] }
        var score = [Float](repeating: 0, count: n * tags)
        var back = [UInt8](repeating: 0, count: n * tags)
        var emission = [Float](repeating: 0, count: tags)
        for i in 0..<n {
            let k = tokens.lowerBound + i
            for t in 0..<tags { emission[t] = 0 }
            for f in offsets[k]..<offsets[k + 1] {
                let row = Int(ids[f]) * tags
                for t in 0..<tags { emission[t] += weights[row + t] }
            }
            for t in 0..<tags {
                if i == 0 {
                    score[t] = allowed[start * tags + t] ? transitions[start * tags + t] + emission[t] : -.infinity
                    continue
                }
                var best = -Float.infinity, arg = 0
                for p in 0..<tags where allowed[p * tags + t] {
                    let s = score[(i - 1) * tags + p] + transitions[p * tags + t]
                    if s > best { best = s; arg = p }
                }
                score[i * tags + t] = best + emission[t]
                back[i * tags + t] = UInt8(arg)
            }
        }
        var last = 0
        for t in 1..<tags where score[(n - 1) * tags + t] > score[(n - 1) * tags + last] { last = t }
        var out = [NERTag](repeating: .outside, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = NERTag.all[last]
            last = Int(back[i * tags + last])
        }
        return out
    }
}
