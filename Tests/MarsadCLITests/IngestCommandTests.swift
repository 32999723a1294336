import Foundation
import MarsadTestSupport
import Testing

/// `marsad ingest`, `search` and `export` end to end, on fixtures written here.
@Suite struct IngestCommandTests {
    /// A folder of inputs: a JSON array in SaudiNewsNet's shape, a wire story and its edited
    /// copy, an unrelated story, the wire story again (other alef forms), and a broken file.
    func inputs(_ folder: TemporaryFolder) throws -> [String] {
        let array = try JSONSerialization.data(withJSONObject: [
            ["title": "قمة ألاسكا", "content": Articles.wire, "date_extracted": "2015-07-21 02:51:32", "url": "http://example.org/1"],
            ["title": "الطاقة الشمسية", "content": Articles.unrelated, "date_extracted": "2015-07-22 10:00:00"],
        ])
        return [
            try folder.write("articles.json", Array(array)),
            try folder.write("edited.txt", Articles.wireEdited),
            try folder.write("again.txt", Articles.wire.replacingOccurrences(of: "أ", with: "ا")),
            try folder.write("broken.json", #"[{"content": "مبتور"#),
        ]
    }

    @Test func ingestsOnceLinksNearDuplicatesAndCountsFailures() throws {
        let folder = try TemporaryFolder()
        let paths = try inputs(folder)
        let db = folder.url.appendingPathComponent("store.sqlite").path
        let errors = folder.url.appendingPathComponent("errors.jsonl").path
        let arguments = ["ingest"] + paths + ["--db", db, "--field", "text=content", "--field", "published=date_extracted", "--errors", errors]
        let first = try marsad(arguments)
        // Some input was bad: status 1, the summary printed all the same, the count on standard error.
        #expect(first.status == 1, "\(first)")
        #expect(first.stderr.contains("1 input(s) could not be read"), "\(first)")
        #expect(first.stderr.contains(errors), "\(first)")
        let summary = try first.object()
        #expect(int(summary["read"]) == 4)
        #expect(int(summary["added"]) == 2)
        #expect(int(summary["near_duplicates"]) == 1)
        #expect(int(summary["duplicates"]) == 1)
        #expect(int(summary["failed"]) == 1)
        #expect(double(summary["seconds"]) != nil)
        let logged = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 1)
        let failure = try #require(JSONSerialization.jsonObject(with: Data(logged[0].utf8)) as? [String: Any])
        #expect(failure["input"] as? String == paths[3])
        #expect(failure["code"] as? String == "bad-record")

        let again = try marsad(arguments)
        #expect(again.status == 1)
        #expect(int(try again.object()["added"]) == 0)
        #expect(int(try again.object()["duplicates"]) == 4)  // the near-duplicate is stored too
        #expect(int(try again.object()["near_duplicates"]) == 0)
    }

    @Test func searchesWithSpansIntoTheText() throws {
        let folder = try TemporaryFolder()
        let paths = try inputs(folder)
        let db = folder.url.appendingPathComponent("store.sqlite").path
        let ingested = try marsad(["ingest"] + paths + ["--db", db, "--field", "text=content", "--field", "published=date_extracted"])
        #expect(ingested.status == 1 && ingested.stderr.contains("marsad: skipped \(paths[3])"), "\(ingested)")
        let run = try marsad(["search", "وبوتين", "--db", db])
        #expect(run.status == 0, "\(run)")
        let hits = try run.lines()
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(hit["title"] as? String == "قمة ألاسكا")
        #expect(hit["published"] as? String == "2015-07-21 02:51:32")
        let scalars = Array(Articles.wire.unicodeScalars)
        let snippet = try #require(hit["snippet"] as? [String: Any])
        #expect(slice(scalars, int(snippet["start"]) ?? -1, int(snippet["end"]) ?? -1) == snippet["text"] as? String)
        let highlights = try #require(hit["highlights"] as? [[String: Any]])
        #expect(highlights.map { $0["text"] as? String } == ["بوتين"])
        for highlight in highlights {
            #expect(slice(scalars, int(highlight["start"]) ?? -1, int(highlight["end"]) ?? -1) == highlight["text"] as? String)
        }
        #expect(try marsad(["search", "بوتين", "--db", db, "--limit", "0"]).status == 2)
    }

    @Test func exportsWhatAnalyzeWrites() throws {
        let folder = try TemporaryFolder()
        let paths = [try folder.write("1.txt", Articles.wire), try folder.write("2.txt", Articles.unrelated)]
        let db = folder.url.appendingPathComponent("store.sqlite").path
        #expect(try marsad(["ingest"] + paths + ["--db", db]).status == 0)
        let exported = try marsad(["export", "--format", "jsonl", "--db", db])
        let analysed = try marsad(["analyze", "--format", "jsonl"] + paths)
        #expect(exported.status == 0)
        #expect(exported.stdoutText == analysed.stdoutText)
        for analysis in try exported.lines() { _ = try checkSpans(analysis) }
    }

    @Test func replacesAnalysesMadeWithOtherResources() throws {
        let folder = try TemporaryFolder()
        let paths = [try folder.write("1.txt", Articles.wire), try folder.write("2.txt", Articles.unrelated)]
        let db = folder.url.appendingPathComponent("store.sqlite").path
        // A stem lexicon of its own, built from the two articles: another resource version.
        let corpus = try folder.write("corpus.jsonl", [Articles.wire, Articles.unrelated]
            .map { String(decoding: try JSONSerialization.data(withJSONObject: ["text": $0]), as: UTF8.self) }.joined(separator: "\n"))
        let stopwords = try folder.write("stopwords.json", #"{"ar": ["في", "من"]}"#)
        let resources = folder.url.appendingPathComponent("resources")
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        // The other resources as shipped; only the stem lexicon differs.
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MarsadCore/Resources")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name != "stems.tsv" {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: resources.appendingPathComponent(name))
        }
        let built = try marsad(["build", "stems", "--corpus", corpus, "--stopwords", stopwords, "--min-count", "1",
                                "--out", resources.appendingPathComponent("stems.tsv").path])
        #expect(built.status == 0, "\(built)")
        #expect(int(try marsad(["ingest"] + paths + ["--db", db, "--resources", resources.path]).object()["added"]) == 2)
        let rerun = try marsad(["ingest"] + paths + ["--db", db]).object()
        #expect(int(rerun["reanalysed"]) == 2)
        #expect(int(rerun["duplicates"]) == 2)
        #expect(int(rerun["added"]) == 0)
        // The export now holds the shipped resources' analyses only.
        let exported = try marsad(["export", "--db", db])
        #expect(exported.stdoutText == (try marsad(["analyze", "--format", "jsonl"] + paths)).stdoutText)
        #expect(int(try marsad(["ingest"] + paths + ["--db", db]).object()["reanalysed"]) == 0)
    }

    @Test func defaultsToMarsadSqliteInTheWorkingFolder() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("1.txt", Articles.unrelated)
        #expect(try marsad(["ingest", path], in: folder.url).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("marsad.sqlite").path))
    }

    @Test func refusesAStoreItCannotOpen() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("not-a-store.sqlite", String(repeating: "x", count: 4096))
        let run = try marsad(["search", "بوتين", "--db", path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("marsad: \(path): cannot open the store"))
        let missing = folder.url.appendingPathComponent("missing.sqlite").path
        let none = try marsad(["export", "--db", missing])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no store here"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
