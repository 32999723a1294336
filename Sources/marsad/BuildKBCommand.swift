import ArgumentParser
import Foundation
import MarsadCore

/// `marsad build kb`: the knowledge base, from CLDR, iso-codes, GeoNames and the curated files.
struct BuildKB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build the knowledge base (countries, cities, subdivisions, places, organisations, people with dated roles, demonyms, titles).",
        discussion: "A malformed curated row stops the build with its file and line."
    )

    @Option(help: "The raw sources folder (shared/data/kb: cldr41, iso-codes, geonames).")
    var raw: String

    @Option(help: "The curated files folder (Data/kb).")
    var curated: String

    @Option(help: "The stem lexicon (stems.tsv) whose word counts mark a subdivision's bare name that is an everyday word.")
    var stems: String?

    @Option(help: "Where to write the knowledge base.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        var builder = KnowledgeBaseBuilder(rawDirectory: URL(fileURLWithPath: raw), curatedDirectory: URL(fileURLWithPath: curated))
        builder.stemsFile = stems.map { URL(fileURLWithPath: $0) }
        let built = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let (file, summary) = try builder.build(built: String(built), sources: source)
        do {
            try file.text.write(toFile: out, atomically: true, encoding: .utf8)
        } catch {
            throw MarsadError(.unreadable, "cannot write: \(error.localizedDescription)", input: out)
        }
        StandardError.write("marsad: \(summary) → \(out) (version \(file.version))")
    }
}
