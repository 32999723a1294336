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

    /// One score per tag (up to 16 tags), the lanes past the last tag unused.
    typealias Scores = SIMD16<Float>

    /// The best tags for the tokens whose feature ids are `ids[offsets[k]..<offsets[k + 1]]`,
    /// `k` in `tokens`, a feature's weight for a tag being `weights[id * tags + tag] × scale`
    /// (floats while training, the model's 16-bit steps while tagging).
    ///
    /// Viterbi over vectors of all tags at once: for each previous tag, the candidate scores
    /// of every next tag in one addition, kept where strictly better (so that the earliest
    /// best previous tag wins, as a scalar loop over previous tags would have it).
    static func decode<W: NERWeight>(_ weights: UnsafeBufferPointer<W>, scale: Float = 1, _ transitions: [Float],
                                     _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, tokens: Range<Int>) -> [NERTag] {
        let n = tokens.count
        guard n > 0 else { return [] }
        precondition(tags <= Scores.scalarCount, "the vector Viterbi takes up to 16 tags")
        // A row of transitions per previous tag (the start last); transitions BIO forbids, and
        // the lanes past the last tag, score -∞.
        var moves = [Scores](repeating: Scores(repeating: -.infinity), count: tags + 1)
        for previous in 0...tags {
            for t in 0..<tags where allowed[previous * tags + t] { moves[previous][t] = transitions[previous * tags + t] }
        }
        // Every token's emission first: the sums wait on the weight table's cache misses, and
        // one loop over the whole sentence's features keeps many of them in flight at once.
        var emissions = [Scores](repeating: Scores(), count: n)
        emissions.withUnsafeMutableBufferPointer {
            // A vector's lanes are its floats in order: token i's emission writes the first `tags`.
            UnsafeMutableRawPointer($0.baseAddress!).withMemoryRebound(to: Float.self, capacity: n * Scores.scalarCount) { lanes in
                for i in 0..<n {
                    let k = tokens.lowerBound + i
                    W.emission(weights, ids, offsets[k]..<offsets[k + 1], scale: scale,
                               into: UnsafeMutableBufferPointer(start: lanes + i * Scores.scalarCount, count: tags))
                }
            }
        }
        var score = moves[start] + emissions[0]
        var back = [SIMD16<UInt8>](repeating: .zero, count: n)
        for i in 1..<n {
            var best = Scores(repeating: -.infinity), arg = SIMD16<Int32>.zero
            for p in 0..<tags {
                let s = Scores(repeating: score[p]) + moves[p]
                let better = s .> best
                best.replace(with: s, where: better)
                arg.replace(with: Int32(p), where: better)
            }
            score = best + emissions[i]
            back[i] = SIMD16<UInt8>(truncatingIfNeeded: arg)
        }
        var last = 0
        for t in 1..<tags where score[t] > score[last] { last = t }
        let all = NERTag.all
        var out = [NERTag](repeating: .outside, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = all[last]
            last = Int(back[i][last])
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
    /// Sums rows in 32-bit integers as two vectors of eight tags: the first eight, and the
    /// last eight (overlapping the first when there are fewer than 16). Two loads and adds
    /// per feature and no per-tag loop keep the loop short, so the processor has more of
    /// the table's cache misses in flight at once (the sum is memory-bound).
    @inline(__always)
    static func emission(_ weights: UnsafeBufferPointer<Int16>, _ ids: UnsafeBufferPointer<UInt32>, _ features: Range<Int>,
                         scale: Float, into out: UnsafeMutableBufferPointer<Float>) {
        let tags = out.count
        precondition(tags >= 8 && tags <= 16, "the vector sum takes 8 to 16 tags")
        let base = UnsafeRawPointer(weights.baseAddress!)
        let rowBytes = tags * 2, lastEight = tags - 8
        var head = SIMD8<Int32>(repeating: 0)
        var tail = SIMD8<Int32>(repeating: 0)
        for f in features {
            let row = base + Int(ids[f]) &* rowBytes
            head &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(as: SIMD8<Int16>.self))
            tail &+= SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: 2 * lastEight, as: SIMD8<Int16>.self))
        }
        for t in 0..<8 { out[t] = Float(head[t]) * scale }
        for t in 8..<tags { out[t] = Float(tail[t - lastEight]) * scale }
    }
}
