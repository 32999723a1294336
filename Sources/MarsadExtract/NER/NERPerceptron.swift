import MarsadCore

/// The averaged structured perceptron: each sentence is decoded with the current weights and,
/// where the guess differs from the gold tags, the gold features and transitions gain one and
/// the guessed ones lose one. The weights kept are the average over every step, computed
/// from time-stamped sums. Perceptrons lean to O, which the dev set's entity bias corrects.
///
/// Two regularisers for small training sets, both off by default: feature dropout leaves
/// each feature occurrence out of a step's decoding and update with a fixed chance (drawn by
/// hashing its position, the step and the seed, so training stays deterministic), and a margin
/// adds a cost to every wrong tag of each token while decoding for an update (cost-augmented
/// decoding), so the gold path must win by more than its Hamming cost to stand.
struct NERPerceptron: NERLearning {
    let entityBiases: [Float] = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]
    private var emissions: [Float]
    private var stamped: [Double]
    private var transitions: [Float]
    private var stampedTransitions: [Double]
    private var clock: Double = 1
    /// A feature occurrence is dropped when its 32-bit draw is below this (dropout × 2³²).
    private let dropBelow: UInt64
    private let margin: Float
    private let seed: UInt64

    /// A perceptron over `buckets` feature buckets, dropping each feature occurrence with
    /// chance `dropout` (0 ≤ dropout < 1) per step, adding `margin` (≥ 0) to every wrong tag's
    /// score while decoding for an update, its draws made from `seed`.
    init(buckets: Int, dropout: Double = 0, margin: Float = 0, seed: UInt64 = 0) {
        precondition((0..<1).contains(dropout) && margin >= 0, "dropout in [0, 1), margin ≥ 0")
        let tags = NERTag.count
        emissions = [Float](repeating: 0, count: buckets * tags)
        stamped = [Double](repeating: 0, count: buckets * tags)
        transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        stampedTransitions = [Double](repeating: 0, count: (tags + 1) * tags)
        dropBelow = UInt64(dropout * 4_294_967_296)
        self.margin = margin
        self.seed = seed
    }

    mutating func pass(_ data: NERTrainer.Featurised, order: [Int]) {
        let tags = NERTag.count
        data.ids.withUnsafeBufferPointer { ids in
            data.offsets.withUnsafeBufferPointer { offsets in
                for s in order {
                    let range = data.sentences[s]
                    let predicted = guess(data, range, ids, offsets)
                    for (i, k) in range.enumerated() {
                        let gold = data.gold[k], guess = predicted[i]
                        let goldPrevious = i == 0 ? NERDecoder.start : data.gold[k - 1].index
                        let guessPrevious = i == 0 ? NERDecoder.start : predicted[i - 1].index
                        if gold != guess {
                            for f in offsets[k]..<offsets[k + 1] where kept(f) {
                                let row = Int(ids[f]) * tags
                                emissions[row + gold.index] += 1; stamped[row + gold.index] += clock
                                emissions[row + guess.index] -= 1; stamped[row + guess.index] -= clock
                            }
                        }
                        if gold != guess || goldPrevious != guessPrevious {
                            transitions[goldPrevious * tags + gold.index] += 1
                            stampedTransitions[goldPrevious * tags + gold.index] += clock
                            transitions[guessPrevious * tags + guess.index] -= 1
                            stampedTransitions[guessPrevious * tags + guess.index] -= clock
                        }
                    }
                    clock += 1
                }
            }
        }
    }

    /// The tags the current weights give the sentence `range`, over the features this step
    /// keeps, every wrong tag's score raised by the margin.
    private func guess(_ data: NERTrainer.Featurised, _ range: Range<Int>,
                       _ ids: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>) -> [NERTag] {
        let tags = NERTag.count, margin = margin
        var scores = [NERDecoder.Scores](repeating: NERDecoder.Scores(), count: range.count)
        emissions.withUnsafeBufferPointer { weights in
            NERDecoder.withLanes(&scores) { i, lanes in
                let k = range.lowerBound + i
                for f in offsets[k]..<offsets[k + 1] where kept(f) {
                    let row = Int(ids[f]) * tags
                    for t in 0..<tags { lanes[t] += weights[row + t] }
                }
                if margin > 0 {
                    for t in 0..<tags where t != data.gold[k].index { lanes[t] += margin }
                }
            }
        }
        return NERDecoder.viterbi(scores, transitions)
    }

    /// Whether feature occurrence `f` takes part in this step.
    @inline(__always) private func kept(_ f: Int) -> Bool {
        dropBelow == 0 || NERHash.mix(seed ^ (UInt64(f) &+ UInt64(clock) &* 0x9E37_79B9_7F4A_7C15)) & 0xFFFF_FFFF >= dropBelow
    }

    func weights() -> (emissions: [Float], transitions: [Float]) {
        (zip(emissions, stamped).map { $0 - Float($1 / clock) },
         zip(transitions, stampedTransitions).map { $0 - Float($1 / clock) })
    }
}
