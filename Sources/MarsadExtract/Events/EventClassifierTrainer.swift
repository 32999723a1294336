import Foundation
import MarsadCore

/// A candidate ready for the classifier: its hashed features, and whether it reads as a
/// plain report (`EventDetector.isPlainReport`). An array literal gives the features of a
/// candidate that is no plain report.
public struct PreparedCandidate: Sendable, ExpressibleByArrayLiteral {
    public let features: [UInt32]
    public let plainReport: Bool
    /// Whether it is kept whatever its probability (`EventCandidate.certain`).
    public let certain: Bool

    public init(features: [UInt32], plainReport: Bool = false, certain: Bool = false) {
        self.features = features
        self.plainReport = plainReport
        self.certain = certain
    }

    public init(arrayLiteral features: UInt32...) {
        self.init(features: features)
    }
}

/// A sentence's highest classifier probability over all its candidates and over its plain
/// reports alone; a sentence without candidates scores 0 on both. The event stage decides
/// one candidate by the score of a sentence holding it alone.
public struct SentenceScore: Sendable {
    public let probability: Double
    public let plainReport: Double

    /// Whether the event stage keeps one of the sentence's candidates at `threshold`: one at
    /// or above it, or a plain report at or above `EventStage.plainReportFloor`.
    public func accepted(at threshold: Double) -> Bool {
        probability >= threshold || plainReport >= EventStage.plainReportFloor
    }
}

/// A gold sentence ready for the classifier: its candidates of one type that read as having
/// happened, its label, its id and its source document.
public struct PreparedSentence: Sendable {
    public let id: String
    public let group: String
    public let label: Bool
    /// The share of annotators who accepted the event label.
    public let agreement: Double
    /// Exactly one annotator rejected it (the gold's "ambiguous"): never scored, and trained
    /// on only as the trainer's `ambiguous` says; `label` is then false.
    public let ambiguous: Bool
    public let candidates: [PreparedCandidate]

    public init(id: String, group: String, label: Bool, agreement: Double? = nil, ambiguous: Bool = false, candidates: [PreparedCandidate]) {
        self.id = id
        self.group = group
        self.label = label && !ambiguous
        self.agreement = agreement ?? (label ? 1 : 0)
        self.ambiguous = ambiguous
        self.candidates = candidates
    }
}

/// Trains the event sentence classifier: a logistic regression per type over hashed
/// features (AdaGrad, L2, positives weighted by the class ratio, a sentence some annotator
/// accepted trained towards what `dissent` says, one that exactly one rejected as `ambiguous`
/// says), averaged over bags of the source documents, deterministic; its L2 strength and
/// decision threshold are chosen together by cross-validation inside the training sentences
/// only, on the gold's yes and no labels (ambiguous sentences never scored).
public struct EventClassifierTrainer: Sendable {
    public var buckets = 1 << 16
    public var epochs = 12
    public var rate: Float = 0.05
    /// The L2 strengths to choose from.
    public var l2Choices: [Float] = [1e-4, 1e-3, 1e-2]
    /// Models averaged, each fitted on about four fifths of the source documents (1: one model on all).
    public var bags = 5
    /// Folds used inside the training data to choose the L2 strength and the threshold.
    public var innerFolds = 4
    /// Assignments of the training documents to those folds whose out-of-fold scores are pooled
    /// for the choice: with one, the choice moves with which documents happen to share a fold.
    public var innerAssignments = 3

    /// What a sentence that some annotator accepted (a difficult no) is trained towards.
    public enum Dissent: String, Sendable, CaseIterable {
        /// 0, as its label says.
        case negative
        /// 1, without the class weight of a unanimous yes: more examples of what an event report looks like.
        case positive
        /// The share of annotators who accepted it (1 of 3: 0.33): the model then estimates how
        /// many would accept a sentence.
        case share
    }

    /// The target of a difficult no; the threshold is still chosen on the unanimous labels.
    public var dissent = Dissent.positive

    /// The target that serves a type's difficult noes best (mean F1 of `eval events` over 10
    /// fold seeds): for ASSAULT 1 (.700; the share .684, 0 .657); for PROTEST, whose difficult
    /// noes outnumber its yeses four to one and mostly read as protests, the share (.453
    /// against .417 for 1; 0 had scored .310 against .359 before PROTEST left the sentence's
    /// far words out).
    public static func dissent(for type: PloverType) -> Dissent {
        type == .protest ? .share : .positive
    }

    /// What a sentence exactly one annotator rejected (the gold's "ambiguous", left out of
    /// scoring) is trained towards.
    public enum Ambiguity: String, Sendable, CaseIterable {
        /// Left out of training too.
        case ignored
        /// 1 at half a sentence's weight when some annotator accepted it (2 of 3 mostly), 0
        /// when none did (the one annotator who saw it rejected it): more examples of what
        /// most readers take for an event report, weighed below the unanimous yeses.
        case halfEvent
    }

    /// The target of an ambiguous sentence; the threshold is still chosen on yes and no only.
    public var ambiguous = Ambiguity.ignored

    /// The treatment that serves a type's ambiguous sentences best (mean F1 of `eval events`
    /// over 20 fold seeds): for PROTEST, whose 45 yeses are few beside its 91 ambiguous
    /// sentences with an accept, half an event (.565 against .544 ignored, 15 seeds of 20 up;
    /// a full event .559, the share who accepted .554); for ASSAULT ignored (half an event .701
    /// against .706, a full event .705 over 10 seeds).
    public static func ambiguous(for type: PloverType) -> Ambiguity {
        type == .protest ? .halfEvent : .ignored
    }

    public init() {}

    /// Weights and threshold for one type, from `sentences`.
    public func train(_ sentences: [PreparedSentence]) -> (weights: [Float], threshold: Double) {
        let (l2, threshold) = choose(sentences)
        return (fit(sentences, l2: l2), threshold)
    }

    /// The L2 strength and threshold maximising F1 over out-of-fold scores of `sentences`
    /// (pooled over `innerAssignments`), averaged over the thresholds near each (`thresholdWindow`).
    func choose(_ sentences: [PreparedSentence]) -> (l2: Float, threshold: Double) {
        var best = (f1: -1.0, l2: l2Choices[0], threshold: 0.5)
        for l2 in l2Choices {
            var scored: [(score: SentenceScore, label: Bool)] = []
            for salt in (0..<innerAssignments).map({ UInt32(7 + $0) }) {
                for fold in 0..<innerFolds {
                    let train = sentences.filter { Self.fold(of: $0.group, innerFolds, salt: salt) != fold }
                    let weights = fit(train, l2: l2)
                    for sentence in sentences where !sentence.ambiguous && Self.fold(of: sentence.group, innerFolds, salt: salt) == fold {
                        scored.append((score(sentence, weights), sentence.label))
                    }
                }
            }
            let (f1, threshold) = Self.threshold(scored)
            if f1 > best.f1 { best = (f1, l2, threshold) }
        }
        return (best.l2, best.threshold)
    }

    /// The threshold in hundredths from 0.05 to 0.95 whose F1 on `scored`, averaged with the
    /// F1s of the thresholds up to `window` hundredths either side, is highest; with that averaged F1.
    static func threshold(_ scored: [(score: SentenceScore, label: Bool)], window: Int = thresholdWindow) -> (f1: Double, threshold: Double) {
        let steps = Array(5...95)
        let f1s = steps.map { step in Scores(scored.map { ($0.score.accepted(at: Double(step) / 100), $0.label) }).f1 }
        var best = (f1: -1.0, threshold: 0.5)
        for (i, step) in steps.enumerated() {
            let near = f1s[max(0, i - window)...min(f1s.count - 1, i + window)]
            let f1 = near.reduce(0, +) / Double(near.count)
            if f1 > best.f1 { best = (f1, Double(step) / 100) }
        }
        return best
    }

    /// How many hundredths either side of a threshold its F1 is averaged over when one is
    /// chosen: with a few dozen positives the F1 curve is jagged, and its single highest
    /// point is more the luck of a few sentences than the best place to cut.
    static let thresholdWindow = 5

    /// The highest probability among a sentence's candidates and among its plain reports; a candidate kept whatever
    /// the classifier says (`PreparedCandidate.certain`) counts as a plain report of probability 1.
    public func score(_ sentence: PreparedSentence, _ weights: [Float]) -> SentenceScore {
        let model = EventModel(types: [.assault], buckets: buckets, weights: weights, thresholds: [0.5])
        let scored = sentence.candidates.map { (p: $0.certain ? 1 : model.probability(block: 0, $0.features), plain: $0.plainReport || $0.certain) }
        return SentenceScore(probability: scored.map(\.p).max() ?? 0, plainReport: scored.filter(\.plain).map(\.p).max() ?? 0)
    }

    /// The weights averaged over `bags` models, each fitted on the sentences of the documents of its bag.
    func fit(_ sentences: [PreparedSentence], l2: Float) -> [Float] {
        guard bags > 1 else { return fitOne(sentences, l2: l2) }
        var sum = [Float](repeating: 0, count: buckets)
        for bag in 0..<bags {
            let weights = fitOne(sentences.filter { Self.fold(of: $0.group, 5, salt: UInt32(101 + bag)) != 0 }, l2: l2)
            for i in sum.indices { sum[i] += weights[i] / Float(bags) }
        }
        return sum
    }

    /// Logistic regression weights for candidates with their sentence's target and weight
    /// (`example(_:)`'s).
    func fitOne(_ sentences: [PreparedSentence], l2: Float) -> [Float] {
        var examples: [(features: [UInt32], label: Bool, target: Float, weight: Float)] = []
        for sentence in sentences {
            guard let (target, weight) = example(sentence) else { continue }
            for candidate in sentence.candidates { examples.append((candidate.features, sentence.label, target, weight)) }
        }
        let positives = examples.filter(\.label).count
        let positiveWeight = positives > 0 ? Float(max(1, Double(examples.count - positives) / Double(positives))).squareRoot() : 1
        var weights = [Float](repeating: 0, count: buckets)
        var squares = [Float](repeating: 1e-6, count: buckets)
        let mask = UInt32(buckets - 1)
        var order = Array(examples.indices)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
            }
            for index in order {
                let (features, label, target, weight) = examples[index]
                var z: Float = 0
                for f in features { z += weights[Int(f & mask)] }
                let p = 1 / (1 + Float.exp(-z))
                let gradient = (p - target) * (label ? positiveWeight : weight)
                for f in features {
                    let b = Int(f & mask)
                    let g = gradient + l2 * weights[b]
                    squares[b] += g * g
                    weights[b] -= rate * g / squares[b].squareRoot()
                }
            }
        }
        return weights
    }

    /// What a sentence is trained towards and its weight before the class weight of a yes:
    /// its label, for a no some annotator accepted what `dissent` says, for an ambiguous
    /// sentence what `ambiguous` says (nil: not trained on).
    func example(_ sentence: PreparedSentence) -> (target: Float, weight: Float)? {
        if sentence.ambiguous {
            return switch ambiguous {
            case .ignored: nil
            case .halfEvent: sentence.agreement > 0 ? (1, 0.5) : (0, 1)
            }
        }
        let target: Float = switch dissent {
        case _ where sentence.label: 1
        case .negative: 0
        case .positive: sentence.agreement > 0 ? 1 : 0
        case .share: Float(sentence.agreement)
        }
        return (target, 1)
    }

    /// A stable fold number for a source document.
    public static func fold(of group: String, _ folds: Int, salt: UInt32 = 0) -> Int {
        var h: UInt32 = 2_166_136_261 ^ salt
        for b in group.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int(h % UInt32(folds))
    }
}

extension Float {
    static func exp(_ x: Float) -> Float { Float(Foundation.exp(Double(x))) }
}

/// Precision, recall and F1 of binary decisions.
public struct Scores: Sendable {
    public var truePositives = 0, falsePositives = 0, falseNegatives = 0

    public init(_ decisions: [(predicted: Bool, gold: Bool)] = []) {
        for (p, g) in decisions { add(predicted: p, gold: g) }
    }

    public mutating func add(predicted: Bool, gold: Bool) {
        if predicted && gold { truePositives += 1 } else if predicted { falsePositives += 1 } else if gold { falseNegatives += 1 }
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
