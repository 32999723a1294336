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

    /// One score per tag (up to 12 tags, which the Viterbi reads), the lanes past the last tag unused.
    typealias Scores = SIMD16<Float>

    /// The best tags for the tokens whose feature ids are `ids[offsets[k]..<offsets[k + 1]]`,
    /// `k` in `tokens`, a feature's weight for a tag being `weights[id * tags + tag] × scale`
    /// (floats while training, the model's 16-bit steps while tagging).
    static func decode<W: NERWeight>(_ weights: UnsafeBufferPointer<W>, scale: Float = 1, _ transitions: [Float],
                                     _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, tokens: Range<Int>) -> [NERTag] {
        let n = tokens.count
        guard n > 0 else { return [] }
        // Every token's emission first: the sums wait on the weight table's cache misses, and
        // one loop over the whole sentence's features keeps many of them in flight at once.
        var emissions = [Scores](repeating: Scores(), count: n)
        withLanes(&emissions) { i, lanes in
            let k = tokens.lowerBound + i
            W.emission(weights, ids, offsets[k]..<offsets[k + 1], scale: scale, into: lanes)
        }
        return viterbi(emissions, transitions)
    }

    /// Calls `fill(i, lanes)` for each of `emissions`, `lanes` being the first `tags` floats of the
    /// `i`th (a vector's lanes are its floats in order).
    @inline(__always)
    static func withLanes(_ emissions: inout [Scores], _ fill: (Int, UnsafeMutableBufferPointer<Float>) -> Void) {
        let n = emissions.count
        emissions.withUnsafeMutableBufferPointer {
            UnsafeMutableRawPointer($0.baseAddress!).withMemoryRebound(to: Float.self, capacity: n * Scores.scalarCount) { lanes in
                for i in 0..<n { fill(i, UnsafeMutableBufferPointer(start: lanes + i * Scores.scalarCount, count: tags)) }
            }
        }
    }

    /// The best tags for tokens of emission scores `emissions` (one vector per token, a lane per tag).
    ///
    /// Viterbi over vectors of all tags at once: for each previous tag, the candidate scores
    /// of every next tag in one addition, kept where strictly better. The forward pass keeps
    /// only the best scores; the way back finds, for the one tag chosen at each token, the
    /// earliest previous tag that gave its best score (as a scalar loop over previous tags
    /// would have it), from the same sums.
    static func viterbi(_ emissions: [Scores], _ transitions: [Float]) -> [NERTag] {
        viterbi(emissions, moves: moves(transitions))
    }

    /// The transitions as the vector Viterbi reads them: a row per previous tag (the start
    /// last), the transitions BIO forbids and the lanes past the last tag scoring -∞.
    static func moves(_ transitions: [Float]) -> [Scores] {
        precondition(tags <= 12, "the vector Viterbi takes up to 12 tags")
        var moves = [Scores](repeating: Scores(repeating: -.infinity), count: tags + 1)
        for previous in 0...tags {
            for t in 0..<tags where allowed[previous * tags + t] { moves[previous][t] = transitions[previous * tags + t] }
        }
        return moves
    }

    /// `viterbi(_:_:)` with the transitions as `moves(_:)` gives them, made once per model.
    /// Over buffer pointers, the previous token's scores read as floats in memory (a vector's
    /// lane at a variable index is stored to the stack and read back at every previous tag).
    /// The scores live in a temporary buffer, each written before it is read, and the way back
    /// writes the tags straight into the result: no other array is allocated or zeroed.
    static func viterbi(_ emissions: [Scores], moves: [Scores]) -> [NERTag] {
        let n = emissions.count, tags = Self.tags, lanes = Scores.scalarCount
        guard n > 0 else { return [] }
        let all = NERTag.all
        // Each token's best score for every tag, its emission included.
        return withUnsafeTemporaryAllocation(of: Scores.self, capacity: n) { scores in
            let floats = UnsafeRawPointer(scores.baseAddress!).assumingMemoryBound(to: Float.self)
            return moves.withUnsafeBufferPointer { moves in
                emissions.withUnsafeBufferPointer { emissions in
                    scores.initializeElement(at: 0, to: moves[start] + emissions[0])
                    // Only the first twelve lanes are worked on (a vector of eight and one of four,
                    // three registers instead of four); the last four stay -∞.
                    let moveLanes = UnsafeRawPointer(moves.baseAddress!), emissionLanes = UnsafeRawPointer(emissions.baseAddress!)
                    let step = MemoryLayout<Scores>.stride
                    for i in 1..<n {
                        let score = floats + (i - 1) * lanes
                        var head = SIMD8<Float>(repeating: -.infinity), tail = SIMD4<Float>(repeating: -.infinity)
                        for p in 0..<tags {
                            let row = moveLanes + p &* step
                            let h = SIMD8(repeating: score[p]) + row.loadUnaligned(as: SIMD8<Float>.self)
                            let t = SIMD4(repeating: score[p]) + row.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
                            head.replace(with: h, where: h .> head)
                            tail.replace(with: t, where: t .> tail)
                        }
                        let emission = emissionLanes + i &* step
                        head += emission.loadUnaligned(as: SIMD8<Float>.self)
                        tail += emission.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
                        scores.initializeElement(at: i, to: Scores(lowHalf: head, highHalf: SIMD8(lowHalf: tail, highHalf: SIMD4(repeating: -.infinity))))
                    }
                    // Made filled, then written: `unsafeUninitializedCapacity` allocates through
                    // the runtime's generic path, some 700 instructions a sentence.
                    var best = [NERTag](repeating: .outside, count: n)
                    best.withUnsafeMutableBufferPointer { best in
                        let final = floats + (n - 1) * lanes
                        var last = 0
                        for t in 1..<tags where final[t] > final[last] { last = t }
                        best[n - 1] = all[last]
                        for i in stride(from: n - 1, to: 0, by: -1) {
                            let score = floats + (i - 1) * lanes
                            var top = -Float.infinity, previous = 0
                            for p in 0..<tags {
                                let s = score[p] + moves[p][last]
                                if s > top { top = s; previous = p }
                            }
                            last = previous
                            best[i - 1] = all[last]
                        }
                    }
                    return best
                }
            }
        }
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
    @inline(__always)
    static func emission(_ weights: UnsafeBufferPointer<Int16>, _ ids: UnsafeBufferPointer<UInt32>, _ features: Range<Int>,
                         scale: Float, into out: UnsafeMutableBufferPointer<Float>) {
        let tags = out.count
        precondition(NERRowSum.tags.contains(tags), "the vector sum takes 8 to 12 tags")
        var sum = NERRowSum()
        for f in features { sum.add(weights, row: ids[f], tags: tags) }
        sum.write(scale: scale, into: out)
    }
}

/// Every tag's sum of rows of 16-bit weights, in 32-bit integers, as a vector of the first
/// eight tags and one of the last four (overlapping the first when there are fewer than 12).
/// Three loads and adds per row, one sign extension of twelve lanes and no per-tag loop keep
/// the loop short, so the processor has more of the table's cache misses in flight at once
/// (the sum is memory-bound); a sum is 48 bytes, three vector registers. Integer sums do not
/// depend on their order, so sums of partial sums are exactly the whole sum.
struct NERRowSum {
    /// How many tags a sum holds: from 8 (the first vector) to 12 (both, not overlapping).
    static var tags: ClosedRange<Int> { 8...12 }
    var head = SIMD8<Int32>(repeating: 0)
    var tail = SIMD4<Int32>(repeating: 0)

    /// Adds row `row` of `weights`, rows of `tags` weights (8 to 12: the caller checks, once).
    @inline(__always)
    mutating func add(_ weights: UnsafeBufferPointer<Int16>, row: UInt32, tags: Int) {
        add(weights, from: Int(row) &* tags, tags: tags)
    }

    /// Adds the `tags` weights (8 to 12: the caller checks, once) of `weights` from `start` on.
    @inline(__always)
    mutating func add(_ weights: UnsafeBufferPointer<Int16>, from start: Int, tags: Int) {
        let start = UnsafeRawPointer(weights.baseAddress! + start)
        head &+= Self.widen(start.loadUnaligned(as: SIMD8<Int16>.self))
        tail &+= Self.widen(start.loadUnaligned(fromByteOffset: 2 &* (tags &- 4), as: SIMD4<Int16>.self))
    }

    /// Eight 16-bit weights as 32-bit integers, lane by lane (the standard library's generic
    /// conversion is a call per row).
    @inline(__always)
    static func widen(_ v: SIMD8<Int16>) -> SIMD8<Int32> {
        SIMD8(Int32(v[0]), Int32(v[1]), Int32(v[2]), Int32(v[3]), Int32(v[4]), Int32(v[5]), Int32(v[6]), Int32(v[7]))
    }

    /// Four 16-bit weights as 32-bit integers, lane by lane.
    @inline(__always)
    static func widen(_ v: SIMD4<Int16>) -> SIMD4<Int32> {
        SIMD4(Int32(v[0]), Int32(v[1]), Int32(v[2]), Int32(v[3]))
    }

    /// Adds another sum.
    @inline(__always)
    mutating func add(_ other: NERRowSum) {
        head &+= other.head
        tail &+= other.tail
    }

    /// Writes each tag's sum times `scale` to `out`, a float per tag (8 to 12, as added).
    @inline(__always)
    func write(scale: Float, into out: UnsafeMutableBufferPointer<Float>) {
        precondition(Self.tags.contains(out.count), "the vector sum takes 8 to 12 tags")
        let lastFour = out.count - 4
        for t in 0..<8 { out[t] = Float(head[t]) * scale }
        for t in 8..<out.count { out[t] = Float(tail[t - lastFour]) * scale }
    }
}
