import ArgumentParser
import Foundation
import MarsadCore
import MarsadIngest

/// `marsad build …`: rebuilds the resources Marsad ships from public raw data.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild a shipped resource from raw data.",
        subcommands: [BuildStems.self, BuildKB.self, BuildDates.self, BuildTone.self, BuildClusters.self, BuildStances.self, BuildActors.self, BuildTriggers.self]
    )
}

/// `marsad build stems`: the stem lexicon, from word counts over a news corpus.
struct BuildStems: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stems",
        abstract: "Build the clitic segmenter's stem lexicon from a JSON Lines news corpus and stop-word lists."
    )

    @Option(help: "JSON Lines corpus ({text} a line), or - for standard input.")
    var corpus: String

    @Option(help: "stopwords-iso JSON (its `ar` list is used).")
    var stopwords: String

    @Option(help: "Keep words seen at least this often.")
    var minCount = 3

    @Option(help: "Where to write the lexicon.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        let stopWords = try Self.arabicStopWords(stopwords)
        var builder = StemLexiconBuilder()
        var reader = DocumentReader(options: try InputOptionGroup.parse(["--input-format", "jsonl"]), published: nil)
        try reader.read([corpus], batchSize: 1024) { batch, _ in
            for document in batch { builder.add(document.text) }
        }
        let built = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let file = builder.resource(stopWords: stopWords, minimumCount: minCount, sources: source, built: String(built))
        do {
            try file.text.write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot write: \(error.localizedDescription)", input: out)
        }
        StandardError.write("marsad: \(builder.documents) documents → \(out) (version \(file.version))")
    }

    /// The `ar` list of a stopwords-iso JSON file.
    static func arabicStopWords(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarsadError(.unreadable, "cannot read", input: path)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let words = object["ar"] as? [String] else {
            throw MarsadError(.badRecord, "expected a JSON object with an `ar` list of words", input: path)
        }
        return words
    }
}
