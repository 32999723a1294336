import MarsadCore
import MarsadExtract
import Testing

/// Who acts where a sentence names its actors indirectly: "the two sides" of an event told
/// before, a person after the organisation of their title, states named as a region.
@Suite struct EventPartiesTests {
    @Test func statesNamedByTheirNisbaAfterWaJoinTheSubject() throws {
        // ودول عربية: the Arab states condemn with Iran; they are not whom Iran condemns.
        let condemnation = try event("وأدانت إيران ودول عربية عدة الهجوم.", "ACCUSE", published: "2025-12-07")
        #expect(condemnation.source == ["country-irn", "arabs"] && condemnation.target.isEmpty, "\(condemnation)")
        // Control: without و the word for states is no compound's.
        let other = try event("وأدانت إيران الهجوم على دول عربية عدة.", "ACCUSE", published: "2025-12-07")
        #expect(other.source == ["country-irn"], "\(other)")
    }

    @Test func theAuthorOfAStatementAfterTheVerbLeavesItsSubjectToTheClauseBefore() throws {
        // The ministry whose statement it is does not call; Saudi Arabia, the subject of the clause before, does.
        let text = "وأدانت المملكة العربية السعودية استهداف الملاحة الدولية، ودعت في بيان لوزارة الخارجية جميع الأطراف إلى ضبط النفس."
        let call = try event(text, "REQUEST", published: "2025-12-03")
        #expect(call.source == ["country-sau"], "\(call)")
        // Control: a statement's author before the verb is still its subject.
        let own = try event("وزارة الخارجية السعودية تدعو في بيان جميع الأطراف إلى ضبط النفس.", "REQUEST", published: "2025-12-03")
        #expect(own.codes(own.source) == ["SAUGOV"], "\(own)")
    }

    @Test func holdingSomeoneResponsibleForANamedHarmIsAnAccusation() throws {
        let blame = try event("وكانت الحكومة اليمنية قد حملت الحوثيين مسؤولية تدهور الأوضاع الاقتصادية.", "ACCUSE", published: "2025-12-03")
        #expect(blame.codes(blame.source) == ["YEMGOV"] && blame.target == ["houthis"], "\(blame)")
        // Control: bearing responsibility, in the present, blames no one.
        #expect(!events("فنحن نواجه خصما لا يحمل أدنى مسؤولية أمام من احتلهم.", published: "2025-12-03").contains { $0.type == "ACCUSE" })
    }

    static let summit = "استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في باريس أمس. "

    @Test func theTwoSidesAreTheParticipantsOfTheMeetingBefore() throws {
        let talks = try event(Self.summit + "وبحث الرئيسان الحرب في أوكرانيا.", "CONSULT")
        #expect(events(Self.summit + "وبحث الرئيسان الحرب في أوكرانيا.").contains {
            $0.trigger == "وبحث" && $0.source == ["emmanuel-macron"] && $0.target == ["xi-jinping"]
        }, "\(talks)")
        let noDeal = try event(Self.summit + "ولم يتوصل الجانبان إلى اتفاق بشأن الرسوم الجمركية على السيارات الصينية.", "AGREE")
        #expect(noDeal.source == ["emmanuel-macron"] && noDeal.target == ["xi-jinping"] && noDeal.polarity == "negated")
        // Controls: with no event before, "the two presidents" name no one; two ministers are no two states.
        #expect(!events("وبحث الرئيسان الحرب في أوكرانيا.").contains { $0.type == "CONSULT" })
        let ministers = events("التقت مصر والأردن في عمان أمس. وشارك الوزيران في اجتماع لبحث أزمة المياه.")
        #expect(!ministers.contains { $0.source == ["country-egy"] && $0.trigger.contains("اجتماع") })
    }

    @Test func theTwoSidesActTogetherOnAThird() throws {
        // The parties of the meeting before criticise, reject or call on another together: both are its source.
        let criticism = try event(Self.summit + "وانتقد الرئيسان الهجوم الإسرائيلي على قطر.", "ACCUSE")
        #expect(criticism.source == ["emmanuel-macron", "xi-jinping"] && criticism.target == ["country-isr"], "\(criticism)")
        // A statement's noun whose pronoun is theirs, after their verb (أكد الوزيران رفضهما).
        let rejection = try event("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره المصري بدر عبد العاطي في القاهرة أمس. "
            + "وأكد الوزيران رفضهما القاطع لأي محاولات لتهجير الفلسطينيين.", "REJECT")
        #expect(rejection.source == ["faisal-bin-farhan", "badr-abdelatty"], "\(rejection)")
        // Control: talks between them are still one's with the other.
        let talks = try event(Self.summit + "وبحث الرئيسان الحرب في أوكرانيا.", "CONSULT")
        #expect(talks.source.count == 1)
    }

    @Test func theMakersOfAnAgreementAreNamedByItsRelativeClause() throws {
        let deal = try event("وانتقدت إيران الاتفاق الذي أبرمته السعودية مع الولايات المتحدة.", "AGREE")
        #expect(deal.source == ["country-sau"] && deal.target == ["country-usa"] && deal.modality == "happened", "\(deal)")
        let reached = try event("ورحبت الجامعة العربية بالاتفاق الذي توصلت إليه مصر وقطر بشأن الهدنة.", "AGREE")
        #expect(reached.source == ["country-egy"] && reached.target == ["country-qat"], "\(reached)")
        let regional = try event("ورحبت الجامعة العربية بالاتفاق الذي توصلت إليه الحكومة العراقية وحكومة إقليم كردستان بشأن استئناف تصدير النفط.", "AGREE")
        #expect(regional.codes(regional.source) == ["IRQGOV"] && regional.target == ["kurdistan-regional-government"], "\(regional)")
        // Control: a definite agreement with no maker named refers to one told before.
        #expect(!events("ورحبت الجامعة العربية بالاتفاق الذي يمثل خطوة مهمة.").contains { $0.type == "AGREE" })
    }

    @Test func aPersonActsNotTheOrganisationOfTheirTitle() throws {
        let criticism = try event("وانتقدت رئيسة المفوضية الأوروبية أورسولا فون دير لاين الممارسات التجارية لبكين.", "ACCUSE")
        #expect(criticism.source == ["ursula-von-der-leyen"] && criticism.target == ["country-chn"])
        let condemnation = try event("وانتقد الأمين العام للأمم المتحدة أنطونيو غوتيريش العنف ضد المتظاهرين.", "ACCUSE")
        #expect(condemnation.source == ["antonio-guterres"] && condemnation.codes(condemnation.target) == ["---CVL"])
        // Control: an organisation that acts before a person it names is still the source.
        #expect(try event("دعت الأمم المتحدة دونالد ترامب إلى الحوار.", "REQUEST").source == ["united-nations"])
    }

    @Test func theTwoSidesAreTheParticipantsOfAMeetingEarlierInTheirSentence() throws {
        let talks = try event("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في باريس، وبحث الجانبان التجارة.", "CONSULT")
        #expect(events("استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في باريس، وبحث الجانبان التجارة.").contains {
            $0.trigger == "وبحث" && $0.source == ["emmanuel-macron"] && $0.target == ["xi-jinping"]
        }, "\(talks)")
    }

    @Test func aVerbInTheDualHasTheTwoWhoMetAsItsSubject() throws {
        let found = events("واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة المشير خليفة حفتر، وبحثا تطورات الأوضاع الأمنية.",
                           published: "2025-05-14")
        #expect(found.contains { $0.trigger == "وبحثا" && $0.source == ["abdel-fattah-el-sisi"] && $0.target == ["khalifa-haftar"] }, "\(found)")
        // Opening its sentence, the verb has the two of the meeting before.
        let next = events("التقى الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في باريس. واتفقا على زيادة التبادل التجاري.",
                          published: "2025-05-14")
        #expect(next.contains { $0.type == "AGREE" && $0.source == ["emmanuel-macron"] && $0.target == ["xi-jinping"] }, "\(next)")
    }

    @Test func bothSidesAsAnObjectAreThePartiesOfAnEarlierDispute() throws {
        let text = "واتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين. ودعا وزير الخارجية الأمريكي ماركو روبيو الجانبين إلى العودة إلى المفاوضات."
        let call = try event(text, "REQUEST")
        #expect(events(text).contains {
            $0.type == "REQUEST" && $0.source == ["marco-rubio"] && Set($0.target) == ["sudanese-armed-forces", "rsf"]
        }, "\(call)")
        // Control: with no dispute before, both sides name no one.
        let alone = try event("ودعا وزير الخارجية الأمريكي ماركو روبيو الجانبين إلى العودة إلى المفاوضات.", "REQUEST")
        #expect(alone.target.isEmpty)
    }

    @Test func bothSidesRightAfterAVerbAreItsObject() throws {
        let text = "واتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين. وأدانت وزارة الخارجية السعودية الهجمات على المدنيين، ودعت الطرفين إلى العودة إلى المفاوضات."
        let call = try event(text, "REQUEST", published: "2025-11-18")
        #expect(call.codes(call.source) == ["SAUGOV"] && Set(call.target) == ["sudanese-armed-forces", "rsf"], "\(call)")
        // Control: both sides in the nominative are the verb's subject.
        let talks = try event("استقبل عون الموفد الفرنسي لودريان. وبحث الجانبان الأوضاع في الجنوب.", "CONSULT", published: "2025-11-18")
        #expect(!talks.source.isEmpty)
    }

    @Test func whomANounIsDoneToMayBeNamedBySomeOfItsMembers() throws {
        let counted = try event("فرضت وزارة الخزانة الأمريكية عقوبات على ثلاثة من قادة قوات الدعم السريع.", "SANCTION", published: "2025-11-18")
        #expect(counted.target == ["rsf"], "\(counted)")
        let leaders = try event("فرضت وزارة الخزانة الأمريكية عقوبات على قادة في قوات الدعم السريع.", "SANCTION", published: "2025-11-18")
        #expect(leaders.target == ["rsf"], "\(leaders)")
        // Control: those who live where a group rules are not its members.
        let residents = try event("فرضت وزارة الخزانة الأمريكية عقوبات على ثلاثة من سكان مناطق قوات الدعم السريع.", "SANCTION", published: "2025-11-18")
        #expect(!residents.target.contains("rsf"), "\(residents)")
    }

    @Test func aFeminineBodyAfterAMasculineVerbIsItsObject() throws {
        let text = "من جهته، رفض الأمين العام لحزب الله نعيم قاسم تسليم سلاح الحزب، واتهم الحكومة بالخضوع للضغوط الأمريكية."
        let accusation = try event(text, "ACCUSE", published: "2025-11-18")
        #expect(accusation.source == ["naim-qassem"] && accusation.codes(accusation.target) == ["---GOV"], "\(accusation)")
        // Control: after a verb in the feminine it is the subject.
        let own = try event("واتهمت الحكومة المعارضة بالتحريض على العنف.", "ACCUSE")
        #expect(own.codes(own.source) == ["---GOV"], "\(own)")
    }

    @Test func aDelegationActsForWhomItComesFrom() throws {
        let meeting = try event("والتقى وفد من الاتحاد الأوروبي الرئيس المصري عبد الفتاح السيسي في القاهرة أمس.", "CONSULT")
        #expect(meeting.source == ["european-union"] && meeting.target == ["abdel-fattah-el-sisi"])
        let reception = try event("استقبل وزير الخارجية السعودي فيصل بن فرحان وفد الاتحاد الأفريقي في الرياض.", "CONSULT")
        #expect(reception.target == ["african-union"])
    }

    @Test func aTitleWithItsComplementBelongsToTheNameAfterIt() throws {
        let meeting = try event("والتقى المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف وزير الخارجية الإيراني عباس عراقجي.", "CONSULT")
        #expect(meeting.source == ["steve-witkoff"] && meeting.target == ["abbas-araghchi"])
        let demand = try event("وطالب المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إيران بالتعاون الكامل.", "REQUEST")
        #expect(demand.source == ["rafael-grossi"] && demand.target == ["country-irn"])
        let call = try event("ودعت الممثلة العليا للسياسة الخارجية في الاتحاد كايا كالاس روسيا إلى وقف إطلاق النار.", "REQUEST")
        #expect(call.source == ["kaja-kallas"] && call.target == ["country-rus"])
        // Controls: a title reaches over no complementizer (the official is not Trump), and a definite
        // institution's name is of a title within it (Assad is supported, not supporting).
        let statement = try event("وقال مسؤول إن الرئيس دونالد ترامب سيزور الصين.", "CONSULT")
        #expect(statement.source == ["donald-trump"])
        let support = try event("وتواصل إيران دعم النظام السوري للرئيس بشار الأسد.", "SUPPORT")
        #expect(support.source == ["country-irn"] && !support.source.contains("bashar-al-assad"))
    }

    @Test func theAntecedentOfARelativePronounBeforeAVerbIsItsSubject() throws {
        let visit = try event("وقال وزير الخارجية البريطاني ديفيد لامي، الذي زار إسرائيل الأسبوع الماضي، إن الحل سياسي.", "CONSULT")
        #expect(visit.source == ["david-lammy"] && visit.target == ["country-isr"])
        // Controls: a verb with the antecedent as its object's pronoun has a subject of its own, and an
        // attack's verb with no object reads as a passive (he was killed).
        let attack = try event("وأدان الوزير الهجوم الذي نفذته حركة طالبان في كابول.", "ASSAULT")
        #expect(attack.source == ["taliban"])
        let killing = try event("وتحدثت الأم عن ابنها الشاب الذي قتل في الاحتجاجات.", "ASSAULT")
        #expect(killing.source.isEmpty)
    }

    @Test func whoCarriedOutWhatAVerbActsOnIsNotItsSubject() throws {
        let condemnation = try event("أدانت المملكة العربية السعودية بأشد العبارات الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون فجر اليوم وأدت إلى حرق رضيع فلسطيني بمنزله.", "ACCUSE")
        #expect(condemnation.source == ["country-sau"], "\(condemnation)")
        let praise = try event("أشاد عدد من المواطنين بالضربات الاستباقية التي نفذتها وزارة الداخلية ضد الخلايا الإرهابية.", "SUPPORT")
        #expect(praise.codes(praise.source) == ["---CVL"], "\(praise)")
    }

    @Test func aRequestJoinedToTheClauseBeforeAsksTheActorAfterIt() throws {
        let urging = try event("وانتقد بلينكن العنف، وحث السلطات على ضبط النفس.", "REQUEST")
        #expect(urging.source == ["antony-blinken"] && urging.codes(urging.target) == ["---GOV"])
        // Control: a request opening its sentence has its own subject there.
        let call = try event("ودعت السلطات المواطنين إلى الهدوء.", "REQUEST")
        #expect(call.codes(call.source) == ["---GOV"])
    }

    @Test func anActASpeakerAnnouncesIsItsOwn() throws {
        let suspension = try event("من جهتها، أعلنت الولايات المتحدة تعليق مساعدات اقتصادية بقيمة 700 مليون دولار للسودان.", "SANCTION")
        #expect(suspension.source == ["country-usa"] && suspension.target == ["country-sdn"] && suspension.mode == "withdraw")
        // Suspended aid is no aid given.
        #expect(!events("أعلنت الولايات المتحدة تعليق مساعدات اقتصادية للسودان.").contains { $0.type == "AID" })
    }

    @Test func aVerbAfterItsSpeakersPronounIsTheSpeakers() throws {
        let meeting = try event("وقال وزير الخارجية الأمريكي أنتوني بلينكن إنه سيلتقي نظيره الروسي سيرغي لافروف الأسبوع المقبل.", "CONSULT")
        #expect(meeting.source == ["antony-blinken"] && meeting.target == ["sergey-lavrov"] && meeting.modality == "planned")
        let arrest = try event("وقالت الشرطة إنها اعتقلت خمسة متظاهرين.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["---COP"] && arrest.codes(arrest.target) == ["---CVL"])
        // Control: a subject of its own after إن.
        let strike = try event("وقال الوزير إن الجيش قصف مواقع المسلحين.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["---MIL"])
    }

    @Test func theHoldersNameAfterAnOfficesOrganisationIsPartOfIt() throws {
        let refusal = try event("ورفض مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو مطالب الحركة.", "REJECT")
        #expect(refusal.source == ["israeli-pm-office"] && !refusal.target.contains("benjamin-netanyahu"))
    }

    @Test func anInstitutionOneIsInIsWhere() throws {
        let reception = try event("استقبل الملك سلمان بن عبدالعزيز في قصر اليمامة الرئيس اليمني عبدربه منصور هادي.", "CONSULT", published: "2016-04-10")
        #expect(reception.location == "al-yamamah-palace" && !reception.target.contains("al-yamamah-palace"))
        // Control: a statement from a ministry is the ministry's.
        #expect(try event("وصدر بيان من وزارة الخارجية الأمريكية يدين الهجوم.", "ACCUSE").source == ["us-state-department"])
    }

    @Test func supportFollowedByAnActorAndAnotherWithLamIsTheFirstsToTheOther() throws {
        let aid = try event("وأشاد الوزير بمساعدات الولايات المتحدة لأوكرانيا.", "AID")
        #expect(aid.source == ["country-usa"] && aid.target == ["country-ukr"])
        // Controls: without ل the actor gets the support; ل before no actor is a purpose (the charities get the support).
        let support = try event("وتواصل ألمانيا دعم أوكرانيا.", "SUPPORT")
        #expect(support.source == ["country-deu"] && support.target == ["country-ukr"])
        #expect(!events("وأعلنت الوزارة برنامجا لدعم الجمعيات الخيرية لتحفيظ القرآن.").contains { $0.codes($0.source) == ["---NGO"] })
    }

    @Test func aVerbsFormRightAfterAReportersSubjectIsItsObjectNoun() throws {
        let support = try event("أعلنت ألمانيا دعم أوكرانيا.", "SUPPORT")
        #expect(support.source == ["country-deu"] && support.target == ["country-ukr"])
        // Control: the scored types keep the verb's reading (the gunmen were killed).
        let killing = try event("وأعلنت الشرطة قتل ثلاثة مسلحين في اشتباك.", "ASSAULT")
        #expect(killing.codes(killing.target) == ["---UAF"])
    }

    @Test func aRegionNamedByItsStatesActs() throws {
        let sanctions = try event("وفرضت الدول الغربية عقوبات واسعة على موسكو.", "SANCTION")
        #expect(sanctions.source == ["the-west"] && sanctions.target == ["country-rus"])
        // Control: where something happens, it is the place.
        let strike = try event("أضرب العمال في الدول الغربية احتجاجا على الأجور.", "PROTEST")
        #expect(!strike.source.contains("the-west"))
    }

    @Test func aChineseLeaderIsNamedByHisFamilyName() throws {
        let visit = try event(Self.summit + "ومن المقرر أن يزور شي صربيا والمجر في الأيام المقبلة.", "CONSULT")
        #expect(events(Self.summit + "ومن المقرر أن يزور شي صربيا والمجر في الأيام المقبلة.").contains {
            $0.source == ["xi-jinping"] && $0.target == ["country-srb", "country-hun"] && $0.modality == "planned"
        }, "\(visit)")
    }

    @Test func theTwoSidesBeforeTheirVerbAfterThatAreTheParticipantsToo() throws {
        let text = Self.summit + "وقال الإليزيه إن الرئيسين اتفقا على مواصلة الحوار."
        let agreement = try event(text, "AGREE")
        #expect(agreement.source == ["emmanuel-macron"] && agreement.target == ["xi-jinping"], "\(agreement)")
        #expect(agreement.triggerSurface(in: text) == agreement.trigger)
    }

    @Test func whoTakesPartInAMeetingMeetsWithWhoHoldsIt() throws {
        let meeting = try event("عقد وزراء الخارجية العرب اجتماعا في الرياض بمشاركة الولايات المتحدة وفرنسا.", "CONSULT")
        #expect(meeting.target == ["country-usa", "country-fra"], "\(meeting)")
        // Control: who attends a reception is not its guest.
        let reception = try event("استقبل الرئيس الفرنسي وزير الخارجية الأمريكي بحضور رئيس الوزراء.", "CONSULT")
        #expect(reception.codes(reception.target) == ["USAGOV"], "\(reception)")
    }

    @Test func whatAnActIsDatedFromNamesNoneOfItsParties() throws {
        let visit = try event("وصل الرئيس السوري إلى موسكو في أول زيارة له إلى روسيا منذ سقوط نظام الأسد.", "CONSULT")
        #expect(!visit.target.contains("bashar-al-assad"), "\(visit)")
        // Control: منذ opening a time leaves the act's actors after it.
        let arrest = try event("تعتقل المخابرات الأردنية منذ يوم الجمعة ثلاثة مسلحين.", "COERCE", published: "2025-10-19")
        #expect(arrest.codes(arrest.target) == ["---UAF"], "\(arrest)")
    }

    @Test func anActToldTwiceInItsSentenceIsOneEvent() throws {
        let text = "وفي أربيل، التقى رئيس حكومة إقليم كردستان مسرور بارزاني القنصل الأميركي العام، وبحث الجانبان التطورات الأمنية."
        let meetings = events(text).filter { $0.type == "CONSULT" }
        #expect(meetings.count == 1 && meetings.first?.trigger == "التقى", "\(meetings)")
        // Control: two parties' acts of one type in one sentence are two events.
        let two = events("واستقبل الرئيس المصري وزير الخارجية الأمريكي، فيما التقى وزير الخارجية المصري نظيره السعودي.").filter { $0.type == "CONSULT" }
        #expect(two.count == 2, "\(two)")
    }

    @Test func membersOfABodyOfTheirSectorAreThatBody() throws {
        let attack = try event("قتل خمسة جنود من الجيش السوري في هجوم شنه مسلحون على حاجز عسكري.", "ASSAULT")
        #expect(attack.codes(attack.target) == ["SYRMIL"], "\(attack)")
        let threat = try event("فيما هدد نواب في البرلمان الإيراني بتقديم مشروع قانون للانسحاب من المعاهدة.", "THREATEN")
        #expect(threat.codes(threat.source) == ["IRNLEG"] && threat.target.isEmpty, "\(threat)")
    }

    @Test func aCommanderIsTheNamedPersonNotTheArmyOfTheTitle() throws {
        let text = "وفي بنغازي، استقبل القائد العام للجيش الوطني الليبي المشير خليفة حفتر السفير الإيطالي."
        let meeting = try event(text, "CONSULT")
        #expect(meeting.source == ["khalifa-haftar"] && meeting.codes(meeting.target) == ["ITAGOV"], "\(meeting)")
    }

    @Test func theAuthoritiesOfAStateNamedByItsNisba() throws {
        let seizure = try event("كما أعلنت السلطات المالطية احتجاز سفينة ليبية يشتبه في تهريبها الوقود.", "COERCE")
        #expect(seizure.codes(seizure.source) == ["MLTGOV"], "\(seizure)")
    }
    @Test func thePartiesAfterBetweenAgreeNotWhoAnnouncesIt() throws {
        let text = "وأعلن المبعوث الأميركي إلى سوريا توم براك التوصل إلى اتفاق لوقف إطلاق النار بين سوريا وإسرائيل، بدعم من تركيا والأردن."
        let agreement = try event(text, "AGREE", published: "2025-07-17")
        // Backing from Türkiye names who backs, not where the agreement was had.
        #expect(agreement.source == ["country-syr"] && agreement.target == ["country-isr"] && agreement.location == nil)
        let trio = try event("وعقد لقاء ثلاثي بين لافروف وكيري والجبير في الدوحة.", "CONSULT", published: "2015-08-03")
        #expect(trio.source.count == 1 && trio.target.count == 2)
        // Control: a host is no party between the sides it hosts.
        let hosted = try event("واستضافت قطر مفاوضات بين حماس وإسرائيل.", "CONSULT")
        #expect(hosted.source == ["country-qat"])
        // Clashes between two sides are fought by both.
        let clashes = try event("واندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الفاشر.", "ASSAULT")
        #expect(clashes.source == ["sudanese-armed-forces"] && clashes.target == ["rsf"] && clashes.location == "el-fasher")
    }
    @Test func aSeatOfTheExecutiveOpeningTheSentenceIsWhereNotWho() throws {
        let text = "وفي بعبدا، استقبل الرئيس اللبناني جوزيف عون المبعوث الأميركي توم براك، وبحث معه ملف حصر السلاح بيد الدولة."
        let talks = events(text, published: "2025-08-23").filter { $0.type == "CONSULT" }
        // The reception and the talks with the guest (معه), both Aoun's at the palace; no talks held by the palace.
        #expect(talks.count == 2 && talks.allSatisfy { $0.source == ["joseph-aoun"] && $0.location == "baabda-palace" }, "\(talks)")
        #expect(Set(talks.map(\.target)).count == 1, "\(talks)")
        // Control: after في within its clause, a ministry stays one of the act's actors (مصدر في الخارجية الأميركية).
        let refusal = try event("رفض مصدر في الخارجية الأميركية الخطة.", "REJECT")
        #expect((refusal.source + refusal.target).contains("us-state-department"), "\(refusal)")
    }
}

