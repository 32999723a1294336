import Testing
@testable import MarsadCore

@Suite struct DocumentTests {
    @Test func removedMentionsTakeTheirLoneEntitiesAndTheRestAreRenumbered() {
        var doc = AnnotatedDocument(document: Document(text: "أ ب ج د"))
        let entity = { (id: String) in DocumentEntity(entity: KBEntity(id: id, type: .person, nameEn: id, nameAr: id), roles: []) }
        doc.entities = [entity("a"), entity("b"), entity("c")]
        doc.mentions = [Mention(range: 0..<2, type: .person, entity: 0, confidence: 1), Mention(range: 3..<5, type: .person, entity: 1, confidence: 1),
                        Mention(range: 6..<8, type: .person, entity: 2, confidence: 1), Mention(range: 9..<11, type: .person, entity: 2, confidence: 1)]
        doc.removeMentions([1, 2])
        #expect(doc.entities.map(\.entity.id) == ["a", "c"])
        #expect(doc.mentions.map(\.range) == [0..<2, 9..<11])
        #expect(doc.mentions.map(\.entity) == [0, 1])
    }

    @Test func contentIdentityIgnoresHarakatAlefFormsAndDigits() {
        let a = Document(text: "قَالَ أحمد إن ٢٠٢٥ عام مهم")
        let b = Document(text: "قال احمد ان 2025 عام مهم")
        let c = Document(text: "قال احمد ان 2024 عام مهم")
        #expect(a.id == b.id && a.id != c.id)
        #expect(a.id.count == 32 && a.id.allSatisfy(\.isHexDigit))
        #expect(Document(text: "نص", id: "mine").id == "mine")
        // White space at the ends is no part of the article (a feed's trailing newline); inside it is.
        #expect(Document(text: "\n  قال احمد ان 2025 عام مهم \r\n").id == b.id)
        #expect(Document(text: "قال احمد  ان 2025 عام مهم").id != b.id)
        #expect(Document(text: " \n").id == Document(text: "").id)
    }

    @Test func publicationTimesAreValidatedDates() {
        #expect(PublicationTime(iso: "2025-08-17")?.date == "2025-08-17")
        #expect(PublicationTime(iso: "2025-08-17T09:30:00Z")?.iso == "2025-08-17T09:30:00Z")
        #expect(PublicationTime(iso: " 2024-02-29 ")?.day == 29)
        for bad in ["2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "17/08/2025", "2025-08-17T25:00", "", "2025-8-17"] {
            #expect(PublicationTime(iso: bad) == nil, "accepted \(bad)")
        }
    }

    @Test func errorsRenderWithInputAndLine() {
        #expect(MarsadError(.badRecord, "not valid JSON", input: "a.jsonl", line: 3).rendered == "a.jsonl:3: not valid JSON")
        #expect(MarsadError(.emptyInput, "empty input", input: "<stdin>").rendered == "<stdin>: empty input")
        #expect(MarsadError(.badRecord, "bad", line: 2).rendered == "line 2: bad")
    }
}
