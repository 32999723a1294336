import MarsadCore
import MarsadExtract
import Testing

/// How role nouns are read as actors: after a verb, after a count, before a genitive and its
/// demonym, in sentences written for these tests. A generic actor's Arabic name is the role
/// noun it was read from, so each is checked against the words of its sentence.
@Suite struct EventActorReadingTests {
    @Test func aSingularRoleNounAfterAVerbIsItsSubjectNotAnAdjective() throws {
        let blast = try event("قتل أربعة من رجال الأمن عندما فجر انتحاري نفسه عند حاجز في الرمادي.", "ASSAULT")
        #expect(blast.codes(blast.source) == ["---UAF"] && blast.codes(blast.target) == ["---COP"])
        // Control: after an event noun it is the attack's adjective.
        let attack = try event("أصيب خمسة من رجال الأمن في تفجير انتحاري عند حاجز في الرمادي.", "ASSAULT")
        #expect(attack.source.isEmpty)
    }

    @Test func attackersRightAfterAVerbOfAimingAreItsSubject() throws {
        let text = "استهدف مسلح حافلة تقل عمالا في ضواحي كراتشي."
        let aimed = try event(text, "ASSAULT")
        #expect(aimed.codes(aimed.source) == ["---UAF"] && !aimed.codes(aimed.target).contains("---UAF"))
        #expect(aimed.arabicNames(aimed.source) == ["مسلح"] && text.contains("استهدف مسلح"))
        // Control: what follows the verb after its subject is what it aimed at.
        let patrol = try event("مسلحون استهدفوا دورية للشرطة قرب الموصل.", "ASSAULT")
        #expect(patrol.codes(patrol.target) == ["---COP"])
        // So are war machines: the aircraft aimed at the positions, not the other way round.
        let raid = try event("واستهدفت الطائرات مواقع للحوثيين قرب صنعاء.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---MIL"] && raid.codes(raid.target) == ["YEMREB"])
    }

    @Test func aCountOrTheSupportersOfARoleAreOfThatRole() throws {
        let text = "تظاهر مئات المعلمين أمام مقر الحكومة في عمان."
        let teachers = try event(text, "PROTEST")
        #expect(teachers.codes(teachers.source) == ["---EDU"] && teachers.arabicNames(teachers.source) == ["مئات المعلمين"])
        #expect(text.contains("مئات المعلمين"))
        let supporters = try event("احتشد أنصار المعارضة في الساحة الرئيسية مطالبين بإطلاق المعتقلين.", "PROTEST")
        #expect(supporters.codes(supporters.source) == ["---OPP"])
        let fighters = try event("هاجم عشرات المسلحين قرية في ريف حماة.", "ASSAULT")
        #expect(fighters.codes(fighters.source) == ["---UAF"])
        // Control: a count of protesters stays a crowd.
        let crowd = try event("تجمع آلاف المتظاهرين في وسط المدينة.", "PROTEST")
        #expect(crowd.codes(crowd.source) == ["---CVL"])
    }

    @Test func aNounInTheConstructStateTakesTheDemonymAfterItsGenitive() throws {
        let text = "اغتال مسلحون مدير مكتب وزارة النفط العراقية في بغداد."
        let killing = try event(text, "ASSAULT")
        #expect(killing.codes(killing.source) == ["---UAF"] && killing.codes(killing.target) == ["IRQGOV"])
        #expect(killing.arabicNames(killing.target) == ["وزارة"] && text.contains("وزارة النفط العراقية"))
        let soldiers = try event("هاجم جنود الاحتلال الإسرائيلي قرية قرب نابلس.", "ASSAULT")
        #expect(soldiers.codes(soldiers.source) == ["ISRMIL"])
    }

    @Test func theCasualtiesOrTheAimLaterInTheSentenceAreTheTarget() throws {
        let text = "انفجرت عبوة ناسفة على طريق سريع شمال المدينة صباح اليوم ما أسفر عن مقتل أربعة مدنيين."
        let blast = try event(text, "ASSAULT")
        #expect(blast.codes(blast.target) == ["---CVL"] && blast.arabicNames(blast.target) == ["مدنيين"])
        let convoy = try event("قتل 15 شخصا على الأقل وأصيب عشرون بجروح في تفجير بسيارة مفخخة وسط سوق المدينة القديمة مساء أمس استهدف دورية للجيش السوداني.", "ASSAULT")
        #expect(convoy.codes(convoy.target) == ["SDNMIL"])
    }

    @Test func whoSurvivedAnAttackBeforeACommaIsItsTarget() throws {
        let survived = try event("نجا محافظ المدينة، من انفجار عبوة ناسفة استهدفت سيارته.", "ASSAULT")
        #expect(survived.source.isEmpty && survived.codes(survived.target) == ["---GOV"])
    }

    @Test func aCountAfterAVerbOfKillingWasKilled() throws {
        let strike = try event("سقطت قذائف على القرية فقتلت 14 مسلحا.", "ASSAULT")
        #expect(strike.source.isEmpty && strike.codes(strike.target) == ["---UAF"])
        // Control: with a subject beside it, the count is still the verb's object.
        let raid = try event("قتلت قوات الأمن ثلاثة مسلحين في مداهمة.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---COP"] && raid.codes(raid.target) == ["---UAF"])
    }

    @Test func whatAnAttackWasAgainstInAClauseBeforeIsItsTarget() throws {
        let fire = try event("فتح مسلحون النار على حافلة للشرطة فقتلوا أربعة من ركابها.", "ASSAULT")
        #expect(fire.codes(fire.source) == ["---UAF"] && fire.codes(fire.target) == ["---COP"])
    }

    @Test func membersOfANamedOrganisationAreThatOrganisation() throws {
        let activist = try event("قوة إسرائيلية خاصة اغتالت ناشطا في حركة حماس قرب جنين.", "ASSAULT")
        #expect(activist.target == ["hamas"])
        let fighters = try event("قتل الجيش عشرة مسلحين من حركة طالبان في ولاية هلمند.", "ASSAULT")
        let about = try event("قتلت نحو 40 متمردا من حركة طالبان في غارة على ولاية هلمند.", "ASSAULT")
        #expect(about.source.isEmpty && about.target == ["taliban"])
        #expect(fighters.codes(fighters.source) == ["---MIL"] && fighters.target == ["taliban"])
        // So is its staff.
        let staff = try event("اعتقلت جماعة الحوثي 11 موظفا في الأمم المتحدة خلال مداهمات في صنعاء.", "COERCE")
        #expect(staff.source == ["houthis"] && staff.target == ["united-nations"])
    }

    @Test func membersOfAnOrganisationNamedInQuotesAfterItsKindAreThatOrganisation() throws {
        let quoted = try event("قتلت القوات الحكومية تسعة مسلحين من تنظيم «القاعدة» قرب الفلوجة.", "ASSAULT")
        #expect(quoted.codes(quoted.source) == ["---MIL"] && quoted.target == ["al-qaeda"])
        // Control: a word other than the organisation's kind between them keeps the gunmen apart.
        let apart = try event("قتلت القوات الحكومية تسعة مسلحين من أنصار «القاعدة» قرب الفلوجة.", "ASSAULT")
        #expect(apart.codes(apart.target) == ["---UAF"])
    }

    @Test func gunmenLoyalToANamedOrganisationAreThatOrganisation() throws {
        let loyal = try event("قتلت القوات الأفغانية خمسة مسلحين موالين لحركة طالبان قرب الحدود.", "ASSAULT")
        #expect(loyal.codes(loyal.source) == ["AFGMIL"] && loyal.target == ["taliban"])
        // Control: loyal to a person, they stay gunmen.
        let person = try event("قتلت القوات الأفغانية خمسة مسلحين موالين للرئيس السابق قرب الحدود.", "ASSAULT")
        #expect(person.codes(person.target) == ["---UAF"])
    }

    @Test func whatAProtestCallsItsGrievanceIsWhatItIsAgainst() throws {
        let text = "تظاهر مئات الطلاب أمام الجامعة احتجاجا على ما وصفوه بقمع الشرطة."
        let march = try event(text, "PROTEST")
        #expect(march.codes(march.target) == ["---COP"] && march.arabicNames(march.target) == ["الشرطة"] && text.contains("الشرطة"))
        // Control: who does the describing is not what the protest is against.
        let described = try event("تظاهر مئات الطلاب أمام الجامعة احتجاجا على ما وصفته الشرطة بالشغب.", "PROTEST")
        #expect(!described.codes(described.target).contains("---COP"))
    }

    @Test func aWarMachineBeforeANounOfCasualtiesStaysTheAttacker() throws {
        let text = "صدمت مدرعة روسية حافلة ركاب قرب الحدود، ما أسفر عن سقوط خمسة قتلى."
        let fire = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "قتلى" })
        #expect(fire.codes(fire.source) == ["RUSMIL"] && fire.target.isEmpty)
        #expect(fire.arabicNames(fire.source) == ["روسية"] && text.contains("مدرعة روسية"))
        // Control: people before the noun of casualties are its victims.
        let people = try event("سقط عشرات الأفغان بين قتيل وجريح قرب الحدود.", "ASSAULT")
        #expect(people.source.isEmpty && people.codes(people.target) == ["AFGCVL"])
    }

    @Test func aRoleNounWithAPronounIsItsOwnersActor() throws {
        let text = "أعلن الجيش الأمريكي مقتل ثلاثة من جنوده في هجوم قرب بغداد."
        let losses = try event(text, "ASSAULT")
        #expect(losses.codes(losses.target) == ["USAMIL"] && losses.arabicNames(losses.target) == ["جنوده"] && text.contains("جنوده"))
        // Control: without the pronoun the soldiers have no country from the sentence.
        let plain = try event("أعلن الجيش الأمريكي مقتل ثلاثة جنود في هجوم قرب بغداد.", "ASSAULT")
        #expect(plain.codes(plain.target) == ["---MIL"])
    }

    @Test func aPhotographerIsMedia() throws {
        let hostage = try event("خطف مسلحون مصورا إيطاليا في شمال سوريا.", "ASSAULT")
        #expect(hostage.codes(hostage.source) == ["---UAF"] && hostage.codes(hostage.target) == ["ITAMED"])
    }

    @Test func anAdjectiveOfAnEventNounIsNoActorOfALaterTrigger() throws {
        let text = "أسفر هجوم انتحاري بشاحنة مفخخة استهدف مركزا للشرطة عن مقتل عشرة أشخاص."
        let attacks = events(text).filter { $0.type == "ASSAULT" }
        #expect(!attacks.isEmpty && text.contains("هجوم انتحاري"))
        #expect(attacks.allSatisfy { $0.source.isEmpty })
        // Control: a suicide bomber as the verb's subject is its source.
        let bomber = try event("استهدف انتحاري مركزا للشرطة في المدينة.", "ASSAULT")
        #expect(bomber.codes(bomber.source) == ["---UAF"] && bomber.arabicNames(bomber.source) == ["انتحاري"])
    }

    @Test func aDayMayStandBetweenADemandAndWhatItAsksFor() throws {
        let text = "تجمع آلاف المتظاهرين في الساحة ثم طالبوا الأحد باستقالة الوزير."
        let demand = try event(text, "PROTEST")
        #expect(demand.codes(demand.target) == ["---GOV"] && demand.arabicNames(demand.target) == ["الوزير"])
        #expect(text.contains("باستقالة الوزير"))
        // Control: with no word of demand before the day, the minister is not what the crowd asks of.
        let after = try event("تجمع آلاف المتظاهرين في الساحة الأحد بعد استقالة الوزير.", "PROTEST")
        #expect(after.target.isEmpty)
    }

    @Test func aCountWithMinTakesItsPeopleAndTheirDemonym() throws {
        let text = "تظاهر العشرات من الطلاب العراقيين أمام الجامعة."
        let students = try event(text, "PROTEST")
        #expect(students.codes(students.source) == ["IRQEDU"] && students.arabicNames(students.source) == ["العشرات من الطلاب"])
        #expect(text.contains("العشرات من الطلاب"))
        // Control: a count of people of its own sector right after it stays one crowd.
        let crowd = try event("تجمع آلاف المتظاهرين في وسط المدينة.", "PROTEST")
        #expect(crowd.codes(crowd.source) == ["---CVL"])
    }

    @Test func whatProtestersStormedIsTheProtestsTarget() throws {
        let text = "وقد اقتحم مئات المتظاهرين مكتب المحافظ في وسط المدينة."
        let stormed = try event(text, "PROTEST")
        #expect(stormed.codes(stormed.source) == ["---CVL"] && stormed.codes(stormed.target) == ["---GOV"])
        #expect(stormed.arabicNames(stormed.target) == ["المحافظ"] && text.contains("مكتب المحافظ"))
        let smashed = try event("كان متظاهرون قد حطموا يوم السبت مقر الشرطة في البلدة.", "PROTEST")
        #expect(smashed.codes(smashed.target) == ["---COP"])
        // Control: with no verb of storming, what a protest stands before is its target.
        let marched = try event("سار المتظاهرون في الشوارع ثم تجمعوا أمام مقر البرلمان.", "PROTEST")
        #expect(marched.codes(marched.target) == ["---LEG"])
    }

    @Test func aCapitalAfterAWordOfPlaceIsTheSetting() throws {
        let text = "اختطف مسلحون ثلاثة تجار في سوق شعبية وسط بغداد."
        let kidnapping = try event(text, "ASSAULT")
        #expect(kidnapping.codes(kidnapping.source) == ["---UAF"] && !kidnapping.codes(kidnapping.target).contains("IRQ"))
        #expect(kidnapping.location != nil)
        // Control: a capital right after a verb of striking is what it struck.
        let bombed = try event("قصفت طائرات أمريكية بغداد.", "ASSAULT")
        #expect(bombed.codes(bombed.source) == ["USAMIL"] && bombed.codes(bombed.target) == ["IRQ"])
    }

    @Test func aSuicideBomberAmongTheDeadCarriedOutTheAttack() throws {
        let text = "أسفر الهجوم عن مقتل الانتحاري ومدنيين اثنين قرب الحاجز."
        let blast = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "مقتل" })
        #expect(blast.codes(blast.source) == ["---UAF"] && blast.codes(blast.target) == ["---CVL"])
        #expect(blast.arabicNames(blast.source) == ["الانتحاري"] && text.contains("مقتل الانتحاري"))
        // Control: a bomber shot dead by the police was struck by them.
        let shot = try #require(events("أعلنت الشرطة مقتل انتحاري برصاص رجال الأمن قرب الحاجز.").first { $0.type == "ASSAULT" && $0.trigger == "مقتل" })
        #expect(shot.codes(shot.target) == ["---UAF"] && !shot.codes(shot.source).contains("---UAF"))
        // A bomber who blew himself up and died is not what he struck: those wounded beside him are.
        let later = try #require(events("فجر انتحاري نفسه عند نقطة تفتيش، وكانت النتيجة مقتل الانتحاري وإصابة اثنين من رجال الأمن.").first { $0.type == "ASSAULT" })
        #expect(later.codes(later.source) == ["---UAF"] && later.codes(later.target) == ["---COP"])
    }

    @Test func theGenitiveOfAVerbalNounOfKillingIsItsVictim() throws {
        let text = "يمثل اغتيال العقيد خالد منصور، قائد الحرس في المدينة، ضربة قاسية للحكومة."
        let killing = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "اغتيال" })
        #expect(killing.source.isEmpty && killing.codes(killing.target) == ["---MIL"])
        // The colonel, whom the knowledge base does not know, by his name and his title's code.
        #expect(killing.arabicNames(killing.target) == ["خالد منصور"] && text.contains("اغتيال العقيد"))
        // Control: after the past verb of the same row the actor is its subject.
        let verb = try event("اغتال العقيد خالد منصور معارضا بارزا في المدينة.", "ASSAULT")
        #expect(verb.codes(verb.source) == ["---MIL"])
    }

    @Test func theOrganisationOfAPersonKilledInThePassiveIsTheTarget() throws {
        let text = "اغتيل كمال ناصر القيادي في حركة حماس بانفجار عبوة قرب منزله."
        let killing = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "اغتيل" })
        // The person killed, whom the knowledge base does not know, and his organisation.
        #expect(killing.source.isEmpty && killing.arabicNames(killing.target).last == "حماس"
                && killing.arabicNames(killing.target).first?.hasPrefix("كمال ناصر") == true, "\(killing)")
        // Control: the organisation as the subject of an active verb is the attacker.
        let attack = try event("هاجمت حركة حماس دورية للجيش قرب الحدود.", "ASSAULT")
        #expect(attack.arabicNames(attack.source) == ["حماس"] && attack.codes(attack.target).first?.hasSuffix("MIL") == true)
    }

    @Test func whoUnderwentAnAttackMayStandWordsBeforeIt() throws {
        let text = "تعرض قيادي في حركة فتح صباح أمس للخطف على أيدي مسلحين في المدينة."
        let kidnapping = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "للخطف" })
        #expect(kidnapping.codes(kidnapping.source) == ["---UAF"] && kidnapping.codes(kidnapping.target) == ["PSEPTY"])
        #expect(kidnapping.arabicNames(kidnapping.target) == ["حركة فتح"] && text.contains("حركة فتح"))
        // Control: with no verb of undergoing, the noun's actor before it is no target.
        let party = try #require(events("أعلنت حركة فتح رفضها للخطف على أيدي مسلحين في المدينة.").first { $0.type == "ASSAULT" })
        #expect(!party.codes(party.target).contains("PSEPTY"))
    }

    @Test func worshippersAreReligious() throws {
        let text = "اعتدى عناصر من الشرطة على المصلين داخل المسجد."
        let beating = try event(text, "ASSAULT")
        #expect(beating.codes(beating.target) == ["---REL"] && beating.arabicNames(beating.target) == ["المصلين"])
        #expect(text.contains("المصلين"))
    }

    @Test func whoClaimsAnAttackCarriedItOut() throws {
        let text = "أعلن تنظيم داعش أمس، مسؤوليته عن تفجير سيارة ملغومة قرب مسجد يرتاده الحوثيون في صنعاء."
        let blast = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "تفجير" })
        #expect(blast.source == ["isis"] && !blast.target.contains("isis"))
        #expect(text.contains("داعش أمس، مسؤوليته عن تفجير"))
        let adopted = try event("وقتل ستة جنود في تفجير انتحاري تبنته حركة طالبان قرب قندهار.", "ASSAULT")
        #expect(adopted.source == ["taliban"] && adopted.codes(adopted.target) == ["---MIL"])
        // Control: a group that only speaks of the attack is no author of it.
        let spoken = try event("قالت حركة طالبان إن تفجيرا قتل ستة جنود قرب قندهار.", "ASSAULT")
        #expect(!spoken.source.contains("taliban"))
    }

    @Test func whoClaimsAnAttackCarriedOutTheDeedsThatFollowTheClaim() throws {
        let text = "قال مسؤول إن تفجيرا بسيارة ملغومة أعلن تنظيم داعش مسؤوليته عنه قتل عشرين شخصا في بغداد."
        let killing = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "قتل" })
        #expect(killing.source == ["isis"] && !killing.target.contains("isis"))
        #expect(text.contains("داعش مسؤوليته عنه قتل"))
        // After a relative clause of adopting, the claimant is no one struck by the toll.
        let toll = try event("وقع الهجوم الذي تبنته حركة طالبان وأوقع عشرة قتلى في قندهار.", "ASSAULT")
        #expect(toll.source == ["taliban"] && !toll.target.contains("taliban"))
        // Controls: an attack in another clause may be another; a denial claims nothing.
        let other = try event("قتل خمسة جنود في هجوم، وأعلنت حركة طالبان مسؤوليتها عن خطف صحفي في كابل.", "ASSAULT")
        #expect(!other.source.contains("taliban"))
        let denied = try event("قتل ثلاثون شخصا في تفجيرات في العراق، ونفى تنظيم داعش مسؤوليته عنها.", "ASSAULT")
        #expect(!denied.source.contains("isis"))
    }

    @Test func aPopularResistanceIsAForceAndABodySomeoneBelongsToIsNoAttacker() throws {
        let text = "استهدفت المقاومة الشعبية تجمعات ميليشيا الحوثي في ذمار."
        let attack = try event(text, "ASSAULT")
        #expect(attack.codes(attack.source) == ["---REB"] && attack.arabicNames(attack.source) == ["المقاومة الشعبية"])
        #expect(attack.target.contains("houthis") && text.contains("المقاومة الشعبية"))
        // The body one of the dead belonged to did not fire: the tank did.
        let shelling = try event("أطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين مما أدى إلى مقتل أربعة أحدهم ينتمي إلى لجان المقاومة الشعبية.", "ASSAULT")
        #expect(shelling.codes(shelling.source) == ["ISRMIL"])
        // Control: resistance alone is resisting, no force.
        let call = try event("دعا الوزير إلى مقاومة الضغوط.", "REQUEST")
        #expect(call.source.isEmpty || !call.codes(call.source).contains("---REB"))
    }

    @Test func aSingularDemonymAfterAPluralOfPeopleIsAnotherActor() throws {
        let text = "خطف مسلحون أميركيا في البصرة."
        let kidnapping = try event(text, "ASSAULT")
        #expect(kidnapping.codes(kidnapping.source) == ["---UAF"] && kidnapping.codes(kidnapping.target) == ["USA"])
        #expect(text.contains("مسلحون أميركيا"))
        // Controls: a plural demonym agrees with the plural and is its country, a singular one with a singular.
        let plural = try event("قتل مسلحون عراقيون ثلاثة جنود في الموصل.", "ASSAULT")
        #expect(plural.codes(plural.source) == ["IRQUAF"])
        let singular = try event("قتل مسلحون جنديا عراقيا في الموصل.", "ASSAULT")
        #expect(singular.codes(singular.target) == ["IRQMIL"])
    }

    @Test func forcesNamedByTheirRebellionAreRebels() throws {
        let text = "هاجمت قوات المتمردين ثكنة للجيش شمال المدينة."
        let attack = try event(text, "ASSAULT")
        #expect(attack.codes(attack.source) == ["---REB"] && attack.codes(attack.target) == ["---MIL"])
        #expect(attack.arabicNames(attack.source) == ["قوات المتمردين"] && text.contains("قوات المتمردين"))
        // Control: forces of a state's service stay its forces.
        let raid = try event("هاجمت قوات الأمن مخبأ للمتمردين شمال المدينة.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---COP"])
    }

    @Test func fightersInTheConstructStateAreRebelsAndWhoMetDeathDied() throws {
        let text = "قتل الجيش ثمانية من مقاتلي الحركة في غارة قرب الحدود."
        let raid = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "قتل" })
        #expect(raid.codes(raid.source) == ["---MIL"] && raid.codes(raid.target) == ["---REB"])
        #expect(raid.arabicNames(raid.target) == ["مقاتلي"] && text.contains("من مقاتلي الحركة"))
        let died = try event("لقي ثلاثة مسلحين حتفهم في انفجار قرب الحدود.", "ASSAULT")
        #expect(died.source.isEmpty && died.codes(died.target) == ["---UAF"])
        let soldiers = try #require(events("أكدت الوزارة مقتل تسعة عسكريين في كمين قرب الحدود.").first { $0.type == "ASSAULT" && $0.trigger == "مقتل" })
        #expect(soldiers.codes(soldiers.target) == ["---MIL"])
    }

    @Test func whatAnAttackWasAgainstPastAnotherAttacksWordIsItsTarget() throws {
        let raids = try event("شنت مقاتلات حربية غارات على مواقع المتمردين قرب المدينة.", "ASSAULT")
        #expect(raids.codes(raids.source) == ["---MIL"] && raids.codes(raids.target) == ["---REB"])
        let killing = try event("قتل عشرون شخصا في هجوم على أنصار الحزب الحاكم.", "ASSAULT")
        #expect(killing.codes(killing.target) == ["---PTY"])
        // Controls: على before a word of where names a place (على الحدود السورية), and after days (بعد يومين على هجوم
        // انتحاري) an attack's adjective is no one it struck.
        let border = try event("وجاءت الاعتقالات بعد مقتل عشرين شخصا في تفجير انتحاري الأحد في بلدة صغيرة على الحدود السورية.", "ASSAULT")
        #expect(border.target.isEmpty)
        let fire = try #require(events("ويأتي تبادل إطلاق النار في المدينة بعد يومين على هجوم انتحاري في السوق أسفر عن مقتل 30 شخصا.")
            .first { $0.type == "ASSAULT" && $0.trigger == "إطلاق النار" })
        #expect(fire.target.isEmpty)
    }

    @Test func anOfficeOfTheStateInAPlaceNamedAfterItsKindIsThatPlacesStates() throws {
        let station = try event("هاجم مسلحون مركزا للشرطة في مدينة الموصل.", "ASSAULT")
        #expect(station.codes(station.target) == ["IRQCOP"])
        // Control: an army's base in a city may be a foreign army's.
        let base = try event("هاجم مسلحون مركزا للجيش في مدينة الموصل.", "ASSAULT")
        #expect(base.codes(base.target) == ["---MIL"])
    }

    @Test func protestersNearABuildingStandBeforeIt() throws {
        let text = "تجمع مئات المتظاهرين بالقرب من مبنى وزارة المالية احتجاجا على الضرائب."
        let rally = try event(text, "PROTEST")
        #expect(rally.codes(rally.target) == ["---GOV"] && rally.arabicNames(rally.target) == ["وزارة"])
        #expect(text.contains("بالقرب من مبنى وزارة"))
    }

    @Test func whatFollowsAVerbWhoseSuffixNamesItsSubjectIsItsObject() throws {
        let text = "قال شهود إن مجهولين اختطفوا صحفيا بريطانيا قرب الفندق."
        let kidnapping = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "اختطفوا" })
        #expect(kidnapping.codes(kidnapping.source) == ["---UAF"] && kidnapping.codes(kidnapping.target) == ["GBRMED"])
        #expect(kidnapping.arabicNames(kidnapping.target) == ["صحفيا"] && text.contains("اختطفوا صحفيا"))
        // Control: after a verb left singular its plural subject follows it.
        let subject = try event("اختطف مسلحون صحفيا بريطانيا قرب الفندق.", "ASSAULT")
        #expect(subject.codes(subject.source) == ["---UAF"] && subject.codes(subject.target) == ["GBRMED"])
    }

    @Test func touristsAreCiviliansAndAHelicopterIsMilitary() throws {
        let text = "قتل مسلح سائحين في ساحة المدينة القديمة."
        let shooting = try event(text, "ASSAULT")
        #expect(shooting.codes(shooting.target) == ["---CVL"] && shooting.arabicNames(shooting.target) == ["سائحين"])
        #expect(text.contains("مسلح سائحين"))
        let helicopter = try #require(events("تعرضت هليكوبتر لهجوم بنيران أرضية قرب المطار.").first { $0.type == "ASSAULT" && $0.trigger == "لهجوم" })
        #expect(helicopter.codes(helicopter.target) == ["---MIL"])
    }

    @Test func whomAPetitionOrACallIsAddressedToIsTheProtestsTarget() throws {
        let memo = try event("تظاهر المئات في شوارع البلدة ثم سلموا مذكرة إلى المجلس البلدي.", "PROTEST")
        #expect(memo.codes(memo.target) == ["---GOV"])
        let call = try event("تظاهر المئات في الساحة مرددين هتافات تدعو الحكومة إلى الاستقالة.", "PROTEST")
        #expect(call.codes(call.target) == ["---GOV"])
        // Control: a body named after إلى with no petition before it is no addressee.
        let walked = try event("تظاهر المئات في شوارع البلدة ثم عادوا إلى المجلس البلدي.", "PROTEST")
        #expect(walked.target.isEmpty)
    }

    @Test func aStateWhosePolicyAProtestDenouncesIsItsTarget() throws {
        let shelling = try event("تظاهر المئات في الساحة رافعين لافتات تشجب عمليات القصف الروسي للقرى.", "PROTEST")
        #expect(shelling.codes(shelling.target) == ["RUS"])
        let settlement = try event("تجمع مئات المحتجين في الساحة رافعين لافتات تطالب بوقف الاستيطان الإسرائيلي.", "PROTEST")
        #expect(settlement.codes(settlement.target) == ["ISR"])
        // Controls: the title of who denounces stands between the verb and its subject, who is no target; two words
        // after على may hold a verb with its subject, who is no target either.
        let statement = try #require(events("ندد الرئيس الفرنسي إيمانويل ماكرون بالهجوم الذي أوقع أمس عشرين قتيلا في المدينة.").first { $0.trigger == "قتيلا" })
        #expect(!statement.codes(statement.target).contains("FRAGOV"))
        // ندد takes what it denounces with ب: the minister after it is who denounces, not what was struck.
        let minister = try #require(events("ندد الوزير بالهجوم الذي أوقع أمس عشرين قتيلا في المدينة.").first { $0.trigger == "قتيلا" })
        #expect(!minister.codes(minister.target).contains("---GOV"))
        let reprisal = try #require(events("قتلت قوات الأمن خمسة رجال ردا على هجوم شنه مسلحون على حاجز.").first { $0.trigger == "قتلت" })
        #expect(!reprisal.codes(reprisal.target).contains("---UAF"))
    }

    @Test func whatAProtestIsAgainstComesBeforeWhereItStands() throws {
        let text = "تجمع عشرات المحتجين أمام السفارة البريطانية احتجاجا على زيارة الرئيس الروسي."
        let rally = try event(text, "PROTEST")
        #expect(rally.codes(rally.target) == ["RUSGOV"])
        #expect(text.contains("زيارة الرئيس الروسي"))
        // Control: with nothing it is against, the embassy it stands before is its target.
        let embassy = try event("تجمع عشرات المحتجين أمام السفارة البريطانية في العاصمة.", "PROTEST")
        #expect(embassy.codes(embassy.target) == ["GBRGOV"])
    }

    @Test func whoWasWoundedAsAResultOfAnAttackIsItsTarget() throws {
        // توفي is a verb of casualties and no trigger: the blast is the event, past the comma.
        let text = "وتوفي ثلاثة جنود، جراء انفجار عبوة ناسفة على طريق قرب الحدود."
        let blast = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "انفجار" })
        #expect(blast.codes(blast.target) == ["---MIL"] && blast.arabicNames(blast.target) == ["جنود"])
        #expect(text.contains("جنود، جراء انفجار"))
        // A wounding verb is a trigger itself, and the soldiers are its target.
        let wounded = try #require(events("وأصيب ثلاثة جنود بجروح، جراء انفجار عبوة ناسفة على طريق قرب الحدود.").first { $0.type == "ASSAULT" })
        #expect(wounded.codes(wounded.target) == ["---MIL"])
        // Control: with no verb of casualties the soldiers are no victims of the blast.
        let heard = try #require(events("وسمع ثلاثة جنود، صوت انفجار عبوة ناسفة على طريق قرب الحدود.").first { $0.type == "ASSAULT" && $0.trigger == "انفجار" })
        #expect(heard.target.isEmpty)
    }

    @Test func aCapitalAfterAPlaceWordAndItsNisbaIsTheSettingAndWhoSurvivedMayBeNamedBeforeTheirTitle() throws {
        let text = "انفجرت سيارة مفخخة في العاصمة العراقية بغداد ما أسفر عن مقتل خمسة مدنيين."
        let blast = try event(text, "ASSAULT")
        #expect(blast.source.isEmpty && !blast.codes(blast.target).contains("IRQ") && text.contains("العاصمة العراقية بغداد"))
        let survived = try #require(events("نجا سالم أحمد الكعبي محافظ المدينة من محاولة لاغتياله قرب منزله.").first { $0.type == "ASSAULT" })
        #expect(survived.source.isEmpty && survived.codes(survived.target) == ["---GOV"])
    }
    @Test func anOfficeOfTheStateInAPlaceIsThatPlacesStates() throws {
        let text = "اغتال مسلحون مدير مكتب وزير الداخلية في رام الله أمس."
        let killing = try event(text, "ASSAULT")
        #expect(killing.codes(killing.target) == ["PSEGOV"] && killing.arabicNames(killing.target) == ["وزير"])
        #expect(text.contains("وزير الداخلية في رام الله"))
        let police = try event("قتل مسلحون خمسة من عناصر الشرطة في بغداد.", "ASSAULT")
        #expect(police.codes(police.target) == ["IRQCOP"])
        // Controls: an embassy serves the state that sends it, and soldiers in a country may be foreign ones.
        let embassy = try event("هاجم متظاهرون السفارة في بغداد أمس.", "PROTEST")
        #expect(embassy.codes(embassy.target) == ["---GOV"])
        let soldiers = try event("قتل مسلحون خمسة من الجنود في أفغانستان.", "ASSAULT")
        #expect(soldiers.codes(soldiers.target) == ["---MIL"])
    }

    @Test func forcesCalledByAContinentAreInternationalAndUnknownAttackersAreGunmen() throws {
        let text = "هاجم مسلحون القوات الأفريقية قرب مطار مقديشو."
        let attack = try event(text, "ASSAULT")
        #expect(attack.codes(attack.target) == ["INTMIL"] && text.contains("القوات الأفريقية"))
        let blast = try event("فجر مجهولون عبوة ناسفة لدى مرور موكب المحافظ.", "ASSAULT")
        #expect(blast.codes(blast.source) == ["---UAF"] && blast.arabicNames(blast.source) == ["مجهولون"])
    }
    @Test func aircraftOfANamedCoalitionAreThatCoalition() throws {
        let text = "شنت مقاتلات التحالف العربي غارات عدة على مواقع عسكرية في صنعاء."
        let raid = try event(text, "ASSAULT")
        #expect(raid.codes(raid.source) == ["SAUMIL"] && text.contains("مقاتلات التحالف العربي"))
        // Aviation of a coalition the knowledge base does not name is an international force.
        let unnamed = try event("شن طيران التحالف غارات جوية على مواقع في صعدة.", "ASSAULT")
        #expect(unnamed.codes(unnamed.source) == ["INTMIL"])
    }
    @Test func whoeverAnAssassinationNamesIsItsVictim() throws {
        // A militant leader is an attacker's sector, yet the complement of اغتيال is the one killed.
        let text = "ونددت الحركة باغتيال عبد العزيز الرنتيسي في غزة."
        let killing = try #require(events(text, published: "2004-04-18").first { $0.type == "ASSAULT" })
        #expect(killing.codes(killing.target) == ["PSEREB"] && killing.source.isEmpty)
        // Control: an attack noun's attackers are still its authors.
        let raids = try #require(events("أدانت الحكومة هجمات المسلحين على القرى.").first { $0.type == "ASSAULT" })
        #expect(raids.codes(raids.source) == ["---UAF"])
    }
    @Test func aVerbAfterARelativeClauseHasTheClausesHeadAsItsSubject() throws {
        let text = "وكان المسلحون الذين يواجهون حملة تدعمها طائرات الجيش، قصفوا أمس أحياء في المدينة."
        let shelling = try #require(events(text).first { $0.type == "ASSAULT" && $0.trigger == "قصفوا" })
        #expect(shelling.codes(shelling.source) == ["---UAF"] && text.contains("المسلحون الذين"))
        // Control: with no relative clause the aircraft are the attackers wherever they stand.
        let raid = try #require(events("وقصفت المدينة أمس، وقالت مصادر إن طائرات الجيش نفذت الغارات.").first { $0.type == "ASSAULT" })
        #expect(raid.codes(raid.source) == ["---MIL"])
    }
    @Test func thoseAnswerableForAnAttackHoldNoOffice() throws {
        // المسؤولون عن الهجوم are whoever carried it out, no officials.
        let threat = try event("واتهم رئيس الوزراء حيدر العبادي جهات لم يسمها بالسعي إلى إفشال العملية السياسية، وتوعد بملاحقة المسؤولين عن الاشتباكات.",
                               "THREATEN")
        #expect(threat.source == ["haider-al-abadi"], "\(threat)")
        let call = try event("وأعربت الخارجية الإسبانية عن تضامنها مع الحكومة، داعية إلى تقديم المسؤولين عن هذه الهجمات للعدالة.", "REQUEST")
        #expect(call.codes(call.source) == ["ESP"] && call.target.isEmpty, "\(call)")
        // Control: one answerable for a file holds an office.
        let meeting = try event("وقال الوزير إن المسؤول عن الملف النووي سيلتقي الأسبوع المقبل نظيره الإيراني.", "CONSULT")
        #expect(meeting.codes(meeting.source) == ["---GOV"] && meeting.arabicNames(meeting.source) == ["المسؤول"], "\(meeting)")
    }
    @Test func theStateOfANeighbourhoodIsNoneOfItsStates() throws {
        let meeting = try event("ومن المقرر أن يلتقي وزراء خارجية دول الجوار الليبي في القاهرة الشهر المقبل.", "CONSULT")
        #expect(meeting.codes(meeting.source) == ["---GOV"] && meeting.target.isEmpty && meeting.location == "geonames-360630", "\(meeting)")
        let held = try event("واجتمع وزراء خارجية دول جوار سوريا في عمان أمس.", "CONSULT")
        #expect(held.target.isEmpty && held.location == "geonames-250441", "\(held)")
        // Control: a state named as what the ministers speak of is still its target.
        let talks = try event("واجتمع وزراء خارجية دول الخليج مع نظرائهم الليبيين في القاهرة أمس.", "CONSULT")
        #expect(talks.codes(talks.target).contains("LBY"), "\(talks)")
    }
}
