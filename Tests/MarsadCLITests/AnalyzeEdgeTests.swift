import Foundation
import MarsadTestSupport
import Testing

/// Edges of the input options that the contract promises to handle without surprise.
@Suite("marsad analyze: option edges")
struct AnalyzeEdgeTests {
    @Test("the largest --max-bytes is accepted and does not crash")
    func largestMaxBytes() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.txt", "نص قصير.")
        let run = try marsad(["analyze", "--max-bytes", String(Int.max), path])
        #expect(!run.signalled, "\(run)")
        #expect(run.status == 0, "\(run)")
    }

    @Test("--lossy on JSON Lines also says how many sequences it replaced")
    func lossyJSONLines() throws {
        let folder = try TemporaryFolder()
        let bytes = Array(#"{"id": 1, "text": "نص "#.utf8) + [0xFF] + Array(#" هنا"}"#.utf8) + [0x0A]
            + Array(#"{"id": 2, "text": "سليم"}"#.utf8) + [0x0A]
        let path = try folder.write("records.jsonl", bytes)
        let run = try marsad(["analyze", "--lossy", path])
        #expect(run.status == 0, "\(run)")
        let lines = try run.lines()
        #expect(lines.map { $0["text"] as? String } == ["نص \u{FFFD} هنا", "سليم"])
        // The option's help: "Replace invalid UTF-8 with U+FFFD (and say how many)".
        #expect(run.stderr.contains("replaced 1"), "\(run)")
    }
}
