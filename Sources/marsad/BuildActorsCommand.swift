import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad build actors`: the generic actor lexicon, from the curated sector nouns and group codes.
struct BuildActors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Build the generic actor lexicon from Data/kb/sectors_ar.tsv and Data/kb/groups.tsv."
    )

    @Option(help: "The sector nouns (cameo_sector <TAB> names_ar <TAB> note).")
    var sectors: String

    @Option(help: "The group codes (code <TAB> id <TAB> name_en <TAB> name_ar <TAB> note).")
    var groups: String

    @Option(help: "Where to write the lexicon.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        var builder = GenericActorLexiconBuilder()
        try builder.add(sectors: String(decoding: try readData(sectors), as: UTF8.self), origin: sectors)
        try builder.add(groups: String(decoding: try readData(groups), as: UTF8.self), origin: groups)
        let file = builder.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
        try writeResource(file, to: out)
        StandardError.write("marsad: \(builder.count) role phrases → \(out) (version \(file.version))")
    }
}
