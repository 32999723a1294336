import MarsadCore
import MarsadExtract
import Testing

/// Actors, sectors, compound actors, places and times of events, in sentences written
/// for these tests.
@Suite struct EventArgumentTests {
    func event(_ text: String, _ type: String) throws -> FoundEvent {
        try #require(events(text).first { $0.type == type }, "no \(type) in \(text)")
    }

    @Test func roleNounsBecomeGenericActorsWithTheirCountry() throws {
        let arrest = try event("اعتقلت الشرطة العراقية خمسة متظاهرين في البصرة.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["IRQCOP"] && arrest.source == ["local-irq-cop"])
        let gunmen = try event("اغتال مسلحون مجهولون قاضيا في بغداد.", "ASSAULT")
        #expect(gunmen.codes(gunmen.source) == ["---UAF"] && gunmen.source == ["local-uaf"])
        let army = try event("قصف الجيش السوري مواقع للمعارضة في إدلب.", "ASSAULT")
        #expect(army.codes(army.source).first?.hasSuffix("MIL") == true)
    }

    @Test func aTitleBeforeANameIsNotAGenericActor() throws {
        let meeting = try event("التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين.", "CONSULT")
        #expect(meeting.source == ["donald-trump"] && meeting.target == ["vladimir-putin"])
    }

    @Test func compoundActorsAreLists() throws {
        let call = try event("دعت الصين إلى الحوار بين الهند وباكستان.", "REQUEST")
        #expect(call.target == ["country-ind", "country-pak"])
        let joint = try event("انتقدت فرنسا وألمانيا إيران بشدة.", "ACCUSE")
        #expect(joint.source == ["country-fra", "country-deu"] && joint.target == ["country-irn"])
    }

    @Test func aSpeakerIsNotTheActor() throws {
        let attack = try event("قالت الشرطة إن مسلحين هاجموا قافلة في الأنبار.", "ASSAULT")
        #expect(attack.codes(attack.source) == ["---UAF"])
    }

    @Test func thePlaceIsAPlaceMentionOfTheSentence() throws {
        let meeting = try event("التقت مصر والأردن في عمان أمس لبحث أزمة المياه.", "CONSULT")
        #expect(meeting.location == "geonames-250441")
        #expect(!meeting.source.contains("geonames-250441") && !meeting.target.contains("geonames-250441"))
    }

    @Test func theTimeIsTheNearestTimeExpression() throws {
        let meeting = try event("التقت مصر والأردن في عمان أمس لبحث أزمة المياه.", "CONSULT")
        #expect(meeting.time == "2025-08-16")
        let summit = try event("عقدت فرنسا وألمانيا قمة في باريس يوم الاثنين.", "CONSULT")
        #expect(summit.time == "2025-08-11")
    }

    @Test func aVictimAfterAnAttackVerbIsItsTarget() throws {
        let killing = try event("قتل مدنيون في قصف على حلب.", "ASSAULT")
        #expect(killing.source.isEmpty && killing.codes(killing.target) == ["---CVL"])
    }
}
