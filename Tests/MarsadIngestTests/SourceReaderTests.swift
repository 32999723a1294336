import Foundation
import MarsadCore
import MarsadIngest
import MarsadTestSupport
import Testing

/// Reading files and folders for ingest: formats, field mapping, failures that never stop a batch.
@Suite struct SourceReaderTests {
    @Test func readsJSONArraysThroughAFieldMapping() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("2015-07-21.json", """
            [{"title": "قمة", "content": "نص المقال الأول", "date_extracted": "2015-07-21 02:51:32", "url": "http://a/1", "source": "aawsat"},
             {"title": "ثان", "content": "نص المقال الثاني", "date_extracted": "2015-07-22"}]
            """)
        let mapping = try FieldMapping(parsing: ["text=content", "published=date_extracted"])
        let (documents, failures) = readAll([path], mapping: mapping)
        #expect(failures.isEmpty)
        #expect(documents.map(\.text) == ["نص المقال الأول", "نص المقال الثاني"])
        #expect(documents.map(\.published?.date) == ["2015-07-21", "2015-07-22"])
        #expect(documents.map(\.source) == ["aawsat", path])
        #expect(documents[0].url == "http://a/1")
        #expect(documents[0].title == "قمة")
    }

    @Test func namesTheBadElementsOfAnArrayAndReadsTheRest() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.json", #"[{"text": "جيد"}, 7, {"body": "لا نص"}, {"text": "جيد أيضاً", "published": "أمس"}, {"text": "أخير"}]"#)
        let (documents, failures) = readAll([path])
        #expect(documents.map(\.text) == ["جيد", "أخير"])
        #expect(failures.map(\.rendered) == [
            "\(path)[1]: an article must be a JSON object",
            "\(path)[2]: the record has no `text`",
            "\(path)[3]: `published` is not an ISO 8601 date: \"أمس\"",
        ])
    }

    @Test func walksFoldersRecursivelyInNameOrder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        _ = try folder.write("b/c/z.txt", "ثالث")
        _ = try folder.write("a.jsonl", "{\"text\": \"أول\", \"id\": \"x1\"}\n\n{\"text\": \"ثان\"}\n")
        _ = try folder.write("b/2.txt", "رابع")
        _ = try folder.write(".hidden.txt", "مخفي")
        let (documents, failures) = readAll([folder.url.path])
        #expect(failures.isEmpty)
        #expect(documents.map(\.text) == ["أول", "ثان", "رابع", "ثالث"])
        #expect(documents[0].id == "x1")
    }

    @Test func countsBrokenFilesAndGoesOn() throws {
        let folder = try TemporaryFolder()
        let truncated = try folder.write("1-truncated.json", #"[{"text": "مقال"}, {"text": "مق"#)
        let windows1256 = try folder.write("2-cp1256.txt", [0xC7, 0xE1, 0xD1, 0xED, 0xC7, 0xD6])  // الرياض in windows-1256
        let badLine = try folder.write("3-lines.jsonl", "{\"text\": \"سليم\"}\n{\"text\": \"مبتور\n[1, 2]\n")
        let binary = try folder.write("4-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00])  // an ELF header
        let html = try folder.write("5-page.html", "<html><body><nav>قائمة</nav></body></html>")
        let empty = try folder.write("6-empty.txt", "  \n")
        let (documents, failures) = readAll([folder.url.path, folder.url.appendingPathComponent("missing.txt").path])
        #expect(documents.map(\.text) == ["سليم"])
        #expect(failures.map(\.input) == [truncated, windows1256, badLine, badLine, binary, html, empty, folder.url.appendingPathComponent("missing.txt").path])
        #expect(failures.map(\.code) == [.badRecord, .invalidUTF8, .badRecord, .badRecord, .binaryInput, .emptyInput, .emptyInput, .unreadable])
        #expect(failures[2].line == 2 && failures[3].line == 3)
    }

    @Test func readsFeedsAmongOtherFiles() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("news.xml", "<rss version=\"2.0\"><channel><item><description>خبر أول</description></item><item><description>خبر ثان</description></item></channel></rss>")
        _ = try folder.write("note.txt", "ملاحظة")
        let (documents, failures) = readAll([folder.url.path])
        #expect(failures.isEmpty)
        #expect(documents.map(\.text) == ["خبر أول", "خبر ثان", "ملاحظة"])
    }

    @Test func refusesABadFieldMapping() throws {
        #expect(caught { try FieldMapping(parsing: ["text"]) }?.code == .badRecord)
        #expect(caught { try FieldMapping(parsing: ["body=content"]) }?.message.contains("no field \"body\"") == true)
        #expect(try FieldMapping(parsing: ["text=content"]).name(of: .text) == "content")
        #expect(try FieldMapping(parsing: ["text=content"]).name(of: .title) == "title")
    }

    @Test func tellsFormatsApart() {
        #expect(SourceFormat.detect(name: "a.json", head: Array("[{}]".utf8)) == .jsonArray)
        #expect(SourceFormat.detect(name: "a", head: Array("\u{FEFF} \n[".utf8)) == .jsonArray)
        #expect(SourceFormat.detect(name: "a", head: Array("{\"text\":1}".utf8)) == .jsonLines)
        #expect(SourceFormat.detect(name: "feed.xml", head: Array("<?xml version=\"1.0\"?><rss version=\"2.0\">".utf8)) == .feed)
        #expect(SourceFormat.detect(name: "a.xml", head: Array("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8)) == .feed)
        #expect(SourceFormat.detect(name: "page", head: Array("<!doctype html><html>".utf8)) == .html)
        #expect(SourceFormat.detect(name: "a.txt", head: Array("[not json".utf8)) == .text)
        #expect(SourceFormat.detect(name: "note", head: Array("قال".utf8)) == .text)
    }
}
