import MarsadCore

/// A linear-chain CRF over the tagger's features: one step of stochastic gradient ascent on a
/// sentence's conditional log-likelihood (gold features and transitions minus their expected
/// counts under the lattice, `NERLattice`) per sentence, with an L2 penalty of `l2 × ‖w‖²` over
/// the whole corpus, as crfsuite's `l2sgd`: the penalty's share per sentence shrinks every weight
/// by `1 − η λ`, kept as one common scale so a step costs only the sentence's features. The rate
/// falls as `η₀ / (1 + λ η₀ t)` with the step count `t`. The weights kept are the average of
/// the weights after every step (SGD's iterates are noisy), summed lazily: a weight's share of
/// the sum is `scale` summed over the steps it stood, so a change `δ` at a step adds `δ × (the
/// scales summed up to the end − those summed before it)`, the second part kept per weight.
struct NERCRF: NERLearning {
    let entityBiases: [Float] = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2]
    /// The weights divided by `scale`.
    private var emissions: [Float]
    private var transitions: [Float]
    private var scale: Double = 1
    /// Per weight, the sum of its changes (in units of `scale`), each times `summedScales` when made.
    private var stampedEmissions: [Double]
    private var stampedTransitions: [Double]
    /// The sum of `scale` over the steps so far (since the last rescaling).
    private var summedScales: Double = 0
    /// The L2 coefficient per sentence: 2 × `l2` / the number of sentences.
    private let lambda: Double
    private let rate: Double
    private var step: Double = 0
    private var lattice = NERLattice()
    private var scores: [Double] = []

    /// A CRF of `buckets` feature buckets for a corpus of `sentences` sentences, `l2` the
    /// penalty's coefficient and `rate` the first step's learning rate.
    init(buckets: Int, sentences: Int, l2: Double, rate: Double) {
        let tags = NERTag.count
        emissions = [Float](repeating: 0, count: buckets * tags)
        transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        stampedEmissions = [Double](repeating: 0, count: buckets * tags)
        stampedTransitions = [Double](repeating: 0, count: (tags + 1) * tags)
        lambda = 2 * l2 / Double(max(sentences, 1))
        self.rate = rate
    }

    mutating func pass(_ data: NERTrainer.Featurised, order: [Int]) {
        data.ids.withUnsafeBufferPointer { ids in
            data.offsets.withUnsafeBufferPointer { offsets in
                for s in order { learn(data, sentence: data.sentences[s], ids, offsets) }
            }
        }
    }

    private mutating func learn(_ data: NERTrainer.Featurised, sentence range: Range<Int>,
                                _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>) {
        let tags = NERTag.count, n = range.count
        guard n > 0 else { return }
        scores.removeAll(keepingCapacity: true)
        var sums = [Float](repeating: 0, count: tags)
        for k in range {
            for t in 0..<tags { sums[t] = 0 }
            for f in offsets[k]..<offsets[k + 1] {
                let row = Int(ids[f]) * tags
                for t in 0..<tags { sums[t] += emissions[row + t] }
            }
            for t in 0..<tags { scores.append(Double(sums[t]) * scale) }
        }
        lattice.compute(emissions: scores, count: n, transitions: transitions.map { Double($0) * scale })
        let eta = rate / (1 + lambda * rate * step)
        step += 1
        scale *= 1 - eta * lambda
        if scale < 1e-6 { rescale() }
        let before = summedScales
        summedScales += scale
        let gain = eta / scale
        for (i, k) in range.enumerated() {
            let gold = data.gold[k].index
            for t in 0..<tags { sums[t] = Float(gain * ((t == gold ? 1 : 0) - lattice.marginal(i, t))) }
            for f in offsets[k]..<offsets[k + 1] {
                let row = Int(ids[f]) * tags
                for t in 0..<tags {
                    emissions[row + t] += sums[t]
                    stampedEmissions[row + t] += Double(sums[t]) * before
                }
            }
            let previous = i == 0 ? NERDecoder.start : data.gold[k - 1].index
            changeTransition(previous * tags + gold, by: gain, before)
            if i == 0 {
                for t in 0..<tags { changeTransition(NERDecoder.start * tags + t, by: -gain * lattice.marginal(0, t), before) }
            } else {
                for p in 0..<tags {
                    for t in 0..<tags where NERDecoder.allowed[p * tags + t] {
                        changeTransition(p * tags + t, by: -gain * lattice.pairMarginal(i, p, t), before)
                    }
                }
            }
        }
    }

    private mutating func changeTransition(_ i: Int, by delta: Double, _ before: Double) {
        transitions[i] += Float(delta)
        stampedTransitions[i] += delta * before
    }

    /// Folds `scale` into the weights before it gets too small for floats: the average's sums
    /// so far move into the stamps (as minus their value), and the scales' sum restarts.
    private mutating func rescale() {
        for i in emissions.indices {
            stampedEmissions[i] -= Double(emissions[i]) * summedScales
            emissions[i] = Float(Double(emissions[i]) * scale)
        }
        for i in transitions.indices {
            stampedTransitions[i] -= Double(transitions[i]) * summedScales
            transitions[i] = Float(Double(transitions[i]) * scale)
        }
        summedScales = 0
        scale = 1
    }

    func weights() -> (emissions: [Float], transitions: [Float]) {
        guard step > 0 else { return (emissions, transitions) }
        let summed = summedScales
        return (zip(emissions, stampedEmissions).map { Float((Double($0) * summed - $1) / step) },
                zip(transitions, stampedTransitions).map { Float((Double($0) * summed - $1) / step) })
    }
}
