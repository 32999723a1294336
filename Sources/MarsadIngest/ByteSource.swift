import Foundation
import MarsadCore

/// Reads bytes from a file or standard input, a chunk at a time.
public final class ByteSource {
    /// The name used in messages: the path, or `<stdin>`.
    public let name: String
    /// The file read, or nil for bytes given whole.
    private let handle: FileHandle?
    private let ownsHandle: Bool
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var finished = false
    private static let chunkSize = 1 << 20

    /// Opens `path`, or standard input for `-`.
    public init(path: String) throws(MarsadError) {
        if path == "-" {
            name = "<stdin>"
            handle = FileHandle.standardInput
            ownsHandle = false
            return
        }
        name = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MarsadError(.unreadable, "no such file", input: path)
        }
        guard !isDirectory.boolValue else {
            throw MarsadError(.unreadable, "is a directory; give files (or use `marsad ingest` for folders)", input: path)
        }
        guard let opened = FileHandle(forReadingAtPath: path) else {
            throw MarsadError(.unreadable, "cannot be opened for reading", input: path)
        }
        handle = opened
        ownsHandle = true
    }

    /// Reads `bytes`, already in memory (an entry of an archive), named `name`.
    public init(bytes: [UInt8], name: String) {
        self.name = name
        handle = nil
        ownsHandle = false
        pending = bytes
        finished = true
    }

    deinit { if ownsHandle { try? handle?.close() } }

    /// Makes sure at least `count` unread bytes are buffered, unless the input ends first.
    private func fill(_ count: Int) throws(MarsadError) {
        while pending.count - pendingStart < count && !finished, let handle {
            let data: Data?
            do { data = try handle.read(upToCount: Self.chunkSize) } catch {
                throw MarsadError(.unreadable, "read failed: \(error.localizedDescription)", input: name)
            }
            guard let data, !data.isEmpty else { finished = true; break }
            if pendingStart > 0 { pending.removeFirst(pendingStart); pendingStart = 0 }
            pending.append(contentsOf: data)
        }
    }

    /// The first bytes of the input, without consuming them.
    public func peek(_ count: Int) throws(MarsadError) -> [UInt8] {
        try fill(count)
        return Array(pending[pendingStart..<min(pending.count, pendingStart + count)])
    }

    /// All the rest of the input; refuses more than `limit` bytes without reading them all.
    public func readAll(limit: Int) throws(MarsadError) -> [UInt8] {
        try fill(limit == .max ? limit : limit + 1)
        let available = pending.count - pendingStart
        guard available <= limit else {
            throw MarsadError(.inputTooLarge, "input is over the limit of \(limit) bytes (see --max-bytes)", input: name)
        }
        defer { pending = []; pendingStart = 0 }
        return Array(pending[pendingStart...])
    }

    /// The next line without its line break, or nil at the end. A line longer than `limit`
    /// is skipped and returned as `.tooLong` so the caller can report it and go on.
    public func nextLine(limit: Int) throws(MarsadError) -> Line? {
        var searchFrom = pendingStart
        while true {
            if let newline = pending[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > pendingStart && pending[end - 1] == 0x0D { end -= 1 }
                let line: Line = end - pendingStart > limit ? .tooLong(end - pendingStart) : .bytes(Array(pending[pendingStart..<end]))
                pendingStart = newline + 1
                return line
            }
            if finished {
                guard pendingStart < pending.count else { return nil }
                var end = pending.count
                if pending[end - 1] == 0x0D { end -= 1 }
                let length = end - pendingStart
                let line: Line = length > limit ? .tooLong(length) : .bytes(Array(pending[pendingStart..<end]))
                pendingStart = pending.count
                return line
            }
            let unread = pending.count - pendingStart
            try fill(unread + Self.chunkSize)
            searchFrom = pendingStart + unread
        }
    }

    /// One line of input.
    public enum Line {
        case bytes([UInt8])
        case tooLong(Int)
    }
}
