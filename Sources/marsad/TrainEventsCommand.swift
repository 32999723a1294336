import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad train events`: the event sentence classifier, from arabic_event_gsr.
struct TrainEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Train the event sentence classifier (logistic regression on hashed features) on arabic_event_gsr.",
        discussion: "Deterministic. One model per type in the gold folder (ASSAULT, PROTEST); labels yes vs easy/difficult no; ambiguous sentences (one annotator rejected) trained on as each type's own setting says (PROTEST: towards an event at half weight), never used to choose the threshold. Each type's threshold is chosen by cross-validation inside the training data."
    )

    @OptionGroup var options: EventGoldOptions

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "log2 of the number of feature buckets per type.")
    var hashBits = 16

    @Option(help: "Training passes over the data.")
    var epochs = EventClassifierTrainer().epochs

    @Option(help: "Source citations for the model's header, one per option.")
    var source: [String] = []

    func validate() throws {
        guard (10...22).contains(hashBits) else { throw ValidationError("--hash-bits must be between 10 and 22") }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive") }
    }

    func run() throws {
        let gold = try options.sentences()
        let types = gold.keys.sorted()
        let (bundle, evaluation) = try options.evaluation(types: Set(types))
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << hashBits
        trainer.epochs = epochs
        var weights: [Float] = [], thresholds: [Double] = [], notes: [(key: String, value: String)] = []
        for type in types {
            trainer.dissent = EventClassifierTrainer.dissent(for: type)
            trainer.ambiguous = EventClassifierTrainer.ambiguous(for: type)
            let prepared = evaluation.prepare(gold[type]!, ambiguous: trainer.ambiguous != .ignored)
            let (w, threshold) = trainer.train(prepared)
            weights += w
            thresholds.append(threshold)
            let labelled = prepared.filter { !$0.ambiguous }
            let ambiguous = trainer.ambiguous == .ignored ? "" : ", \(prepared.count - labelled.count) ambiguous as \(trainer.ambiguous.rawValue)"
            notes.append(("training-\(type.rawValue.lowercased())", "\(labelled.count) sentences, \(labelled.filter(\.label).count) yes\(ambiguous), threshold \(String(format: "%.2f", threshold))"))
            StandardError.write("marsad: \(type.rawValue): \(labelled.count) sentences\(ambiguous), threshold \(String(format: "%.2f", threshold))")
        }
        notes.append(("triggers", bundle.versions["triggers"] ?? ""))
        let model = EventModel(types: types, buckets: trainer.buckets, weights: weights, thresholds: thresholds,
                               clustersVersion: bundle.versions["clusters"])
        let file = model.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)), notes: notes)
        guard FileManager.default.createFile(atPath: out, contents: Data(file.bytes)) else {
            throw MarsadError(.unreadable, "cannot write", input: out)
        }
        StandardError.write("marsad: \(file.bytes.count) bytes → \(out) (version \(file.version))")
    }
}
