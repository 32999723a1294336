import Testing
import MarsadIngest

@Suite("InputFormat.detect")
struct InputFormatTests {
    @Test("the extension decides, whatever the content", arguments: [
        ("news.jsonl", InputFormat.jsonl), ("NEWS.JSONL", .jsonl), ("a/b.ndjson", .jsonl),
        ("page.html", .html), ("PAGE.HTM", .html), ("article.txt", .text), ("Article.TXT", .text),
    ])
    func byExtension(_ name: String, _ format: InputFormat) {
        #expect(InputFormat.detect(name: name, head: Array(#"{"text": "x"}"#.utf8)) == format)
        #expect(InputFormat.detect(name: name, head: Array("نص عادي".utf8)) == format)
        #expect(InputFormat.detect(name: name, head: []) == format)
    }

    @Test("without a known extension, a leading `{` means JSON Lines", arguments: [
        (#"{"text": "نص"}"#, InputFormat.jsonl),
        ("  \n\r\t{\"text\": 1}", .jsonl),
        ("نص عربي {بين قوسين}", .text),
        ("[{\"text\": \"x\"}]", .text),
        ("", .text),
        ("   \n", .text),
    ])
    func byContent(_ head: String, _ format: InputFormat) {
        #expect(InputFormat.detect(name: "-", head: Array(head.utf8)) == format)
        #expect(InputFormat.detect(name: "/tmp/corpus.data", head: Array(head.utf8)) == format)
    }

    @Test("a byte-order mark is not visible: JSON Lines after it are still JSON Lines")
    func byteOrderMark() {
        // TextInput drops a leading BOM, so the records after it read fine once detected;
        // `marsad analyze` on standard input relies on this detection.
        let head: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id": "b", "text": "نص"}"#.utf8)
        #expect(InputFormat.detect(name: "-", head: head) == .jsonl)
    }

    @Test("an extension only counts at the end of the name")
    func extensionAtEnd() {
        #expect(InputFormat.detect(name: "x.jsonl.bak", head: Array("نص".utf8)) == .text)
        #expect(InputFormat.detect(name: "x.txt.gz", head: Array("{".utf8)) == .jsonl)
    }

    @Test("the names accepted on the command line")
    func rawValues() {
        #expect(InputFormat.allCases.map(\.rawValue) == ["auto", "text", "html", "jsonl"])
        #expect(InputFormat(rawValue: "jsonl") == .jsonl)
        #expect(InputFormat(rawValue: "xml") == nil)
    }
}
