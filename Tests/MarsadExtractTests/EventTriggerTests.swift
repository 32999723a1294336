import MarsadCore
import MarsadExtract
import Testing

/// Each trigger family of the event lexicon, verbal and nominal, in sentences written for
/// these tests; the classifier keeps every candidate here (see `permissiveEventStage`).
@Suite struct EventTriggerTests {
    func only(_ text: String, _ type: String) -> FoundEvent? {
        let found = events(text)
        return found.count == 1 && found[0].type == type ? found[0] : nil
    }

    @Test func meetingsVerbalAndNominal() throws {
        let met = try #require(only("التقت مصر والأردن في عمان أمس لبحث أزمة المياه.", "CONSULT"))
        #expect(met.source == ["country-egy"] && met.target == ["country-jor"] && met.trigger == "التقت")
        let summit = try #require(only("عقدت فرنسا وألمانيا قمة في باريس يوم الاثنين.", "CONSULT"))
        #expect(summit.source == ["country-fra"] && summit.target == ["country-deu"] && summit.trigger == "قمة")
    }

    @Test func attacksBombardmentsAndAssassinations() throws {
        let shelling = try #require(only("قصفت القوات الإسرائيلية مواقع في غزة فجر اليوم.", "ASSAULT"))
        #expect(shelling.mode == "aerial" && shelling.codes(shelling.source) == ["ISRMIL"] && shelling.location == "gaza-strip")
        let killing = try #require(only("اغتال مسلحون مجهولون قاضيا في بغداد.", "ASSAULT"))
        #expect(killing.mode == "targeted" && killing.codes(killing.source) == ["---UAF"])
        let attack = try #require(only("هاجم مسلحون مركزا للشرطة في الموصل.", "ASSAULT"))
        #expect(attack.codes(attack.source) == ["---UAF"])
        // A missile launched, its subject between the verb and the missile or not.
        let launch = try #require(only("أطلق الحوثيون صاروخا باليستيا على إسرائيل.", "ASSAULT"))
        #expect(launch.mode == "heavy-weapons" && launch.source == ["houthis"] && launch.target == ["country-isr"])
        let rockets = try #require(only("وأطلقت حركة حماس صواريخ على مدن إسرائيلية.", "ASSAULT"))
        #expect(rockets.trigger == "وأطلقت" && rockets.source == ["hamas"] && rockets.target == ["country-isr"], "\(rockets)")
    }

    @Test func theDeadOfAnAccidentOrADisasterAreNoAttack() throws {
        #expect(!events("لقي ثلاثة أشخاص مصرعهم وأصيب اثنان في حادث اصطدام سيارة بشاحنة على طريق المدينة.").contains { $0.type == "ASSAULT" })
        #expect(!events("أصيب خمسة أشخاص جراء حادث سير على الطريق السريع صباح اليوم.").contains { $0.type == "ASSAULT" })
        #expect(!events("قتل عشرة أشخاص في السيول التي غمرت القرى الجبلية.").contains { $0.type == "ASSAULT" })
        #expect(!events("أعلنت السلطات السيطرة على حرائق غابات أسفرت عن مقتل شرطي.").contains { $0.type == "ASSAULT" })
        // Controls: an attack beside an accident, and casualties of an attack, stay attacks.
        #expect(events("قتل ثلاثة جنود في تفجير عبوة ناسفة قرب موقع حادث سير على الطريق.").contains { $0.type == "ASSAULT" })
        #expect(events("لقي ثلاثة أشخاص مصرعهم في هجوم مسلح على حافلة.").contains { $0.type == "ASSAULT" })
    }

    @Test func aTriggerTheSegmenterLeftAProcliticOnIsStillFound() throws {
        // The counts saw باغتصاب whole (قام باغتصاب) and وأصيب whole: the letter comes off for the lexicon.
        let assault = try #require(events("وقال شهود إن جنودا قاموا باغتصابها في حقل قرب منزلها.").first { $0.type == "ASSAULT" })
        #expect(assault.mode == "sexual" && assault.trigger == "باغتصابها")
        // Control: a short rest the letter's root could hide is not looked up (بحث is no ب + حث).
        #expect(!events("بحث الوزير مع نظيره سبل التعاون.").contains { $0.type == "REQUEST" })
    }

    @Test func aShortVerbIsFoundPastTheConjunctionTheSegmenterLeftOn() throws {
        // ودعا and وحث are commoner than دعا and حث (a sentence opens with the conjunction), so the counts keep them whole.
        let call = try event("ودعا الرئيس الفرنسي الصين إلى استخدام نفوذها لإنهاء الحرب.", "REQUEST")
        #expect(call.trigger == "ودعا" && call.target == ["country-chn"])
        #expect(try event("ودعت فرنسا إيران إلى الحوار.", "REQUEST").source == ["country-fra"])
        #expect(try event("وحث غوتيريش السلطات السودانية على ضبط النفس.", "REQUEST").source == ["antonio-guterres"])
        // Control: a phrase of the lexicon still needs its other words after the letter (سلم احتجاجا).
        #expect(events("قال صلى الله عليه وسلم إن الدين النصيحة.").isEmpty)
    }

    @Test func aWordOfAPersonsNameIsNoTrigger() throws {
        #expect(try event("ودانت وزارة الخارجية الهجوم على السفارة.", "ACCUSE").trigger == "ودانت")
        // Control: دان is also a given name (Dan), inside the name the tagger finds.
        #expect(!events("وقال دان جاكسون القيم على مباني القصر إن الزوار كثيرون.").contains { $0.type == "ACCUSE" })
        // ودان is also a Libyan town, فدان a feddan.
        #expect(!events("ويقول أحد الناشطين في مدينة ودان إن الوضع هادئ.").contains { $0.type == "ACCUSE" })
        #expect(!events("امتد الحريق إلى نحو ثلاثة آلاف فدان من الغابات.").contains { $0.type == "ACCUSE" })
    }

    @Test func dawnIsNoDetonation() throws {
        // فجر before a day, after في or with the article is the noun, dawn: the attack's trigger is its noun.
        let raid = try #require(only("ووقع الهجوم فجر أمس على قاعدة للجيش قرب الحدود.", "ASSAULT"))
        #expect(raid.trigger == "الهجوم")
        #expect(events("وفي فجر اليوم التالي عاد الصيادون إلى الميناء.").isEmpty)
        #expect(events("وذكرت صحيفة الفجر أن الوزير عاد إلى البلاد.").isEmpty)
        // Control: the verb takes its bomber after it.
        let blast = try #require(only("فجر انتحاري نفسه عند حاجز للشرطة.", "ASSAULT"))
        #expect(blast.trigger.hasPrefix("فجر"))
    }

    @Test func idiomsOfStrikingAndSnatchingAreNoEvents() throws {
        // ضرب مثالا gives an example, ضرب موعدا sets a date: no beating, no strike.
        #expect(events("وحتى أقرب الفكرة سأضرب مثالا بالمدرسة المسرحية الحديثة.").isEmpty)
        #expect(events("ضرب الرئيس موعدا لإجراء الانتخابات في الربيع.").isEmpty)
        // Controls: the verbs with their events' complements.
        let beating = try #require(only("ضرب رجال الأمن متظاهرا بالهراوات في وسط المدينة.", "ASSAULT"))
        #expect(beating.mode == "beat")
        let strike = try #require(only("أضرب عمال المصنع عن العمل احتجاجا على تأخر الرواتب.", "PROTEST"))
        #expect(strike.mode == "strike")
        // خطف الأنظار catches the eye, خطف الفوز snatches the win; خطف مسلحون … abducts.
        #expect(events("خطفت السيارة الجديدة الأنظار في المعرض.").isEmpty)
        #expect(events("خطف الفريق الفوز في الدقيقة الأخيرة.").isEmpty)
        let abduction = try #require(only("خطف مسلحون ثلاثة مهندسين قرب الحدود.", "ASSAULT"))
        #expect(abduction.mode == "abduct")
    }

    @Test func whatACrowdBurnsIsNoAttack() throws {
        // Tyres and flags burnt harm no one: the sentence's attack is the shooting that wounded protesters.
        let found = events("وقطع المحتجون الطريق السريع وأحرقوا إطارات السيارات، فيما أطلقت الشرطة الرصاص الحي عليهم، ما أدى إلى إصابة أربعة متظاهرين.")
        #expect(!found.contains { $0.type == "ASSAULT" && $0.mode == "primitive" }, "\(found)")
        #expect(!events("وأحرق المتظاهرون العلم الإسرائيلي أمام السفارة.").contains { $0.type == "ASSAULT" })
        // Control: a house set on fire is an attack.
        let arson = try #require(only("وأحرق مسلحون منزلا في القرية.", "ASSAULT"))
        #expect(arson.mode == "primitive")
    }

    @Test func protestsVerbalAndNominal() throws {
        let march = try #require(only("تظاهر آلاف المحتجين في الخرطوم ضد الحكومة السودانية.", "PROTEST"))
        #expect(march.mode == "demo" && march.codes(march.source) == ["---CVL"] && march.codes(march.target) == ["SDNGOV"])
        let protests = try #require(only("اندلعت احتجاجات واسعة في تونس أمس.", "PROTEST"))
        #expect(protests.location == "country-tun" && protests.time == "2025-08-16")
    }

    @Test func aGovernmentsFormalProtestIsAComplaintNotADemonstration() throws {
        let lodged = try #require(only("تقدمت مصر باحتجاج رسمي لدى إسرائيل.", "ACCUSE"))
        #expect(lodged.mode == "disapprove" && lodged.trigger == "تقدمت" && lodged.source == ["country-egy"])
        let note = try #require(events("سلمت الأردن إيران مذكرة احتجاج على التصريحات.").first { $0.type == "ACCUSE" })
        #expect(note.trigger == "مذكرة احتجاج")
        #expect(!events("سلمت الأردن إيران مذكرة احتجاج على التصريحات.").contains { $0.type == "PROTEST" })
        // Nor is a ministry or a state that protests with the verb demonstrating.
        #expect(!events("احتجت وزارة الخارجية الأردنية لدى السفير على تصريحات مسيئة.").contains { $0.type == "PROTEST" })
        #expect(!events("احتجت فرنسا لدى السفير الإيراني على اعتقال مواطنيها.").contains { $0.type == "PROTEST" })
        // Control: people who protest in the street still demonstrate.
        let street = try #require(only("احتج مئات الطلاب أمام الجامعة في عمان.", "PROTEST"))
        #expect(street.trigger == "احتج")
    }

    @Test func sanctionsDemandsAndCalls() throws {
        let sanctions = try #require(only("فرضت الولايات المتحدة عقوبات على إيران.", "SANCTION"))
        #expect(sanctions.source == ["country-usa"] && sanctions.target == ["country-irn"])
        let demand = try #require(only("طالبت تركيا روسيا بوقف القصف.", "REQUEST"))
        #expect(demand.source == ["country-tur"] && demand.target == ["country-rus"])
        let call = try #require(only("دعت الصين إلى الحوار بين الهند وباكستان.", "REQUEST"))
        #expect(call.source == ["country-chn"] && call.target == ["country-ind", "country-pak"])
    }

    @Test func breakingRelationsWithAPronounOnTheNoun() throws {
        // قطعتا علاقاتهما: the dual verb and the relations' pronoun, not only قطعت العلاقات.
        let cut = try #require(only("وكانت تونس قد قطعت علاقاتها مع ليبيا في الشهر الماضي.", "SANCTION"))
        #expect(cut.mode == "expel" && cut.source == ["country-tun"] && cut.trigger == "قطعت علاقاتها")
        let agreed = try #require(only("الأردن ومصر توصلا إلى اتفاق لتبادل الغاز.", "AGREE"))
        #expect(agreed.trigger == "توصلا إلى اتفاق")
    }

    @Test func criticismAccusationRejectionThreat() throws {
        let criticism = try #require(only("انتقدت فرنسا إيران بشدة.", "ACCUSE"))
        #expect(criticism.mode == "disapprove" && criticism.source == ["country-fra"] && criticism.target == ["country-irn"])
        let accusation = try #require(events("اتهمت إيران إسرائيل بتنفيذ الهجوم.").first { $0.type == "ACCUSE" })
        #expect(accusation.mode == "allege" && accusation.target == ["country-isr"])
        let rejection = try #require(only("رفضت روسيا المقترح الأمريكي.", "REJECT"))
        #expect(rejection.source == ["country-rus"])
        let threat = try #require(only("هددت كوريا الشمالية اليابان بضربة صاروخية.", "THREATEN"))
        #expect(threat.source == ["country-prk"] && threat.target == ["country-jpn"])
    }

    @Test func arrestsByThePoliceOfACountry() throws {
        let arrest = try #require(only("اعتقلت الشرطة العراقية خمسة متظاهرين في البصرة.", "COERCE"))
        #expect(arrest.mode == "arrest" && arrest.codes(arrest.source) == ["IRQCOP"] && arrest.codes(arrest.target) == ["---CVL"])
    }

    @Test func protestersWhoActAreProtestingThoseActedOnAreNot() throws {
        let storming = try #require(events("اقتحم مئات المتظاهرين مبنى البلدية في صفاقس.").first { $0.type == "PROTEST" })
        #expect(storming.codes(storming.source) == ["---CVL"])
        #expect(!events("اعتقلت قوات الأمن المصرية عشرات المتظاهرين في القاهرة.").contains { $0.type == "PROTEST" })
    }

    @Test func gatheringIsAProtestOnlyWithACrowd() throws {
        #expect(!events("تجمعت هذه المعلومات لدى الباحث خلال سنوات طويلة.").contains { $0.type == "PROTEST" })
        #expect(!events("تغيرت شعارات المصارف الكبرى هذا العام.").contains { $0.type == "PROTEST" })
        let rally = try #require(events("تجمع مئات من العمال أمام مقر الشركة في الدمام.").first { $0.type == "PROTEST" })
        #expect(rally.codes(rally.source) == ["---CVL"] || rally.codes(rally.source) == ["---LAB"])
    }

    @Test func aVerbOfCrowdingProtestsOnlyWhenACrowdGathers() throws {
        // A crowd named elsewhere in the sentence does not make a protest of a verb that
        // gathers a thing (transitive), fighters, or people come for something else.
        for text in ["الجمعية الخيرية تجمع التبرعات من المواطنين لبناء مدرسة في القرية.",
                     "احتشد المقاتلون على أطراف المدينة وسط خوف السكان.",
                     "حشدت إسرائيل آلاف الجنود على الحدود الشمالية.",
                     "تجمع الزوار في الحديقة العامة لمشاهدة الألعاب النارية مع آلاف العائلات.",
                     "احتشد المتسوقون في السوق قبل العيد بساعات وسط زحام الناس.",
                     "واصلت الجماعة حشد المئات من المقاتلين قرب الحدود مع نزوح السكان.",
                     "احتشد آلاف المواطنين في الشوارع للاحتفال بالعيد الوطني."] {
            #expect(!events(text).contains { $0.type == "PROTEST" }, "\(text)")
        }
        // Controls: a crowd right after the verb, past a word of time, or a preposition first;
        // citizens with a grievance or before a building; protesters named in the accusative.
        for (text, verb) in [("تجمع مئات المحتجين أمام البرلمان.", "تجمع"),
                             ("احتشد المتظاهرون أمام مبنى المحافظة احتجاجا على الغلاء.", "احتشد"),
                             ("تجمع اليوم العشرات من المعلمين أمام وزارة التربية.", "تجمع"),
                             ("تجمهر أمام السفارة مئات الطلاب الغاضبين.", "تجمهر"),
                             ("احتشد آلاف المواطنين في الشوارع احتجاجا على رفع الأسعار.", "احتشد"),
                             ("تجمع عشرات من السكان أمام المستشفى مساء أمس.", "تجمع"),
                             ("كان بين 30 محتجا تجمعوا في الساحة الكبرى قبل أن تفرقهم الشرطة.", "تجمعوا")] {
            let rally = try #require(events(text).first { $0.type == "PROTEST" }, "\(text)")
            #expect(rally.trigger == verb && rally.triggerSurface(in: text) == verb)
        }
    }

    @Test func aGatheringThatSaysWhatItProtestsIsAProtestThoughItsPeopleHaveNoRoleNoun() throws {
        // No role noun names pensioners: the grievance tells the march is a protest.
        let march = try #require(events("جابت مسيرة لخمسين متقاعدا شوارع المدينة تنديدا بتأخر المعاشات.").first { $0.type == "PROTEST" })
        #expect(march.trigger == "مسيرة")
        #expect(!events("شارك خمسون متقاعدا في مسيرة رياضية على الكورنيش.").contains { $0.type == "PROTEST" })
        #expect(!events("بدأت مسيرة خمسين متقاعدا في النادي قبل سنوات.").contains { $0.type == "PROTEST" })
    }

    @Test func aCrowdGoingOutIsAProtestOnlyWithAGrievanceAndNoOtherProtestWord() throws {
        for (text, verb) in [("نزل مئات الشبان إلى الشوارع رافضين القرار الجديد.", "نزل"),
                             ("خرج آلاف السكان في المدينة القديمة مرددين هتافات ضد الفساد.", "خرج")] {
            let protest = try #require(events(text).first { $0.type == "PROTEST" }, "\(text)")
            #expect(protest.trigger == verb && protest.triggerSurface(in: text) == verb)
        }
        // Going out with no crowd, no grievance, or with a protest word that reports it instead.
        for text in ["نزلت أسعار النفط أمس إلى أدنى مستوى لها منذ عام.",
                     "خرج آلاف المصلين من المسجد بعد صلاة الجمعة.",
                     "خرج المنتخب من البطولة رافضين الاعتراف بالهزيمة."] {
            #expect(!events(text).contains { $0.type == "PROTEST" }, "\(text)")
        }
        let reported = events("خرج آلاف المحتجين إلى الشوارع احتجاجا على الغلاء.").filter { $0.type == "PROTEST" }
        #expect(reported.count == 1 && reported.first?.trigger != "خرج")
    }

    @Test func knownProtestersChantingRetellAProtestReportedBefore() throws {
        #expect(!events("وهتف المحتجون ضد الغلاء طوال ساعتين.").contains { $0.type == "PROTEST" })
        #expect(!events("وردد المتظاهرون شعارات تندد بالفساد في الدوائر الحكومية.").contains { $0.type == "PROTEST" })
        // Controls: a counted crowd, or a protest verb beside the chants, reports a protest.
        let counted = try #require(events("وهتف مئات المحتجين ضد الغلاء أمام مبنى البلدية.").first { $0.type == "PROTEST" })
        #expect(counted.trigger == "وهتف")
        let marched = try #require(events("وتظاهر المحتجون أمام البلدية ورددوا شعارات ضد الغلاء.").first { $0.type == "PROTEST" })
        #expect(marched.trigger == "وتظاهر")
    }

    @Test func protestersBeyondTheTriggersClauseAreItsSource() throws {
        let slogans = try #require(events("رُفعت الشعارات المنددة بالغلاء طوال اليوم، وقد رددها مئات المحتجين أمام البرلمان.").first { $0.type == "PROTEST" })
        #expect(slogans.codes(slogans.source) == ["---CVL"])
    }

    @Test func aBareMentionOfASummitIsNotAnEvent() {
        #expect(events("وتحدث المحللون طويلا عن القمة ونتائجها.").isEmpty)
    }

    @Test func anImmediateCeasefireIsNoShooting() throws {
        let found = events("ودعا غوتيريش طرفي النزاع إلى وقف فوري لإطلاق النار وفتح ممرات آمنة.", published: "2025-11-20")
        #expect(!found.contains { $0.type == "ASSAULT" }, "\(found)")
        let declared = try event("أعلن الجيش وقفا فوريا لإطلاق النار.", "RETREAT", published: "2025-11-20")
        #expect(declared.mode == "ceasefire", "\(declared)")
    }
}
