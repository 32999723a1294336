import MarsadCore
import MarsadExtract
import Testing

/// Actors, sectors, compound actors, places and times of events, in sentences written
/// for these tests.
@Suite struct EventArgumentTests {
    @Test func roleNounsBecomeGenericActorsWithTheirCountry() throws {
        let arrest = try event("اعتقلت الشرطة العراقية خمسة متظاهرين في البصرة.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["IRQCOP"] && arrest.source == ["local-irq-cop"])
        let gunmen = try event("اغتال مسلحون مجهولون قاضيا في بغداد.", "ASSAULT")
        #expect(gunmen.codes(gunmen.source) == ["---UAF"] && gunmen.source == ["local-uaf"])
        let army = try event("قصف الجيش السوري مواقع للمعارضة في إدلب.", "ASSAULT")
        #expect(army.codes(army.source).first?.hasSuffix("MIL") == true)
    }

    @Test func aDatelinesPlaceIsWhereTheReportWasFiledNotAnActor() throws {
        let reception = try event("عنوان الخبر\nباريس – استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ أمس.", "CONSULT")
        #expect(reception.source == ["emmanuel-macron"] && reception.target == ["xi-jinping"] && reception.location == "geonames-2988507")
        let demo = try event("متظاهرون في بيشاور  * بيشاور (باكستان) ـ «الشرق الأوسط»: تظاهر آلاف الطلاب أمس.", "PROTEST")
        #expect(demo.codes(demo.source) == ["---EDU"])
        // Controls: a capital that opens its sentence with no dash after it, or stands later, still acts.
        #expect(try event("موسكو تدعو واشنطن إلى الحوار.", "REQUEST").source == ["country-rus"])
        #expect(try event("دعت موسكو - في بيان - واشنطن إلى الحوار.", "REQUEST").source == ["country-rus"])
    }

    @Test func aTitleBeforeANameIsNotAGenericActor() throws {
        let meeting = try event("التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين.", "CONSULT")
        #expect(meeting.source == ["donald-trump"] && meeting.target == ["vladimir-putin"])
        // The title's genitive may be a body of several words (مجلس النواب), a role noun of its own.
        let refusal = try event("رفض رئيس مجلس النواب عقيلة صالح دعوة الدبيبة إلى الحوار.", "REJECT")
        #expect(refusal.source == ["aguila-saleh"] && refusal.target == ["abdul-hamid-dbeibah"])
        // A name set off between commas after its title is the subject of the verb after it.
        let setOff = try event("وزير الخارجية الأمريكي، جون كيري، التقى نظيره الروسي في جنيف.", "CONSULT", published: "2015-08-01")
        #expect(setOff.source == ["john-kerry"] && setOff.target == ["sergey-lavrov"], "\(setOff)")
        let call = try event("الرئيس الفرنسي، فرانسوا هولاند، دعا إلى وقف إطلاق النار.", "REQUEST", published: "2015-08-01")
        #expect(call.source == ["francois-hollande"])
        // Control: a participle after the comma goes on from the main clause, not from what stands before the comma.
        let urging = try event("وقال إردوغان: يجب إدانة الإرهاب بغض النظر عن مصدره، داعيا إلى حملة دولية.", "REQUEST", published: "2015-08-01")
        #expect(urging.source == ["recep-tayyip-erdogan"], "\(urging)")
    }

    @Test func sanctionsAreImposedOnTheirTarget() throws {
        // فرضت عقوبات is a verb: what follows على is the target, not the source.
        let sanction = try event("أعلنت الحكومة الأميركية أمس أنها فرضت عقوبات على ثلاثة من قادة حزب الله.", "SANCTION")
        #expect(sanction.target == ["hezbollah"] && !sanction.source.contains("hezbollah"))
        // A feminine role noun in the dual is read as its singular, in every case (شركتين: شركة).
        let companies = try event("وفرضت وزارة الخزانة الأميركية عقوبات على شركتين تمولان الميليشيا.", "SANCTION")
        #expect(companies.codes(companies.target) == ["---BUS"], "\(companies)")
    }

    @Test func compoundActorsAreLists() throws {
        let call = try event("دعت الصين إلى الحوار بين الهند وباكستان.", "REQUEST")
        #expect(call.target == ["country-ind", "country-pak"])
        let joint = try event("انتقدت فرنسا وألمانيا إيران بشدة.", "ACCUSE")
        #expect(joint.source == ["country-fra", "country-deu"] && joint.target == ["country-irn"])
    }

    @Test func whereAnAttackStrikesNamesNoAttacker() throws {
        // The stronghold of a group is a place, as a building is: its owner did not attack in it.
        let market = try event("وقتل عشرون مدنيا في هجوم انتحاري وقع في سوق بإقليم أوروزجان معقل حركة طالبان.", "ASSAULT")
        #expect(!market.source.contains("taliban") && market.codes(market.target) == ["---CVL"], "\(market)")
        // A war machine one rides in is no attacker.
        let helicopter = try event("واغتيل المحافظ في متفجرة زرعت في طائرة هليكوبتر كان يستقلها.", "ASSAULT")
        #expect(!helicopter.codes(helicopter.source).contains("---MIL"), "\(helicopter)")
        // A car bomb is a noun: the building's owner after it was struck.
        let bomb = try event("سيارة مفخخة انفجرت قرب مقر الحزب في المدينة.", "ASSAULT")
        #expect(bomb.source.isEmpty && bomb.codes(bomb.target) == ["---PTY"], "\(bomb)")
        // Controls: a group named as the subject attacks; a war machine as the subject strikes.
        let taliban = try event("وقتلت حركة طالبان عشرين مدنيا في هجوم انتحاري.", "ASSAULT")
        #expect(taliban.source == ["taliban"])
        let shelling = try event("وقصفت طائرة هليكوبتر القرية.", "ASSAULT")
        #expect(shelling.codes(shelling.source) == ["---MIL"])
    }

    @Test func aDroneBelongingToAStatesForcesIsTheirs() throws {
        let missiles = try event("وأطلقت طائرة بدون طيار تابعة للقوات الأمريكية صاروخين على سيارة في مأرب.", "ASSAULT")
        #expect(missiles.codes(missiles.source) == ["USAMIL"], "\(missiles)")
        let strike = try event("وأعلن الجيش مقتل ثلاثة مسلحين في غارة شنتها طائرة بدون طيار تابعة للقوات الأمريكية.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["USAMIL"] && strike.codes(strike.target) == ["---UAF"], "\(strike)")
        // The agency spelt أميركية is the one spelt أمريكية.
        let cia = try event("وأطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية الأميركية عدة صواريخ على منزل.", "ASSAULT")
        #expect(cia.source == ["cia"] && cia.codes(cia.source) == ["USASPY"], "\(cia)")
    }

    @Test func theGendarmerieIsPolice() throws {
        let beating = try event("وتعرض السجناء للضرب المبرح من قبل قوات الدرك.", "ASSAULT")
        #expect(beating.codes(beating.source) == ["---COP"], "\(beating)")
    }

    @Test func aSpeakerIsNotTheActor() throws {
        let attack = try event("قالت الشرطة إن مسلحين هاجموا قافلة في الأنبار.", "ASSAULT")
        #expect(attack.codes(attack.source) == ["---UAF"])
    }

    @Test func thePlaceIsAPlaceMentionOfTheSentence() throws {
        let meeting = try event("التقت مصر والأردن في عمان أمس لبحث أزمة المياه.", "CONSULT")
        #expect(meeting.location == "geonames-250441")
        #expect(!meeting.source.contains("geonames-250441") && !meeting.target.contains("geonames-250441"))
        // A place an opening phrase names after في sets the main clause, over a place its topic names.
        let text = "وفي القاهرة، استقبل وزير الخارجية المصري بدر عبد العاطي نظيره القطري، وبحثا وقف إطلاق النار في غزة."
        let talks = try event(text, "CONSULT", published: "2025-06-26")
        #expect(talks.location == "geonames-360630", "\(talks)")
        // Control: a place within the country the phrase names is nearer the act.
        let raid = try event("وفي اليمن، قصفت طائرات التحالف مواقع للحوثيين في صنعاء.", "ASSAULT")
        #expect(raid.location == "geonames-71137", "\(raid)")
    }

    @Test func theTimeIsTheNearestTimeExpression() throws {
        let meeting = try event("التقت مصر والأردن في عمان أمس لبحث أزمة المياه.", "CONSULT")
        #expect(meeting.time == "2025-08-16")
        let summit = try event("عقدت فرنسا وألمانيا قمة في باريس يوم الاثنين.", "CONSULT")
        #expect(summit.time == "2025-08-11")
    }

    @Test func aVictimAfterAnAttackVerbIsItsTarget() throws {
        let killing = try event("قتل مدنيون في قصف على حلب.", "ASSAULT")
        #expect(killing.source.isEmpty && killing.codes(killing.target) == ["---CVL"])
    }

    @Test func theAgentOfAPassiveIsTheSource() throws {
        let kidnapping = try event("اختطف مهندس بريطاني على أيدي مسلحين قرب بنغازي.", "ASSAULT")
        #expect(kidnapping.codes(kidnapping.source) == ["---UAF"])
        let attack = try event("وقع الهجوم الذي نفذه متمردون فجر اليوم على قرية نائية.", "ASSAULT")
        #expect(attack.codes(attack.source) == ["---REB"])
        let shot = try event("قتل مزارع برصاص قناص في ريف درعا صباح الأحد.", "ASSAULT")
        #expect(shot.codes(shot.source) == ["---UAF"])
        let hands = try event("خطف صحفي فرنسي على يد رجال مسلحين في الساحل.", "ASSAULT")
        #expect(hands.codes(hands.source) == ["---UAF"])
    }

    @Test func attackersNamedInAnotherClauseAreTheSource() throws {
        let blast = try event("أصيب سبعة من عناصر الشرطة عندما فجر مسلحون قنبلة قرب المركز في الحلة.", "ASSAULT")
        #expect(blast.codes(blast.source) == ["---UAF"] && blast.codes(blast.target) == ["---COP"])
        // A role noun stays an actor where the tagger took it for an unknown name.
        let bombers = try event("هاجم انتحاريون مركزا للشرطة في الحلة.", "ASSAULT")
        #expect(bombers.codes(bombers.source) == ["---UAF"])
        // "Suicide" as the attack's adjective names no attacker.
        let suicide = try event("أصيب سبعة من عناصر الشرطة في هجوم انتحاري في الحلة.", "ASSAULT")
        #expect(suicide.source.isEmpty)
    }

    @Test func whoUnderwentOrWasAimedAtIsTheTarget() throws {
        let patrol = try event("تعرضت دورية للجيش اللبناني لهجوم مسلح قرب الحدود.", "ASSAULT")
        #expect(patrol.source.isEmpty && patrol.codes(patrol.target) == ["LBNMIL"])
        let convoy = try event("الجنود الفرنسيون تعرضوا لهجوم بقذائف الهاون قرب غاو.", "ASSAULT")
        #expect(convoy.source.isEmpty && convoy.codes(convoy.target) == ["FRAMIL"])
        let bus = try event("فجر انتحاري سيارة مفخخة استهدفت حافلة للشرطة الباكستانية في كويتا.", "ASSAULT")
        #expect(bus.codes(bus.source) == ["---UAF"] && bus.codes(bus.target) == ["PAKCOP"])
    }

    @Test func anAttackNounsComplementIsWhomItStruck() throws {
        let deaths = try event("أسفر الانفجار عن مقتل أربعة من عناصر الشرطة العراقية.", "ASSAULT")
        #expect(deaths.codes(deaths.target) == ["IRQCOP"])
        let raid = try event("أدانت الحكومة الهجمات الأخيرة للمتمردين على القرى.", "ASSAULT")
        #expect(raid.codes(raid.source).first?.hasSuffix("REB") == true)
    }

    @Test func peopleNamedByADemonymAreTheirCountry() throws {
        let hostages = try event("خطف مسلحون 12 باكستانيا قرب الحدود الأفغانية.", "ASSAULT")
        #expect(hostages.codes(hostages.source) == ["---UAF"] && hostages.target == ["country-pak"])
        let victims = try event("قتل ثلاثة عراقيين في انفجار سيارة مفخخة ببغداد.", "ASSAULT")
        #expect(victims.source.isEmpty && victims.target.contains("country-irq"))
    }

    @Test func whatAProtestFacesIsItsTarget() throws {
        let embassy = try event("تجمع مئات المحتجين أمام السفارة الفرنسية في الرباط.", "PROTEST")
        #expect(embassy.codes(embassy.source) == ["---CVL"] && embassy.codes(embassy.target) == ["FRAGOV"])
        let wages = try event("تظاهر آلاف العمال في الشوارع مطالبين الحكومة برفع الأجور.", "PROTEST")
        #expect(wages.codes(wages.target) == ["---GOV"])
        // Where a march heads is what it addresses.
        let text = "تظاهر مئات الطلاب وساروا نحو السفارة الإيطالية في وسط العاصمة."
        let walk = try event(text, "PROTEST")
        #expect(walk.codes(walk.target) == ["ITAGOV"] && walk.arabicNames(walk.target) == ["السفارة"] && text.contains("السفارة الإيطالية"))
    }

    @Test func aStateAProtestDenouncesIsItsTargetNotItsPlace() throws {
        let chants = try event("تظاهر مئات الطلاب ورددوا شعارات معادية لفرنسا أمام الجامعة.", "PROTEST")
        #expect(chants.target == ["country-fra"])
        // After ضد too, and with the states joined to it.
        let against = try event("وتظاهر المئات في العاصمة ضد إسرائيل.", "PROTEST")
        #expect(against.target == ["country-isr"], "\(against)")
        let both = try event("تجمع آلاف الطلاب أمام الجامعة رافعين شعارات معادية لبريطانيا وإسرائيل.", "PROTEST")
        #expect(both.target == ["country-gbr", "country-isr"], "\(both)")
        // Control: a state named after في is where the protest happens.
        let place = try event("تظاهر آلاف العمال في فرنسا مطالبين برفع الأجور.", "PROTEST")
        #expect(!place.target.contains("country-fra") && !place.source.contains("country-fra"))
    }

    @Test func aDemonymAfterProtestersIsTheirCountry() throws {
        let march = try event("خرج متظاهرون سوريون إلى شوارع حمص.", "PROTEST")
        #expect(march.codes(march.source) == ["SYRCVL"])
    }

    @Test func warMachinesStandForTheirArmedForces() throws {
        let strike = try event("قصفت طائرات إسرائيلية مبنى سكنيا في غزة.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["ISRMIL"])
    }

    @Test func anIndefiniteRoleNounInTheAccusativeOrDualIsAnActorButNotAnAdjective() throws {
        let killing = try event("اغتال مسلحون مسؤولا بارزا في مدينة درنة الليبية مساء الأحد.", "ASSAULT")
        // The demonym after the city is the city's, not a second target.
        #expect(killing.codes(killing.target) == ["---GOV"] && killing.location == "derna")
        let wounding = try event("جرح مسلحون شرطيان عند حاجز تفتيش.", "ASSAULT")
        #expect(wounding.codes(wounding.source) == ["---UAF"] && wounding.codes(wounding.target) == ["---COP"])
        // Agreeing with the noun before it, the word is its adjective: هجوما انتحاريا is no bomber.
        let attack = try event("شنت الحركة هجوما انتحاريا على قاعدة للجيش أمس.", "ASSAULT")
        #expect(!attack.codes(attack.source).contains("---UAF"))
    }

    @Test func aComplementWithLamIsNotTheSubjectOfTheVerbAfterIt() throws {
        let found = events("أطلق مسلحون النار على سيارة للشرطة فقتلوا اثنين من ركابها.")
        #expect(!found.isEmpty && found.allSatisfy { !$0.codes($0.source).contains("---COP") })
        // A subject without it still stands before its verb.
        let subject = try event("الشرطة اعتقلت ثلاثة مسلحين في المدينة.", "COERCE")
        #expect(subject.codes(subject.source) == ["---COP"])
    }

    @Test func theOwnerOfABuildingOrConvoyIsTheTarget() throws {
        // Owners of what an attack struck, with a day or an adjective between (sentences of these tests).
        let text = "هاجموا مقر الشرطة في البلدة ليلا وأحرقوا سياراتها."
        let raid = try event(text, "ASSAULT")
        #expect(raid.source.isEmpty && raid.codes(raid.target) == ["---COP"] && raid.arabicNames(raid.target) == ["الشرطة"] && text.contains("مقر الشرطة"))
        let convoy = try event("انفجرت سيارة مفخخة استهدفت أمس قافلة للجيش على الطريق الساحلي.", "ASSAULT")
        #expect(convoy.codes(convoy.target) == ["---MIL"])
        let patrol = try event("انفجرت قنبلة لدى مرور دورية للشرطة في السوق القديم.", "ASSAULT")
        #expect(patrol.codes(patrol.target) == ["---COP"])
        let joint = try event("هاجم مسلحون دورية مشتركة للجيش قرب المعبر.", "ASSAULT")
        #expect(joint.codes(joint.source) == ["---UAF"] && joint.codes(joint.target) == ["---MIL"])
        // Control: attackers before the building stay the source.
        let gunmen = try event("هاجم مسلحون مقر الحزب في وسط المدينة.", "ASSAULT")
        #expect(gunmen.codes(gunmen.source) == ["---UAF"])
    }
}
