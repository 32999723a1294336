import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The event lexicon's builder and reader, and the gold readers.
@Suite struct EventLexiconTests {
    func lexicon() throws -> EventLexicon {
        var builder = EventLexiconBuilder()
        try builder.addTriggers(tsv: "# comment\nهاجم|هجوم\tASSAULT\t\tv\t\nفرض عقوبات\tSANCTION\tdiscontinue\tn\teconomic\n", origin: "t")
        try builder.addCues(tsv: "لم|لن\tnegation\nلا يزال\taffirmation\n", origin: "c")
        try builder.addSectors(tsv: "COP\tالشرطة|رجال الشرطة\tpolice\n", origin: "s")
        return try EventLexicon(tsv: builder.resource(sources: [], built: "2026-01-01").body)
    }

    @Test func readsTriggersCuesAndRoleNouns() throws {
        let lexicon = try lexicon()
        #expect(lexicon.triggers.count == 3 && lexicon.triggerTable.count == 3)
        #expect(lexicon.cueTable.count == 3 && lexicon.sectorTable.count == 2 && lexicon.sectors == ["COP"])
        #expect(lexicon.triggers[2] == EventTrigger(type: .sanction, mode: "discontinue", kind: .noun, context: .economic))
    }

    @Test func badRowsAreRefusedWithTheirLine() {
        var builder = EventLexiconBuilder()
        #expect(throws: MarsadError(.badRecord, "ASSAULT has no mode ‘teleport’", input: "t", line: 2)) {
            try builder.addTriggers(tsv: "هاجم\tASSAULT\t\tv\t\nقصف\tASSAULT\tteleport\tv\t\n", origin: "t")
        }
        #expect(throws: MarsadError.self) { try builder.addCues(tsv: "لم\tmaybe\n", origin: "c") }
        #expect(throws: MarsadError.self) { try builder.addTriggers(tsv: "هاجم\tRETREAT\t\tv\t\n", origin: "t2") }
    }

    @Test func csvFieldsMayHoldCommasQuotesAndNewlines() throws {
        let csv = ",accept,event_type,id,label,reject,text,total\n1,0,ASSAULT,D1-3,easy no,3,\"قال، \"\"نعم\"\"\nثم\",3\n"
        let sentences = try GoldEventSentence.read(csv: csv, origin: "x.csv")
        #expect(sentences.count == 1 && sentences[0].text == "قال، \"نعم\"\nثم" && sentences[0].label == .easyNo)
    }

    @Test func spanRecordsKeepTheMajorityCodes() throws {
        let json = """
        [{"text": "t", "event_type": "ASSAULT", "spans": [
          {"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {}},
          {"source_role": {"main": "None", "role": "MIL"}, "target_role": {}},
          {"source_role": {"main": "None", "role": "MIL"}, "target_role": {}}]}]
        """
        let records = try GoldSpanRecord.read(json: Data(json.utf8), origin: "x.json")
        #expect(records[0].source == .init(country: nil, sector: "MIL") && records[0].target == nil)
    }
}
