import MarsadCore

/// How `NERTrainer` learns the tagger's weights from the same features; both give weights the
/// same decoder reads, so the model file does not say which.
public enum NERLearner: String, Sendable, CaseIterable {
    /// A linear-chain CRF: the conditional log-likelihood, by SGD with L2 (`NERCRF`).
    case crf
    /// An averaged structured perceptron (`NERPerceptron`).
    case perceptron
}

/// One learner's state while training: weights improved one pass over the sentences at a time.
protocol NERLearning {
    /// The biases towards entities tried on the dev set after each pass, in the learner's
    /// weight units (a constant taken off every transition into O).
    var entityBiases: [Float] { get }
    /// One pass over the sentences of `data`, in the order `order` gives their indices.
    mutating func pass(_ data: NERTrainer.Featurised, order: [Int])
    /// The weights to tag with after the passes so far: `emissions[bucket * NERTag.count + tag]`
    /// and `transitions[previous * NERTag.count + tag]`, the start row last.
    func weights() -> (emissions: [Float], transitions: [Float])
}
