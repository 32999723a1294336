import ArgumentParser
import MarsadStore

/// `marsad export`: what the store holds, in an exchange format.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the store's analyses out.",
        discussion: "jsonl: one analysis a line (the object `marsad analyze` writes) per stored story, near-duplicates left out, in the order ingested."
    )

    enum Format: String, ExpressibleByArgument { case jsonl }

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "jsonl.")
    var format: Format = .jsonl

    func run() throws {
        let out = StandardOutput()
        try store.open().forEachAnalysis { json in
            out.write(json)
            out.write("\n")
        }
        out.flush()
    }
}
