import MarsadCore
import MarsadExtract
import Testing

/// What a clause adds to an event beyond its trigger: the term of a past office holder,
/// a manner that makes support aid, the subject shared by coordinated clauses, where one
/// event's arguments end and the next one's begin; in sentences written for these tests.
@Suite struct EventClauseTests {
    @Test func theTermOfAFormerOfficeHolderMakesAnEventHistorical() throws {
        let text = "إبان حكم جو بايدن أرسلت واشنطن مساعدات عسكرية إلى إسرائيل."
        let then = try #require(events(text, published: "2022-06-01").first { $0.type == "AID" })
        #expect(then.modality == "happened")
        let later = try #require(events(text, published: "2025-10-01").first { $0.type == "AID" })
        #expect(later.modality == "historical" && later.polarity == "asserted")
    }

    @Test func aDatedWarRecalledAsBackgroundIsHistoricalWithItsParties() throws {
        let model = try #require(shippedResources.events)
        let found = events("وصل الوفد بعد عقدين من الحرب الإسرائيلية على لبنان عام 2006.", published: "2025-03-02",
                           stage: EventStage(lexicon: shippedResources.triggers, model: model, kb: shippedResources.kb))
        let war = try #require(found.first { $0.type == "ASSAULT" })
        #expect(war.source == ["country-isr"] && war.target == ["country-lbn"])
        #expect(war.modality == "historical" && war.time == "2006")
    }

    @Test func aTimeInARelativeClauseClosedBeforeIsNotALaterActs() throws {
        let text = "واعتبر الرئيس الغارات خرقا للاتفاق الذي أبرم في نوفمبر من العام الماضي، داعيا فرنسا إلى الضغط على إسرائيل."
        let call = try event(text, "REQUEST", published: "2025-10-19")
        #expect(call.time == nil && call.source.isEmpty == false)
        // Control: a time in an earlier clause of no relative pronoun goes on to the act after it.
        let meeting = try event("وصل الوزير الفرنسي أمس إلى بيروت، والتقى نظيره اللبناني.", "CONSULT", published: "2025-10-19")
        #expect(meeting.time == "2025-10-18")
    }

    @Test func brandishingAnOperationAfterAPauseIsTheSpeakersThreat() throws {
        let text = "وحذرت وزارة الدفاع التركية من أنها لن تسمح بوجود تنظيمات إرهابية على حدودها، ملوحة بعملية عسكرية جديدة."
        let threat = try event(text, "THREATEN")
        #expect(threat.codes(threat.source) == ["TURGOV"] && threat.trigger == "ملوحة")
        #expect(threat.triggerSurface(in: text) == threat.trigger)
        // Control: waving a hand is no threat.
        #expect(!events("وقف الرئيس أمام أنصاره، ملوحا بيده.").contains { $0.type == "THREATEN" })
    }

    @Test func aTimeAfterTheObjectInTheTriggersClauseIsItsTime() throws {
        let text = "التقى الرئيس السوري أحمد الشرع نظيره الروسي فلاديمير بوتين في الكرملين يوم الأربعاء."
        let meeting = try event(text, "CONSULT", published: "2025-10-16")
        #expect(meeting.time == "2025-10-15")
    }

    @Test func aDurationIsNoTimeOfAnAct() throws {
        let text = "أصدرت المحكمة حكما بالسجن ثلاثة أشهر على المتهم، واعتقلت الشرطة شقيقه أمس."
        let arrest = try event(text, "COERCE", published: "2025-10-19")
        #expect(arrest.time == "2025-10-18", "\(arrest)")
        // The duration of the sentence is nearer, and was taken before.
        #expect(arrest.trigger == "واعتقلت" && arrest.triggerSurface(in: text) == arrest.trigger)
        let detention = try event("اعتقلت الشرطة المتهم لمدة عامين قبل الإفراج عنه.", "COERCE")
        #expect(detention.time == nil, "\(detention)")
    }

    @Test func aTimeAnActGoesOnSinceMakesItNoneHistorical() throws {
        let text = "وفي ظل الخلاف بين البلدين منذ أكثر من عامين، أدانت مصر بقوة الهجوم."
        let condemnation = try event(text, "ACCUSE", published: "2025-10-19")
        #expect(condemnation.modality == "happened", "\(condemnation)")
        // Control: a point more than a year back does.
        let old = try event("وكانت مصر قد أدانت الهجوم في مارس 2021.", "ACCUSE", published: "2025-10-19")
        #expect(old.modality == "historical", "\(old)")
    }

    @Test func supportGivenWithArmsOrMoneyIsAid() throws {
        let aid = try #require(events("دعمت فرنسا أوكرانيا عسكريا طوال العام.").first)
        #expect(aid.type == "AID" && aid.source == ["country-fra"] && aid.target == ["country-ukr"])
        let support = try #require(events("دعمت فرنسا موقف أوكرانيا في المفاوضات.").first)
        #expect(support.type == "SUPPORT")
    }

    @Test func aCoordinatedClauseSharesTheSentencesSubject() throws {
        let found = events("الحكومة اليابانية أجلت زيارة وزير الخارجية، وقررت فرض عقوبات على كوريا الشمالية.")
        let sanction = try #require(found.first { $0.type == "SANCTION" })
        #expect(sanction.codes(sanction.source) == ["JPNGOV"] && sanction.target == ["country-prk"])
    }

    @Test func anEventsArgumentsEndWhereTheNextTriggerStarts() throws {
        let found = events("واصلت ألمانيا فرض العقوبات ودعم الجيش الأوكراني بالسلاح.")
        let sanction = try #require(found.first { $0.type == "SANCTION" })
        let aid = try #require(found.first { $0.type == "AID" })
        #expect(sanction.target.isEmpty)
        #expect(aid.codes(aid.target) == ["UKRMIL"])
    }

    @Test func protestersNameTheProtestAndWhoProtests() throws {
        // Protesters not yet known (no article): المحتجون would go on with a protest told before.
        let protest = try #require(events("رفع محتجون لافتات أمام مبنى البرلمان طوال النهار.").first { $0.type == "PROTEST" })
        #expect(protest.codes(protest.source) == ["---CVL"])
        // Protesters that another event's verb acts on are that event's target, not a protest.
        #expect(events("احتجزت قوات الأمن عشرات المحتجين في المدينة.").allSatisfy { $0.type != "PROTEST" })
    }

    @Test func aNisbaNamesTheStateNotARegionOfIt() throws {
        let found = events("في ألاسكا، انتهت القمة الأمريكية الروسية دون أي اتفاق.")
        let summit = try #require(found.first { $0.type == "CONSULT" })
        #expect(summit.source == ["country-usa"] && summit.target == ["country-rus"] && summit.location == "alaska")
        #expect(found.contains { $0.type == "AGREE" && $0.polarity == "negated" })
    }

    @Test func aQuotedNameStaysInsideItsClauseButAQuotationEndsIt() throws {
        for quoted in ["انتقدت منظمة «العفو الدولية» الحكومة الإيرانية بشدة.", "انتقدت منظمة \"العفو الدولية\" الحكومة الإيرانية بشدة."] {
            let found = try #require(events(quoted).first { $0.type == "ACCUSE" })
            #expect(found.source == ["amnesty-international"] && found.codes(found.target) == ["IRNGOV"])
        }
        // A quotation longer than a name is a clause of its own: the names inside it are not read as the target.
        let long = try #require(events("انتقد الوزير الإيراني «القرار الذي اتخذته واشنطن بتجميد الأرصدة الإيرانية في المصارف» أمس.").first)
        #expect(long.type == "ACCUSE" && long.codes(long.source) == ["IRNGOV"] && long.target.isEmpty)
    }

    @Test func theTimeOfANounAParticipleDescribesIsThatNouns() throws {
        let text = "وحثت بعثة الأمم المتحدة الأطراف على احترام اتفاق وقف إطلاق النار الموقع في أكتوبر 2020."
        let call = try event(text, "REQUEST", published: "2025-08-17")
        #expect(call.time == nil && call.modality == "happened", "\(call)")
        // Control: the described noun's own act has it.
        let truce = try event(text, "RETREAT", published: "2025-08-17")
        #expect(truce.time == "2020-10" && truce.modality == "historical", "\(truce)")
    }
    @Test func anActorAndItsVerbAfterWaOpenAClauseOfTheirOwn() throws {
        // A headline of two acts: the army threatens, and is not bombed with El Fasher.
        let threat = try event("الدعم السريع تقصف الفاشر بالمسيرات والجيش السوداني يتوعد بالرد", "THREATEN")
        #expect(threat.codes(threat.source) == ["SDNMIL"])
        let call = try event("الرئيس يهاجم المعارضة والمالكي يدعو إلى الحوار", "REQUEST")
        #expect(call.source == ["nouri-al-maliki"])
        // Control: a compound subject before its one verb, before a verb of two, and before a verb joined by و.
        let agreement = try event("مصر والأردن وإسرائيل توافق على الاتفاق.", "AGREE")
        #expect(Set(agreement.source + agreement.target) == ["country-egy", "country-jor", "country-isr"])
        let both = try event("قالت مصادر إن الرئيس هاجم المعارضة، وأعلنت أن أوباما وإردوغان اتفقا على خطة.", "AGREE")
        #expect(Set(both.source + both.target) == ["barack-obama", "recep-tayyip-erdogan"])
        let killed = try event("إلى ذلك، قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة.", "ASSAULT")
        #expect(killed.source.isEmpty && killed.codes(killed.target) == ["---MIL", "---COP"])
    }
    @Test func aHeadlinesClauseJoinedByWaIsAnActOfItsOwn() throws {
        // Two attacks in a headline: the Houthis' launch is the second clause's, and the first strikes have no Houthis
        // as their target; a sound plural in the nominative is the plural verb's subject alone.
        let found = events("غارات إسرائيلية على ميناء الحديدة والحوثيون يطلقون صاروخا باتجاه تل أبيب", published: "2025-09-05")
            .filter { $0.type == "ASSAULT" }
        #expect(found.count == 2, "\(found)")
        let strikes = try #require(found.first)
        #expect(strikes.codes(strikes.source) == ["ISRMIL"] && strikes.target.isEmpty && strikes.location == "hodeidah-port")
        let launch = try #require(found.last)
        #expect(launch.source == ["houthis"] && launch.target == ["tel-aviv"] && launch.location == nil)
        // An act's word between them keeps the clause's subject from the actor before it: Israel is not in Tehran, nor met.
        let headline = events("غروسي في طهران لبحث التفتيش وإسرائيل تهدد بضرب المنشآت", published: "2025-11-17")
        let talks = try #require(headline.first { $0.type == "CONSULT" }), threat = try #require(headline.first { $0.type == "THREATEN" })
        #expect(!talks.target.contains("country-isr") && threat.source == ["country-isr"] && threat.location == nil, "\(headline)")
        // Control: in running text, a verb after a compound's last member describes what comes before it.
        let visit = try event("روج الرئيس الأمريكي للاستثمار خلال زيارة رسمية إلى كينيا وإثيوبيا يبحث خلالها قضايا التجارة.", "CONSULT")
        #expect(visit.location == "country-ken" && visit.target == ["country-eth"], "\(visit)")
    }
    @Test func aHeadlinesClauseOpensWithAVerbTheLexiconDoesNotList() throws {
        // ترد is no trigger; its subject still opens a clause, and Hodeidah, struck by Israel, is not whom the Houthis target.
        let found = events("الحوثيون يستهدفون سفينة تجارية في البحر الأحمر وإسرائيل ترد بغارات على الحديدة", published: "2025-12-03")
            .filter { $0.type == "ASSAULT" }
        let attack = try #require(found.first { $0.trigger == "يستهدفون" }, "\(found)")
        #expect(attack.source == ["houthis"] && attack.target.isEmpty, "\(attack)")
        let strikes = try #require(found.first { $0.trigger == "بغارات" }, "\(found)")
        #expect(strikes.source == ["country-isr"] && strikes.target == ["hodeidah"], "\(strikes)")
        // Control: in running text the same words join Israel to the sea the attack took place in.
        let running = try event("استهدف الحوثيون سفينة تجارية في البحر الأحمر وإسرائيل ترد بغارات على الحديدة.", "ASSAULT", published: "2025-12-03")
        #expect(running.source == ["houthis"] && running.trigger == "استهدف", "\(running)")
    }
    @Test func aHeadlinesClauseOpensWithBombingAndItsSidesNisba() throws {
        let found = events("الحوثيون يستهدفون سفينة في البحر الأحمر وغارات أمريكية على الحديدة", published: "2025-12-03")
            .filter { $0.type == "ASSAULT" }
        let attack = try #require(found.first { $0.trigger == "يستهدفون" }, "\(found)")
        #expect(attack.source == ["houthis"] && attack.target.isEmpty, "\(attack)")
        let strikes = try #require(found.first { $0.trigger == "وغارات" }, "\(found)")
        #expect(strikes.codes(strikes.source) == ["USAMIL"] && strikes.target == ["hodeidah"], "\(strikes)")
        // Control: without its side's nisba the noun opens no act of its own.
        let one = events("الحوثيون يستهدفون سفينة في البحر الأحمر وغارات على الحديدة", published: "2025-12-03").filter { $0.type == "ASSAULT" }
        #expect(one.count == 1, "\(one)")
    }
    @Test func aVerbRightAfterAWordOfContrastIsAnActOfItsOwnForTheScoredTypes() throws {
        let text = "أعلنت جماعة الحوثي أنها استهدفت سفينة تجارية في البحر الأحمر، فيما شنت الولايات المتحدة غارات جوية على مواقع للجماعة في محافظة الحديدة."
        let found = events(text, published: "2025-12-03").filter { $0.type == "ASSAULT" }
        #expect(found.count == 2, "\(found)")
        let strikes = try #require(found.first { $0.trigger == "شنت" }, "\(found)")
        #expect(strikes.source == ["country-usa"] && strikes.target == ["houthis"], "\(strikes)")
        // Control: without a verb right after it, the word of contrast leaves the sentence one attack.
        let one = events("قتل ثلاثة جنود في انفجار عبوة ناسفة، فيما تواصلت الاشتباكات في المدينة.", published: "2025-12-03").filter { $0.type == "ASSAULT" }
        #expect(one.count == 1, "\(one)")
    }
    @Test func theActAnotherAnswersHasItsOwnPlace() throws {
        // ردا على opens the act an attack answers: the airport is where that launch was aimed, not where Israel struck.
        let text = "وقال الجيش الإسرائيلي إن طائراته استهدفت بنى تحتية عسكرية، ردا على إطلاق صاروخ باتجاه مطار بن غوريون."
        let strike = try event(text, "ASSAULT", published: "2025-09-05")
        #expect(strike.location == nil, "\(strike)")
    }
    @Test func aParticipleGoesOnFromTheMainClauseAfterAnOpeningPhrase() throws {
        let text = "في المقابل، رفض الأمين العام لحزب الله نعيم قاسم تسليم سلاح الحزب، وقال في كلمة متلفزة إن المقاومة لن تسلم سلاحها، متهما الحكومة بتنفيذ إملاءات أميركية."
        let accusation = try event(text, "ACCUSE", published: "2025-08-23")
        #expect(accusation.source == ["naim-qassem"])
        let refusal = try event("من جهته، دعا الشيخ حكمت الهجري أبناء الطائفة إلى عدم تسليم السلاح، رافضا دخول قوات الأمن العام إلى المدينة.", "REJECT")
        #expect(refusal.source.count == 1 && refusal.codes(refusal.target) == ["---COP"])
    }

    @Test func aDaySetOffByCommasInterruptsTheClauseWithoutEndingIt() throws {
        let reception = try event("استقبل الملك عبدالله الثاني، أمس، الرئيس المصري عبد الفتاح السيسي في عمان.", "CONSULT", published: "2025-11-20")
        #expect(reception.source == ["abdullah-ii"] && reception.target == ["abdel-fattah-el-sisi"], "\(reception)")
        let accusation = try event("اتهمت إيران، الثلاثاء، الولايات المتحدة بدعم الإرهاب.", "ACCUSE", published: "2025-11-20")
        #expect(accusation.source == ["country-irn"] && accusation.target == ["country-usa"], "\(accusation)")
        // A verb with its object's pronoun has its subject after the day (وقال ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي).
        let received = try event("وقال ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي الباجي قائد السبسي، إن الزيارة ناجحة.", "CONSULT",
                                 published: "2015-10-20")
        #expect(received.source == ["beji-caid-essebsi"], "\(received)")
        // Control: a clause of its own after the day (حيث) is another act, not the visit's.
        let found = events("زار وزير الخارجية الأمريكي ماركو روبيو الرياض، أمس، حيث التقى ولي العهد السعودي.", published: "2025-11-20")
        #expect(found.contains { $0.type == "CONSULT" && $0.mode == "visit" && $0.target == ["country-sau"] }, "\(found)")
        #expect(found.contains { $0.type == "CONSULT" && $0.mode == nil && $0.target == ["mohammed-bin-salman"] }, "\(found)")
    }
}
