import MarsadCore
import MarsadExtract
import Testing

/// What a sentence says of an event through another event's words, and where and by what
/// an event happens: the act a threat or a protest names, a round of talks, the subject of
/// a verb or a participle past its clause before, artillery and positions, the place on a
/// clause's side of a word of contrast, and a centrifuge that is no expulsion.
@Suite struct EventNamedActsTests {
    @Test func aThreatTargetsWhomTheActItThreatensWouldStrike() throws {
        let threat = try event("وهدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو بضرب المنشآت النووية الإيرانية.", "THREATEN")
        #expect(threat.source == ["benjamin-netanyahu"] && threat.target == ["country-irn"])
        // Control: a threat with a target of its own keeps it.
        let warning = try event("هددت إيران إسرائيل بالرد على أي هجوم.", "THREATEN")
        #expect(warning.target == ["country-isr"])
    }

    @Test func whatIsThreatenedHasNotHappened() throws {
        let text = "ولوحت الولايات المتحدة بفرض عقوبات جديدة على إيران."
        let threat = try event(text, "THREATEN")
        #expect(threat.source == ["country-usa"] && threat.target == ["country-irn"])
        #expect(try event(text, "SANCTION").modality == "hypothetical")
        // Control: a wave of the hand threatens no one.
        #expect(!events("ولوح الرئيس بيده للصحفيين قبل أن يغادر.").contains { $0.type == "THREATEN" })
    }

    @Test func whatIsWarnedOfHasNotHappenedAndIsOthersDoing() throws {
        let text = "وحذر عراقجي من أن فرض واشنطن عقوبات جديدة سيدفع طهران إلى الرد."
        let sanction = try event(text, "SANCTION", published: "2025-11-17")
        #expect(sanction.modality == "hypothetical" && sanction.source == ["country-usa"], "\(sanction)")
        // The speaker imposes nothing he warns of.
        let european = events("وحذر عراقجي من فرض عقوبات أوروبية على إيران.", published: "2025-11-17")
        #expect(!european.contains { $0.type == "SANCTION" && $0.source.contains("abbas-araghchi") }, "\(european)")
        // Control: a threat's own act is the threatener's.
        let strike = try event("هدد وزير الدفاع الإسرائيلي بضرب المنشآت النووية الإيرانية.", "ASSAULT", published: "2025-11-17")
        #expect(strike.source == ["israel-katz"] && strike.modality == "hypothetical", "\(strike)")
    }

    @Test func anExpectedVisitIsPlanned() throws {
        #expect(try event("وأعلن الكرملين عن زيارة مرتقبة للرئيس الصيني شي جين بينغ إلى موسكو.", "CONSULT").modality == "planned")
    }

    @Test func aProtestTargetsWhoeverCarriedOutTheActItDenounces() throws {
        let protest = try event("وتظاهر مئات الأكراد في مدينة القامشلي للتنديد بالهجمات التركية.", "PROTEST")
        #expect(protest.target == ["country-tur"] && protest.location == "qamishli")
        // Control: an actor before the act's word did not carry it out.
        let strike = try event("أضرب الأطباء في المستشفيات الحكومية عن العمل احتجاجا على الاعتداءات المتكررة عليهم.", "PROTEST")
        #expect(strike.target.isEmpty)
    }

    @Test func aRoundOfTalksIsHeldNow() throws {
        let talks = try event("وانطلقت في جنيف جولة جديدة من المفاوضات بين إيران والولايات المتحدة.", "CONSULT")
        #expect(talks.source == ["country-irn"] && talks.target == ["country-usa"])
        // Control: the talks told before are no new event.
        #expect(!events("وقال الوزير إن المفاوضات بين إيران والولايات المتحدة صعبة.").contains { $0.type == "CONSULT" })
    }

    @Test func aVerbJoinedToTheClauseBeforeTakesTheSentencesSubject() throws {
        let sanctions = try event("وكانت إدارة الرئيس الأمريكي باراك أوباما قد رفعت الحظر عام 2016، وأعادت فرض عقوبات على كوبا.", "SANCTION",
                                  published: "2018-05-01")
        #expect(sanctions.source == ["barack-obama"] && sanctions.target == ["country-cub"] && sanctions.modality == "historical")
    }

    @Test func artilleryWithAStatesNisbaIsItsArmyAndPositionsAreTheirOwners() throws {
        let shelling = try event("قصفت المدفعية التركية مواقع لقوات سوريا الديمقراطية شمال حلب.", "ASSAULT")
        #expect(shelling.codes(shelling.source) == ["TURMIL"] && shelling.target == ["sdf"])
    }

    @Test func thePlaceIsOnTheTriggersSideOfAWordOfContrast() throws {
        let call = try event("ودعت روسيا إلى ضبط النفس، فيما نشرت الولايات المتحدة قوات في شمال شرق سوريا.", "REQUEST")
        #expect(call.location == nil)
        // Control: a place after the trigger in its own clause is its place.
        let arrest = try event("واعتقلت الشرطة عشرة ناشطين في مدينة حلب.", "COERCE")
        #expect(arrest.location != nil)
    }

    @Test func aCityWhoseNameEndsAsANisbaIsAPlace() throws {
        let protest = try event("تظاهر مئات الطلاب في مدينة القامشلي.", "PROTEST")
        #expect(protest.location == "qamishli")
        // Control: a state's nisba after a word for a place is that place's adjective, and the city is the place.
        let march = try event("تظاهر مئات الطلاب في العاصمة العراقية بغداد.", "PROTEST")
        #expect(march.location != nil && march.location != "country-irq")
    }

    @Test func aParticipleAfterAPauseIsTheActOfTheClauseBeforesSubject() throws {
        let text = "وأدانت وزارة الخارجية السورية القصف التركي، مطالبة مجلس الأمن الدولي بالتحرك الفوري."
        let demand = try event(text, "REQUEST")
        #expect(demand.codes(demand.source) == ["SYRGOV"] && demand.target == ["un-security-council"])
        // A denial before the pause is the clause before's: the accusation after it is asserted.
        let accusation = try event("ونفت قوات الدعم السريع مسؤوليتها عن الهجوم، متهمة الجيش بتلفيق الاتهامات.", "ACCUSE")
        #expect(accusation.source == ["rsf"] && accusation.polarity == "asserted")
        // Controls: a prayer is no request; without a pause, or with a possessive, the word is a noun.
        #expect(!events("وزار الأمير المرضى، داعيا الله أن يمن عليهم بالشفاء.").contains { $0.type == "REQUEST" })
        #expect(!events("وقدمت الحكومة مطالبة رسمية بالتعويض.").contains { $0.type == "REQUEST" })
        #expect(!events("وجدد المرصد السوري لحقوق الإنسان، مطالبته لمجلس الأمن بالتحرك.").contains { $0.trigger == "مطالبته" })
    }

    @Test func anAgreementForACeasefireIsNoShootingAndItsQadIsNoDoubt() throws {
        let text = "وكانت إسرائيل وحزب الله قد توصلا إلى اتفاق لوقف إطلاق النار في نوفمبر 2024."
        let deal = try event(text, "AGREE", published: "2025-06-06")
        #expect(deal.source == ["country-isr"] && deal.target == ["hezbollah"] && deal.modality == "happened")
        #expect(!events(text, published: "2025-06-06").contains { $0.type == "ASSAULT" })
        // Control: قد before a present verb supposes.
        #expect(try event("وقال الوزير إن إسرائيل قد تتوصل إلى اتفاق مع حماس.", "AGREE").modality == "hypothetical")
    }

    @Test func anAirStrikesNisbaIsTheStatesArmyStriking() throws {
        let strike = try event("قتل ثلاثة أشخاص في غارة إسرائيلية استهدفت سيارة في جنوب لبنان.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["ISRMIL"])
    }

    @Test func aTitleBeforeANameWithItsHonorificIsTheSamePersons() throws {
        let reception = try event("استقبل ولي العهد السعودي الأمير محمد بن سلمان في جدة رئيس الحكومة اللبنانية نواف سلام.", "CONSULT",
                                  published: "2025-06-06")
        #expect(reception.source == ["mohammed-bin-salman"] && reception.target == ["nawaf-salam"])
    }

    @Test func centrifugesAndParcelsAreNoExpulsion() {
        #expect(!events("وتملك إيران آلاف أجهزة الطرد المركزي، ونقلت أجهزة طرد مركزي إلى موقع جديد.").contains { $0.type == "COERCE" })
        #expect(!events("وعثرت الشرطة على طرد مشبوه قرب السفارة.").contains { $0.type == "COERCE" })
        // Control: an expulsion.
        #expect(events("وطرد الجيش المسلحين من القرية.").contains { $0.type == "COERCE" })
    }
}
