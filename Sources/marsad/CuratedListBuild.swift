import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// A builder of a lexicon resource from curated lists, one list per language.
protocol CuratedListBuilder {
    init()
    /// How many entries were added.
    var count: Int { get }
    mutating func add(tsv: String, language: String, origin: String) throws(MarsadError)
    func resource(sources: [String], built: String) -> ResourceFile
}

extension ToneLexiconBuilder: CuratedListBuilder {}
extension StanceLexiconBuilder: CuratedListBuilder {}

/// The options of every `marsad build` command that compiles curated lists: the lists with
/// their languages, the output and the sources cited in its header.
struct CuratedListOptions: ParsableArguments {
    @Option(name: .customLong("list"), help: "LANG=PATH: a curated list and its language (ar=Data/tone/ar.tsv), one per option.")
    var lists: [String]

    @Option(help: "Where to write the lexicon.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func validate() throws {
        guard !lists.isEmpty, lists.allSatisfy({ $0.contains("=") }) else { throw ValidationError("give each list as --list LANG=PATH") }
    }

    /// Builds the resource with a `Builder` from the lists, writes it and reports how many
    /// `entries` (words, phrases) it holds.
    func build<Builder: CuratedListBuilder>(_: Builder.Type, entries: String) throws {
        var builder = Builder()
        for list in lists {
            let (language, path) = (String(list.prefix { $0 != "=" }), String(list.drop { $0 != "=" }.dropFirst()))
            try builder.add(tsv: String(decoding: try readData(path), as: UTF8.self), language: language, origin: path)
        }
        let file = builder.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
        try writeResource(file, to: out)
        StandardError.write("marsad: \(builder.count) \(entries) → \(out) (version \(file.version))")
    }
}
