import MarsadCore
import MarsadExtract
import Testing

/// Actors the knowledge base and the role nouns name for the event stage, in sentences written for these
/// tests: Iraq's Awakening councils, the al-Aqsa Brigades by their short name, the people of a demonym of two
/// words, police commandos, the Copts, the Muslim World League.
@Suite struct EventActorNamesTests {
    @Test func anEnvoyOfTheUnitedNationsByItsNisbaIsTheUnitedNations() throws {
        let reception = try event("استقبل رئيس الوزراء العراقي محمد شياع السوداني المبعوث الأممي في بغداد.", "CONSULT")
        #expect(reception.target == ["united-nations"], "\(reception)")
        // Control: an envoy of a state by its nisba.
        let american = try event("استقبل رئيس الوزراء العراقي محمد شياع السوداني المبعوث الأمريكي في بغداد.", "CONSULT")
        #expect(american.codes(american.target) == ["USAGOV"], "\(american)")
    }

    @Test func forcesAndAuthoritiesByTheHouthisNisbaAreTheHouthis() throws {
        let release = try event("وأفرجت السلطات الحوثية عن عشرين صيادا إريتريا.", "RETREAT")
        #expect(release.source == ["houthis"] && release.codes(release.target) == ["ERIAGR"], "\(release)")
        let shelling = try event("وقصفت الميليشيات الحوثية أحياء سكنية في تعز.", "ASSAULT")
        #expect(shelling.source == ["houthis"], "\(shelling)")
        // Control: a state's nisba names the state's authorities.
        let yemeni = try event("وأفرجت السلطات اليمنية عن عشرين صيادا إريتريا.", "RETREAT")
        #expect(yemeni.codes(yemeni.source) == ["YEMGOV"], "\(yemeni)")
    }

    @Test func representativesOfABodyStandForIt() throws {
        let talks = try event("وفي مسقط، عقد وفد سعودي محادثات مع ممثلين عن الحوثيين بوساطة عمانية.", "CONSULT")
        #expect(talks.codes(talks.source) == ["SAU"] && talks.target == ["houthis"], "\(talks)")
        let meeting = try event("والتقى الوزير ممثلي الحكومة السورية.", "CONSULT")
        #expect(meeting.codes(meeting.target) == ["SYRGOV"], "\(meeting)")
    }

    @Test func theMuslimWorldLeagueCondemns() throws {
        let condemnation = try event("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة التفجير الإرهابي في الكويت.", "ACCUSE")
        #expect(condemnation.source == ["muslim-world-league"], "\(condemnation)")
    }

    @Test func theOccupationAloneIsIsraels() throws {
        let arrest = try event("واعتقلت قوات الاحتلال ثلاثة شبان في نابلس.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["ISRMIL"], "\(arrest)")
        // Control: an occupation with a state's nisba is that state's.
        let killing = try event("وقتلت قوات الاحتلال الأمريكي عشرة مدنيين.", "ASSAULT")
        #expect(killing.codes(killing.source) == ["USAMIL"], "\(killing)")
    }

    @Test func aSurnameThatIsANisbaNamesThePersonWhereItIsNoAdjective() throws {
        let text = "استقبل رئيس الوزراء العراقي محمد شياع السوداني المبعوث الأممي في بغداد. وأدان السوداني الغارة على الحدود."
        let condemnation = try event(text, "ACCUSE")
        #expect(condemnation.source == ["mohammed-shia-al-sudani"], "\(condemnation)")
        // Control: after a definite noun the nisba is its adjective, the Sudanese army.
        let army = try event("استقبل رئيس الوزراء العراقي محمد شياع السوداني المبعوث الأممي في بغداد. وأدان الجيش السوداني الغارة على الحدود.", "ACCUSE")
        #expect(army.codes(army.source) == ["SDNMIL"], "\(army)")
    }

    @Test func theAwakeningCouncilsAreAnIraqiArmedGroup() throws {
        let blast = try event("قتل انتحاري أربعة من عناصر قوات الصحوة عند حاجز شمال المدينة.", "ASSAULT")
        #expect(blast.codes(blast.target) == ["IRQUAF"])
        let meeting = try event("استهدف مسلحون اجتماعا لمجالس الصحوة في القرية.", "ASSAULT")
        #expect(meeting.codes(meeting.target) == ["IRQUAF"])
        // Control: an awakening of faith is no armed group.
        let talk = try event("هاجم مسلحون ندوة عن الصحوة الإسلامية في الجامعة.", "ASSAULT")
        #expect(!talk.codes(talk.source + talk.target).contains("IRQUAF"))
    }

    @Test func aLeaderOfAnOrganisationNamedAfterTheTitleIsThePerson() throws {
        // زعيم heads a title whose genitive is the group he leads: one actor, not the group threatening its leader.
        let threat = try event("وهدد زعيم حزب الله حسن نصر الله بالرد على الغارات.", "THREATEN")
        #expect(threat.source == ["hassan-nasrallah"] && threat.target.isEmpty, "\(threat)")
        // Control: with no name after it, the title's genitive is the actor.
        let plain = try event("وهدد زعيم حزب الله بالرد على الغارات.", "THREATEN")
        #expect(plain.source == ["hezbollah"], "\(plain)")
    }

    @Test func aSpokespersonActsForTheBodyNamedAfterTheTitle() throws {
        // No spokesperson of these bodies is known: the body accuses, not a government, nor is the army its target.
        let rebels = try event("اتهم المتحدث باسم قوات الدعم السريع الجيش السوداني بقصف الأحياء السكنية.", "ACCUSE")
        #expect(rebels.source == ["rsf"] && rebels.codes(rebels.target) == ["SDNMIL"], "\(rebels)")
        let army = try event("اتهم الناطق الرسمي باسم الجيش السوداني قوات الدعم السريع بقصف الأحياء.", "ACCUSE")
        #expect(army.source == ["sudanese-armed-forces"] && army.target == ["rsf"], "\(army)")
        let police = try event("اتهم المتحدث العسكري باسم الشرطة العراقية مسلحين بتفجير السيارة.", "ACCUSE")
        #expect(police.codes(police.source) == ["IRQCOP"], "\(police)")
        // Control: a spokesperson the knowledge base knows is the person.
        let known = try event("اتهم المتحدث باسم الكرملين دميتري بيسكوف أوكرانيا بخرق الهدنة.", "ACCUSE")
        #expect(known.source == ["dmitry-peskov"], "\(known)")
    }

    @Test func aTaggedSurnameIsThePersonTheArticleNamesInFull() throws {
        // A headline names the president by his surname before the article names him in full.
        let text = "عون يستقبل الموفد الفرنسي\n\nبيروت - استقبل الرئيس اللبناني جوزيف عون الموفد الفرنسي جان إيف لودريان."
        let receptions = events(text, published: "2025-11-18").filter { $0.type == "CONSULT" }
        #expect(receptions.count == 2 && receptions.allSatisfy { $0.source == ["joseph-aoun"] }, "\(receptions)")
        // So does a headline's second clause, with و on the surname; the strike's place is not the reception's.
        let second = "غارة إسرائيلية على سيارة في جنوب لبنان وعون يستقبل الموفد الفرنسي\n\nبيروت - استقبل الرئيس اللبناني جوزيف عون الموفد الفرنسي."
        let headline = try #require(events(second, published: "2025-11-18").first { $0.type == "CONSULT" })
        #expect(headline.source == ["joseph-aoun"] && headline.location == nil, "\(headline)")
        // Control: a father's name after بن is someone else.
        let doc = eventInputPipeline.run(Document(text: "ووصل ولي العهد الأمير محمد بن سلمان إلى باريس. وكان سلمان قد زار لندن.",
                                                  published: PublicationTime(iso: "2025-11-18")))
        let bytes = Array(doc.document.text.utf8)
        let lone = doc.mentions.filter { String(decoding: bytes[$0.range], as: UTF8.self) == "سلمان" }
        #expect(!lone.isEmpty && lone.allSatisfy { $0.entity.map { doc.entities[$0].entity.id } != "mohammed-bin-salman" })
    }

    @Test func aNisbaRightAfterAStatesNameIsPartOfIt() throws {
        let support = try event("وأعلنت جمهورية مصر العربية دعمها للحكومة اليمنية.", "SUPPORT", published: "2015-07-30")
        #expect(support.source == ["country-egy"], "\(support)")
        // Control: joined by و, the Arab states are others, and so is a nisba with و.
        let joined = try event("وأعلنت مصر والدول العربية دعمها للحكومة اليمنية.", "SUPPORT", published: "2015-07-30")
        #expect(joined.source != ["country-egy"], "\(joined)")
        let both = try event("وتتفق السعودية والروسية على الحل السياسي.", "AGREE", published: "2015-07-30")
        #expect(Set(both.source + both.target).contains("country-rus"), "\(both)")
    }

    @Test func aDemonymOfTwoWordsNamesItsPeopleInEveryForm() throws {
        let hostages = try event("خطف مسلحون سبعة من الكوريين الجنوبيين على طريق المطار.", "ASSAULT")
        #expect(hostages.codes(hostages.target) == ["KOR"])
        let crew = try event("خطف مسلحون ثلاثة كوريين شماليين قرب الساحل.", "ASSAULT")
        #expect(crew.codes(crew.source + crew.target).contains("PRK"))
        // Control: a Korean of no side names neither state.
        let tourist = try event("خطف مسلحون سائحين كوريين على طريق المطار.", "ASSAULT")
        #expect(!tourist.codes(tourist.source + tourist.target).contains { $0.hasPrefix("KOR") || $0.hasPrefix("PRK") })
    }

    @Test func policeCommandosAreThePolice() throws {
        let blast = try event("استهدف انتحاري مقرا لمغاوير الشرطة في المدينة.", "ASSAULT")
        #expect(blast.codes(blast.target) == ["---COP"])
        // Control: commandos of no named force are left uncoded, the army has them too.
        let raid = try event("استهدف انتحاري مقرا للمغاوير في المدينة.", "ASSAULT")
        #expect(!raid.codes(raid.target).contains("---COP"))
    }

    @Test func theCoptsAreAReligiousCommunity() throws {
        let vigil = try event("وتجمع مئات من الأقباط أمام الكنيسة احتجاجا على الاعتداء.", "PROTEST")
        #expect(vigil.codes(vigil.source) == ["---REL"])
        // Control: a crowd of a nation is its people, not a church's.
        let march = try event("وتجمع مئات من المصريين أمام السفارة احتجاجا على الاعتداء.", "PROTEST")
        #expect(march.codes(march.source) == ["EGY"])
    }

    @Test func theAqsaBrigadesGoByTheirShortNameToo() throws {
        let killing = try event("قالت مصادر إن وحدة إسرائيلية خاصة اغتالت أمس ناشطا في كتائب الأقصى قرب المدينة.", "ASSAULT")
        #expect(killing.codes(killing.target) == ["PSEREB"])
        // Control: the mosque of that name is no armed group.
        let mosque = try event("اعتدى مستوطنون على المصلين في المسجد الأقصى أمس.", "ASSAULT")
        #expect(!mosque.codes(mosque.source + mosque.target).contains("PSEREB"))
    }

    @Test func twoArmedGroupsInTheDualAreGunmen() throws {
        let text = "دعا المنفي جميع الأطراف إلى التهدئة بعد اشتباكات عنيفة بين مجموعتين مسلحتين في العاصمة طرابلس أسفرت عن مقتل ثمانية أشخاص."
        let clashes = try event(text, "ASSAULT")
        #expect(clashes.codes(clashes.source) == ["---UAF"], "\(clashes)")
    }

    @Test func aDeputyIsNeitherTheHolderOfTheOfficeNorAMemberOfParliament() throws {
        let meeting = try event("والتقى الرئيس السوري بشار الأسد نائب وزير الخارجية الروسي في دمشق.", "CONSULT", published: "2015-11-20")
        #expect(meeting.source == ["bashar-al-assad"] && meeting.codes(meeting.target) == ["RUSGOV"], "\(meeting)")
        // Named, the deputy is himself; and the deputy of the king's title is the prince named after it.
        let named = try event("والتقى الرئيس السوري نائب وزير الخارجية الروسي ميخائيل بوغدانوف في دمشق.", "CONSULT", published: "2025-11-20")
        #expect(named.target == ["mikhail-bogdanov"], "\(named)")
        let host = try event("استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف في قصر السلام اليوم وزير الخارجية الأمريكي جون كيري.",
                             "CONSULT", published: "2015-08-04")
        #expect(host.source == ["muhammad-bin-nayef"], "\(host)")
        // Control: before a name the word is a member's title.
        let member = try event("وانتقد النائب عبد الحميد دشتي الحكومة الكويتية.", "ACCUSE", published: "2015-11-20")
        #expect(member.codes(member.source) == ["---LEG"], "\(member)")
    }
}
