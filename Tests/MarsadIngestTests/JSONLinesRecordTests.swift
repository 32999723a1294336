import MarsadTestSupport
import Testing
import MarsadCore
import MarsadIngest

private func record(_ line: String, number: Int = 1, name: String = "feed.jsonl",
                    options: InputOptions = InputOptions()) throws(MarsadError) -> Document? {
    try JSONLinesRecord.document(Array(line.utf8), line: number, name: name, options: options)?.document
}

@Suite("JSONLinesRecord.document")
struct JSONLinesRecordTests {
    @Test("a full record becomes a document with all its fields")
    func fullRecord() throws {
        let line = #"{"id": "a-1", "text": "وصل الوفد إلى المدينة صباح اليوم.", "title": "وصول الوفد", "published": "2025-08-17", "url": "https://example.org/a-1"}"#
        let document = try #require(try record(line))
        #expect(document.id == "a-1")
        #expect(document.text == "وصل الوفد إلى المدينة صباح اليوم.")
        #expect(document.title == "وصول الوفد")
        #expect(document.published?.iso == "2025-08-17")
        #expect(document.url == "https://example.org/a-1")
        #expect(document.source == "feed.jsonl")
    }

    @Test("JSON escapes in the text are decoded")
    func escapes() throws {
        let line = #"{"text": "قال \"نعم\" ثم C:\\path\n\u0633"}"#
        let document = try #require(try record(line))
        #expect(document.text == "قال \"نعم\" ثم C:\\path\nس")
    }

    @Test("a blank line is no record", arguments: ["", " ", "\t  ", "\r", "  \r"])
    func blankLine(_ line: String) throws {
        #expect(try record(line) == nil)
    }

    @Test("a record without an id gets its content id")
    func contentID() throws {
        let document = try #require(try record(#"{"text": "نص بلا معرف"}"#))
        #expect(document.id == Document.contentID(of: "نص بلا معرف"))
        #expect(document.id.count == 32)
        let withNull = try #require(try record(#"{"text": "نص بلا معرف", "id": null}"#))
        #expect(withNull.id == document.id)
    }

    @Test("a numeric id becomes a string", arguments: [
        (#"{"id": 42, "text": "نص"}"#, "42"),
        (#"{"id": 0, "text": "نص"}"#, "0"),
        (#"{"id": -7, "text": "نص"}"#, "-7"),
        (#"{"id": 9007199254740993, "text": "نص"}"#, "9007199254740993"),
    ])
    func numericID(_ line: String, _ id: String) throws {
        let document = try #require(try record(line))
        #expect(document.id == id)
    }

    @Test("bad records are refused with the line number and the input name", arguments: [
        ("not json at all", MarsadError.Code.badRecord),
        (#"{"text": "نص""#, .badRecord),
        (#"["نص"]"#, .badRecord),
        (#""نص""#, .badRecord),
        (#"{"title": "عنوان فقط"}"#, .badRecord),
        (#"{"text": 5}"#, .badRecord),
        (#"{"text": ["نص"]}"#, .badRecord),
        (#"{"text": null}"#, .badRecord),
        (#"{"text": ""}"#, .emptyInput),
        (#"{"text": "  \n\t "}"#, .emptyInput),
        (#"{"text": "a\u0000b"}"#, .binaryInput),
        (#"{"text": "نص", "id": {"n": 1}}"#, .badRecord),
        (#"{"text": "نص", "id": [1]}"#, .badRecord),
        (#"{"text": "نص", "published": 20250817}"#, .badRecord),
        (#"{"text": "نص", "published": "17/08/2025"}"#, .badDate),
        (#"{"text": "نص", "published": "2025-02-30"}"#, .badDate),
        (#"{"text": "نص", "published": "2025-13-01"}"#, .badDate),
        (#"{"text": "نص", "published": "أمس"}"#, .badDate),
    ])
    func badRecord(_ line: String, _ code: MarsadError.Code) throws {
        let error = try #require(caught { try record(line, number: 17, name: "batch-3.jsonl") })
        #expect(error.code == code)
        #expect(error.line == 17)
        #expect(error.input == "batch-3.jsonl")
        #expect(error.rendered.hasPrefix("batch-3.jsonl:17: "))
    }

    @Test("the messages say what is wrong")
    func messages() throws {
        let missing = try #require(caught { try record(#"{"body": "نص"}"#) })
        #expect(missing.message.contains("text"))
        let notString = try #require(caught { try record(#"{"text": 1}"#) })
        #expect(notString.message.contains("string"))
        let date = try #require(caught { try record(#"{"text": "نص", "published": "2025-02-30"}"#) })
        #expect(date.message.contains("2025-02-30"))
    }

    @Test("an empty or null `published` is no date")
    func emptyPublished() throws {
        #expect(try #require(try record(#"{"text": "نص", "published": ""}"#)).published == nil)
        #expect(try #require(try record(#"{"text": "نص", "published": null}"#)).published == nil)
    }

    @Test("a date with a time is kept as given")
    func dateTime() throws {
        let document = try #require(try record(#"{"text": "نص", "published": "2025-08-17T09:30:00Z"}"#))
        #expect(document.published?.iso == "2025-08-17T09:30:00Z")
        #expect(document.published?.date == "2025-08-17")
    }

    @Test("invalid UTF-8 in a record is refused with its line, or repaired when lossy")
    func invalidUTF8() throws {
        let bytes = Array(#"{"text": "نص "#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let error = try #require(caught {
            try JSONLinesRecord.document(bytes, line: 4, name: "in.jsonl", options: InputOptions())
        })
        #expect(error.code == .invalidUTF8)
        #expect(error.line == 4)
        #expect(error.input == "in.jsonl")
        let (document, replaced) = try #require(try JSONLinesRecord.document(bytes, line: 4, name: "in.jsonl",
                                                                            options: InputOptions(lossy: true)))
        #expect(document.text == "نص \u{FFFD}")
        #expect(replaced == 1)
    }

    @Test("a record over the size limit is refused with its line")
    func tooLarge() throws {
        let line = #"{"text": "نص طويل بعض الشيء"}"#
        let error = try #require(caught { try record(line, number: 2, options: InputOptions(maxBytes: 10)) })
        #expect(error.code == .inputTooLarge)
        #expect(error.line == 2)
    }

    @Test("the source can be given apart from the input name")
    func source() throws {
        let document = try #require(try JSONLinesRecord.document(Array(#"{"text": "نص"}"#.utf8), line: 1,
                                                                 name: "<stdin>", options: InputOptions(),
                                                                 source: "feed:example")?.document)
        #expect(document.source == "feed:example")
    }
}
