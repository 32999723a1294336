@testable import MarsadExtract
import MarsadCore
import Testing

/// What the PROTEST classifier reads of a protest's scene (`EventDetector.protestSceneFeatures`)
/// and the occasions that are no protest, in sentences written for these tests, each with a
/// control that lacks the thing read.
@Suite struct EventProtestSceneTests {
    private typealias F = EventFeatures
    private typealias Element = EventDetector.SceneElement

    /// The classifier features of the sentence's first candidate of `type`.
    private func features(_ text: String, _ type: PloverType = .protest) throws -> [UInt32] {
        let detector = EventDetector(lexicon: shippedResources.triggers, kb: shippedResources.kb, scored: [.assault, .protest])
        let candidate = detector.candidates(eventInputPipeline.run(Document(text: text))).first { $0.trigger.type == type }
        return try #require(candidate, "no \(type) candidate in \(text)").features
    }

    private func inClause(_ element: Element) -> UInt32 { F.flag(.scene, element.rawValue) }
    private func elsewhere(_ element: Element) -> UInt32 { F.flag(.scene, 16 + element.rawValue) }

    @Test func aCountAPlaceADayAndADemandInTheClauseAreRead() throws {
        let scene = try features("تجمع مئات المعلمين أمس أمام وزارة التربية مطالبين برفع الأجور.")
        for element in [Element.count, .place, .time, .grievance] { #expect(scene.contains(inClause(element)), "\(element)") }
        #expect(scene.contains(F.flag(.scene, 32 + 4)) && scene.contains(F.flag(.scene, 48 + 4)))
        // Control: a bare protest holds none of them.
        let bare = try features("تظاهر المعلمون.")
        #expect(bare.contains(F.flag(.scene, 32)) && bare.contains(F.flag(.scene, 48)))
        #expect(!Element.allCases.contains { bare.contains(inClause($0)) || bare.contains(elsewhere($0)) })
    }

    @Test func whatACrowdIsAgainstIsAGrievance() throws {
        #expect(try features("تظاهرت النساء ضد إقامة مكب للنفايات.").contains(inClause(.grievance)))
        // Control: the same protest saying where, not against what.
        let near = try features("تظاهرت النساء قرب مكب للنفايات.")
        #expect(!near.contains(inClause(.grievance)) && !near.contains(elsewhere(.grievance)))
    }

    @Test func theProtestClassifierReadsNoWordNearItsTrigger() throws {
        // Two sentences that differ only in the word two after the trigger.
        let protest = try features("تظاهر المعلمون طويلا في المدينة.")
        #expect(Set(protest) == Set(try features("تظاهر المعلمون قليلا في المدينة.")))
        // Control: ASSAULT's classifier reads it.
        let assault = try features("هاجم المسلحون طويلا في المدينة.", .assault)
        #expect(Set(assault) != Set(try features("هاجم المسلحون قليلا في المدينة.", .assault)))
    }

    @Test func whatStandsInAnotherClauseIsReadApart() throws {
        let apart = try features("وفي صباح أمس، تظاهر المعلمون.")
        #expect(apart.contains(elsewhere(.time)) && !apart.contains(inClause(.time)))
        #expect(apart.contains(F.flag(.scene, 32)) && !apart.contains(F.flag(.scene, 48)))
    }

    @Test func aCrowdSettingOutAndThePoliceBreakingItUpAreRead() throws {
        let out = try features("خرج آلاف المتظاهرين إلى الشوارع.")
        #expect(out.contains(inClause(.movement)) && out.contains(inClause(.place)) && out.contains(inClause(.count)))
        let dispersed = try features("تظاهر مئات الطلاب أمام الجامعة حتى فضت الشرطة تجمعهم بالغاز المسيل للدموع.")
        #expect(dispersed.contains(inClause(.dispersal)) && !dispersed.contains(inClause(.movement)))
        // Control: a date's number is no count of people.
        let dated = try features("تظاهر المعلمون في 12 مارس.")
        #expect(!dated.contains(inClause(.count)) && dated.contains(inClause(.time)))
    }

    @Test func anOccasionNamedByItsAdjectiveIsNoProtest() {
        #expect(!events("افتتحت الوزارة تظاهرة ثقافية في الرياض.").contains { $0.type == "PROTEST" })
        #expect(!events("شارك الأهالي في مسيرة احتفالية بمناسبة العيد.").contains { $0.type == "PROTEST" })
        // Control: the same noun with a crowd's adjective.
        #expect(events("نظم الطلاب تظاهرة حاشدة في الرياض.").contains { $0.type == "PROTEST" })
    }

    @Test func aShowCalledTazahuraAmongFilmsOrAFairIsNoProtest() {
        #expect(!events("افتتحت في دبي التظاهرة التي تعرض على شاشاتها أفلاما من عشرين بلدا.").contains { $0.type == "PROTEST" })
        #expect(!events("تستقبل التظاهرة زوار المعرض حتى نهاية الشهر في جدة.").contains { $0.type == "PROTEST" })
        // Controls: a grievance makes it a protest, a film or not; and with no show word it stays one.
        #expect(events("نظم مئات الطلاب تظاهرة أمام السفارة احتجاجا على فيلم مسيء.").contains { $0.type == "PROTEST" })
        #expect(events("نظم مئات الطلاب تظاهرة أمام السفارة في الرياض.").contains { $0.type == "PROTEST" })
    }
}
