import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// The options `train events` and `eval events` share: where the gold data is and which
/// resources to read it with.
struct EventGoldOptions: ParsableArguments {
    @Option(help: "The arabic_event_gsr folder (assault_gsr.csv, protest_gsr.csv, *_spans.json).")
    var gold: String

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    /// The labelled sentences of every `*_gsr.csv` in the folder, by type.
    func sentences() throws -> [PloverType: [GoldEventSentence]] {
        var out: [PloverType: [GoldEventSentence]] = [:]
        for name in ["assault_gsr.csv", "protest_gsr.csv"] {
            let path = URL(fileURLWithPath: gold).appendingPathComponent(name).path
            for sentence in try GoldEventSentence.read(csv: String(decoding: try readData(path), as: UTF8.self), origin: path) {
                out[sentence.type, default: []].append(sentence)
            }
        }
        return out
    }

    /// The span records of every `*_spans.json` in the folder.
    func spans() throws -> [GoldSpanRecord] {
        try ["assault_spans.json", "protest_spans.json"].flatMap { name in
            let path = URL(fileURLWithPath: gold).appendingPathComponent(name).path
            return try GoldSpanRecord.read(json: Data(try readData(path)), origin: path)
        }
    }

    /// The resources without the event classifier, and the evaluation over them.
    func evaluation(types: Set<PloverType>) throws -> (ResourceBundle, EventEvaluation) {
        let bundle = try ResourceBundle.load(from: resources.map { URL(fileURLWithPath: $0) }, eventModel: false)
        return (bundle, try EventEvaluation(pipeline: try Pipeline.beforeEvents(resources: bundle), lexicon: bundle.triggers, kb: bundle.kb, types: types, clusters: bundle.clusters))
    }
}
