import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract
import MarsadIngest

/// `marsad build clusters`: word clusters for the named-entity tagger, from unlabelled news.
struct BuildClusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Build hierarchical word clusters (Brown-style bit paths) and flat k-means groups of word vectors from a JSON Lines news corpus.",
        discussion: "The resource holds words, signatures, counts and group numbers only, never article text. Deterministic."
    )

    @Option(help: "JSON Lines corpus ({text} a line), or - for standard input.")
    var corpus: String

    @Option(help: "Keep words seen at least this often.")
    var minCount = 5

    @Option(help: "Where to write the clusters.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        var builder = WordClusterBuilder(cues: NERCueWords.classNorms)
        var reader = DocumentReader(options: try InputOptionGroup.parse(["--input-format", "jsonl"]), published: nil)
        try reader.read([corpus], batchSize: 1024) { batch, _ in
            for document in batch { builder.add(document.text) }
        }
        let built = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let (file, words) = builder.resource(minimumCount: minCount, sources: source, built: String(built))
        do {
            try file.text.write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot write: \(error.localizedDescription)", input: out)
        }
        StandardError.write("marsad: \(builder.documents) documents, \(words) words → \(out) (version \(file.version))")
    }
}
