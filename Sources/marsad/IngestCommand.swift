import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract
import MarsadIngest
import MarsadStore

/// `marsad ingest`: files and folders into a store, analysed and indexed.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read documents into a store: analysed, indexed for search, never twice.",
        discussion: """
        Reads text files, JSON Lines, JSON arrays of article objects and folders (recursively). A document's id is \
        the hash of its normalised text, so ingesting again adds nothing; near-duplicates are linked to their \
        original. Inputs that cannot be read are counted in `failed` (see --errors) and ingest goes on. Prints \
        {read, added, duplicates, near_duplicates, reanalysed, failed, seconds}; exits with 1 when `failed` is not 0.
        """
    )

    @Argument(help: "Files and folders to read.")
    var paths: [String]

    @OptionGroup var store: StoreOptionGroup

    @Option(name: .customLong("field"), help: "NAME=SOURCE_FIELD: read a document field from another field of the article objects (text, id, title, published, url, byline, source).")
    var fields: [String] = []

    @Option(help: "Write each input that could not be read to FILE, as JSON Lines {input, line?, code, reason}.")
    var errors: String?

    @Option(help: "Largest text accepted, in bytes: a text file, a JSON array file, or one JSON Lines record.")
    var maxBytes: Int = InputOptions.defaultMaxBytes

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing the input.")
    var lossy = false

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    @Option(help: "Threads for analysis (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Documents per transaction.")
    var batchSize = 512

    func validate() throws {
        guard threads > 0 else { throw ValidationError("--threads must be at least 1") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        do { _ = try FieldMapping(parsing: fields) } catch { throw ValidationError(error.message) }
    }

    func run() throws {
        let started = Date()
        let mapping = try FieldMapping(parsing: fields)
        let bundle = try ResourceBundle.load(from: resources.map { URL(fileURLWithPath: $0) })
        let target = try store.open(create: true)
        let log = try errors.map { try ErrorLog(path: $0) }
        let bar = ProgressBar.onTerminal()
        let ingestion = Ingestion(store: target, pipeline: try .standard(resources: bundle),
                                  encoder: AnalysisEncoder(resources: bundle.versions), threads: threads, batchSize: batchSize)
        var reader = SourceReader(paths: paths, mapping: mapping, options: InputOptions(maxBytes: maxBytes, lossy: lossy))
        let summary = try ingestion.run(&reader, failed: { error in
            log?.write(error)
            if log == nil { bar?.clear(); StandardError.write("marsad: skipped \(error.rendered)") }
        }, progress: { bar?.show($0, since: started) })
        bar?.clear()
        let out = StandardOutput()
        out.writeObjectLine { w in
            w.field("read", summary.read)
            w.field("added", summary.added)
            w.field("duplicates", summary.duplicates)
            w.field("near_duplicates", summary.nearDuplicates)
            w.field("reanalysed", summary.reanalysed)
            w.field("failed", summary.failed)
            w.key("seconds"); w.double((Date().timeIntervalSince(started) * 100).rounded() / 100)
        }
        out.flush()
        // The contract's status for bad input: the good inputs are stored, the summary
        // printed, and a script still learns that some inputs were not.
        if summary.failed > 0 {
            StandardError.write("marsad: \(summary.failed) input(s) could not be read\(errors.map { " (listed in \($0))" } ?? "")")
            throw ExitCode(1)
        }
    }
}
