import Foundation
import MarsadCore

/// Something read from the inputs: a document, or why a file or record could not be read.
public enum SourceItem: Sendable {
    case document(Document)
    case failure(MarsadError)
}

/// Reads documents from files and folders (recursively, in name order, hidden files left
/// out): plain text, JSON Lines and JSON arrays of article objects (with a `FieldMapping`),
/// HTML article pages, RSS and Atom feeds, and zip archives of any of these (each entry
/// read as a file of its own, named `archive.zip/entry`; archives inside archives are not).
/// A file or record that cannot be read becomes a failure and reading goes on; JSON Lines
/// stream, so inputs of any length take little memory.
public struct SourceReader {
    private let mapping: FieldMapping
    private let options: InputOptions
    /// Paths and archive entries still to read, the next one last.
    private var pending: [Pending]
    /// Documents read from the current file and not yet returned, the next one last.
    private var ready: [SourceItem] = []
    /// The JSON Lines file being read, with the number of the last line read.
    private var lines: (source: ByteSource, number: Int)?

    public init(paths: [String], mapping: FieldMapping = FieldMapping(), options: InputOptions = InputOptions()) {
        self.mapping = mapping
        self.options = options
        pending = paths.reversed().map(Pending.path)
    }

    /// Something still to read.
    private enum Pending {
        case path(String)
        case entry(ZipArchive, ZipArchive.Entry)
    }

    /// The next document or failure, or nil when every input has been read.
    public mutating func next() -> SourceItem? {
        while true {
            if let item = ready.popLast() { return item }
            if let (source, number) = lines {
                if let item = nextRecord(source, number + 1) { return item }
                lines = nil
                continue
            }
            switch pending.popLast() {
            case nil: return nil
            case .path(let path): open(path)
            case .entry(let archive, let entry):
                do throws(MarsadError) {
                    let bytes = try archive.contents(of: entry, limit: options.maxBytes)
                    try read(ByteSource(bytes: bytes, name: archive.name + "/" + entry.name), inArchive: true)
                } catch {
                    ready = [.failure(error)]
                }
            }
        }
    }

    /// Starts reading `path`: queues a folder's entries, or reads a file's documents.
    private mutating func open(_ path: String) {
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            do {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
                pending.append(contentsOf: names.reversed().map { .path((path as NSString).appendingPathComponent($0)) })
            } catch {
                ready = [.failure(MarsadError(.unreadable, "cannot list the folder: \(error.localizedDescription)", input: path))]
            }
            return
        }
        do throws(MarsadError) {
            try read(try ByteSource(path: path), inArchive: false)
        } catch {
            ready = [.failure(error)]
        }
    }

    /// Reads the documents of `source` by its format; an archive's entries are queued,
    /// unless it is itself inside an archive.
    private mutating func read(_ source: ByteSource, inArchive: Bool) throws(MarsadError) {
        switch SourceFormat.detect(name: source.name, head: try source.peek(1024)) {
        case .text:
            let (text, _) = try TextInput.decode(try source.readAll(limit: options.maxBytes), name: source.name, options: options)
            ready = [.document(Document(text: text, source: source.name))]
        case .jsonLines:
            lines = (source, 0)
        case .jsonArray:
            ready = try jsonArray(source).reversed()
        case .feed:
            ready = try FeedReader(maxBytes: options.maxBytes).items(try source.readAll(limit: options.maxBytes), name: source.name).reversed()
        case .html:
            ready = [.document(try HTMLReader().document(try source.readAll(limit: options.maxBytes), name: source.name))]
        case .zip:
            guard !inArchive else {
                throw MarsadError(.unsupportedFormat, "an archive inside an archive is not read; unpack it first", input: source.name)
            }
            let archive = try ZipArchive(try source.readAll(limit: options.maxBytes), name: source.name)
            let files = archive.entries.filter { entry in
                !entry.isFolder && !entry.name.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
            }
            pending.append(contentsOf: files.reversed().map { .entry(archive, $0) })
        }
    }

    /// The next record of a JSON Lines file (line `number` on), or nil at its end.
    private mutating func nextRecord(_ source: ByteSource, _ number: Int) -> SourceItem? {
        var number = number
        while true {
            defer { number += 1 }
            let line: ByteSource.Line?
            do { line = try source.nextLine(limit: options.maxBytes) } catch { return .failure(error) }
            lines = (source, number)
            switch line {
            case nil:
                return nil
            case .tooLong(let length):
                return .failure(MarsadError(.inputTooLarge, "record is \(length) bytes, over the limit of \(options.maxBytes) (see --max-bytes)", input: source.name, line: number))
            case .bytes(let bytes):
                guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
                do throws(MarsadError) {
                    let (json, _) = try TextInput.decode(bytes, name: source.name, line: number, options: options)
                    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else {
                        throw MarsadError(.badRecord, "not valid JSON", input: source.name, line: number)
                    }
                    guard let record = object as? [String: Any] else {
                        throw MarsadError(.badRecord, "a record must be a JSON object", input: source.name, line: number)
                    }
                    return .document(try ArticleRecord.document(record, mapping: mapping, name: source.name, line: number, source: source.name))
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    /// The documents of a file holding one JSON array of article objects; an element that
    /// is not a readable article is a failure named `path[index]`.
    private func jsonArray(_ source: ByteSource) throws(MarsadError) -> [SourceItem] {
        let (json, _) = try TextInput.decode(try source.readAll(limit: options.maxBytes), name: source.name, options: options)
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else {
            throw MarsadError(.badRecord, "not valid JSON (a truncated file?)", input: source.name)
        }
        guard let array = parsed as? [Any] else {
            throw MarsadError(.badRecord, "expected a JSON array of article objects", input: source.name)
        }
        return array.enumerated().map { index, element in
            let place = "\(source.name)[\(index)]"
            guard let record = element as? [String: Any] else {
                return .failure(MarsadError(.badRecord, "an article must be a JSON object", input: place))
            }
            do throws(MarsadError) {
                return .document(try ArticleRecord.document(record, mapping: mapping, name: place, line: nil, source: source.name))
            } catch {
                return .failure(error)
            }
        }
    }
}
