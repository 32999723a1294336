import ArgumentParser
import MarsadCorpus
import MarsadStore

/// `marsad export`: what the store holds, in an exchange format.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the store's analyses out.",
        discussion: """
        jsonl: one analysis a line (the object `marsad analyze` writes) per stored story, near-duplicates left out, in the \
        order ingested. plover: one PLOVER JSON event record a line (the PLOVER manual's fields, with the document, \
        trigger and sentence offsets as provenance). csv: one row per event. gdelt: the GDELT 2.0 event table (61 tab-separated columns, no header). \
        graphml: the actor network (entities; events as edges by type, weighted).
        """
    )

    enum Format: String, ExpressibleByArgument { case jsonl, plover, csv, gdelt, graphml }

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "jsonl, plover, csv, gdelt or graphml.")
    var format: Format = .jsonl

    func run() throws {
        let out = StandardOutput()
        let store = try store.open()
        switch format {
        case .jsonl:
            try store.forEachAnalysis { json in
                out.write(json)
                out.write("\n")
            }
        case .plover: try PLOVERExport.write(from: store) { out.write($0) }
        case .csv: try EventCSVExport.write(from: store) { out.write($0) }
        case .gdelt: try GDELTExport.write(from: store) { out.write($0) }
        case .graphml: try GraphMLExport.write(from: store) { out.write($0) }
        }
        out.flush()
    }
}
