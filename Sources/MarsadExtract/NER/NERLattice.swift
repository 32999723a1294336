import Foundation
import MarsadCore

/// The tag lattice of one sentence under a linear-chain CRF, by forward–backward: the log of
/// the partition function (every tag sequence the decoder's BIO rules allow, weighted by the
/// exponent of its score) and each token's tag marginals and each pair of neighbours' tag-pair
/// marginals. The forward and backward sums are normalised token by token, so long sentences
/// neither overflow nor underflow.
struct NERLattice {
    static let tags = NERTag.count
    /// The number of tokens of the last sentence computed.
    private(set) var count = 0
    /// log Z of the last sentence computed.
    private(set) var logPartition: Double = 0
    /// `exp(score − the token's best score)` per token and tag.
    private var potentials: [Double] = []
    private var alpha: [Double] = []
    private var beta: [Double] = []
    /// Each token's forward normaliser.
    private var norms: [Double] = []
    /// `exp(transition)` per previous tag (the start last) and tag; 0 where BIO forbids the move.
    private var moves = [Double](repeating: 0, count: (NERTag.count + 1) * NERTag.count)

    /// Runs forward–backward for `emissions[token * tags + tag]` (scores of `count` tokens)
    /// and `transitions[previous * tags + tag]` (the start row last).
    mutating func compute(emissions: [Double], count n: Int, transitions: [Double]) {
        let tags = Self.tags
        count = n
        for i in 0..<moves.count { moves[i] = NERDecoder.allowed[i] ? exp(transitions[i]) : 0 }
        potentials.removeAll(keepingCapacity: true)
        norms.removeAll(keepingCapacity: true)
        var logPartition = 0.0
        for i in 0..<n {
            var best = -Double.infinity
            for t in 0..<tags { best = max(best, emissions[i * tags + t]) }
            for t in 0..<tags { potentials.append(exp(emissions[i * tags + t] - best)) }
            logPartition += best
        }
        alpha = [Double](repeating: 0, count: n * tags)
        beta = [Double](repeating: 0, count: n * tags)
        for i in 0..<n {
            var sum = 0.0
            for t in 0..<tags {
                var into = 0.0
                if i == 0 {
                    into = moves[NERDecoder.start * tags + t]
                } else {
                    for p in 0..<tags { into += alpha[(i - 1) * tags + p] * moves[p * tags + t] }
                }
                alpha[i * tags + t] = into * potentials[i * tags + t]
                sum += alpha[i * tags + t]
            }
            for t in 0..<tags { alpha[i * tags + t] /= sum }
            norms.append(sum)
            logPartition += log(sum)
        }
        for t in 0..<tags { beta[(n - 1) * tags + t] = 1 }
        for i in stride(from: n - 2, through: 0, by: -1) {
            for p in 0..<tags {
                var out = 0.0
                for t in 0..<tags { out += moves[p * tags + t] * potentials[(i + 1) * tags + t] * beta[(i + 1) * tags + t] }
                beta[i * tags + p] = out / norms[i + 1]
            }
        }
        self.logPartition = logPartition
    }

    /// The probability that token `i` has tag `t`.
    func marginal(_ i: Int, _ t: Int) -> Double { alpha[i * Self.tags + t] * beta[i * Self.tags + t] }

    /// The probability that token `i − 1` has tag `p` and token `i` tag `t` (`i` ≥ 1).
    func pairMarginal(_ i: Int, _ p: Int, _ t: Int) -> Double {
        let tags = Self.tags
        return alpha[(i - 1) * tags + p] * moves[p * tags + t] * potentials[i * tags + t] * beta[i * tags + t] / norms[i]
    }
}
