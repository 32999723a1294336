import MarsadCore

/// The averaged structured perceptron: each sentence is decoded with the current weights and,
/// where the guess differs from the gold tags, the gold features and transitions gain one and
/// the guessed ones lose one. The weights kept are the average over every step, computed
/// from time-stamped sums. Perceptrons lean to O, which the dev set's entity bias corrects.
struct NERPerceptron: NERLearning {
    let entityBiases: [Float] = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]
    private var emissions: [Float]
    private var stamped: [Double]
    private var transitions: [Float]
    private var stampedTransitions: [Double]
    private var clock: Double = 1

    init(buckets: Int) {
        let tags = NERTag.count
        emissions = [Float](repeating: 0, count: buckets * tags)
        stamped = [Double](repeating: 0, count: buckets * tags)
        transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        stampedTransitions = [Double](repeating: 0, count: (tags + 1) * tags)
    }

    mutating func pass(_ data: NERTrainer.Featurised, order: [Int]) {
        let tags = NERTag.count
        data.ids.withUnsafeBufferPointer { ids in
            data.offsets.withUnsafeBufferPointer { offsets in
                for s in order {
                    let range = data.sentences[s]
                    let predicted = emissions.withUnsafeBufferPointer {
                        NERDecoder.decode($0, transitions, ids, offsets, tokens: range)
                    }
                    for (i, k) in range.enumerated() {
                        let gold = data.gold[k], guess = predicted[i]
                        let goldPrevious = i == 0 ? NERDecoder.start : data.gold[k - 1].index
                        let guessPrevious = i == 0 ? NERDecoder.start : predicted[i - 1].index
                        if gold != guess {
                            for f in offsets[k]..<offsets[k + 1] {
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

    func weights() -> (emissions: [Float], transitions: [Float]) {
        (zip(emissions, stamped).map { $0 - Float($1 / clock) },
         zip(transitions, stampedTransitions).map { $0 - Float($1 / clock) })
    }
}
