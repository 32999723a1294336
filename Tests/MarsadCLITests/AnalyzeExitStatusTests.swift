import Foundation
import MarsadTestSupport
import Testing

/// The contract's exit statuses: 0 success, 1 bad input (naming the input and the problem),
/// 2 usage error.
@Suite("marsad analyze: exit statuses and messages")
struct AnalyzeExitStatusTests {
    @Test("usage errors exit with 2 and say what is wrong", arguments: [
        (["analyze", "--published", "2025-02-30"], "2025-02-30"),
        (["analyze", "--published", "yesterday"], "yesterday"),
        (["analyze", "--no-such-option"], "--no-such-option"),
        (["analyze", "--threads", "0"], "--threads"),
        (["analyze", "--input-format", "xml"], "xml"),
        (["analyze", "--format", "csv"], "csv"),
        (["analyze", "--max-bytes", "0"], "--max-bytes"),
        (["no-such-command"], "no-such-command"),
    ])
    func usageError(_ arguments: [String], _ named: String) throws {
        let run = try marsad(arguments, stdin: Data("نص للتجربة.".utf8))
        #expect(run.status == 2, "\(run)")
        #expect(!run.signalled)
        #expect(run.stderr.contains(named), "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
    }

    @Test("output that cannot be written exits with 1 and says why, without a crash",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDisk() throws {
        let run = try marsad(["analyze", "--published", "2025-08-17"], stdin: Data("التقى الرئيسان في القاهرة.".utf8),
                             stdout: URL(fileURLWithPath: "/dev/full"))
        #expect(run.status == 1 && !run.signalled, "\(run)")
        #expect(run.stderr.contains("cannot write to standard output"), "\(run)")
    }

    @Test("invalid UTF-8 exits with 1, naming the file and the byte offset")
    func invalidUTF8() throws {
        let folder = try TemporaryFolder()
        // "مرحبا " is 11 bytes; then a stray continuation byte at offset 11.
        let path = try folder.write("bad.txt", Array("مرحبا ".utf8) + [0x80] + Array(" بالجميع".utf8))
        let run = try marsad(["analyze", path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(path), "\(run)")
        #expect(run.stderr.contains("byte offset 11"), "\(run)")
        #expect(run.stdout.isEmpty)
    }

    @Test("--lossy replaces invalid UTF-8, exits with 0 and says how many it replaced")
    func lossy() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.txt", Array("مرحبا ".utf8) + [0x80] + Array(" بالجميع ".utf8) + [0xE0, 0x80] + Array(" اليوم".utf8))
        let run = try marsad(["analyze", "--lossy", path])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains(path), "\(run)")
        #expect(run.stderr.contains("replaced 3"), "\(run)")
        let analysis = try run.object()
        #expect(analysis["text"] as? String == "مرحبا \u{FFFD} بالجميع \u{FFFD}\u{FFFD} اليوم")
        try checkSpans(analysis)
    }

    enum BadFile: String, CaseIterable, Sendable {
        case empty, blank, nul, directory, missing
    }

    @Test("unreadable or non-text input exits with 1 and names the path", arguments: BadFile.allCases)
    func badFile(_ kind: BadFile) throws {
        let folder = try TemporaryFolder()
        let path: String
        switch kind {
        case .empty: path = try folder.write("empty.txt", [UInt8]())
        case .blank: path = try folder.write("blank.txt", " \n\t\r\n")
        case .nul: path = try folder.write("nul.txt", Array("نص".utf8) + [0x00] + Array("ثنائي".utf8))
        case .directory:
            path = folder.url.appendingPathComponent("مجلد").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        case .missing: path = folder.url.appendingPathComponent("missing.txt").path
        }
        let run = try marsad(["analyze", path])
        #expect(run.status == 1, "\(run)")
        #expect(!run.signalled)
        #expect(run.stderr.contains(path), "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        if kind == .nul { #expect(run.stderr.contains("byte offset 4"), "\(run)") }
    }

    @Test("a file over --max-bytes exits with 1, naming the file")
    func maxBytes() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("long.txt", "هذا نص أطول من عشرة بايتات بكثير.")
        let run = try marsad(["analyze", "--max-bytes", "10", path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(path), "\(run)")
        #expect(run.stderr.contains("--max-bytes"), "\(run)")
        // At a limit the file fits in, the same file is fine.
        let fits = try marsad(["analyze", "--max-bytes", "1000", path])
        #expect(fits.status == 0, "\(fits)")
    }

    @Test("--input-format html reads the page's article text; a page without one exits with 1")
    func html() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("page.txt", "<html><head><title>عنوان</title></head><body><nav>قائمة</nav><p>نص</p></body></html>")
        let run = try marsad(["analyze", "--input-format", "html", path])
        #expect(run.status == 0, "\(run)")
        let analysis = try run.object()
        #expect(analysis["text"] as? String == "نص")
        #expect(analysis["title"] as? String == "عنوان")
        // A .html file is taken as HTML without the option.
        let empty = try folder.write("page.html", "<html><body><nav>قائمة</nav></body></html>")
        let byName = try marsad(["analyze", empty])
        #expect(byName.status == 1, "\(byName)")
        #expect(byName.stderr.contains(empty), "\(byName)")
        #expect(byName.stderr.contains("no article text"), "\(byName)")
    }

    @Test("an error in the second of two files names that file")
    func secondFileBad() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", "نص سليم.")
        let bad = try folder.write("bad.txt", [0xFF, 0xFE, 0x41])
        let run = try marsad(["analyze", good, bad])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(bad), "\(run)")
        #expect(!run.stderr.contains(good), "\(run)")
    }
}
