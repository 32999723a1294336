import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad eval events`: k-fold cross-validation of event detection on arabic_event_gsr,
/// and the actor codes on its span records.
struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Cross-validate event detection per type on arabic_event_gsr and score actor codes; prints JSON.",
        discussion: "Folds split by source document; each fold is scored by a model trained, threshold included, on the other folds only. Labels yes vs easy/difficult no; ambiguous left out of scoring (trained on as --ambiguous says). \"unanimous\" scores the same decisions on yes vs easy no only (difficult noes left out), and \"difficult_no_kept\" counts the difficult noes kept (\"half_accepted\": those half or more of the annotators accepted, ties and majorities the gold also labels difficult no). Actor accuracy: the first candidate of the record's type against the annotators' majority country + sector."
    )

    @OptionGroup var options: EventGoldOptions

    @Option(help: "Number of folds.")
    var folds = 5

    @Option(help: "log2 of the number of feature buckets per type.")
    var hashBits = 16

    @Option(help: "Training passes over the data.")
    var epochs = EventClassifierTrainer().epochs

    @Option(help: "What a sentence some annotator accepted (a difficult no) is trained towards: negative (0), positive (1) or share (the share who accepted it); by default each type's own (ASSAULT positive, PROTEST share).")
    var dissent: EventClassifierTrainer.Dissent?

    @Option(help: "What a sentence exactly one annotator rejected (ambiguous, never scored) is trained towards: ignored (left out) or halfEvent (1 at half weight if some annotator accepted it, else 0); by default each type's own (ASSAULT ignored, PROTEST halfEvent).")
    var ambiguous: EventClassifierTrainer.Ambiguity?

    @Option(help: "Repeat the cross-validation over this many fold assignments (seed 0 is the default split) and add each type's mean and spread of P/R/F1 under \"seeds\".")
    var seeds = 1

    @Option(help: "Write each sentence's out-of-fold decision to this TSV file (id, type, label, share of annotators who accepted it, has a candidate, probability, threshold, kept: whether the event stage would keep it, a plain report kept below the threshold too) for error analysis.")
    var predictions: String?

    func validate() throws {
        guard epochs > 0 else { throw ValidationError("--epochs must be positive") }
        guard folds >= 2 else { throw ValidationError("--folds must be at least 2") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    }

    func run() throws {
        let gold = try options.sentences()
        let types = gold.keys.sorted()
        let (_, evaluation) = try options.evaluation(types: Set(types))
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << hashBits
        trainer.epochs = epochs
        var perType: [String] = []
        var repeated: [String] = []
        var rows = ["id\ttype\tlabel\taccepted\tcandidate\tprobability\tthreshold\tkept"]
        for type in types {
            trainer.dissent = dissent ?? EventClassifierTrainer.dissent(for: type)
            trainer.ambiguous = ambiguous ?? EventClassifierTrainer.ambiguous(for: type)
            let prepared = evaluation.prepare(gold[type]!, ambiguous: trainer.ambiguous != .ignored)
            let (s, thresholds, outOfFold) = EventEvaluation.crossValidate(prepared, folds: folds, trainer: trainer)
            let decided = zip(prepared, outOfFold).filter { !$0.0.ambiguous }
            let scored = decided.map(\.0)
            for (sentence, decision) in decided {
                rows.append("\(sentence.id)\t\(type.rawValue)\t\(sentence.label ? "yes" : "no")\t\(f(sentence.agreement))\t\(sentence.candidates.isEmpty ? "no" : "yes")\t\(f(decision.score.probability))\t\(f(decision.threshold))\t\(decision.accepted ? "yes" : "no")")
            }
            let withTrigger = scored.filter { $0.label && !$0.candidates.isEmpty }.count
            let difficult = decided.filter { !$0.0.label && $0.0.agreement > 0 }
            // A tie (2 of 4 annotators) or a majority that accepted is labelled a difficult no too.
            let halfAccepted = difficult.filter { $0.0.agreement >= 0.5 }
            let unanimous = EventEvaluation.unanimousScores(prepared, outOfFold)
            perType.append("\"\(type.rawValue)\": {\"precision\": \(f(s.precision)), \"recall\": \(f(s.recall)), \"f1\": \(f(s.f1)), "
                + "\"sentences\": \(scored.count), \"yes\": \(scored.filter(\.label).count), \"yes_with_trigger\": \(withTrigger), "
                + "\"difficult_no\": \(difficult.count), \"difficult_no_kept\": \(difficult.filter(\.1.accepted).count), "
                + "\"difficult_no_half_accepted\": \(halfAccepted.count), \"difficult_no_half_accepted_kept\": \(halfAccepted.filter(\.1.accepted).count), "
                + "\"unanimous\": {\"precision\": \(f(unanimous.precision)), \"recall\": \(f(unanimous.recall)), \"f1\": \(f(unanimous.f1))}, "
                + "\"thresholds\": [\(thresholds.map(f).joined(separator: ", "))]}")
            if seeds > 1 {
                let runs = [(s, unanimous)] + (1..<seeds).map { seed in
                    let run = EventEvaluation.crossValidate(prepared, folds: folds, trainer: trainer, seed: UInt32(seed))
                    return (run.scores, EventEvaluation.unanimousScores(prepared, run.outOfFold))
                }
                let figures = [("precision", \Scores.precision), ("recall", \.recall), ("f1", \.f1)].map { name, value in
                    let (mean, sd) = Self.meanAndDeviation(runs.map { $0.0[keyPath: value] })
                    return "\"\(name)_mean\": \(f(mean)), \"\(name)_sd\": \(f(sd))"
                }
                let (mean, sd) = Self.meanAndDeviation(runs.map(\.1.f1))
                repeated.append("\"\(type.rawValue)\": {" + figures.joined(separator: ", ") + ", \"f1\": [\(runs.map { f($0.0.f1) }.joined(separator: ", "))], "
                    + "\"unanimous_f1_mean\": \(f(mean)), \"unanimous_f1_sd\": \(f(sd))}")
            }
        }
        if let predictions, !FileManager.default.createFile(atPath: predictions, contents: Data((rows.joined(separator: "\n") + "\n").utf8)) {
            throw MarsadError(.unreadable, "cannot write", input: predictions)
        }
        let actors = evaluation.actorAccuracy(try options.spans())
        let seedFigures = seeds > 1 ? "\"seeds\": {\"count\": \(seeds), \"per_type\": {\(repeated.joined(separator: ", "))}}, " : ""
        print("{\"folds\": \(folds), \"per_type\": {\(perType.joined(separator: ", "))}, " + seedFigures
              + "\"actors\": {\"records\": \(actors.records), \"source\": \(f(actors.sourceAccuracy)), "
              + "\"target\": \(f(actors.targetAccuracy)), \"both\": \(f(actors.bothAccuracy)), "
              + actors.fieldAccuracy.map { "\"\($0.field)\": \(f($0.share))" }.joined(separator: ", ") + "}}")
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }

    /// The mean and the sample standard deviation of `values` (0 for one value).
    static func meanAndDeviation(_ values: [Double]) -> (mean: Double, deviation: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return (mean, 0) }
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
        return (mean, variance.squareRoot())
    }
}

extension EventClassifierTrainer.Dissent: ExpressibleByArgument {}
extension EventClassifierTrainer.Ambiguity: ExpressibleByArgument {}
