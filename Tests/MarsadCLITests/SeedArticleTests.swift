import Foundation
import Testing

/// The seed article, ../shared/seed/alaska-summit.ar.txt beside the package.
@Suite("marsad analyze: the seed article")
struct SeedArticleTests {
    static let seed = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/alaska-summit.ar.txt")

    @Test("the Alaska summit article: Arabic, many sentences, exact spans, compounds, date echoed")
    func alaskaSummit() throws {
        try #require(FileManager.default.fileExists(atPath: Self.seed.path), "missing seed article at \(Self.seed.path)")
        let original = try String(contentsOf: Self.seed, encoding: .utf8)
        let run = try marsad(["analyze", "--published", "2025-08-17", Self.seed.path])
        #expect(run.status == 0, "\(run)")
        let analysis = try run.object()
        #expect(analysis["text"] as? String == original)
        #expect(analysis["language"] as? String == "ar")
        #expect(analysis["published"] as? String == "2025-08-17")
        let sentences = try #require(analysis["sentences"] as? [[String: Any]])
        #expect(sentences.count > 40)
        #expect(try checkSpans(analysis) > 1000)
        let scalars = Array(original.unicodeScalars)
        let elmendorf = tokens(analysis).filter { $0["text"] as? String == "إلمندورف-ريتشاردسون" }
        #expect(!elmendorf.isEmpty, "إلمندورف-ريتشاردسون is not one token")
        for token in elmendorf {
            let parts = try #require(token["parts"] as? [[String: Any]])
            #expect(parts.count == 2)
            #expect(parts.compactMap { slice(scalars, int($0["start"]) ?? -1, int($0["end"]) ?? -1) } == ["إلمندورف", "ريتشاردسون"])
        }
        // No token is a piece of the compound.
        #expect(!tokens(analysis).contains { $0["text"] as? String == "إلمندورف" })
    }
}
