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
    /// `k` in `tokens`, a feature's weight for a tag being `weights[id * tags + tag] × scale`
    /// (floats while training, the model's 16-bit steps while tagging).
    static func decode<W: NERWeight>(_ weights: UnsafeBufferPointer<W>, scale: Float = 1, _ transitions: [Float],
                                     _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, tokens: Range<Int>) -> [NERTag] {
        let n = tokens.count
        guard n > 0 else { return [] }
        // Transitions BIO forbids score -∞.
        var moves = transitions
        for i in moves.indices where !allowed[i] { moves[i] = -.infinity }
        var score = [Float](repeating: 0, count: n * tags)
        var back = [UInt8](repeating: 0, count: n * tags)
        var emission = [Float](repeating: 0, count: tags)
        for i in 0..<n {
            let k = tokens.lowerBound + i
            emission.withUnsafeMutableBufferPointer { W.emission(weights, ids, offsets[k]..<offsets[k + 1], scale: scale, into: $0) }
            for t in 0..<tags {
                if i == 0 {
                    score[t] = moves[start * tags + t] + emission[t]
                    continue
                }
                var best = -Float.infinity, arg = 0
                for p in 0..<tags {
                    let s = score[(i - 1) * tags + p] + moves[p * tags + t]
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

/// A weight the decoder reads: a float, or a 16-bit step of the model's scale.
protocol NERWeight {
    /// Every tag's score for the features `ids[features]`: the sum of their rows of `weights`, times `scale`.
    static func emission(_ weights: UnsafeBufferPointer<Self>, _ ids: UnsafeBufferPointer<UInt32>, _ features: Range<Int>,
                         scale: Float, into out: UnsafeMutableBufferPointer<Float>)
}

extension Float: NERWeight {
    @inline(__always)
    static func emission(_ weights: UnsafeBufferPointer<Float>, _ ids: UnsafeBufferPointer<UInt32>, _ features: Range<Int>,
                         scale: Float, into out: UnsafeMutableBufferPointer<Float>) {
        let tags = out.count
        for t in 0..<tags { out[t] = 0 }
        for f in features {
            let row = Int(ids[f]) * tags
            for t in 0..<tags { out[t] += weights[row + t] }
        }
        for t in 0..<tags { out[t] *= scale }
    }
}

extension Int16: NERWeight {
    /// Sums rows in 32-bit integers, the first eight tags as one vector.
    @inline(__always)
    static func emission(_ weights: UnsafeBufferPointer<Int16>, _ ids: UnsafeBufferPointer<UInt32>, _ features: Range<Int>,
                         scale: Float, into out: UnsafeMutableBufferPointer<Float>) {
        let tags = out.count
        precondition(tags >= 8 && tags <= 16, "the vector sum takes 8 to 16 tags")
        let base = UnsafeRawPointer(weights.baseAddress!)
        var head = SIMD8<Int32>(repeating: 0)
        var tail = SIMD8<Int32>(repeating: 0)
        for f in features {
            let row = base + Int(ids[f]) * tags * 2
            head &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
            for t in 8..<tags { tail[t - 8] &+= Int32(row.loadUnaligned(fromByteOffset: 2 * t, as: Int16.self)) }
        }
        for t in 0..<8 { out[t] = Float(head[t]) * scale }
        for t in 8..<tags { out[t] = Float(tail[t - 8]) * scale }
    }
}
