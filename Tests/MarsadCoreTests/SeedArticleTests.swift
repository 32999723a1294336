import Foundation
import Testing
@testable import MarsadCore

/// The seed article in ../shared/seed, beside the repository; CI lays it there.
func seedArticle() throws -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/seed/alaska-summit.ar.txt")
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct SeedArticleTests {
    @Test func everySentenceAndTokenOfTheSeedHasAnExactSpan() throws {
        let text = try seedArticle()
        let document = Document(text: text, published: PublicationTime(iso: "2025-08-17"))
        let annotated = textPipeline.run(document)
        #expect(Invariants.violations(in: annotated).isEmpty)
        #expect(annotated.text.language.language == "ar")
        #expect(annotated.text.sentences.count > 40)
        let json = try parseAnalysis(AnalysisEncoder(resources: shippedResources.versions).encode(annotated))
        #expect(spanProblems(in: json).isEmpty)
        #expect(json["published"] as? String == "2025-08-17")
        let tokens = try #require(json["tokens"] as? [[String: Any]])
        let base = tokens.filter { ($0["text"] as? String)?.hasPrefix("إلمندورف") == true }
        #expect(base.count == 2 && base.allSatisfy { ($0["parts"] as? [Any])?.count == 2 })
        let segments = Dictionary(tokens.compactMap { token in
            (token["segments"] as? [String]).map { (token["text"] as! String, $0) }
        }, uniquingKeysWith: { first, _ in first })
        #expect(segments["بألاسكا"] == ["ب+", "الاسكا"])
        #expect(segments["ونظيره"] == ["و+", "نظير", "+ه"])
        #expect(segments["بترامب"] == ["ب+", "ترامب"])
        #expect(segments["بوتين"] == nil && segments["لافروف"] == nil)
    }
}
