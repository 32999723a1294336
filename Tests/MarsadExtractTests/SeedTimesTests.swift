import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The seed article's time expressions (../shared/seed/EXPECTED.md) and exact spans.
@Suite struct SeedTimesTests {
    /// The seed article in ../shared/seed beside the package root; a missing file fails the test.
    func seedArticle() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.deletingLastPathComponent().appendingPathComponent("shared/seed/alaska-summit.ar.txt"), encoding: .utf8)
    }

    @Test func theSeedsTimeExpressionsHaveTheExpectedValues() throws {
        let found = times(try seedArticle(), published: "2025-08-17")
        func has(_ text: String, _ value: String, _ modifier: String? = nil) -> Bool {
            found.contains { $0.text == text && $0.value == value && $0.modifier == modifier }
        }
        #expect(has("عام 2022", "2022"))
        #expect(has("عام 2018", "2018"))
        #expect(has("صيف 2025", "2025-SU"))
        #expect(has("أكثر من ثلاث سنوات", "P3Y", "more_than"))
        #expect(has("7 سنوات", "P7Y"))
        #expect(found.contains { $0.text == "الأسابيع المقبلة" && $0.value == "FUTURE_REF" && $0.resolution == "relative_to_publication" })
        // ألاسكا 2025 and هلسنكي 2018: a year after a place name.
        #expect(found.filter { $0.text == "2025" && $0.value == "2025" }.count == 2)
        #expect(has("2018", "2018"))
    }

    @Test func everyTimeAndTheToneAreInTheAnalysisJSONWithExactSpans() throws {
        let text = try seedArticle()
        let annotated = try Pipeline.standard(resources: shippedResources).run(Document(text: text, published: PublicationTime(iso: "2025-08-17")))
        #expect(annotated.stages.contains("time") && annotated.stages.contains("tone"))
        let bytes = AnalysisEncoder(resources: shippedResources.versions).encode(annotated)
        let json = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let scalars = Array(text.unicodeScalars)
        let records = try #require(json["times"] as? [[String: Any]])
        #expect(records.count == annotated.times.count && !records.isEmpty)
        for record in records {
            let start = try #require(record["start"] as? Int), end = try #require(record["end"] as? Int)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(String(slice) == record["text"] as? String)
            #expect(record["value"] is String && record["resolution"] is String)
        }
        let tone = try #require(json["tone"] as? [String: Any])
        #expect(tone["words"] as? Int == annotated.tone?.words)
        for key in ["positive", "negative", "polarity"] { #expect(tone[key] is Double) }
        let resources = try #require((json["pipeline"] as? [String: Any])?["resources"] as? [String: String])
        #expect(resources["dates"] != nil && resources["tone"] != nil)
    }
}
