import Foundation
import MarsadCore
import MarsadStore
import MarsadTestSupport
import Testing

/// What every `Store` must do, run against each backend.
@Suite struct StoreConformanceTests {
    let putin = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي في ألاسكا يوم الجمعة، وقال بوتين إن اللقاء كان بناءً."
    let moscow = "وصل الوفد وبموسكو بدأت المحادثات حول الحرب في أوكرانيا عام ٢٠٢٤ بحضور وزير الخارجية."
    let riyadh = "أعلنت الرياض عن مشروع جديد للطاقة الشمسية في المنطقة الشرقية."

    @Test(arguments: Backend.allCases)
    func addsOnceThenCountsDuplicates(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        let first = [newDocument(putin, sourceID: "a-1"), newDocument(riyadh)]
        #expect(try store.add(first, nearDuplicateDistance: 3) == [.added, .added])
        // The same text again (other harakat and alef forms, so the same content id) and a repeat within one batch.
        let again = newDocument(putin.replacingOccurrences(of: "الأمريكي", with: "الامريكي"))
        #expect(again.document.id == first[0].document.id)
        #expect(try store.add([again, newDocument(moscow), newDocument(moscow)], nearDuplicateDistance: 3) == [.duplicate, .added, .duplicate])
        #expect(try store.counts() == StoreCounts(documents: 3, nearDuplicates: 0, analyses: 3))
        let existing = try store.existing([first[0].document.id, "no-such-id"])
        #expect(existing.count == 1)
        #expect(existing[first[0].document.id] == .some(first[0].analysis.stamp))
    }

    @Test(arguments: Backend.allCases)
    func keepsDocumentsAsGiven(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let new = newDocument(putin, title: "قمة ألاسكا", sourceID: "wire-7", fingerprint: 0xDEAD_BEEF_0000_FFFF, published: "2025-08-15")
        _ = try fixture.store.add([new], nearDuplicateDistance: 3)
        let stored = try #require(try fixture.store.document(new.document.id))
        #expect(stored.document == new.document)
        #expect(stored.sourceID == "wire-7")
        #expect(stored.fingerprint == 0xDEAD_BEEF_0000_FFFF)
        #expect(stored.original == nil)
        #expect(stored.stamp == new.analysis.stamp)
        #expect(try fixture.store.analysis(of: new.document.id) == new.analysis)
        #expect(try fixture.store.document("missing") == nil)
    }

    @Test(arguments: Backend.allCases)
    func linksNearDuplicatesToTheirOriginal(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        let original = newDocument(putin, fingerprint: 0x0123_4567_89AB_CDEF)
        let near = newDocument(putin + " وأضاف أن القمة المقبلة ستعقد في موسكو.", fingerprint: 0x0123_4567_89AB_CDEF ^ 0b1011)
        let far = newDocument(riyadh, fingerprint: 0x0123_4567_89AB_CDEF ^ 0b1_1111)
        // One bit from the original, but another story: its words tell it apart.
        let unlike = newDocument(moscow, fingerprint: 0x0123_4567_89AB_CDEF ^ 0b1)
        #expect(try store.add([original, near, far, unlike], nearDuplicateDistance: 3)
                == [.added, .nearDuplicate(original: original.document.id), .added, .added])
        #expect(try store.nearDuplicates(of: original.document.id) == [near.document.id])
        #expect(try store.document(near.document.id)?.original == original.document.id)
        #expect(try store.analysis(of: near.document.id) == nil)
        #expect(try store.counts() == StoreCounts(documents: 4, nearDuplicates: 1, analyses: 3))
        // A near-duplicate is neither exported nor found as a story of its own.
        var exported: [[UInt8]] = []
        try store.forEachAnalysis { exported.append($0) }
        #expect(exported == [original.analysis.json, far.analysis.json, unlike.analysis.json])
        #expect(try store.search("القمة المقبلة", limit: 10).isEmpty)
        // Stories after a near-duplicate are found as themselves.
        #expect(try store.search("الرياض", limit: 10).map(\.id) == [far.document.id])
    }

    @Test(arguments: Backend.allCases)
    func storesAndReplacesEveryKindOfFact(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        var new = newDocument(putin)
        new.analysis.facts = Self.facts(for: putin)
        _ = try store.add([new], nearDuplicateDistance: 3)
        #expect(try store.analysis(of: new.document.id)?.facts == new.analysis.facts)
        // A newer pipeline's analysis replaces the old one and all of its facts.
        var newer = new.analysis
        newer.stamp.pipeline = "9.9.9"
        newer.facts = AnalysisFacts(times: [AnalysisFacts.Time(span: Self.span(of: "يوم الجمعة", in: putin), value: "2025-08-15")])
        try store.replaceAnalyses([(new.document.id, newer)])
        #expect(try store.analysis(of: new.document.id) == newer)
        #expect(try store.existing([new.document.id])[new.document.id] == .some(newer.stamp))
        #expect(try store.counts().analyses == 1)
        #expect(caught { try store.replaceAnalyses([("missing", newer)]) }?.code == .store)
    }

    @Test(arguments: Backend.allCases)
    func listsEntitiesAndEventsAcrossDocuments(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        var first = newDocument(putin)
        first.analysis.facts = Self.facts(for: putin)
        var second = newDocument(moscow)
        second.analysis.facts = AnalysisFacts(
            mentions: [AnalysisFacts.Mention(id: "m1", span: Self.span(of: "بموسكو", in: moscow), type: "GPE", entity: "Q649")],
            entities: [AnalysisFacts.Entity(id: "Q649", nameEN: "Moscow", type: "GPE", country: "RUS", wikidata: "Q649"),
                       AnalysisFacts.Entity(id: "Q7747", nameEN: "Vladimir Putin", nameAR: "بوتين", type: "PER", country: "RUS", wikidata: "Q7747", cameo: "RUSGOV")])
        var third = newDocument(riyadh)
        third.analysis.facts = AnalysisFacts()  // a document without entities
        _ = try store.add([first, third, second], nearDuplicateDistance: 3)
        let entities = try store.entities()
        #expect(entities.map(\.entity.id) == ["Q7747", "Q649", "Q797"])
        #expect(entities.map(\.documents) == [2, 1, 1])
        #expect(entities.map(\.mentions) == [1, 1, 1])
        #expect(entities[0].entity.nameAR == "بوتين")  // as the latest analysis gives it
        var events: [(EventOrigin, AnalysisFacts.Event)] = []
        try store.forEachEvent { events.append(($0, $1)) }
        #expect(events.map(\.0) == [EventOrigin(document: first.document.id, title: nil, published: nil, url: first.document.url,
                                                mentions: first.analysis.facts.mentions)])
        #expect(events.map(\.1) == first.analysis.facts.events)
        for (_, event) in events {
            #expect(scalarSlice(putin, event.trigger.start, event.trigger.end) == event.trigger.text)
            #expect(scalarSlice(putin, event.sentence.start, event.sentence.end) == event.sentence.text)
        }
    }

    @Test(arguments: Backend.allCases)
    func exportsAnalysesInTheOrderAdded(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let documents = [newDocument(riyadh), newDocument(putin), newDocument(moscow)]
        _ = try fixture.store.add(Array(documents[0..<2]), nearDuplicateDistance: 3)
        _ = try fixture.store.add([documents[2]], nearDuplicateDistance: 3)
        var exported: [[UInt8]] = []
        try fixture.store.forEachAnalysis { exported.append($0) }
        #expect(exported == documents.map(\.analysis.json))
    }

    @Test(arguments: Backend.allCases)
    func searchesArabicAsItIsWritten(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        let documents = [newDocument(putin, title: "بوتين في ألاسكا"), newDocument(moscow), newDocument(riyadh)]
        _ = try store.add(documents, nearDuplicateDistance: 3)
        let ids = documents.map(\.document.id)
        // Harakat, alef forms, clitics and Arabic-Indic digits on either side.
        #expect(try store.search("بُوتِين", limit: 10).map(\.id) == [ids[0]])
        #expect(try store.search("امريكي", limit: 10).map(\.id) == [ids[0]])
        #expect(try store.search("موسكو", limit: 10).map(\.id) == [ids[1]])
        #expect(try store.search("وموسكو", limit: 10).map(\.id) == [ids[1]])
        #expect(try store.search("2024", limit: 10).map(\.id) == [ids[1]])
        #expect(try store.search("الخارجيّة", limit: 10).map(\.id) == [ids[1]])
        #expect(try store.search("الطاقة موسكو", limit: 10).isEmpty)
        #expect(try store.search("\"بوتين", limit: 10).map(\.id) == [ids[0]])
        #expect(try store.search("،", limit: 10).isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func ranksAndShowsWhereTheMatchesAre(_ backend: Backend) throws {
        let fixture = try backend.makeStore()
        let store = fixture.store
        let once = "قال مسؤول إن بوتين سيزور المنطقة قريباً ضمن جولة تشمل عدة دول في الشرق الأوسط وآسيا."
        let documents = [newDocument(once), newDocument(putin)]
        _ = try store.add(documents, nearDuplicateDistance: 3)
        let hits = try store.search("بوتين", limit: 10)
        #expect(hits.map(\.id) == [documents[1].document.id, documents[0].document.id])
        #expect(hits[0].score >= hits[1].score)
        #expect(try store.search("بوتين", limit: 1).count == 1)
        for (hit, text) in zip(hits, [putin, once]) {
            #expect(scalarSlice(text, hit.snippet.start, hit.snippet.end) == hit.snippet.text)
            #expect(!hit.highlights.isEmpty)
            for highlight in hit.highlights {
                #expect(scalarSlice(text, highlight.start, highlight.end) == highlight.text)
                #expect(highlight.text == "بوتين")
                #expect(highlight.start >= hit.snippet.start && highlight.end <= hit.snippet.end)
            }
        }
        #expect(hits[0].highlights.count == 2)
    }

    /// A span of `surface` in `text`, in Unicode scalars.
    static func span(of surface: String, in text: String) -> AnalysisFacts.Span {
        let range = text.range(of: surface)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return AnalysisFacts.Span(start: start, end: start + surface.unicodeScalars.count, text: surface)
    }

    /// One fact of every kind, on `text` (the Putin fixture).
    static func facts(for text: String) -> AnalysisFacts {
        typealias F = AnalysisFacts
        let putinSpan = span(of: "فلاديمير بوتين", in: text)
        return F(
            mentions: [F.Mention(id: "m1", span: putinSpan, type: "PER", entity: "Q7747", confidence: 0.97),
                       F.Mention(id: "m2", span: span(of: "ألاسكا", in: text), type: "GPE", entity: "Q797")],
            entities: [F.Entity(id: "Q7747", nameEN: "Vladimir Putin", nameAR: "فلاديمير بوتين", type: "PER", country: "RUS", wikidata: "Q7747", cameo: "RUSGOV"),
                       F.Entity(id: "Q797", nameEN: "Alaska", type: "GPE", country: "USA", wikidata: "Q797")],
            times: [F.Time(span: span(of: "يوم الجمعة", in: text), value: "2025-08-15")],
            quotes: [F.Quote(span: span(of: "اللقاء كان بناءً", in: text), speaker: "Q7747")],
            events: [F.Event(id: "e1", type: "CONSULT", mode: "visit", context: "diplomatic", cameo: "04", sources: ["Q7747"], targets: ["local:us-president"],
                             location: "Q797", time: "2025-08-15", polarity: "asserted", modality: "happened",
                             trigger: span(of: "التقى", in: text), sentence: span(of: text, in: text), confidence: 0.8)],
            stances: [F.Stance(holder: "Q7747", target: "e1", label: "welcome", span: span(of: "كان بناءً", in: text))],
            tone: F.Tone(positive: 5.5, negative: 0, polarity: 5.5, words: 18))
    }
}
