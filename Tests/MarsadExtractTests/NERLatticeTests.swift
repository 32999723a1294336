import Foundation
import MarsadCore
@testable import MarsadExtract
import Testing

/// The CRF's forward–backward against every tag sequence of short sentences, scored in full.
@Suite struct NERLatticeTests {
    /// Every tag sequence of `n` tokens that BIO allows (`NERDecoder.allowed`), with its score:
    /// the sum over its tokens of `transition(previous, tag)` (from `NERDecoder.start` at the
    /// first) plus `emission(token, tag)`.
    static func sequences<Score: BinaryFloatingPoint>(_ n: Int, emission: (Int, Int) -> Score,
                                                      transition: (Int, Int) -> Score) -> [(tags: [Int], score: Score)] {
        let tags = NERTag.count
        var out: [(tags: [Int], score: Score)] = []
        for code in 0..<Int(pow(Double(tags), Double(n))) {
            var sequence: [Int] = [], rest = code
            for _ in 0..<n { sequence.append(rest % tags); rest /= tags }
            var score: Score = 0, previous = NERDecoder.start, allowed = true
            for (i, t) in sequence.enumerated() {
                allowed = allowed && NERDecoder.allowed[previous * tags + t]
                score += transition(previous, t) + emission(i, t)
                previous = t
            }
            if allowed { out.append((sequence, score)) }
        }
        return out
    }

    @Test func partitionAndMarginalsMatchEverySequence() {
        let tags = NERTag.count
        var numbers = TestNumbers(state: 0x5EED_CAFE)
        func next() -> Double { Double(numbers.next()) / 250 }
        var lattice = NERLattice()
        for n in 1...4 {
            let emissions = (0..<(n * tags)).map { _ in next() }
            let transitions = (0..<((tags + 1) * tags)).map { _ in next() }
            let all = Self.sequences(n, emission: { emissions[$0 * tags + $1] }, transition: { transitions[$0 * tags + $1] })
            let z = all.reduce(0) { $0 + exp($1.score) }
            lattice.compute(emissions: emissions, count: n, transitions: transitions)
            #expect(abs(lattice.logPartition - log(z)) < 1e-9, "n = \(n)")
            for i in 0..<n {
                for t in 0..<tags {
                    let p = all.filter { $0.tags[i] == t }.reduce(0) { $0 + exp($1.score) } / z
                    #expect(abs(lattice.marginal(i, t) - p) < 1e-9, "n = \(n), token \(i), tag \(t)")
                }
            }
            for i in 1..<n {
                for p in 0..<tags {
                    for t in 0..<tags {
                        let q = all.filter { $0.tags[i - 1] == p && $0.tags[i] == t }.reduce(0) { $0 + exp($1.score) } / z
                        #expect(abs(lattice.pairMarginal(i, p, t) - q) < 1e-9, "n = \(n), tokens \(i - 1)–\(i), tags \(p) \(t)")
                    }
                }
            }
        }
    }
}
