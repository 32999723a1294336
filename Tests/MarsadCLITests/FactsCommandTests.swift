import Foundation
import MarsadCore
import MarsadExtract
import MarsadStore
import MarsadTestSupport
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
        var analysis = AnalysisRecord(try Pipeline.standard(resources: resources).run(document), encoder: AnalysisEncoder(resources: resources.versions))
        analysis.facts = AnalysisFacts(
            mentions: [AnalysisFacts.Mention(id: "m1", span: span("فلاديمير بوتين"), type: "PER", entity: "Q7747")],
            entities: [AnalysisFacts.Entity(id: "Q7747", nameEN: "Vladimir Putin", nameAR: "فلاديمير بوتين", type: "PER", country: "RUS", wikidata: "Q7747", cameo: "RUSGOV")],
            events: [AnalysisFacts.Event(id: "e1", type: "CONSULT", mode: "visit", context: "diplomatic", cameo: "04", sources: ["Q7747"], targets: [],
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

    @Test func exportsEventsAsCSV() throws {
        let folder = try TemporaryFolder()
        let run = try marsad(["export", "--format", "csv", "--db", try store(folder)])
        #expect(run.status == 0, "\(run)")
        let rows = run.stdoutText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        try #require(rows.count == 2)
        #expect(rows[0].hasPrefix("document,published,url,event,type,mode,cameo,source,target"))
        #expect(rows[1].hasPrefix("\(Document.contentID(of: text)),,,e1,CONSULT,visit,04,Q7747,,Q797,,asserted,happened,0,5,التقى,"))
    }

    @Test func exportsPLOVERRecords() throws {
        let folder = try TemporaryFolder()
        let run = try marsad(["export", "--format", "plover", "--db", try store(folder)])
        #expect(run.status == 0, "\(run)")
        let records = try run.lines()
        try #require(records.count == 1)
        let record = records[0]
        // The manual's required fields and the shapes its JSON table gives them.
        let document = Document.contentID(of: text)
        #expect(record["id"] as? String == document + "-e1")
        #expect(record.keys.contains("date"))
        #expect(record["date"] is NSNull)  // neither the event nor its document is dated
        #expect(record["event"] as? [String] == ["CONSULT"])
        #expect(record["mode"] as? [String] == ["visit"])
        #expect(record["context"] as? [String] == ["diplomatic"])
        #expect(int(record["quad_code"]) == 1)
        #expect(double(record["event_scale"]) != nil)
        let actors = try #require(record["actor"] as? [[String: Any]])
        #expect(actors.count == 1)
        #expect(actors[0]["code"] as? String == "RUS")
        #expect(actors[0]["sector"] as? String == "GOV")
        #expect(actors[0]["entity_text"] as? String == "فلاديمير بوتين")
        #expect(actors[0]["identifier_id"] as? String == "Q7747")
        #expect(actors[0]["identifier_text"] as? String == "Vladimir Putin")
        #expect((record["recipient"] as? [Any])?.isEmpty == true)
        let place = try #require(record["event_loc"] as? [String: Any])
        #expect(place["identifier_id"] as? String == "Q797")
        #expect(place["extracted_place"] == nil)  // no mention of it in the fixture
        #expect(record["event_text"] as? [String] == [text])
        let info = try #require(record["text_info"] as? [String: Any])
        let scalars = Array(text.unicodeScalars)
        #expect(slice(scalars, int(info["start"]) ?? -1, int(info["end"]) ?? -1) == text)
        let trigger = try #require(record["trigger"] as? [String: Any])
        #expect(slice(scalars, int(trigger["start"]) ?? -1, int(trigger["end"]) ?? -1) == trigger["text"] as? String)
        #expect(trigger["text"] as? String == "التقى")
        let cite = try #require(record["cite_info"] as? [String: Any])
        #expect(cite["citation"] as? String == document)
        #expect((record["coder"] as? String)?.hasPrefix("Marsad ") == true)
        #expect(record["polarity"] as? String == "asserted")
        #expect(record["modality"] as? String == "happened")
    }

    @Test func exportsTheGDELTEventTable() throws {
        let folder = try TemporaryFolder()
        let run = try marsad(["export", "--format", "gdelt", "--db", try store(folder)])
        #expect(run.status == 0, "\(run)")
        let rows = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        try #require(rows.count == 1)
        let columns = rows[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(columns.count == 61)
        #expect(columns[0] == "1")
        #expect(columns[5...7] == ["RUSGOV", "Vladimir Putin", "RUS"])
        #expect(columns[15...17] == ["", "", ""])
        #expect(columns[26...29] == ["04", "04", "04", "1"])
        #expect(columns[31...33] == ["1", "1", "1"])
    }

    @Test func exportsAnActorNetworkThatNetworkxReads() throws {
        let folder = try TemporaryFolder()
        let path = try store(folder)
        // A second event with a target, so the network has an edge.
        let store = try SQLiteStore(path: path)
        let other = "استقبل بوتين وزير الخارجية السعودي في موسكو."
        let resources = try ResourceBundle.load()
        var analysis = AnalysisRecord(try Pipeline.standard(resources: resources).run(Document(text: other)), encoder: AnalysisEncoder(resources: resources.versions))
        let trigger = AnalysisFacts.Span(start: 0, end: 5, text: "استقبل")
        analysis.facts = AnalysisFacts(events: [AnalysisFacts.Event(id: "e1", type: "CONSULT", cameo: "04", sources: ["Q7747"], targets: ["SAUGOV"],
                                                                    polarity: "asserted", modality: "happened", trigger: trigger,
                                                                    sentence: AnalysisFacts.Span(start: 0, end: other.unicodeScalars.count, text: other), confidence: 0.9)])
        _ = try store.add([NewDocument(document: Document(text: other), fingerprint: nil, analysis: analysis)], nearDuplicateDistance: 5)
        let run = try marsad(["export", "--format", "graphml", "--db", path])
        #expect(run.status == 0, "\(run)")
        let graphml = folder.url.appendingPathComponent("actors.graphml")
        try run.stdout.write(to: graphml)
        #expect(run.stdoutText.contains("<edge id=\"e0\" source=\"Q7747\" target=\"SAUGOV\"><data key=\"event_type\">CONSULT</data><data key=\"weight\">1</data></edge>"))
        // networkx, where python3 has it, must read the file as the same graph.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import sys
            try:
                import networkx
            except ImportError:
                sys.exit(3)
            g = networkx.read_graphml(sys.argv[1])
            assert g.is_directed()
            assert sorted(g.nodes) == ["Q7747", "SAUGOV"], list(g.nodes)
            assert g.nodes["Q7747"]["label"] == "Vladimir Putin"
            assert g.edges["Q7747", "SAUGOV"]["weight"] == 1
            """, graphml.path]
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus != 3 else { return }  // no networkx here: the string checks above stand
        #expect(check.terminationStatus == 0)
    }
}
