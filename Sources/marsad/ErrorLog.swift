import Foundation
import MarsadCore

/// The inputs that could not be read, as JSON Lines `{input, line?, code, reason}`.
final class ErrorLog {
    private let handle: FileHandle

    /// Creates (or empties) the file at `path`.
    init(path: String) throws(MarsadError) {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw MarsadError(.unreadable, "cannot write the error log", input: path)
        }
        self.handle = handle
    }

    func write(_ error: MarsadError) {
        var w = JSONWriter()
        w.beginObject()
        w.field("input", error.input)
        if let line = error.line { w.field("line", line) }
        w.field("code", error.code.rawValue)
        w.field("reason", error.message)
        w.endObject()
        handle.write(Data(w.bytes + [0x0A]))
    }

    deinit { try? handle.close() }
}
