import Foundation

/// A one-line progress report on standard error, redrawn in place; only on a terminal.
final class ProgressBar {
    private var lastDrawn = Date.distantPast

    /// A progress bar if standard error is a terminal, else nil.
    static func onTerminal() -> ProgressBar? { isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil }

    /// Redraws the line, at most ten times a second.
    func show(_ summary: Ingestion.Summary, since start: Date) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Int(Double(summary.read) / seconds)
        write("\r\u{1B}[K\(summary.read) read · \(summary.added) added · \(summary.duplicates) duplicates · \(summary.nearDuplicates) near · \(summary.failed) failed · \(rate) docs/s")
    }

    /// Erases the line.
    func clear() { write("\r\u{1B}[K") }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
