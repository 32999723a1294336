import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract
import MarsadText

/// `marsad eval …`: scores Marsad against gold annotations.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a model against gold annotations.",
        subcommands: [EvalNER.self, EvalEvents.self, EvalActors.self]
    )
}

/// `marsad eval ner`: tags a gold file's tokens as given and prints conlleval-style scores.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag the tokens of an ANERcorp-format file and print entity-level precision, recall and F1 as JSON.",
        discussion: "Exact span and type, micro-averaged, as conlleval: {precision, recall, f1, per_type {PERS {…}, …}, sentences, tokens}."
    )

    @Option(help: "The gold file (`token TAG` a line, a blank line between sentences).")
    var gold: String

    @Option(help: "A model to score instead of the built-in one.")
    var model: String?

    @Option(help: "Word clusters the model was trained with (default: clusters.tsv among the resources).")
    var clusters: String?

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    @Option(help: "Also write `token GOLD PREDICTED` a line (conlleval's input) to this file, for error analysis.")
    var predictions: String?

    func run() throws {
        let base = try ResourceBundle.directory(resources.map { URL(fileURLWithPath: $0) })
        let (stems, kb, _) = try ResourceBundle.loadLexicons(base)
        let (wordClusters, clustersVersion) = try ResourceBundle.loadClusters(clusters.map { URL(fileURLWithPath: $0) } ?? base.appendingPathComponent("clusters.tsv"))
        let (nerModel, _) = try ResourceBundle.loadModel(model.map { URL(fileURLWithPath: $0) } ?? base.appendingPathComponent("ner.model"))
        try ResourceBundle.check(nerModel, clustersVersion: clustersVersion)
        let corpus = try TaggedCorpus(contentsOf: gold)
        if corpus.repairedInsideTags > 0 {
            StandardError.write("marsad: \(gold): warning: \(corpus.repairedInsideTags) I- tags began an entity and were read as B-")
        }
        let tagger = try NERTagger(model: nerModel, clusters: wordClusters, kb: kb)
        let layer = TextLayer(lexicon: stems)
        print(tagger.evaluate(corpus.sentences, layer: layer).json)
        guard let predictions else { return }
        var lines = ""
        for (sentence, tags) in zip(corpus.sentences, tagger.tag(sentences: corpus.sentences.map(\.tokens), layer: layer)) {
            for (k, token) in sentence.tokens.enumerated() { lines += "\(token) \(sentence.tags[k]) \(tags[k])\n" }
            lines += "\n"
        }
        guard FileManager.default.createFile(atPath: predictions, contents: Data(lines.utf8)) else {
            throw MarsadError(.unreadable, "cannot write", input: predictions)
        }
    }
}
