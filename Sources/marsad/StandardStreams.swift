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

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
