import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad build triggers`: the event lexicon, from curated triggers, cues and role nouns.
struct BuildTriggers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triggers",
        abstract: "Build the event lexicon (triggers, cue words, role nouns) from curated tables."
    )

    @Option(help: "The trigger table (forms <TAB> type <TAB> mode <TAB> v|n <TAB> context).")
    var triggers: String

    @Option(help: "The cue table (forms <TAB> negation|denial|future|demand|hypothetical|report|affirmation).")
    var cues: String

    @Option(help: "Role noun tables (sector <TAB> forms <TAB> note), one per option.")
    var sectors: [String] = []

    @Option(help: "Where to write the lexicon.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        var builder = EventLexiconBuilder()
        try builder.addTriggers(tsv: String(decoding: try readData(triggers), as: UTF8.self), origin: triggers)
        try builder.addCues(tsv: String(decoding: try readData(cues), as: UTF8.self), origin: cues)
        for path in sectors {
            try builder.addSectors(tsv: String(decoding: try readData(path), as: UTF8.self), origin: path)
        }
        let file = builder.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
        _ = try EventLexicon(tsv: file.body)
        try writeResource(file, to: out)
        StandardError.write("marsad: \(builder.count) phrases → \(out) (version \(file.version))")
    }
}
