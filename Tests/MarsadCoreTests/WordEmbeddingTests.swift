import Testing
@testable import MarsadCore

/// The word vectors and flat groups behind the tagger's second family of word classes; hand-made data.
@Suite struct WordEmbeddingTests {
    @Test func jacobiFindsTheEigenpairsLargestFirst() {
        let a: [Double] = [4, 1, 0,
                           1, 3, 1,
                           0, 1, 2]
        let (values, vectors) = WordEmbedding.symmetricEigen(a, 3)
        #expect(values[0] >= values[1] && values[1] >= values[2])
        #expect(abs(values.reduce(0, +) - 9) < 1e-9)
        for k in 0..<3 {
            for i in 0..<3 {
                let av = (0..<3).reduce(0.0) { $0 + a[i * 3 + $1] * vectors[$1 * 3 + k] }
                #expect(abs(av - values[k] * vectors[i * 3 + k]) < 1e-9)
            }
        }
    }

    @Test func orthonormalisedColumnsAreOrthonormal() {
        var y: [Float] = (0..<(50 * 4)).map { Float(($0 * 37 + 11) % 23) - 11 }
        WordEmbedding.orthonormalise(&y, 4)
        let g = WordEmbedding.gram(y, 4)
        for a in 0..<4 { for b in 0..<4 { #expect(abs(g[a * 4 + b] - (a == b ? 1 : 0)) < 1e-4) } }
    }

    @Test func wordsUsedAlikeGetCloseVectors() {
        // Words 0–3 are names seen between 8 and 9, words 4–7 places between 10 and 11; word ids
        // are their own rows and context slots, and -1 ends a sentence.
        var stream: [Int32] = []
        for i in 0..<40 {
            stream += [8, Int32(i % 4), 9, -1, 10, Int32(4 + (i * 3) % 4), 11, -1]
        }
        let ids = (0..<12).map(Int32.init)
        let vectors = WordEmbedding(stream: stream, row: Array(ids.prefix(8)) + [-1, -1, -1, -1], rows: 8, slot: ids).vectors()
        let d = WordEmbedding.dimensions
        func dot(_ a: Int, _ b: Int) -> Float { (0..<d).reduce(0) { $0 + vectors[a * d + $1] * vectors[b * d + $1] } }
        #expect(dot(0, 0) > 0.99)
        #expect(dot(0, 3) > 0.9 && dot(4, 6) > 0.9)
        #expect(dot(0, 5) < 0.1)
    }

    @Test func kMeansPutsEachBunchInOneGroup() {
        let d = 8
        // Two bunches about the first and the second axis.
        let vectors: [Float] = (0..<20).flatMap { i -> [Float] in
            var v = [Float](repeating: 0.05 * Float(i % 5), count: d)
            v[i < 10 ? 0 : 1] = 1
            var norm: Float = 0
            for x in v { norm += x * x }
            return v.map { $0 / norm.squareRoot() }
        }
        let groups = SphericalKMeans(k: 2, fitted: 20, iterations: 5, seed: 1).groups(vectors, dimensions: d)
        #expect(Set(groups[0..<10]).count == 1 && Set(groups[10..<20]).count == 1)
        #expect(groups[0] != groups[10])
    }
}
