import MarsadCore
import MarsadExtract
import Testing

/// A noun of an act as the object of a verb that carries it out, its subject between them (فرضت واشنطن عقوبات،
/// عقد الوزراء اجتماعا): the verb reports the act, which a bare noun does not; in sentences written for these tests.
@Suite struct EventVerbsOfDoingTests {
    @Test(arguments: [
        ("فرضت واشنطن عقوبات جديدة.", "SANCTION", "country-usa", "happened"),
        ("قدمت قطر مساعدات مالية للقرى المدمرة.", "AID", "country-qat", "happened"),
        ("تعهدت قطر بتقديم مساعدات مالية لإعادة إعمار القرى.", "AID", "country-qat", "planned"),
        ("أجرى ماكرون أمس محادثات مطولة.", "CONSULT", "emmanuel-macron", "happened"),
    ])
    func aVerbOfDoingReportsTheNounsAct(text: String, type: String, source: String, modality: String) throws {
        let found = try event(text, type)
        #expect(found.source == [source] && found.modality == modality)
        #expect(found.triggerSurface(in: text) == found.trigger)
    }

    @Test func aNounWithNoVerbOfDoingNamesAnActButReportsNone() {
        // Controls: the noun with its subject alone, or after a verb of speaking about it.
        #expect(!events("ناقشت واشنطن العقوبات الجديدة.").contains { $0.type == "SANCTION" })
        #expect(!events("وتبقى مساعدات قطر موضع نقاش.").contains { $0.type == "AID" })
    }

    @Test(arguments: [
        ("وأعربت مصر عن إدانتها الشديدة للهجوم.", "country-egy"),
        ("وجدد مجلس التعاون الخليجي إدانته واستنكاره للقرار.", "gcc"),
        ("وردت وزارة الخارجية الإيرانية بإدانة القرار.", "iranian-foreign-ministry"),
        ("وأعلنت السعودية تنديدها بالقرار الإسرائيلي.", "country-sau"),
    ])
    func aVerbOfVoicingReportsTheStatementItsNounNames(text: String, source: String) throws {
        let condemnation = try event(text, "ACCUSE")
        #expect(condemnation.source == [source], "\(condemnation)")
        #expect(condemnation.triggerSurface(in: text) == condemnation.trigger)
    }

    @Test func aStatementsGenitiveMakesItWhenTheStatementGoesOn() throws {
        let outrage = try event("وعبر وزير الخارجية عادل الجبير عن استنكار السعودية الشديد لهذا العمل.", "ACCUSE")
        #expect(outrage.source == ["country-sau"], "\(outrage)")
        let condemnation = try event("وأكد الوزير تنديد السعودية بالأعمال الإرهابية.", "ACCUSE")
        #expect(condemnation.source == ["country-sau"] && condemnation.codes(condemnation.target) == ["---UAF"], "\(condemnation)")
        // Control: a genitive that ends the clause is what is condemned.
        #expect(!events("وطالب النائب الحكومة بإدانة إسرائيل.").contains { $0.type == "ACCUSE" && $0.source == ["country-isr"] })
    }

    @Test func supportThatNamesItsGiverIsTheGiversNotTheSpeakers() throws {
        let support = try event("أكد الوزير دعم فرنسا للجيش اللبناني.", "SUPPORT")
        #expect(support.source == ["country-fra"] && support.codes(support.target) == ["LBNMIL"])
        // Control: an act a speaker announces right after its name is its own.
        let suspension = try event("أعلنت الولايات المتحدة تعليق مساعدات للسودان.", "SANCTION")
        #expect(suspension.source == ["country-usa"] && suspension.target == ["country-sdn"])
    }

    @Test func aidFromAStateIsThatStatesThoughItStandsAsAPlace() throws {
        let text = "ووصلت شحنة مساعدات طبية من الإمارات إلى مطار بورتسودان."
        let aid = try event(text, "AID")
        #expect(aid.source == ["country-are"] && aid.location != "country-are", "\(aid)")
        #expect(aid.triggerSurface(in: text) == aid.trigger)
    }
    @Test func aCurfewImposedIsCoercion() throws {
        let curfew = try event("وفرضت السلطات السورية حظرا للتجول في مدينة السويداء.", "COERCE")
        #expect(curfew.mode == "curfew" && curfew.codes(curfew.source) == ["SYRGOV"] && curfew.location == "suwayda")
    }

    @Test func aDayBetweenTheVerbAndItsNounKeepsTheDoer() throws {
        let sanctions = try event("فرض الاتحاد الأوروبي، اليوم الاثنين، عقوبات جديدة على ثمانية مسؤولين إيرانيين.", "SANCTION", published: "2025-11-17")
        #expect(sanctions.source == ["european-union"] && sanctions.codes(sanctions.target) == ["IRNGOV"], "\(sanctions)")
        // The count before those sanctioned is theirs, past the noun's adjective too.
        let counted = try event("فرضت الولايات المتحدة عقوبات جديدة على ثمانية مسؤولين إيرانيين.", "SANCTION", published: "2025-11-17")
        #expect(counted.codes(counted.target) == ["IRNGOV"], "\(counted)")
    }

    @Test func aMeetingHeldKeepsItsDoerWhenAVerbAfterItRetellsIt() throws {
        let held = events("عقد الوزراء اجتماعا في الرياض، بحثوا خلاله الهجمات على السفن.").filter { $0.type == "CONSULT" }
        #expect(held.count == 1 && held.first?.trigger == "اجتماعا" && held.first?.codes(held.first?.source ?? []) == ["---GOV"], "\(held)")
        // So with a day between the verb and its noun.
        let dated = events("وعقد الوزراء يوم الأحد اجتماعا في الرياض، بحثوا خلاله الهجمات على السفن.").filter { $0.type == "CONSULT" }
        #expect(dated.count == 1 && dated.first?.trigger == "اجتماعا" && dated.first?.codes(dated.first?.source ?? []) == ["---GOV"], "\(dated)")
        // Control: a meeting named with no verb of doing gives way to the verb.
        let named = events("وعلى هامش الاجتماع، بحث الوزير مع نظيره الأردني العلاقات.").filter { $0.type == "CONSULT" }
        #expect(named.map(\.trigger) == ["بحث"], "\(named)")
    }

    @Test func theOfficersOfAUnionsStatesAreTheUnions() throws {
        let meeting = try event("عقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا طارئا في الرياض، بحثوا خلاله الهجمات.", "CONSULT")
        #expect(meeting.source == ["gcc"] && meeting.trigger == "اجتماعا", "\(meeting)")
        let call = try event("ودعا قادة دول الاتحاد الأوروبي روسيا إلى وقف الحرب.", "REQUEST")
        #expect(call.source == ["european-union"] && call.codes(call.target) == ["RUS"], "\(call)")
        // Control: the officer of one state is that state's.
        let kuwait = try event("ودعا وزير خارجية دولة الكويت إلى وقف الحرب.", "REQUEST")
        #expect(kuwait.codes(kuwait.source) == ["KWTGOV"], "\(kuwait)")
    }
}
