import Testing
@testable import MarsadCore

@Suite struct AnalysisEncoderTests {
    let encoder = AnalysisEncoder(resources: ["stems": "1.abc"])

    @Test func writesTheContractsFieldsWithScalarOffsets() throws {
        let document = Document(text: "😀 قال \"الرئيس\": وبموسكو\\ إلمندورف-ريتشاردسون.\tنعم", id: "d1", title: "عنوان",
                                published: PublicationTime(iso: "2025-08-17"), url: "https://example.org/a")
        let json = try parseAnalysis(encoder.encode(smallPipeline.run(document)))
        #expect(json["id"] as? String == "d1")
        #expect(json["title"] as? String == "عنوان")
        #expect(json["published"] as? String == "2025-08-17")
        #expect(json["url"] as? String == "https://example.org/a")
        #expect(json["language"] as? String == "ar")
        #expect(json["text"] as? String == document.text)
        for key in ["sentences", "tokens", "mentions", "entities", "times", "quotes", "events", "stances"] {
            #expect(json[key] is [Any], "\(key) is not an array")
        }
        #expect(spanProblems(in: json).isEmpty, "\(spanProblems(in: json))")
        let tokens = try #require(json["tokens"] as? [[String: Any]])
        let compound = try #require(tokens.first { ($0["text"] as? String) == "إلمندورف-ريتشاردسون" })
        #expect((compound["parts"] as? [[String: Int]])?.count == 2)
        #expect(tokens.first { ($0["text"] as? String) == "وبموسكو" }?["segments"] as? [String] == ["و+", "ب+", "موسكو"])
        let pipeline = try #require(json["pipeline"] as? [String: Any])
        #expect(pipeline["version"] as? String == Pipeline.version)
        #expect((pipeline["resources"] as? [String: String])?["stems"] == "1.abc")
    }

    @Test func spansStayExactOnRandomUnicode() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["ب", "ا", "\u{064E}", "\u{200F}", "😀", "👩‍👩‍👧", "\u{301}", "\"", "\\", "\n", "\u{1}", " ", "-", "٢", ".", "«", "»", "ﻻ", "é"]
        for _ in 0..<200 {
            let text = (0..<40).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let annotated = smallPipeline.run(Document(text: text))
            #expect(Invariants.violations(in: annotated).isEmpty)
            let json = try parseAnalysis(encoder.encode(annotated))
            #expect(json["text"] as? String == text)
            #expect(spanProblems(in: json).isEmpty, "\(spanProblems(in: json)) in \(text.debugDescription)")
        }
    }

    @Test func theInvariantCheckerCatchesBrokenAnalyses() {
        var annotated = smallPipeline.run(Document(text: "قال الرئيس. ثم غادر."))
        #expect(Invariants.violations(in: annotated).isEmpty)
        annotated.text.tokens[1].start = 1  // inside the first scalar and overlapping
        #expect(Invariants.violations(in: annotated).count >= 2)
        annotated = smallPipeline.run(Document(text: "قال الرئيس. ثم غادر."))
        annotated.text.sentences.removeLast()
        #expect(!Invariants.violations(in: annotated).isEmpty)
    }
}
