import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract
import MarsadIngest

/// `marsad bench text|analyze|mentions|events|ner`: throughput over a corpus, resources loaded beforehand.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput of the text layer or the whole pipeline.",
        discussion: "Repeats passes over every document until --seconds have passed and prints JSON: documents, bytes, tokens, seconds, mb_per_s, docs_per_s, tokens_per_s, threads."
    )

    enum Target: String, ExpressibleByArgument { case text, analyze, mentions, events, ner }

    @Argument(help: "text: normalise, sentences, tokens, segments; analyze: the whole pipeline; mentions: the mention stage alone, over documents the text layer has analysed beforehand; events: the event stage alone, over documents the stages before it have analysed beforehand; ner: the named-entity tagger alone, over documents the text layer has analysed beforehand.")
    var target: Target

    @Option(help: "JSON Lines ({text} a line) or a plain text file.")
    var input: String

    @Option(help: "Run for at least this many seconds.")
    var seconds: Double = 3

    @Option(help: "Threads; each takes every n-th document.")
    var threads = 1

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    @Flag(help: "With analyze: leave the event stage out, to compare the pipeline with and without it.")
    var noEvents = false

    func validate() throws {
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let bundle = try ResourceBundle.load(from: resources.map { URL(fileURLWithPath: $0) })
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        var reader = DocumentReader(options: try InputOptionGroup.parse(["--input-format", "auto"]), published: nil)
        var documents: [Document] = []
        try reader.read([input], batchSize: 4096) { batch, _ in documents += batch }
        let corpus = documents
        let work: @Sendable (Int) -> Int
        switch target {
        case .text:
            let layer = TextLayer(lexicon: bundle.stems)
            work = { layer.analyze(corpus[$0].text).tokens.count }
        case .analyze:
            let standard = try Pipeline.standard(resources: bundle)
            let pipeline = noEvents ? try Pipeline(standard.stages.filter { $0.name != "events" }) : standard
            work = { pipeline.run(corpus[$0]).text.tokens.count }
        case .mentions:
            let textOnly = try Pipeline([TextStage(lexicon: bundle.stems)])
            let analysed = corpus.map { textOnly.run($0) }
            let stage = MentionStage(kb: bundle.kb)
            work = { index in
                var document = analysed[index]
                stage.run(&document)
                return document.text.tokens.count
            }
        case .events:
            let before = try Pipeline.beforeEvents(resources: bundle)
            let analysed = corpus.map { before.run($0) }
            guard let model = bundle.events else { throw MarsadError(.badResource, "no event classifier", input: "events") }
            let stage = EventStage(lexicon: bundle.triggers, model: model, kb: bundle.kb)
            work = { index in
                var document = analysed[index]
                stage.run(&document)
                return document.text.tokens.count
            }
        case .ner:
            let textOnly = try Pipeline([TextStage(lexicon: bundle.stems)])
            let analysed = corpus.map { textOnly.run($0) }
            let tagger = try NERTagger(model: bundle.ner, clusters: bundle.clusters, kb: bundle.kb)
            work = { index in
                let document = analysed[index]
                return tagger.tag(document.text, text: document.document.text).count
            }
        }
        let result = Self.measure(corpus, threads: threads, seconds: seconds, work)
        let report: [(String, Any)] = [
            ("documents", result.documents), ("bytes", result.bytes), ("tokens", result.tokens),
            ("seconds", result.seconds), ("mb_per_s", Double(result.bytes) / result.seconds / 1e6),
            ("docs_per_s", Double(result.documents) / result.seconds),
            ("tokens_per_s", Double(result.tokens) / result.seconds), ("threads", threads),
            ("resources_load_s", loadSeconds),
        ]
        print("{" + report.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    }

    struct Measurement: Sendable { var documents = 0, bytes = 0, tokens = 0, seconds = 0.0 }

    /// Each thread passes over its share of `documents` (calling `work` with their indices)
    /// until `seconds` have gone by.
    static func measure(_ documents: [Document], threads: Int, seconds: Double,
                        _ work: @Sendable @escaping (Int) -> Int) -> Measurement {
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        let shares = parallelMap(Array(0..<threads), threads: threads) { worker -> Measurement in
            var m = Measurement()
            let mine = Array(stride(from: worker, to: documents.count, by: threads))
            guard !mine.isEmpty else { return m }
            repeat {
                for index in mine {
                    m.tokens += work(index)
                    m.bytes += documents[index].text.utf8.count
                    m.documents += 1
                }
            } while DispatchTime.now().uptimeNanoseconds < deadline
            return m
        }
        var total = shares.reduce(into: Measurement()) {
            $0.documents += $1.documents; $0.bytes += $1.bytes; $0.tokens += $1.tokens
        }
        total.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return total
    }
}
