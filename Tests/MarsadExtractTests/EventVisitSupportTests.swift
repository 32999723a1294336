import MarsadCore
import MarsadExtract
import Testing

/// Who visits and where, who supports whom: the complements of visit and support words, in
/// sentences written for these tests.
@Suite struct EventVisitSupportTests {
    @Test func aStateAfterAVisitIsWhereItGoesNotWhoGoes() throws {
        let visit = try event("قال الوزير النمساوي إنه يعتزم زيارة إيران في سبتمبر المقبل.", "CONSULT")
        #expect(visit.codes(visit.target) == ["IRN"] && visit.source.isEmpty)
        // Control: the visitor after the visit's word stays its source, the state its target.
        let sarkozy = try event("أثارت زيارة الرئيس الفرنسي السابق نيكولا ساركوزي تونس جدلا واسعا.", "CONSULT")
        #expect(sarkozy.codes(sarkozy.source) == ["FRAELI"] && sarkozy.codes(sarkozy.target) == ["TUN"])
    }

    @Test func placesJoinedToTheVisitedOneAreVisitedToo() throws {
        let tour = try event("عمل الرجل في القاهرة لعدة سنوات، وزار اليمن والسودان وليبيا وسيناء.. وتواصل مع إسرائيل.", "CONSULT")
        #expect(tour.source.isEmpty && Set(tour.codes(tour.target)).isSuperset(of: ["YEM", "SDN", "LBY"]))
    }

    @Test func anInstitutionAfterAVisitIsWhereItGoes() throws {
        let university = try event("طالب الطلاب الرئيس بأن يتوقف عن زيارة الجامعة.", "CONSULT")
        #expect(university.codes(university.target) == ["---EDU"] && university.source.isEmpty)
        // Control: students after a visit's word are who visits.
        let students = try event("شهدت المدينة زيارة الطلاب اليابانيين أمس.", "CONSULT")
        #expect(students.codes(students.source) == ["JPNEDU"])
    }

    @Test func whomSupportGoesToFollowsItWithLam() throws {
        let backing = try event("أكدت إيران دعمها للحكومة السورية.", "SUPPORT")
        #expect(backing.codes(backing.target) == ["SYRGOV"] && !backing.codes(backing.source).contains("SYRGOV"))
        // Control: who gives it, named before, stays its source.
        let aid = try event("لم تعلن إيران تعليق دعمها لحزب الله.", "SUPPORT")
        #expect(aid.codes(aid.source) == ["IRN"] && aid.codes(aid.target) == ["LBNREB"])
    }

    @Test func whoGivesSupportFollowsItWithMin() throws {
        let backed = try event("تقدمت القوات الحكومية بدعم من طيران التحالف.", "SUPPORT")
        #expect(backed.codes(backed.source) == ["INTMIL"] && backed.codes(backed.target) == ["---MIL"])
        // Control: من further on, before no actor, leaves the roles as they were.
        let farmers = try event("تعهد الرئيس بدعم المزارعين من خلال برنامج جديد.", "SUPPORT")
        #expect(farmers.codes(farmers.source) == ["---GOV"] && farmers.codes(farmers.target) == ["---AGR"])
    }

    @Test func supportAfterAPrepositionOrAVerbIsANounWhoseGenitiveGetsIt() throws {
        let text = "أكد الرئيس استمرار بلاده في دعم أوكرانيا."
        let support = try event(text, "SUPPORT")
        #expect(support.target == ["country-ukr"] && !support.source.contains("country-ukr"))
        #expect(support.triggerSurface(in: text) == support.trigger)
        let expulsion = try event("وتمكن الجيش من طرد المسلحين من المدينة.", "COERCE")
        #expect(expulsion.codes(expulsion.target) == ["---UAF"])
        // Control: the verb opening its clause has its subject after it.
        let verb = try event("دعم الاتحاد الأوروبي أوكرانيا بمليارات اليوروهات.", "SUPPORT")
        #expect(verb.source == ["european-union"] && verb.target == ["country-ukr"])
    }
}
