import Foundation
import MarsadTestSupport
import Testing

/// `marsad analyze` over JSON Lines and several files: order, ids and output shapes.
@Suite("marsad analyze: batches")
struct AnalyzeBatchTests {
    /// A distinct Arabic sentence for record `i`.
    static func sentence(_ i: Int) -> String {
        let places = ["المدينة", "القرية", "الميناء", "الجامعة", "السوق"]
        return "الخبر رقم \(i): افتتح المجلس \(places[i % places.count]) الجديدة بعد \(i % 7 + 1) أيام من العمل."
    }

    @Test("JSON Lines on standard input with --threads 2 keeps input order and ids")
    func orderAndIDs() throws {
        // 150 records: more than one batch (32 a thread), ids alternately numbers and strings.
        let count = 150
        var input = ""
        for i in 0..<count {
            let id = i % 2 == 0 ? "\(i * 10)" : "\"doc-\(i)\""
            input += "{\"id\": \(id), \"text\": \"\(Self.sentence(i))\"}\n"
            if i == 70 { input += "\n   \n" }  // blank lines are skipped, not records
        }
        let run = try marsad(["analyze", "--threads", "2"], stdin: Data(input.utf8))
        #expect(run.status == 0, "\(run)")
        let lines = try run.lines()
        try #require(lines.count == count)
        for (i, analysis) in lines.enumerated() {
            #expect(analysis["id"] as? String == (i % 2 == 0 ? "\(i * 10)" : "doc-\(i)"), "line \(i)")
            #expect(analysis["text"] as? String == Self.sentence(i), "line \(i)")
        }
        for analysis in lines.prefix(5) { try checkSpans(analysis) }
    }

    @Test("records keep their own date; --published fills in for the others")
    func publishedPerRecord() throws {
        let input = """
            {"id": "a", "text": "اجتمع الوزراء أمس.", "published": "2023-05-01"}
            {"id": "b", "text": "اجتمع الوزراء اليوم."}

            """
        let run = try marsad(["analyze", "--published", "2025-08-17"], stdin: Data(input.utf8))
        #expect(run.status == 0, "\(run)")
        let lines = try run.lines()
        try #require(lines.count == 2)
        #expect(lines[0]["published"] as? String == "2023-05-01")
        #expect(lines[1]["published"] as? String == "2025-08-17")
    }

    @Test("two text files give JSON Lines, one line each, in order")
    func twoFiles() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("first.txt", "النص الأول عن الزراعة.")
        let second = try folder.write("second.txt", "النص الثاني عن الصناعة.")
        let run = try marsad(["analyze", first, second])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutText.split(separator: "\n").count == 2)
        let lines = try run.lines()
        try #require(lines.count == 2)
        #expect(lines[0]["text"] as? String == "النص الأول عن الزراعة.")
        #expect(lines[1]["text"] as? String == "النص الثاني عن الصناعة.")
        #expect(lines[0]["id"] as? String != lines[1]["id"] as? String)
    }

    @Test("--format json with two files gives a JSON array")
    func jsonArray() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.txt", "نص أ.")
        let second = try folder.write("b.txt", "نص ب.")
        let run = try marsad(["analyze", "--format", "json", first, second])
        #expect(run.status == 0, "\(run)")
        let array = try #require(try run.json() as? [[String: Any]], "not an array: \(run.stdoutText.prefix(200))")
        #expect(array.map { $0["text"] as? String } == ["نص أ.", "نص ب."])
        for analysis in array { try checkSpans(analysis) }
    }

    @Test("a bad JSON Lines record stops the run, naming the input and the line")
    func badRecord() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.jsonl", """
            {"id": 1, "text": "السجل الأول سليم."}
            {"id": 2, "text": "سجل ناقص
            {"id": 3, "text": "السجل الثالث سليم."}
            {"id": 4, "body": "لا نص هنا"}

            """)
        let run = try marsad(["analyze", path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("\(path):2"), "\(run)")
    }

    @Test("--skip-bad skips bad records, writes the good ones and says how many it skipped")
    func skipBad() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.jsonl", """
            {"id": 1, "text": "السجل الأول سليم."}
            {"id": 2, "text": "سجل ناقص
            {"id": 3, "text": "السجل الثالث سليم."}
            {"id": 4, "body": "لا نص هنا"}
            {"id": 5, "text": "السجل الخامس سليم.", "published": "2025-02-30"}
            {"id": 6, "text": "السجل السادس سليم."}

            """)
        let run = try marsad(["analyze", "--skip-bad", path])
        #expect(run.status == 0, "\(run)")
        let lines = try run.lines()
        #expect(lines.map { $0["id"] as? String } == ["1", "3", "6"])
        #expect(run.stderr.contains("\(path):2"), "\(run)")
        #expect(run.stderr.contains("\(path):4"), "\(run)")
        #expect(run.stderr.contains("\(path):5"), "\(run)")
        #expect(run.stderr.contains("skipped 3"), "\(run)")
    }

    @Test("a JSON Lines record over --max-bytes is refused with its line")
    func recordTooLarge() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.jsonl", """
            {"text": "قصير"}
            {"text": "هذا السجل أطول بكثير من الحد المسموح به في هذا الاختبار"}

            """)
        let run = try marsad(["analyze", "--max-bytes", "40", path])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("\(path):2"), "\(run)")
    }
}
