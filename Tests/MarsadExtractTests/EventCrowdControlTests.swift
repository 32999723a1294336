import MarsadCore
import MarsadExtract
import Testing

/// Crowd control (PLOVER ASSAULT crowd-control): tear gas, water cannon, rubber bullets, batons and
/// dispersal by the police or the army, kept by rule with the shipped classifier; in sentences written
/// for these tests.
@Suite struct EventCrowdControlTests {
    /// The events of `text` through the event stage with the shipped classifier.
    func shipped(_ text: String) throws -> [FoundEvent] {
        let model = try #require(shippedResources.events)
        return events(text, stage: EventStage(lexicon: shippedResources.triggers, model: model, kb: shippedResources.kb,
                                              clusters: shippedResources.clusters))
    }

    @Test func sitInProtestersDispersedAreItsTarget() throws {
        let dispersal = try event("وفرقت الشرطة الكينية المعتصمين بالقوة واعتقلت عددا منهم.", "ASSAULT")
        #expect(dispersal.codes(dispersal.source) == ["KENCOP"] && dispersal.codes(dispersal.target) == ["---CVL"], "\(dispersal)")
        let arrest = try event("وفرقت الشرطة الكينية المعتصمين بالقوة واعتقلت عددا منهم.", "COERCE")
        #expect(arrest.codes(arrest.target) == ["---CVL"], "\(arrest)")
    }

    @Test func theWeaponsOfCrowdControlUsedByThePoliceAreAnAssault() throws {
        for text in ["وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق مئات المتظاهرين أمام مقر البرلمان.",
                     "واستخدمت الشرطة خراطيم المياه والرصاص المطاطي ضد المحتجين في وسط العاصمة."] {
            let all = try shipped(text)
            let found = try #require(all.first { $0.mode == "crowd-control" }, "\(all)")
            #expect(found.codes(found.source) == ["---COP"] && found.codes(found.target) == ["---CVL"], "\(found)")
            #expect(found.triggerSurface(in: text) == found.trigger)
        }
        // With the article behind a conjunction the longer phrase is read (والرصاص المطاطي: not bullets).
        let bullets = try shipped("أطلقت الشرطة الغاز والرصاص المطاطي على المحتجين.")
        #expect(bullets.contains { $0.mode == "crowd-control" && $0.trigger == "والرصاص المطاطي" }, "\(bullets)")
    }

    @Test func crowdControlIsAnActBesideItsWounded() throws {
        let found = try shipped("وأطلقت قوات الأمن خراطيم المياه على المحتجين بعد محاولتهم اقتحام الوزارة، وأصيب خمسة معلمين بجروح.")
        #expect(found.contains { $0.mode == "crowd-control" } && found.contains { $0.trigger == "وأصيب" }, "\(found)")
    }

    @Test func dispersingIsOfACrowdOnly() throws {
        let dispersed = try #require(try shipped("وفضت قوات الأمن الاعتصام أمام مقر الحكومة بالقوة.").first { $0.mode == "crowd-control" })
        #expect(dispersed.codes(dispersed.source) == ["---COP"])
        // فرق tells apart, فض settles, تفرق is the crowd leaving of itself; فرقهم are their teams.
        for text in ["وقال الخبير إن القانون يفرق بين المتظاهر السلمي والمخرب.", "وتعمل اللجنة على فض النزاعات بين القبائل.",
                     "وتفرق المتظاهرون بهدوء بعد ساعتين.", "ويتعامل اللاعبون مع الانتقال من فرقهم بسلبية."] {
            #expect(!events(text).contains { $0.mode == "crowd-control" }, "\(text)")
        }
    }

    @Test func crowdControlNeedsTheArmedToUseIt() throws {
        // A crowd-control word with no force using it is no act of repression.
        #expect(try !shipped("وتحدث التقرير عن الغاز المسيل للدموع.").contains { $0.type == "ASSAULT" })
    }

    @Test func aVerbJoinedToAnotherGoesOnWithItsSubject() throws {
        // The arrest is the police's, not the protesters' before it.
        let arrest = try event("وفرقت الشرطة المتظاهرين بالقوة واعتقلت عشرين منهم.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["---COP"] && arrest.codes(arrest.target) == ["---CVL"], "\(arrest)")
    }

    @Test func riotPoliceDisperseTheCrowdTheyAreSentTo() throws {
        let text = "وقال شهود عيان إن قوات مكافحة الشغب استخدمت الغاز المسيل للدموع لتفريق المتظاهرين قرب مبنى المحافظة."
        let gas = try #require(events(text).first { $0.mode == "crowd-control" }, "\(events(text))")
        #expect(gas.codes(gas.source) == ["---COP"] && gas.codes(gas.target) == ["---CVL"], "\(gas)")
    }
}

