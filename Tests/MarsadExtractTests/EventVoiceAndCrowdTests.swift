import MarsadCore
import MarsadExtract
import Testing

/// Who was struck by an assault verb read in the passive, crowds and the people they are
/// made of, foreign forces and what a protest demands, in sentences written for these tests.
/// A generic actor's Arabic name is the role noun it was read from, so each is checked
/// against the words of its sentence.
@Suite struct EventVoiceAndCrowdTests {
    @Test func aPassiveFormHasItsSubjectStruck() throws {
        let text = "أصيب قاض عراقي بجروح في انفجار عبوة ناسفة ببغداد."
        let wounded = try event(text, "ASSAULT")
        #expect(wounded.source.isEmpty && wounded.codes(wounded.target) == ["IRQJUD"])
        #expect(wounded.arabicNames(wounded.target) == ["قاض"] && text.contains("قاض عراقي"))
    }

    @Test func theAttackAVerbHappenedInMakesItPassive() throws {
        let killed = try event("قتل شرطي أردني في انفجار قرب الحدود الشمالية.", "ASSAULT")
        #expect(killed.source.isEmpty && killed.codes(killed.target) == ["JORCOP"])
        // A passive joined to the verb; the dual demonym gives the country.
        let joined = try event("قتل جنديان فرنسيان وأصيب ثالث في كمين بشمال مالي.", "ASSAULT")
        #expect(joined.source.isEmpty && joined.codes(joined.target).first == "FRAMIL")
        #expect(joined.arabicNames(joined.target).first == "جنديان")
        // Two others, in the nominative: the passive's subject.
        let others = try event("وقتل جنديان آخران عندما وصلت التعزيزات إلى البلدة.", "ASSAULT")
        #expect(others.source.isEmpty && others.codes(others.target) == ["---MIL"])
    }

    @Test func theWarMachineOfThatAttackStruck() throws {
        // Past a day's words; a group's member struck, the raid's state its source.
        let raid = try event("قتل عنصر في حزب الله أمس الجمعة بغارة إسرائيلية على سيارة في جنوب لبنان.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["ISRMIL"] && raid.target == ["hezbollah"])
        // Control: attackers after the verb with a weapon, not an attack, are its subject; and attackers before a verb
        // with its weapons are its subject too.
        let drone = try event("قتل عنصر في حزب الله أمس الجمعة بغارة شنتها مسيرة إسرائيلية على سيارة في جنوب لبنان.", "ASSAULT")
        #expect(drone.source == ["country-isr"] && drone.target == ["hezbollah"])
        let launched = try event("أحبطت المقاومة أمس هجوما شنه مسلحون حوثيون وقوات موالية لهم على المدينة.", "ASSAULT")
        #expect(launched.source.count == 2)
        let shooting = try event("عندما قتل متطرفون بالرصاص 48 مصليا في المسجد.", "ASSAULT")
        #expect(shooting.codes(shooting.source) == ["---UAF"])
        let shelling = try event("وذكرت مصادر أن مسلحين قصفوا بقذائف الهاون والدبابات أحياء سكنية.", "ASSAULT")
        #expect(shelling.codes(shelling.source) == ["---UAF"])
    }

    @Test func fireFromSomeoneIsTheirs() throws {
        let fire = try event("تعرضت دورية لليونيفيل لإطلاق نار من الجيش الإسرائيلي قرب بلدة مارون الراس.", "ASSAULT")
        #expect(fire.source == ["idf"] && fire.target == ["unifil"])
        // Control: من after no fire is where people come from.
        let raid = try event("قتل ثلاثة من الجنود في هجوم شنه مسلحون من تنظيم القاعدة.", "ASSAULT")
        #expect(raid.codes(raid.target) == ["---MIL"])
    }

    @Test func aCountedSubjectBeforeAVerbOfKillingWasKilled() throws {
        // Counted attackers before the verb were killed, not killers.
        let killed = try event("ذكرت مصادر أمنية أن 12 مسلحا قتلوا في مواجهات مع الجيش جنوب البلاد.", "ASSAULT")
        #expect(killed.codes(killed.target).contains("---UAF") && !killed.codes(killed.source).contains("---UAF"))
        // Control: a count after the verb may be its object, with the subject before it.
        let raid = try event("القوات الخاصة قتلت 11 مسلحا في مداهمة ليلية.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---MIL"] && raid.codes(raid.target) == ["---UAF"])
    }

    @Test func aVerbWithSubjectAndObjectStaysActive() throws {
        // Control: the attack named after the verb does not make it passive when it has an object.
        let ambush = try event("قتل مسلحون ثلاثة جنود عراقيين في هجوم على حاجز للتفتيش.", "ASSAULT")
        #expect(ambush.codes(ambush.source) == ["---UAF"] && ambush.codes(ambush.target) == ["IRQMIL"])
        #expect(ambush.arabicNames(ambush.source) == ["مسلحون"])
    }

    @Test func supportersOfAPersonAreACrowd() throws {
        let rally = try event("تظاهر أنصار دونالد ترامب أمام مبنى الكونغرس في واشنطن.", "PROTEST")
        #expect(rally.codes(rally.source) == ["---CVL"] && !rally.source.contains("donald-trump"))
        #expect(rally.arabicNames(rally.source) == ["أنصار"])
    }

    @Test func aStateAfterAndInIsAPlace() throws {
        let march = try event("وفي تونس تظاهر مئات الطلاب احتجاجا على البطالة.", "PROTEST")
        #expect(!march.source.isEmpty && !march.source.contains("country-tun"))
    }

    @Test func aProtestsTargetStandsPastWhatItDemands() throws {
        let resign = try event("خرج آلاف المحتجين إلى الشوارع مطالبين برحيل الحكومة.", "PROTEST")
        #expect(resign.codes(resign.target) == ["---GOV"] && resign.arabicNames(resign.target) == ["الحكومة"])
        let denounce = try event("تظاهر مئات الطلاب في الجامعة منددين بسياسة الحكومة.", "PROTEST")
        #expect(denounce.codes(denounce.target) == ["---GOV"])
        // Control: no demand, no target.
        let quiet = try event("تظاهر مئات الطلاب في ساحة الجامعة صباح أمس.", "PROTEST")
        #expect(quiet.target.isEmpty)
    }

    @Test func aCountOfPeopleNamedByADemonymIsThosePeople() throws {
        let crowd = try event("تظاهر عشرات السوريين أمام السفارة الروسية في بيروت.", "PROTEST")
        #expect(crowd.source == ["country-syr"] && crowd.codes(crowd.target) == ["RUSGOV"])
        // A count of others repeats the victims named before it.
        let others = try event("قتل ثلاثة مدنيين وأصيب عشرات آخرون في قصف على السوق.", "ASSAULT")
        #expect(others.codes(others.target) == ["---CVL"] && others.arabicNames(others.target) == ["مدنيين"])
    }

    @Test func foreignForcesAndCitizensAreCoded() throws {
        let convoy = try event("هاجم مسلحون قافلة للقوات الأجنبية قرب قندهار.", "ASSAULT")
        #expect(convoy.codes(convoy.target) == ["INTMIL"])
        let hostage = try event("خطف مسلحون مواطنا كينيا قرب الحدود الصومالية.", "ASSAULT")
        #expect(hostage.codes(hostage.target) == ["KENCVL"] && hostage.arabicNames(hostage.target) == ["مواطنا"])
    }
}
