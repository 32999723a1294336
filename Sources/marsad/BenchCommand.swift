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

    enum Target: String, ExpressibleByArgument { case text, analyze, mentions, events, ner, load }

    @Argument(help: "text: normalise, sentences, tokens, segments; analyze: the whole pipeline; mentions: the mention stage alone, over documents the text layer has analysed beforehand; events: the event stage alone, over documents the stages before it have analysed beforehand; ner: the named-entity tagger alone, over documents the text layer has analysed beforehand; load: loading the knowledge base alone and all resources, repeated (no --input).")
    var target: Target

    @Option(help: "JSON Lines ({text} a line) or a plain text file.")
    var input: String?

    @Option(help: "Run for at least this many seconds.")
    var seconds: Double = 3

    @Option(help: "Threads; each takes every n-th document.")
    var threads = 1

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    @Flag(help: "With analyze: leave the event stage out, to compare the pipeline with and without it.")
    var noEvents = false

    @Flag(help: "With analyze: time each stage (on one thread) and add stage_ms_per_doc to the report.")
    var stages = false

    func validate() throws {
        guard seconds > 0 else { throw ValidationError("--seconds must be positive") }
        guard (input == nil) == (target == .load) else {
            throw ValidationError(target == .load ? "bench load reads no --input" : "bench \(target.rawValue) needs --input")
        }
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
        guard !stages || (target == .analyze && threads == 1) else { throw ValidationError("--stages goes with analyze on one thread") }
    }

    func run() throws {
        // validate() lets only `load` go without an input.
        guard let input else { return try measureLoads() }
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let bundle = try ResourceBundle.load(from: resources.map { URL(fileURLWithPath: $0) })
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        var reader = DocumentReader(options: try InputOptionGroup.parse(["--input-format", "auto"]), published: nil)
        var documents: [Document] = []
        try reader.read([input], batchSize: 4096) { batch, _ in documents += batch }
        let corpus = documents
        let work: @Sendable (Int) -> Int
        switch target {
        case .load:
            throw ValidationError("bench load reads no --input")
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
            let stage = MentionStage(kb: bundle.kb, lexicon: bundle.stems)
            work = { index in
                var document = analysed[index]
                stage.run(&document)
                return document.text.tokens.count
            }
        case .events:
            let before = try Pipeline.beforeEvents(resources: bundle)
            let analysed = corpus.map { before.run($0) }
            guard let model = bundle.events else { throw MarsadError(.badResource, "no event classifier", input: "events") }
            let stage = EventStage(lexicon: bundle.triggers, model: model, kb: bundle.kb, clusters: bundle.clusters)
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
        var stageTimes: [(String, Double)] = []
        let result: Measurement
        if stages {
            let standard = try Pipeline.standard(resources: bundle)
            let pipeline = noEvents ? try Pipeline(standard.stages.filter { $0.name != "events" }) : standard
            (result, stageTimes) = Self.measureStages(corpus, pipeline: pipeline, seconds: seconds)
        } else {
            result = Self.measure(corpus, threads: threads, seconds: seconds, work)
        }
        var report: [(String, Any)] = [
            ("documents", result.documents), ("bytes", result.bytes), ("tokens", result.tokens),
            ("seconds", result.seconds), ("mb_per_s", Double(result.bytes) / result.seconds / 1e6),
            ("docs_per_s", Double(result.documents) / result.seconds),
            ("tokens_per_s", Double(result.tokens) / result.seconds), ("threads", threads),
            ("resources_load_s", loadSeconds),
        ]
        if stages {
            let perDocument = stageTimes.map { "\"\($0.0)\": \(($0.1 * 1000 / Double(max(result.documents, 1)) * 1000).rounded() / 1000)" }
            report.append(("stage_ms_per_doc", "{" + perDocument.joined(separator: ", ") + "}"))
        }
        print("{" + report.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    }

    /// Loads the knowledge base alone, then every resource, over and over until --seconds
    /// have passed, and prints the median and fastest time of each, in seconds.
    private func measureLoads() throws {
        let base = try ResourceBundle.directory(resources.map { URL(fileURLWithPath: $0) })
        func seconds(_ load: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try load()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var kb: [Double] = [], bundle: [Double] = []
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(self.seconds * 1e9)
        repeat {
            kb.append(try seconds { _ = try ResourceBundle.loadKnowledgeBase(base) })
            bundle.append(try seconds { _ = try ResourceBundle.load(from: base) })
        } while DispatchTime.now().uptimeNanoseconds < deadline
        func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
        let report: [(String, Any)] = [
            ("repetitions", kb.count), ("kb_load_median_s", median(kb)), ("kb_load_min_s", kb.min()!),
            ("all_resources_load_median_s", median(bundle)), ("all_resources_load_min_s", bundle.min()!),
        ]
        print("{" + report.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    }

    struct Measurement: Sendable { var documents = 0, bytes = 0, tokens = 0, seconds = 0.0 }

    /// Passes over `documents` on this thread until `seconds` have gone by, running the
    /// stages of `pipeline` one by one and adding up each one's seconds.
    static func measureStages(_ documents: [Document], pipeline: Pipeline, seconds: Double) -> (Measurement, [(String, Double)]) {
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1e9)
        var nanoseconds = [UInt64](repeating: 0, count: pipeline.stages.count)
        var m = Measurement()
        guard !documents.isEmpty else { return (m, []) }
        repeat {
            for document in documents {
                var annotated = AnnotatedDocument(document: document)
                for (i, stage) in pipeline.stages.enumerated() {
                    let before = DispatchTime.now().uptimeNanoseconds
                    stage.run(&annotated)
                    nanoseconds[i] += DispatchTime.now().uptimeNanoseconds - before
                    annotated.provided.formUnion(stage.provides)
                }
                m.tokens += annotated.text.tokens.count
                m.bytes += document.text.utf8.count
                m.documents += 1
            }
        } while DispatchTime.now().uptimeNanoseconds < deadline
        m.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return (m, zip(pipeline.stages, nanoseconds).map { ($0.name, Double($1) / 1e9) })
    }

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
