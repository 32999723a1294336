import Foundation
import MarsadCore
import Testing

@Suite struct AnalysisEncoderMentionsTests {
    @Test func mentionsAndEntitiesAreWrittenWithScalarOffsets() throws {
        let doc = TinyKB.analyze("🙂 قال الرئيسُ الأمريكيُّ دونالد ترامب لبوتين إن موسكو تعرف.", published: "2025-08-17")
        let json = AnalysisEncoder(resources: [:]).encode(doc)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let ids = Set(entities.compactMap { $0["id"] as? String })
        #expect(mentions.count == doc.mentions.count)
        for mention in mentions {
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention["text"] as? String)
            if let entity = mention["entity"] as? String { #expect(ids.contains(entity)) }
        }
        let trump = try #require(entities.first { $0["id"] as? String == "donald-trump" })
        #expect(trump["country"] as? String == "USA")
        #expect(trump["wikidata"] as? String == "Q22686")
        let roles = try #require(trump["roles"] as? [[String: Any]])
        #expect(roles.contains { $0["start"] as? String == "2025-01-20" && $0["end"] == nil })
    }
}
