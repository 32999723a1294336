/// Flat spherical k-means over unit vectors (`WordEmbedding`'s): the centres start at `k`
/// distinct vectors drawn with a seeded generator from the first `fitted` (the most frequent
/// words), are fitted on those by `iterations` rounds of assigning each to the centre of the
/// largest dot product and setting each centre to its members' normalised sum (a centre
/// left with none stays), and every vector then takes its nearest centre. Deterministic.
struct SphericalKMeans {
    let k: Int
    let fitted: Int
    let iterations: Int
    let seed: UInt64

    /// The group (0..<k) of each of the `vectors`, `dimensions` floats each (a multiple of 8).
    func groups(_ vectors: [Float], dimensions d: Int) -> [Int] {
        precondition(d % 8 == 0, "dimensions must be a multiple of 8")
        let n = vectors.count / d, fit = min(fitted, n)
        guard n > 0 else { return [] }
        let count = min(k, fit)
        // k distinct starting vectors: a seeded partial shuffle of the fitted ones.
        var picks = Array(0..<fit)
        var random = seed
        for i in 0..<count {
            random &+= 1
            picks.swapAt(i, i + Int(WordClusterBuilder.mix(random) % UInt64(fit - i)))
        }
        var centres = picks.prefix(count).flatMap { vectors[($0 * d)..<($0 * d + d)] }
        var assigned = [Int](repeating: 0, count: n)
        for _ in 0..<iterations {
            for i in 0..<fit { assigned[i] = Self.nearest(vectors, i, centres, count, d) }
            var sums = [Float](repeating: 0, count: count * d)
            var members = [Int](repeating: 0, count: count)
            for i in 0..<fit {
                members[assigned[i]] += 1
                for j in 0..<d { sums[assigned[i] * d + j] += vectors[i * d + j] }
            }
            for c in 0..<count where members[c] > 0 {
                WordClusterBuilder.normalise(&sums, c * d, d)
                for j in 0..<d { centres[c * d + j] = sums[c * d + j] }
            }
        }
        for i in 0..<n { assigned[i] = Self.nearest(vectors, i, centres, count, d) }
        return assigned
    }

    /// The centre with the largest dot product with vector `i`, the first of equals.
    private static func nearest(_ vectors: [Float], _ i: Int, _ centres: [Float], _ count: Int, _ d: Int) -> Int {
        vectors.withUnsafeBufferPointer { v in
            centres.withUnsafeBufferPointer { c in
                let x = UnsafeRawPointer(v.baseAddress! + i * d)
                var best = 0, bestDot = -Float.infinity
                for centre in 0..<count {
                    let y = UnsafeRawPointer(c.baseAddress! + centre * d)
                    var s = SIMD8<Float>()
                    for j in stride(from: 0, to: d * 4, by: 32) {
                        s += x.loadUnaligned(fromByteOffset: j, as: SIMD8<Float>.self) * y.loadUnaligned(fromByteOffset: j, as: SIMD8<Float>.self)
                    }
                    let dot = s.sum()
                    if dot > bestDot { best = centre; bestDot = dot }
                }
                return best
            }
        }
    }
}
