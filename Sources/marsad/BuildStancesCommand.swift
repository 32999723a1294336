import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad build stances`: the stance lexicon, from curated phrase lists.
struct BuildStances: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stances",
        abstract: "Build the stance stage's lexicon from curated lists (phrase <TAB> label <TAB> frame <TAB> negated label <TAB> inflection)."
    )

    @Option(name: .customLong("list"), help: "LANG=PATH: a curated list and its language (ar=Data/stances/ar.tsv), one per option.")
    var lists: [String]

    @Option(help: "Where to write the lexicon.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func validate() throws {
        guard !lists.isEmpty, lists.allSatisfy({ $0.contains("=") }) else { throw ValidationError("give each list as --list LANG=PATH") }
    }

    func run() throws {
        var builder = StanceLexiconBuilder()
        for list in lists {
            let (language, path) = (String(list.prefix { $0 != "=" }), String(list.drop { $0 != "=" }.dropFirst()))
            try builder.add(tsv: String(decoding: try readData(path), as: UTF8.self), language: language, origin: path)
        }
        let file = builder.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
        try writeResource(file, to: out)
        StandardError.write("marsad: \(builder.count) phrases → \(out) (version \(file.version))")
    }
}
