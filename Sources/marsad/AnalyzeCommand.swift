import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract
import MarsadIngest

/// `marsad analyze`: documents in, one analysis (JSON) per document out, in input order.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse documents: tokens, sentences and what the pipeline finds, as JSON with exact spans.",
        discussion: """
        Reads text files, JSON Lines ({"text": …, "id"?, "title"?, "published"?, "url"?} a line) or standard input \
        (no PATH, or -). One text file gives one JSON object; several inputs, or JSON Lines, give JSON Lines, \
        in input order, each analysis carrying its record's id. Offsets are Unicode scalar offsets into `text`.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument { case json, jsonl }

    @Argument(help: "Files to analyse; none, or -, reads standard input.")
    var paths: [String] = []

    @OptionGroup var input: InputOptionGroup

    @Option(help: "Publication date (ISO 8601) for documents that bring none; relative dates are resolved against it.")
    var published: String?

    @Option(help: "json: one object per text file, an array for several; jsonl: one object a line.")
    var format: OutputFormat?

    @Option(help: "Threads for batch analysis (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
        if let published, PublicationTime(iso: published) == nil {
            throw ValidationError("--published \(published.debugDescription) is not an ISO 8601 date (YYYY-MM-DD)")
        }
    }

    func run() throws {
        let resources = try input.loadResources()
        let pipeline = try Pipeline.standard(resources: resources)
        let encoder = AnalysisEncoder(resources: resources.versions)
        var reader = DocumentReader(options: input, published: published.flatMap(PublicationTime.init(iso:)))
        let out = StandardOutput()
        var written = 0
        var array = false
        defer {
            if array { out.write("]\n") } else if written == 0 && format == .json { out.write("[]\n") }
            out.flush()
            if reader.skipped > 0 { StandardError.write("marsad: skipped \(reader.skipped) bad record(s)") }
        }
        try reader.read(paths, batchSize: threads * 32) { batch, fromJSONLines in
            // One text input gives one object; more give JSON Lines, or an array with --format json.
            let single = paths.count <= 1 && !fromJSONLines
            if written == 0 { array = format == .json && !single }
            if written == 0 && array { out.write("[") }
            for json in parallelMap(batch, threads: threads, { encoder.encode(pipeline.run($0)) }) {
                if array && written > 0 { out.write(",") }
                out.write(json)
                if !array { out.write("\n") }
                written += 1
            }
        }
    }
}
