import ArgumentParser
import MarsadCore
import MarsadStore

/// `marsad search`: the stored documents best matching a query, as JSON Lines.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search the store in Arabic as it is written (with or without harakat, any alef form, clitics, either digits).",
        discussion: """
        Every word of QUERY must match. One JSON object a line, best first: {id, title?, url?, published?, score, \
        snippet {start, end, text}, highlights [{start, end, text}]}, offsets in Unicode scalars into the document's text.
        """
    )

    @Argument(help: "The words to find.")
    var query: String

    @OptionGroup var store: StoreOptionGroup

    @Option(help: "At most this many documents.")
    var limit = 10

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let out = StandardOutput()
        for hit in try store.open().search(query, limit: limit) {
            out.writeObjectLine { w in
                w.field("id", hit.id)
                w.field("title", hit.title)
                w.field("url", hit.url)
                w.field("published", hit.published)
                w.key("score"); w.double((hit.score * 1000).rounded() / 1000)
                w.key("snippet"); Self.write(hit.snippet, &w)
                w.key("highlights"); w.beginArray()
                for highlight in hit.highlights { Self.write(highlight, &w) }
                w.endArray()
            }
        }
        out.flush()
    }

    static func write(_ span: AnalysisFacts.Span, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("start", span.start)
        w.field("end", span.end)
        w.field("text", span.text)
        w.endObject()
    }
}
