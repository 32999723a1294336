import Foundation
import MarsadCore
import MarsadStore
import Testing

/// `marsad events` and `marsad entities` over a store holding fixture facts (the pipeline
/// does not yet find entities or events of its own).
@Suite struct FactsCommandTests {
    let text = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي في ألاسكا."

    /// A store with one analysed document whose facts are written by hand.
    func store(_ folder: TemporaryFolder) throws -> String {
        let path = folder.url.appendingPathComponent("facts.sqlite").path
        let resources = try ResourceBundle.load()
        let document = Document(text: text)
        let scalars = Array(text.unicodeScalars)
        func span(_ surface: String) -> AnalysisFacts.Span {
            let parts = Array(surface.unicodeScalars)
            let start = (0...(scalars.count - parts.count)).first { Array(scalars[$0..<($0 + parts.count)]) == parts }!
            return AnalysisFacts.Span(start: start, end: start + parts.count, text: surface)
        }
        var analysis = AnalysisRecord(Pipeline.standard(resources: resources).run(document), encoder: AnalysisEncoder(resources: resources.versions))
        analysis.facts = AnalysisFacts(
            mentions: [AnalysisFacts.Mention(id: "m1", span: span("فلاديمير بوتين"), type: "PER", entity: "Q7747")],
            entities: [AnalysisFacts.Entity(id: "Q7747", nameEN: "Vladimir Putin", nameAR: "فلاديمير بوتين", type: "PER", country: "RUS", wikidata: "Q7747", cameo: "RUSGOV")],
            events: [AnalysisFacts.Event(id: "e1", type: "CONSULT", mode: "visit", cameo: "04", sources: ["Q7747"], targets: [],
                                         location: "Q797", polarity: "asserted", modality: "happened",
                                         trigger: span("التقى"), sentence: span(text), confidence: 0.75)])
        _ = try SQLiteStore(path: path).add([NewDocument(document: document, fingerprint: nil, analysis: analysis)], nearDuplicateDistance: 5)
        return path
    }

    @Test func listsEntities() throws {
        let folder = try TemporaryFolder()
        let run = try marsad(["entities", "--db", try store(folder)])
        #expect(run.status == 0, "\(run)")
        let entities = try run.lines()
        #expect(entities.count == 1)
        #expect(entities[0]["id"] as? String == "Q7747")
        #expect(entities[0]["name_ar"] as? String == "فلاديمير بوتين")
        #expect(entities[0]["cameo"] as? String == "RUSGOV")
        #expect(int(entities[0]["documents"]) == 1)
        #expect(int(entities[0]["mentions"]) == 1)
    }

    @Test func listsEventsWithSpansIntoTheText() throws {
        let folder = try TemporaryFolder()
        let run = try marsad(["events", "--db", try store(folder)])
        #expect(run.status == 0, "\(run)")
        let events = try run.lines()
        #expect(events.count == 1)
        let event = events[0]
        #expect(event["document"] as? String == Document.contentID(of: text))
        #expect(event["type"] as? String == "CONSULT")
        #expect(event["source"] as? [String] == ["Q7747"])
        #expect(event["target"] as? [String] == [])
        #expect(double(event["confidence"]) == 0.75)
        let scalars = Array(text.unicodeScalars)
        for part in ["trigger", "sentence"] {
            let span = try #require(event[part] as? [String: Any])
            #expect(slice(scalars, int(span["start"]) ?? -1, int(span["end"]) ?? -1) == span["text"] as? String)
        }
    }
}
