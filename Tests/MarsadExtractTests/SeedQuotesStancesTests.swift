import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The quotes and stances ../shared/seed/EXPECTED.md lists for the seed article.
@Suite struct SeedQuotesStancesTests {
    /// The seed article, read from ../shared/seed beside the package; a missing file fails.
    static func seed() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/seed/alaska-summit.ar.txt")
        let text = try? String(contentsOf: url, encoding: .utf8)
        return try #require(text, "the seed article is missing at \(url.path)")
    }

    @Test func quotesAndStances() throws {
        let json = try analysis(try Self.seed())
        let quotes = json["quotes"] as! [[String: Any]]
        let peace = try #require(quotes.first { $0["text"] as? String == "الهدف دائمًا هو السلام" })
        #expect(peace["speaker"] as? String == "white-house")

        let stances = (json["stances"] as! [[String: Any]]).map {
            FoundStance(holder: $0["holder"] as! String, label: $0["label"] as! String, target: $0["target"] as? String, text: $0["text"] as! String)
        }
        // European officials: concern about the meeting, a generic European government actor.
        let gamble = try #require(stances.first { $0.text.contains("مقامرة دبلوماسية") })
        #expect(["concern", "criticism"].contains(gamble.label) && gamble.target == "اللقاء")
        #expect(entity(gamble.holder, in: json)?["cameo"] as? String == "EURGOV")
        // Chinese state media: watchful interest.
        let symbolic = try #require(stances.first { $0.text.contains("خطوة رمزية أكثر منها عملية") })
        #expect(symbolic.label == "neutral_interest")
        #expect((entity(symbolic.holder, in: json)?["cameo"] as? String)?.hasPrefix("CHN") == true)
        // US Democrats: criticism of Trump, who gave Putin the "gift".
        let gift = try #require(stances.first { $0.text.contains("هدية مجانية لبوتين") })
        #expect(gift.holder == "us-democratic-party" && gift.label == "criticism")
        #expect(gift.target == "donald-trump")
        // The White House: support for its summit.
        let channels = try #require(stances.first { $0.text.contains("فتح قنوات للسلام") })
        #expect(channels.holder == "white-house" && channels.label == "support")
        // Beijing follows the summit with interest; Europe's capitals are concerned.
        #expect(stances.contains { $0.holder == "country-chn" && $0.label == "neutral_interest" && $0.target == "القمة" })
        #expect(stances.contains { $0.holder == "europe" && $0.label == "concern" && $0.target == "القمة" })
    }
}
