import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad build dates`: the date vocabulary, from dateparser, CLDR and a curated list.
struct BuildDates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Build the time stage's date vocabulary from dateparser's Arabic data, CLDR Arabic locales and a curated list."
    )

    @Option(help: "dateparser's exported Arabic locale (JSON).")
    var dateparser: String

    @Option(help: "A folder of CLDR locale XML files; every ar*.xml in it is read.")
    var cldr: String

    @Option(help: "The curated list (phrase <TAB> kind <TAB> value).")
    var curated: String

    @Option(help: "Where to write the vocabulary.")
    var out: String

    @Option(help: "Source citations for the header, one per option.")
    var source: [String] = []

    func run() throws {
        var builder = DateVocabularyBuilder()
        try builder.addDateparser(json: try readData(dateparser), origin: "dateparser")
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: cldr).filter { $0.hasPrefix("ar") && $0.hasSuffix(".xml") }.sorted()
        } catch {
            throw MarsadError(.unreadable, "cannot list: \(error.localizedDescription)", input: cldr)
        }
        for file in files {
            builder.addCLDR(xml: String(decoding: try readData(cldr + "/" + file), as: UTF8.self), origin: "cldr:" + file.dropLast(4))
        }
        try builder.addCurated(tsv: String(decoding: try readData(curated), as: UTF8.self), origin: "curated")
        let file = builder.resource(sources: source, built: String(ISO8601DateFormatter().string(from: Date()).prefix(10)))
        try writeResource(file, to: out)
        StandardError.write("marsad: \(builder.count) phrases → \(out) (version \(file.version))")
    }
}

/// The bytes of a file, or a `MarsadError` naming it.
func readData(_ path: String) throws(MarsadError) -> Data {
    guard let data = FileManager.default.contents(atPath: path) else { throw MarsadError(.unreadable, "cannot read", input: path) }
    return data
}

/// Writes a resource file's text to `path`.
func writeResource(_ file: ResourceFile, to path: String) throws(MarsadError) {
    do {
        try file.text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        throw MarsadError(.unreadable, "cannot write: \(error.localizedDescription)", input: path)
    }
}
