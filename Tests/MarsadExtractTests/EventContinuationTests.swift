import MarsadCore
import MarsadExtract
import Testing

/// Acts whose actor or modality another part of the sentence gives: a statement joined to one before
/// it, an accusation's charge, talks held by a traveller, a plan's aim, aid sent; in sentences written for these tests.
@Suite struct EventContinuationTests {
    @Test func aStatementJoinedByAndKeepsTheSpeakerBeforeIt() throws {
        let demand = try event("وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش استهداف المدنيين، وطالب بوقف فوري لإطلاق النار.", "REQUEST")
        #expect(demand.source == ["antonio-guterres"])
        // So does one with its object's pronoun, on whom the act before was done; the authority it charges him with
        // clinging to accuses no one.
        let text = "وفي بنغازي، رفض رئيس مجلس النواب عقيلة صالح دعوة الدبيبة إلى الحوار، واتهمه بالتمسك بالسلطة."
        let accusation = try event(text, "ACCUSE", published: "2025-10-04")
        #expect(accusation.source == ["aguila-saleh"] && accusation.target == ["abdul-hamid-dbeibah"], "\(accusation)")
    }

    @Test func blameLaysTheResponsibilityOnWhomItNamesBeforeIt() throws {
        let text = "وأدانت وزارة الخارجية الفلسطينية هجوم المستوطنين، وحملت الحكومة الإسرائيلية المسؤولية الكاملة عن إرهاب المستوطنين."
        let blame = try #require(events(text, published: "2025-06-26").first { $0.type == "ACCUSE" && $0.mode == "allege" })
        #expect(blame.codes(blame.source) == ["PSEGOV"] && blame.codes(blame.target) == ["ISRGOV"], "\(blame)")
        let named = try event("وحمل الرئيس الفلسطيني إسرائيل المسؤولية عن التصعيد.", "ACCUSE", published: "2025-06-26")
        #expect(named.source == ["mahmoud-abbas"] && named.target == ["country-isr"])
        // After a relative pronoun, the one actor before the responsibility is blamed, by no one named.
        let relative = try event("وللأميركيين رأيان، أحدهما يمثل الأغلبية الذين يحملون الشركات الأميركية المعنية المسؤولية.", "ACCUSE")
        #expect(relative.source.isEmpty && relative.codes(relative.target) == ["USABUS"], "\(relative)")
        // Control: carrying is no blame.
        #expect(!events("حمل المتظاهرون الأعلام واللافتات.").contains { $0.type == "ACCUSE" })
    }

    @Test func whatAnAccusationChargesNamesNoOneAccused() throws {
        let charge = try event("ويتهم الأكراد أنقرة بدعم تنظيم داعش.", "ACCUSE")
        #expect(charge.codes(charge.target) == ["TUR"])
        let participle = try event("وقال الجيش إنه قصف مواقع، متهما الحركة باستخدام المدنيين دروعا بشرية.", "ACCUSE")
        #expect(participle.target.isEmpty)
        // A name that begins with ب is no charge.
        let pakistan = try event("اتهمت باكستان الهند بانتهاك وقف إطلاق النار.", "ACCUSE")
        #expect(pakistan.codes(pakistan.source) == ["PAK"] && pakistan.codes(pakistan.target) == ["IND"])
    }

    @Test func talksHeldByATravellerAreHis() throws {
        let talks = try event("ومن المقرر أن يصل المبعوث الأمريكي ستيف ويتكوف إلى القاهرة الأسبوع المقبل لإجراء محادثات مع مسؤولين مصريين.", "CONSULT")
        #expect(talks.source == ["steve-witkoff"] && talks.modality == "planned")
    }

    @Test func aJoinedAccusationOfWhomStandsBeforeTheChargeGoesOnWithTheSubject() throws {
        let accusation = try event("رفضت وزارة الخارجية الإيرانية تقرير الوكالة الذرية، واتهمت الدول الأوروبية بتسييس الملف النووي.", "ACCUSE")
        #expect(accusation.source == ["iranian-foreign-ministry"] && accusation.target == ["europe"], "\(accusation)")
        // Control: a subject and an object after the verb.
        let other = try event("رفضت وزارة الخارجية الإيرانية التقرير، واتهمت فرنسا إيران بتسييس الملف.", "ACCUSE")
        #expect(other.source == ["country-fra"] && other.target == ["country-irn"], "\(other)")
        // A clause before that tells no event still names the accuser, its subject.
        let afterDenial = try event("ونفت الحكومة التركية أن تكون قد أغلقت الحدود، واتهمت حزب العمال الكردستاني بالتحريض على العنف.", "ACCUSE")
        #expect(afterDenial.codes(afterDenial.source) == ["TURGOV"] && afterDenial.target == ["pkk"], "\(afterDenial)")
    }

    @Test func whoseRequestAnActIsDoneAtAskedForIt() throws {
        let request = try event("ويعقد مجلس الأمن الدولي جلسة طارئة غدا بطلب من الجزائر وتونس.", "REQUEST")
        #expect(request.source == ["country-dza", "country-tun"] && request.target == ["un-security-council"], "\(request)")
        // Control: a request made by its verb is its subject's.
        let asked = try event("وطلبت الجزائر عقد جلسة طارئة لمجلس الأمن.", "REQUEST")
        #expect(asked.source == ["country-dza"], "\(asked)")
    }

    @Test func whoWithdrawsIsTheGenitiveNotWhoAnnouncesIt() throws {
        let withdrawal = try event("وأعلن الجيش انسحاب القوات الإسرائيلية من غزة.", "RETREAT")
        #expect(withdrawal.codes(withdrawal.source) == ["ISRMIL"] && withdrawal.target.isEmpty, "\(withdrawal)")
        // Control: with no genitive, the announcer withdraws (its own forces, by the pronoun).
        let own = try event("وأعلنت إسرائيل انسحاب قواتها من جنوب لبنان.", "RETREAT")
        #expect(own.codes(own.source).allSatisfy { $0.hasPrefix("ISR") }, "\(own)")
    }

    @Test func aVowOfReprisalAfterAPauseIsAThreat() throws {
        let vow = try event("وانتقدت وزارة الخارجية الإيرانية القرار، متوعدة برد مناسب.", "THREATEN")
        #expect(vow.source == ["iranian-foreign-ministry"], "\(vow)")
    }

    @Test func aPlansAimIsNotYetHad() throws {
        let ceasefire = try event("وقدمت مصر خطة لوقف إطلاق النار في غزة.", "RETREAT")
        #expect(ceasefire.modality == "hypothetical")
        // An agreement obstructed is not had.
        #expect(try event("واتهم مكتب نتنياهو حماس بعرقلة التوصل إلى اتفاق.", "AGREE").modality == "hypothetical")
        // Control: a ceasefire declared.
        #expect(try event("وأعلن الجيش وقف إطلاق النار في غزة.", "RETREAT").modality == "happened")
    }

    @Test func aidSentIsAid() throws {
        let aid = try event("وأرسلت الإمارات شحنة جديدة من المساعدات الطبية إلى غزة.", "AID")
        #expect(aid.codes(aid.source) == ["ARE"])
        // Control: a letter sent.
        #expect(!events("وأرسل الوزير رسالة إلى نظيره.").contains { $0.type == "AID" })
    }
}

/// Who a pronoun, a time or a stance leaves as an act's actors; in sentences written for these tests.
@Suite struct EventReferenceTests {
    @Test func aPronounOnAJoinedVerbIsWhomTheActBeforeWasDoneTo() throws {
        let text = "وكانت الولايات المتحدة قد فرضت في يناير الماضي عقوبات على محمد حمدان دقلو، واتهمته بارتكاب إبادة جماعية في دارفور."
        let found = events(text, published: "2025-11-18")
        // The time between the verb and its noun leaves the sanction its source.
        let sanction = try #require(found.first { $0.type == "SANCTION" }, "\(found)")
        #expect(sanction.source == ["country-usa"] && sanction.target == ["mohamed-hamdan-dagalo"] && sanction.time == "2025-01")
        let accusation = try #require(found.first { $0.type == "ACCUSE" }, "\(found)")
        #expect(accusation.source == ["country-usa"] && accusation.target == ["mohamed-hamdan-dagalo"])
        // A noun's pronoun is its owner: his visit was to no one named before.
        #expect(!events("وأشاد الوزير بالعراق، ولكن زيارته إلى الإقليم تأتي لاحقا.").contains { $0.type == "CONSULT" && !$0.target.isEmpty })
    }

    @Test func butWithAPronounGoesOnWithTheSubjectBefore() throws {
        let criticism = try event("ورحبت منظمة العفو الدولية بإطلاق سراح المعتقلين، لكنها انتقدت استخدام القوة ضد المحتجين.", "ACCUSE")
        #expect(criticism.source == ["amnesty-international"])
    }

    @Test func anActWelcomedOrCondemnedIsNotTheSpeakers() {
        let found = events("ورحبت منظمة العفو الدولية بإطلاق سراح المعتقلين.")
        #expect(!found.contains { $0.type == "RETREAT" && $0.source == ["amnesty-international"] }, "\(found)")
        // What a demand asks for is no act of the demander's, however far it stands.
        let truce = events("وطالب مجلس الأمن الدولي في بيان صدر بالإجماع مساء الثلاثاء بهدنة إنسانية في الفاشر.", published: "2025-11-18")
        #expect(truce.contains { $0.type == "REQUEST" } && !truce.contains { $0.type == "RETREAT" && !$0.source.isEmpty }, "\(truce)")
        // A threat's act is the speaker's own.
        let threat = events("وهددت الولايات المتحدة بفرض عقوبات على إيران.")
        #expect(threat.contains { $0.type == "SANCTION" && $0.source == ["country-usa"] }, "\(threat)")
    }

    @Test func aRoleNounWithItsOwnersPronounIsOfTheNamedBodysState() throws {
        let raid = try event("وأعلن الجيش السوداني أن طائراته شنت غارات على مواقع قوات الدعم السريع.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["SDNMIL"], "\(raid)")
        // A government's forces are its state's.
        let ministry = try event("وقالت وزارة الداخلية التونسية إن قواتها الخاصة قتلت مسلحين اثنين في كمين بجبل الشعانبي.", "ASSAULT")
        #expect(ministry.codes(ministry.source) == ["TUNCOP"] || ministry.codes(ministry.source) == ["TUNMIL"], "\(ministry)")
    }

    @Test func aSpeakerAnnouncesWhatItGives() throws {
        let aid = try event("وأعلنت الإمارات تقديم مساعدات إنسانية للسودان، فيما أرسلت مصر قافلة من الشاحنات.", "AID")
        #expect(aid.source == ["country-are"] && aid.target == ["country-sdn"], "\(aid)")
        // Another act joined by فيما is its own.
        #expect(events("وأعلنت الإمارات تقديم مساعدات إنسانية للسودان، فيما أرسلت مصر قافلة من المساعدات.").filter { $0.type == "AID" }.count == 2)
    }
}

/// An organisation or a body named again by the head noun of its name; in sentences written for these tests.
@Suite struct EventAnaphoraTests {
    @Test func aMinistryNamedAgainIsTheOneNamedBefore() throws {
        let text = "قالت وزارة الخارجية الروسية إن الوزير سيزور القاهرة. وأدانت الوزارة الهجوم على السفارة."
        let condemnation = try event(text, "ACCUSE")
        #expect(condemnation.source == ["russian-foreign-ministry"], "\(condemnation)")
        #expect(condemnation.triggerSurface(in: text) == condemnation.trigger)
    }

    @Test func aBodyNamedWithItsStateAndThenAloneKeepsTheState() throws {
        let text = "وقتل جنديان في اشتباكات مع مسلحين بحسب وزارة الدفاع السورية. واتهمت الوزارة المسلحين بخرق الاتفاق."
        let charge = try #require(events(text).first { $0.type == "ACCUSE" })
        #expect(charge.codes(charge.source) == ["SYRGOV"], "\(charge)")
        // Control: with no body of the noun named before, it has no state.
        let alone = try event("واتهمت الوزارة المسلحين بخرق الاتفاق.", "ACCUSE")
        #expect(alone.codes(alone.source) == ["---GOV"])
    }

    @Test func theHeadNounOfAnOrganisationsNameStandsForIt() throws {
        let text = "قصف الجيش الإسرائيلي مواقع لحركة حماس في خان يونس، متهما الحركة باستخدام المدنيين دروعا بشرية."
        let accusation = try event(text, "ACCUSE")
        #expect(accusation.target == ["hamas"], "\(accusation)")
        // The noun before a word with the article is not the name again (the trading activity), nor is it with no such
        // organisation named before.
        #expect(!events("وقالت جماعة الحوثي إن الحركة التجارية تأثرت، ونددت الحركة الإسلامية بالقرار.").contains { $0.source == ["hamas"] })
        let alone = events("واتهمت الحركة الحكومة بالفساد.")
        #expect(!alone.contains { !$0.source.isEmpty && $0.source != ["local-gov"] }, "\(alone)")
    }
}
