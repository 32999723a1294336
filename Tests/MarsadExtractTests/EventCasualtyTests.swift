import MarsadCore
import MarsadExtract
import Testing

/// The casualties of an attack named by a noun of killing or wounding (مقتل، قتيل، جرحى),
/// the dual of a verb of killing, and a role noun's country named right after it, in
/// sentences written for these tests.
@Suite struct EventCasualtyTests {
    @Test func theComplementOfANounOfKillingWasKilled() throws {
        let text = "أعلنت مصادر طبية مقتل شرطيين أردنيين وعامل في هجوم قرب الحدود."
        let deaths = try event(text, "ASSAULT")
        #expect(deaths.source.isEmpty && deaths.codes(deaths.target) == ["JORCOP", "---LAB"])
        #expect(deaths.arabicNames(deaths.target) == ["شرطيين", "وعامل"] && text.contains("شرطيين أردنيين وعامل"))
    }

    @Test func whoStandsBeforeANounOfCasualtiesWasStruck() throws {
        let fallen = try event("سقط خمسة جنود لبنانيين بين قتيل وجريح في قصف على الحدود.", "ASSAULT")
        #expect(fallen.source.isEmpty && fallen.codes(fallen.target) == ["LBNMIL"])
        // Control: attackers before it are still its authors.
        let gunmen = try event("المسلحون تسببوا في مقتل خمسة مدنيين بالقرية.", "ASSAULT")
        #expect(gunmen.codes(gunmen.source) == ["---UAF"] && gunmen.codes(gunmen.target) == ["---CVL"])
    }

    @Test func attackersAfterANounOfKillingWereKilled() throws {
        let killed = try event("أعلنت الشرطة مقتل ثلاثة مسلحين في اشتباك قرب الحدود.", "ASSAULT")
        #expect(killed.codes(killed.target) == ["---UAF"] && !killed.codes(killed.source).contains("---UAF"))
        // Control: attackers named as its agent killed.
        let shot = try event("أعلنت الشرطة مقتل ثلاثة مدنيين برصاص مسلحين قرب الحدود.", "ASSAULT")
        #expect(shot.codes(shot.source) == ["---UAF"] && shot.codes(shot.target) == ["---CVL"])
        // Control: attackers later in the sentence carried it out.
        let shelled = try event("مقتل عشرين مدنيا في قصف نسبه السكان إلى المتمردين.", "ASSAULT")
        #expect(shelled.codes(shelled.source) == ["---REB"] && shelled.codes(shelled.target) == ["---CVL"])
    }

    @Test func countedPeopleAfterTheAttackItCausedWereStruck() throws {
        let raid = try event("أسفرت غارة جوية أمس عن مقتل ستة جنود قرب الحدود.", "ASSAULT")
        #expect(raid.trigger.hasPrefix("غارة") && raid.codes(raid.target) == ["---MIL"])
        // Control: attackers past another word of attack are its authors, not the casualties.
        let toll = try event("ارتفعت حصيلة القتلى، جراء قصف المتمردين للمدينة.", "ASSAULT")
        #expect(!toll.codes(toll.target).contains("---REB"))
    }

    @Test func theDualOfAVerbOfKillingBeforeItsAttackIsPassive() throws {
        let mine = try event("جنديان أردنيان قتلا بانفجار لغم قرب الحدود.", "ASSAULT")
        #expect(mine.trigger == "قتلا" && mine.source.isEmpty && mine.codes(mine.target) == ["JORMIL"])
    }

    @Test func aStateNamedAfterARoleNounIsItsCountry() throws {
        let envoy = try event("أصيب سفير اليابان بجروح في هجوم على موكبه.", "ASSAULT")
        #expect(envoy.codes(envoy.target) == ["JPNGOV"] && envoy.arabicNames(envoy.target) == ["سفير"])
        // Control: without the name the envoy has no country.
        let unnamed = try event("أصيب سفير بجروح في هجوم على موكبه.", "ASSAULT")
        #expect(unnamed.codes(unnamed.target) == ["---GOV"])
    }

    @Test func aPartOfThemCountedAfterAVerbOfCasualtiesWasStruck() throws {
        // Far past the attack's word, those a verb of killing or wounding counts with من were struck.
        let text = "وشهدت البلدة تفجير دراجة مفخخة قرب السوق المركزي في وسط المدينة القديمة صباح يوم الجمعة من الشهر الماضي وقتل فيه 7 وجرح 30 من الطلاب."
        let blast = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "تفجير" })
        #expect(blast.codes(blast.target) == ["---EDU"] && blast.arabicNames(blast.target) == ["الطلاب"])
        // Control: those another verb counts there are no casualties.
        let other = "وشهدت البلدة تفجير دراجة مفخخة قرب السوق المركزي في وسط المدينة القديمة صباح يوم الجمعة من الشهر الماضي وتحدث عنه 30 من الطلاب."
        let told = try #require(events(other).first { $0.type == "ASSAULT" && $0.trigger == "تفجير" })
        #expect(told.target.isEmpty)
    }

    @Test func residentsTakeTheirPlacesCountryPastAWordForItsKind() throws {
        let market = try event("قتل مسلحون خمسة من سكان مدينة الموصل في هجوم على سوق.", "ASSAULT")
        #expect(market.codes(market.target) == ["IRQCVL"])
        // Control: civilians in a place are not named by it: the place is the setting.
        let civilians = try event("قتل مسلحون خمسة من المدنيين في مدينة الموصل في هجوم على سوق.", "ASSAULT")
        #expect(civilians.codes(civilians.target) == ["---CVL"])
    }

    @Test func aCountOfActsNamesNoPeople() throws {
        let raids = try event("وشنت الولايات المتحدة عشرات الغارات على مواقع الحوثيين.", "ASSAULT")
        #expect(raids.source == ["country-usa"] && raids.target == ["houthis"], "\(raids)")
        // Controls: a count of casualties, or before a verb in the plural, is people struck.
        let dead = try event("وسقط عشرات القتلى في القصف.", "ASSAULT")
        #expect(dead.codes(dead.target) == ["---CVL"], "\(dead)")
        let wounded = try event("وأفاد المرصد بأن العشرات أصيبوا.", "ASSAULT")
        #expect(wounded.codes(wounded.target) == ["---CVL"], "\(wounded)")
    }

    @Test func anApproximationBeforeTheCountKeepsTheCasualties() throws {
        // ما لا يقل عن stands between the noun of casualties and its count, as أكثر من does.
        let shelling = try event("وقصفت الطائرات الإسرائيلية حي الشجاعية مما أسفر عن مقتل ما لا يقل عن 15 مدنيا.", "ASSAULT")
        #expect(shelling.codes(shelling.source) == ["ISRMIL"] && shelling.codes(shelling.target) == ["---CVL"])
        #expect(shelling.polarity == "asserted")
        // Past a verb of killing the count is who was killed, as far from it as after أكثر من.
        let killed = try event("وقتل ما لا يقل عن 17 عنصرا من قوات الامن التركية وأصيب عشرات بجروح منذ أن باشر متمردو حزب العمال الكردستاني شن هجمات يومية.", "ASSAULT")
        #expect(killed.codes(killed.target) == ["TURCOP"] && killed.polarity == "asserted")
    }

    @Test func theGroupAStruckManComesFromIsNoObject() throws {
        // Past the name and the group after من, the strike he was killed in: the verb has no object and is passive.
        let strike = try event("وقتل محمود سالم من كتائب القسام في غارة إسرائيلية على خان يونس.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["ISRMIL"] && strike.arabicNames(strike.target).contains("محمود سالم"), "\(strike)")
        // Control: after its subject the verb is active, the attack named after its object another's.
        let raid = try event("وكانت قوة خاصة من الجيش قد قتلت أول من أمس أربعة من المطلوبين بالهجوم على القافلة.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---MIL"], "\(raid)")
        // Control: after a request من names whom it asks.
        let request = try event("طلب الرئيس محمود عباس من وزير خارجيته رياض المالكي التوجه إلى لاهاي.", "REQUEST")
        #expect(request.target == ["riyad-al-maliki"], "\(request)")
    }

    @Test func aTollDeniedBesideItsAttackIsNoEventOfItsOwn() throws {
        let text = "وتعرضت دورية للجيش لهجوم بعبوة ناسفة في مدينة الرمادي، ولم يسفر الهجوم عن سقوط ضحايا."
        let attacks = events(text).filter { $0.type == "ASSAULT" }
        #expect(attacks.count == 1 && attacks[0].trigger == "لهجوم" && attacks[0].polarity == "asserted", "\(attacks)")
        // Control: a toll taken is the attack's own event.
        let toll = try event("وأسفر الهجوم عن مقتل ثلاثة جنود.", "ASSAULT")
        #expect(toll.trigger == "مقتل" && toll.polarity == "asserted" && toll.codes(toll.target) == ["---MIL"], "\(toll)")
    }

    @Test func membersCountedOfAGroupAreItsPartStruck() throws {
        let text = "أدت غارة شنتها طائرة أميركية بدون طيار في محافظة مأرب إلى مقتل أربعة عناصر من تنظيم القاعدة."
        let raid = try event(text, "ASSAULT")
        #expect(raid.codes(raid.source) == ["USAMIL"] && raid.target == ["al-qaeda"], "\(raid)")
        let killed = try event("وقتل خمسة عناصر من جبهة النصرة في المعارك.", "ASSAULT")
        #expect(killed.source.isEmpty && killed.target == ["nusra-front"], "\(killed)")
    }
}
