import ArgumentParser
import Foundation
import MarsadCore
import MarsadIngest

extension InputFormat: ExpressibleByArgument {}

/// Options shared by the commands that read documents.
struct InputOptionGroup: ParsableArguments {
    @Option(name: .customLong("input-format"), help: "auto, text, html or jsonl.")
    var inputFormat: InputFormat = .auto

    @Option(help: "Largest text accepted, in bytes: a text file, or one JSON Lines record.")
    var maxBytes: Int = InputOptions.defaultMaxBytes

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and say how many) instead of refusing it.")
    var lossy = false

    @Flag(help: "Skip JSON Lines records that are not an object with a `text` string, and say how many.")
    var skipBad = false

    @Option(help: "A folder of resources to use instead of the built-in ones.")
    var resources: String?

    var inputOptions: InputOptions { InputOptions(maxBytes: maxBytes, lossy: lossy) }

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    func loadResources() throws -> ResourceBundle {
        try ResourceBundle.load(from: resources.map { URL(fileURLWithPath: $0) })
    }
}

/// Reads documents from paths (or `-` for standard input) in the formats the contract
/// names, one at a time, so JSON Lines of any length stream through.
struct DocumentReader {
    let options: InputOptionGroup
    /// A publication date for documents that bring none.
    let published: PublicationTime?
    /// Bad records skipped so far (with `--skip-bad`).
    private(set) var skipped = 0

    init(options: InputOptionGroup, published: PublicationTime?) {
        self.options = options
        self.published = published
    }

    /// Calls `body` with batches of up to `batchSize` documents, in input order, and whether
    /// any input so far was JSON Lines.
    mutating func read(_ paths: [String], batchSize: Int, _ body: ([Document], Bool) throws -> Void) throws {
        var sawJSONLines = false
        var batch: [Document] = []
        for path in paths.isEmpty ? ["-"] : paths {
            let source = try ByteSource(path: path)
            var format = options.inputFormat
            if format == .auto { format = InputFormat.detect(name: path, head: try source.peek(512)) }
            if format == .jsonl { sawJSONLines = true }
            switch format {
            case .html:
                var document = try HTMLReader().document(try source.readAll(limit: options.maxBytes), name: source.name)
                if document.published == nil { document.published = published }
                batch.append(document)
            case .text, .auto:
                let bytes = try source.readAll(limit: options.maxBytes)
                let (text, replaced) = try TextInput.decode(bytes, name: source.name, options: options.inputOptions)
                if replaced > 0 { reportReplaced(replaced, in: source.name) }
                batch.append(Document(text: text, published: published, source: source.name))
            case .jsonl:
                var number = 0
                while let line = try source.nextLine(limit: options.maxBytes) {
                    number += 1
                    do {
                        switch line {
                        case .tooLong(let length):
                            throw MarsadError(.inputTooLarge, "record is \(length) bytes, over the limit of \(options.maxBytes) (see --max-bytes)", input: source.name, line: number)
                        case .bytes(let bytes):
                            guard let (parsed, replaced) = try JSONLinesRecord.document(bytes, line: number, name: source.name, options: options.inputOptions) else { continue }
                            var document = parsed
                            if replaced > 0 { reportReplaced(replaced, in: "\(source.name):\(number)") }
                            if document.published == nil { document.published = published }
                            batch.append(document)
                        }
                    } catch let error as MarsadError where options.skipBad {
                        skipped += 1
                        StandardError.write("marsad: skipped \(error.rendered)")
                    }
                    if batch.count >= batchSize { try body(batch, sawJSONLines); batch.removeAll(keepingCapacity: true) }
                }
            }
            if batch.count >= batchSize { try body(batch, sawJSONLines); batch.removeAll(keepingCapacity: true) }
        }
        if !batch.isEmpty { try body(batch, sawJSONLines) }
    }

    private func reportReplaced(_ count: Int, in place: String) {
        StandardError.write("marsad: \(place): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD")
    }
}
