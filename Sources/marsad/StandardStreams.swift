import Foundation

/// Messages for people, on standard error.
enum StandardError {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Buffered writing to standard output.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private let flushAt = 1 << 20

    func write(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= flushAt { flush() }
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes what is buffered. Output that cannot be written (a full disk, a closed pipe) ends the run with
    /// status 1 and a message saying why, not a crash; what was written before stays.
    func flush() {
        guard !buffer.isEmpty else { return }
        do {
            try FileHandle.standardOutput.write(contentsOf: buffer)
        } catch {
            StandardError.write("marsad: cannot write to standard output: \(error.localizedDescription)")
            exit(1)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
