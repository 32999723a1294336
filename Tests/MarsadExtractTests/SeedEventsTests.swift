import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The seed article's events (../shared/seed/EXPECTED.md) through the standard pipeline,
/// shipped classifier included, and the exact spans of every event in the analysis JSON.
@Suite struct SeedEventsTests {
    /// The seed article in ../shared/seed beside the package root; a missing file fails the test.
    func seedArticle() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.deletingLastPathComponent().appendingPathComponent("shared/seed/alaska-summit.ar.txt"), encoding: .utf8)
    }

    func analysis() throws -> (text: String, json: [UInt8]) {
        let text = try seedArticle()
        let annotated = try Pipeline.standard(resources: shippedResources).run(Document(text: text, published: PublicationTime(iso: "2025-08-17")))
        return (text, AnalysisEncoder(resources: shippedResources.versions).encode(annotated))
    }

    @Test func theSeedsEventsHaveTheirTypesActorsPolarityAndModality() throws {
        let found = decodeEvents(try analysis().json)
        func has(_ type: String, source: [String], target: [String]? = nil, polarity: String = "asserted",
                 modality: String = "happened", where extra: (FoundEvent) -> Bool = { _ in true }) -> Bool {
            found.contains { e in
                e.type == type && source.allSatisfy(e.source.contains) && (target.map { $0.allSatisfy(e.target.contains) } ?? true)
                    && e.polarity == polarity && e.modality == modality && extra(e)
            }
        }
        // 1. The summit: Trump and Putin at Joint Base Elmendorf–Richardson.
        #expect(has("CONSULT", source: ["donald-trump"], target: ["vladimir-putin"]) { $0.location == "joint-base-elmendorf-richardson" })
        // 2. Trump asks to examine freezing the conflict.
        #expect(has("REQUEST", source: ["donald-trump"]))
        // 3. No binding agreement.
        #expect(has("AGREE", source: [], polarity: "negated"))
        // 4. Putin insists any solution reflect the reality on the ground.
        #expect(has("REQUEST", source: ["vladimir-putin"]))
        // 5. The Democrats criticise.
        #expect(has("ACCUSE", source: ["us-democratic-party"]) { $0.mode == "disapprove" })
        // 7. Helsinki 2018.
        #expect(has("CONSULT", source: ["vladimir-putin"], target: ["donald-trump"], modality: "historical") { $0.location == "helsinki" && $0.time == "2018" })
        // 9. France and Germany: any political path must include Europe.
        #expect(has("REQUEST", source: ["country-fra", "country-deu"]))
        // 6. The war since 2022, recalled as background.
        #expect(has("ASSAULT", source: ["country-rus"], target: ["country-ukr"], modality: "historical") { $0.time == "2022" })
        // 8. The Biden administration's sanctions and military support to Kyiv, in a term that
        // had ended by publication. (The sentence does not name Russia as the sanctions' target.)
        #expect(found.contains { $0.type == "SANCTION" && $0.codes($0.source) == ["USAGOV"] && $0.modality == "historical" })
        #expect(found.contains { $0.type == "AID" && $0.codes($0.source) == ["USAGOV"] && $0.target == ["country-ukr"] && $0.modality == "historical" })
    }

    @Test func everyTriggerAndSentenceSpanIsTheTextItNames() throws {
        let (text, bytes) = try analysis()
        let json = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let records = try #require(json["events"] as? [[String: Any]])
        let entities = Set((try #require(json["entities"] as? [[String: Any]])).compactMap { $0["id"] as? String })
        let scalars = Array(text.unicodeScalars)
        #expect(!records.isEmpty)
        for record in records {
            for key in ["trigger", "sentence"] {
                let span = try #require(record[key] as? [String: Any])
                let start = try #require(span["start"] as? Int), end = try #require(span["end"] as? Int)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == span["text"] as? String, "\(key) of \(record["id"] ?? "?")")
            }
            let actors = (record["source"] as? [String] ?? []) + (record["target"] as? [String] ?? [])
            #expect(actors.allSatisfy(entities.contains))
            if let location = record["location"] as? String { #expect(entities.contains(location)) }
            #expect(["asserted", "negated"].contains(record["polarity"] as? String ?? ""))
            #expect(EventModality(rawValue: record["modality"] as? String ?? "") != nil)
            #expect((record["confidence"] as? Double).map { (0...1).contains($0) } == true)
            #expect(record["cameo"] is String && record["id"] is String)
        }
    }
}
