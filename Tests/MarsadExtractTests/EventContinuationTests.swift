import MarsadCore
import MarsadExtract
import Testing

/// Acts whose actor or modality another part of the sentence gives: a statement joined to one before
/// it, an accusation's charge, talks held by a traveller, a plan's aim, aid sent; in sentences written for these tests.
@Suite struct EventContinuationTests {
    @Test func aStatementJoinedByAndKeepsTheSpeakerBeforeIt() throws {
        let demand = try event("وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش استهداف المدنيين، وطالب بوقف فوري لإطلاق النار.", "REQUEST")
        #expect(demand.source == ["antonio-guterres"])
    }

    @Test func whatAnAccusationChargesNamesNoOneAccused() throws {
        let charge = try event("ويتهم الأكراد أنقرة بدعم تنظيم داعش.", "ACCUSE")
        #expect(charge.codes(charge.target) == ["TUR"])
        let participle = try event("وقال الجيش إنه قصف مواقع، متهما الحركة باستخدام المدنيين دروعا بشرية.", "ACCUSE")
        #expect(participle.target.isEmpty)
        // A name that begins with ب is no charge.
        let pakistan = try event("اتهمت باكستان الهند بانتهاك وقف إطلاق النار.", "ACCUSE")
        #expect(pakistan.codes(pakistan.source) == ["PAK"] && pakistan.codes(pakistan.target) == ["IND"])
    }

    @Test func talksHeldByATravellerAreHis() throws {
        let talks = try event("ومن المقرر أن يصل المبعوث الأمريكي ستيف ويتكوف إلى القاهرة الأسبوع المقبل لإجراء محادثات مع مسؤولين مصريين.", "CONSULT")
        #expect(talks.source == ["steve-witkoff"] && talks.modality == "planned")
    }

    @Test func aPlansAimIsNotYetHad() throws {
        let ceasefire = try event("وقدمت مصر خطة لوقف إطلاق النار في غزة.", "RETREAT")
        #expect(ceasefire.modality == "hypothetical")
        // An agreement obstructed is not had.
        #expect(try event("واتهم مكتب نتنياهو حماس بعرقلة التوصل إلى اتفاق.", "AGREE").modality == "hypothetical")
        // Control: a ceasefire declared.
        #expect(try event("وأعلن الجيش وقف إطلاق النار في غزة.", "RETREAT").modality == "happened")
    }

    @Test func aidSentIsAid() throws {
        let aid = try event("وأرسلت الإمارات شحنة جديدة من المساعدات الطبية إلى غزة.", "AID")
        #expect(aid.codes(aid.source) == ["ARE"])
        // Control: a letter sent.
        #expect(!events("وأرسل الوزير رسالة إلى نظيره.").contains { $0.type == "AID" })
    }
}
