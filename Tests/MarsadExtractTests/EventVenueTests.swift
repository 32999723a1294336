import MarsadCore
import MarsadExtract
import Testing

/// Where talks are held and whom they are held by: a town named as a meeting's venue, talks known before and held
/// anew, a headline's clause opened by an act's noun, the post in an envoy's title, a coast, and a state that only tells
/// which ships or which bus, in sentences written for these tests.
@Suite struct EventVenueTests {
    @Test func aTownAfterAMeetingsNounIsWhereItIsHeld() throws {
        let talks = try event("واستأنف وفدا الحكومة والمعارضة مفاوضات جنيف أمس.", "CONSULT")
        #expect(talks.codes(talks.source) == ["---GOV"] && talks.codes(talks.target) == ["---OPP"] && talks.location == "geneva", "\(talks)")
        // Capitals joined by و stand for their states, who agreed.
        let agreed = try event("وأعلن المتحدث اتفاق واشنطن وأنقرة على إقامة منطقة عازلة.", "AGREE")
        #expect(agreed.target == ["country-usa", "country-tur"], "\(agreed)")
        // An agreement named by its venue alone is one made before, no event of this sentence.
        #expect(!events("وأكد النائب ضرورة التمسك باتفاق الطائف.").contains { $0.type == "AGREE" })
    }

    @Test func talksKnownBeforeAreHeldAnewByAVerbOfHolding() throws {
        let resumed = try event("واستأنفت إيران والولايات المتحدة المحادثات النووية في مسقط.", "CONSULT")
        #expect(resumed.source == ["country-irn"] && resumed.target == ["country-usa"] && resumed.location == "muscat", "\(resumed)")
        // Controls: what an agreement imposes is no signing of it, and a club's name after a verb of holding is no act.
        #expect(!events("ويفرض الاتفاق قيودا على البرنامج النووي.").contains { $0.type == "AGREE" })
        #expect(!events("أجرى مهاجم التعاون الكاميروني فحوصا طبية.").contains { $0.type == "COOPERATE" })
    }

    @Test func aHeadlinesClauseOpenedByAnActsNounIsItsOwn() throws {
        let found = events("الحوثيون يقصفون مأرب ومشاورات مسقط تتعثر")
        let shelling = try #require(found.first { $0.type == "ASSAULT" }, "\(found)")
        #expect(shelling.source == ["houthis"] && shelling.target == ["marib"] && shelling.location != "muscat", "\(shelling)")
        // The talks name no party: Marib is none of theirs.
        #expect(!found.contains { $0.type == "CONSULT" && $0.source.contains("marib") }, "\(found)")
    }

    @Test func anEnvoysPostIsNeitherWhereHeGoesNorWhomHeMeets() throws {
        let visit = try event("ويزور المبعوث الأممي الخاص إلى اليمن الرياض غدا.", "CONSULT")
        #expect(visit.source == ["united-nations"] && visit.target == ["country-sau"] && visit.location != "country-yem", "\(visit)")
        // Control: an ambassador's post is the state whose relations a recall touches.
        let recall = try event("واستدعت الخارجية سفيرها لدى واشنطن للتشاور.", "SANCTION")
        #expect(recall.target == ["country-usa"], "\(recall)")
    }

    @Test func aStateThatTellsWhichShipsIsNoPlace() throws {
        let threat = try event("وهدد الحوثيون باستهداف السفن المرتبطة بإسرائيل في البحر الأحمر.", "THREATEN")
        #expect(threat.source == ["houthis"] && threat.location == "red-sea", "\(threat)")
        let condemned = try event("وأدانت مصر الهجوم على السفينة المتجهة إلى إسرائيل.", "ACCUSE")
        #expect(condemned.location == nil && !condemned.target.contains("country-isr"), "\(condemned)")
        // A coast is where: the state after it is neither the target nor absent.
        let raid = try event("وهاجم مسلحون سفينة تجارية قبالة سواحل الصومال.", "ASSAULT")
        #expect(raid.location == "country-som" && !raid.target.contains("country-som"), "\(raid)")
        // Control: a state after في is where.
        let strike = try event("وقصفت طائرات حربية مواقع للمسلحين في سوريا.", "ASSAULT")
        #expect(strike.location == "country-syr", "\(strike)")
    }
}
