import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad train …`: trains the statistical models Marsad ships.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model from annotated data.",
        subcommands: [TrainNER.self, TrainEvents.self]
    )
}

/// `marsad train ner`: the named-entity tagger, from files in the ANERcorp format.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger (linear-chain CRF or averaged perceptron, Viterbi) on `token TAG` files.",
        discussion: "Deterministic. Prints dev scores per epoch on standard error and keeps the best epoch's weights."
    )

    @Option(parsing: .upToNextOption, help: "Training files (`token TAG` a line, a blank line between sentences); each file is one document, its sentences in order, for the features that read how a word recurs nearby.")
    var train: [String]

    @Option(help: "A dev file scored after every epoch.")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Training passes over the data.")
    var epochs = 12

    @Option(help: "How to learn the weights: crf (conditional log-likelihood by SGD with L2) or perceptron (averaged).")
    var learner = NERLearner.perceptron

    @Option(help: "With --learner crf: the L2 coefficient (penalty l2 × ‖w‖² over the corpus).")
    var l2 = 0.1

    @Option(help: "With --learner crf: the first learning rate of SGD.")
    var rate = 0.1

    @Option(help: "How many learners to train side by side on different shuffles (seeds), their weights averaged into one model (4 lifts the honest dev F1 of scripts/ner-honest.sh from .734 to .738; 1 trains one).")
    var ensemble = 4

    @Option(help: "With --learner perceptron: the chance that each feature occurrence sits out an update (feature dropout), 0 ≤ p < 1.")
    var dropout = 0.0

    @Option(help: "The chance that each knowledge-base alias match of the training data is hidden from the features (knowledge-base dropout), 0 ≤ p < 1; the dev data keeps all.")
    var kbDropout = 0.0

    @Option(help: "With --learner perceptron: the cost added to every wrong tag of a token while decoding for an update (margin), ≥ 0.")
    var margin: Float = 0

    @Option(help: "log2 of the number of feature buckets.")
    var hashBits = 19

    @Option(help: "Word clusters to use (default: clusters.tsv among the resources).")
    var clusters: String?

    @Option(help: "A folder with stems.tsv and kb.tsv to use instead of the built-in ones.")
    var resources: String?

    @Option(help: "Source citations for the model's header, one per option.")
    var source: [String] = []

    @Option(help: "Unlabelled news (JSON Lines, {text} a line, or - for standard input): a first model tags it and a second, the one kept, also reads how often each word was tagged as which kind of name.")
    var corpus: String?

    @Option(help: "With --corpus: keep the tag statistics of words seen at least this often.")
    var minCount = 3

    @Option(help: "Train a stacked second pass that reads the first pass's tags across the document, over this many jackknife folds of the training sentences (0: one pass). With --corpus, the model kept is stacked.")
    var stackFolds = 0

    func validate() throws {
        guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive") }
        guard (10...24).contains(hashBits) else { throw ValidationError("--hash-bits must be between 10 and 24") }
        guard ensemble > 0 else { throw ValidationError("--ensemble must be positive") }
        guard (0..<1).contains(dropout) else { throw ValidationError("--dropout must be at least 0 and below 1") }
        guard (0..<1).contains(kbDropout) else { throw ValidationError("--kb-dropout must be at least 0 and below 1") }
        guard margin >= 0, margin.isFinite else { throw ValidationError("--margin must be a finite number ≥ 0") }
        guard minCount > 0 else { throw ValidationError("--min-count must be positive") }
        guard stackFolds == 0 || stackFolds > 1 else { throw ValidationError("--stack-folds must be 0 (one pass) or at least 2") }
        guard l2 >= 0, l2.isFinite else { throw ValidationError("--l2 must be a finite number ≥ 0") }
        guard rate > 0, rate.isFinite else { throw ValidationError("--rate must be a finite positive number") }
    }

    func run() throws {
        let base = try ResourceBundle.directory(resources.map { URL(fileURLWithPath: $0) })
        let (stems, kb, versions) = try ResourceBundle.loadLexicons(base)
        let clustersURL = clusters.map { URL(fileURLWithPath: $0) } ?? base.appendingPathComponent("clusters.tsv")
        let (wordClusters, clustersVersion) = try ResourceBundle.loadClusters(clustersURL)
        var documents: [[TaggedSentence]] = []
        for path in train {
            let corpus = try TaggedCorpus(contentsOf: path)
            documents.append(corpus.sentences)
            note(corpus, path)
        }
        let devCorpus = try dev.map { path in let c = try TaggedCorpus(contentsOf: path); note(c, path); return c }
        var trainer = NERTrainer(clusters: wordClusters, clustersVersion: clustersVersion, kb: kb, lexicon: stems)
        trainer.epochs = epochs
        trainer.buckets = 1 << hashBits
        trainer.learner = learner
        trainer.l2 = l2
        trainer.rate = rate
        trainer.ensemble = ensemble
        trainer.dropout = dropout
        trainer.margin = margin
        trainer.kbDropout = kbDropout
        trainer.stackFolds = corpus == nil ? stackFolds : 0
        let start = Date()
        func report(_ epoch: NERTrainer.Epoch) {
            let scores = epoch.dev.map { " dev " + $0.json } ?? ""
            StandardError.write("epoch \(epoch.number) (\(String(format: "%.1f", epoch.seconds)) s) bias \(epoch.bias)\(scores)")
        }
        var (model, best) = trainer.train(documents, dev: devCorpus?.sentences ?? [], report: report)
        var statisticsNote: [(key: String, value: String)] = []
        if let corpus {
            StandardError.write("marsad: first stage kept epoch \(best.number); tagging \(corpus)")
            let tagger = try NERTagger(model: model, clusters: wordClusters, kb: kb)
            var builder = NERTagStatisticsBuilder(tagger: tagger, layer: TextLayer(lexicon: stems))
            var reader = DocumentReader(options: try InputOptionGroup.parse(["--input-format", "jsonl"]), published: nil)
            try reader.read([corpus], batchSize: 1024) { batch, _ in
                for document in batch { builder.add(document.text) }
            }
            trainer.tagStatistics = builder.statistics(minimumCount: minCount)
            let counted = "\(builder.documents) texts, \(builder.tokens) tokens, \(trainer.tagStatistics!.count) words tagged and seen at least \(minCount) times"
            StandardError.write("marsad: tag statistics of \(counted); second stage")
            statisticsNote = [("tag-statistics", counted)]
            trainer.stackFolds = stackFolds
            (model, best) = trainer.train(documents, dev: devCorpus?.sentences ?? [], report: report)
        }
        let seconds = Date().timeIntervalSince(start)
        var notes: [(key: String, value: String)] = train.map { ("training-data", URL(fileURLWithPath: $0).lastPathComponent) }
        var learnerNote = learner == .crf ? "crf (l2 \(l2), rate \(rate))" : "perceptron"
        if learner == .perceptron, dropout > 0 || margin > 0 { learnerNote += " (dropout \(dropout), margin \(margin))" }
        if ensemble > 1 { learnerNote += ", \(ensemble) shuffles averaged" }
        if kbDropout > 0 { learnerNote += ", knowledge-base dropout \(kbDropout)" }
        if stackFolds > 0 { learnerNote += ", a stacked pass over \(stackFolds) jackknife folds" }
        notes += [("learner", learnerNote),
                  ("training", "\(documents.reduce(0) { $0 + $1.count }) sentences, epoch \(best.number) of \(epochs) kept, entity bias \(best.bias), \(String(format: "%.0f", seconds)) s"),
                  ("stems", versions["stems"] ?? ""), ("kb", versions["kb"] ?? "")] + statisticsNote
        if let dev, let scores = best.dev { notes.append(("dev", "\(URL(fileURLWithPath: dev).lastPathComponent) \(scores.json)")) }
        let built = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let file = model.resource(sources: source, built: String(built), notes: notes)
        let bytes = file.bytes
        guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
            throw MarsadError(.unreadable, "cannot write", input: out)
        }
        StandardError.write("marsad: kept epoch \(best.number); \(String(format: "%.0f", seconds)) s; \(bytes.count) bytes → \(out) (version \(file.version))")
    }

    private func note(_ corpus: TaggedCorpus, _ path: String) {
        if corpus.repairedInsideTags > 0 {
            StandardError.write("marsad: \(path): warning: \(corpus.repairedInsideTags) I- tags began an entity and were read as B-")
        }
    }
}

extension NERLearner: ExpressibleByArgument {}
