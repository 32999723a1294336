import MarsadCore
import MarsadExtract
import Testing

/// Plain reports (a past verb opening its sentence, its subject the source) are kept at a
/// probability the types' thresholds would drop; in sentences written for these tests.
@Suite struct EventPlainReportTests {
    /// A stage whose classifier gives every candidate 0.5, the floor, under thresholds of 0.9:
    /// only plain reports pass it.
    static let unsureStage = EventStage(
        lexicon: shippedResources.triggers,
        model: EventModel(types: [.assault, .protest], buckets: 1, weights: [0, 0], thresholds: [0.9, 0.9]),
        kb: shippedResources.kb)

    func kept(_ text: String) -> [FoundEvent] {
        events(text, stage: Self.unsureStage).filter { $0.type == "ASSAULT" || $0.type == "PROTEST" }
    }

    @Test func aVerbOpeningTheSentenceWithItsArmedSubjectIsKept() throws {
        let abduction = try #require(kept("اختطف مسلحون مهندسا أجنبيا في جنوب البلاد.").first)
        #expect(abduction.type == "ASSAULT" && abduction.codes(abduction.source) == ["---UAF"])
        #expect(kept("وقصفت طائرات حربية مخازن للسلاح قرب الحدود.").count == 1)
        // A militarised group of no state is armed; a verb that strikes only in deed, with whom it
        // struck named, needs no arms.
        #expect(kept("هاجم تنظيم القاعدة ثكنة في الصحراء.").count == 1)
        let arson = try #require(kept("أحرق مواطنون غاضبون مركزا للشرطة.").first)
        #expect(arson.codes(arson.source) == ["---CVL"] && arson.codes(arson.target) == ["---COP"])
        let protest = try #require(kept("اعتصم مئات العمال أمام مقر الشركة.").first)
        #expect(protest.type == "PROTEST")
    }

    @Test func aVerbOpeningTheMainClauseAfterAShortPhraseIsKept() throws {
        // في غضون ذلك، and a place's phrase with its comma, open the sentence before its main clause.
        let drone = try #require(kept("في غضون ذلك، استهدفت طائرة مسيرة قاعدة جوية في محافظة الأنبار.").first)
        #expect(drone.type == "ASSAULT" && drone.codes(drone.source) == ["---MIL"])
        #expect(kept("وفي ريف حلب، قصفت مروحيات حربية بلدة قرب الحدود.").count == 1)
        // Control: a phrase too long to be an opening one leaves the verb inside the sentence.
        #expect(kept("وبعد ساعات من انتهاء الاجتماع الطارئ للحكومة، قصفت طائرات حربية مخازن للسلاح.").isEmpty)
    }

    @Test func anAttackUndergoneByWhomTheSentenceOpensWithIsKept() throws {
        let patrol = try #require(kept("وتعرضت دورية للجيش اللبناني لإطلاق نار قرب الحدود.").first)
        #expect(patrol.source.isEmpty && patrol.codes(patrol.target) == ["LBNMIL"], "\(patrol)")
        // Control: the present of undergoing tells what goes on or may come.
        #expect(kept("تتعرض دوريات الجيش اللبناني لإطلاق نار قرب الحدود.").isEmpty)
    }

    @Test func aSubjectOpeningTheSentenceBeforeItsVerbIsKept() throws {
        // After its subject, a past verb anywhere, and a present verb in a headline: a line with no stop.
        let past = try #require(kept("مسلحون قتلوا شرطيين في سيناء.").first)
        #expect(past.codes(past.source) == ["---UAF"] && past.codes(past.target) == ["---COP"])
        let headline = try #require(kept("مسلحون يقتلون ثلاثة جنود في سيناء\nقتل ثلاثة جنود أمس في هجوم.").first)
        #expect(headline.codes(headline.source) == ["---UAF"] && headline.codes(headline.target) == ["---MIL"])
        // A present verb in a sentence that ends in a stop goes on, or is to come.
        #expect(kept("مسلحون يقتلون الجنود في سيناء.").isEmpty)
        // A noun of the verb's row after a name is no verb.
        #expect(kept("تنظيم داعش غارة\nوقال شهود إن الطائرات حلقت فوق المدينة.").isEmpty)
    }

    @Test func anActToldByItsNounAfterAVerbOfCarryingOutIsKept() throws {
        // قام and رد with the act's noun under ب right after their subject (one adjective may stand between).
        let kidnap = try #require(kept("قام مسلحون مقنعون بخطف موظف في البلدية من سيارته.").first)
        #expect(kidnap.codes(kidnap.source) == ["---UAF"], "\(kidnap)")
        let strikes = try #require(kept("وردت الولايات المتحدة وبريطانيا بشن غارات جوية على مواقع للحوثيين.").first)
        #expect(strikes.codes(strikes.source) == ["USA", "GBR"] && strikes.arabicNames(strikes.target) == ["الحوثيون"], "\(strikes)")
        #expect(kept("مسلحون قاموا بخطف موظف في البلدية.").count == 1)
        // Controls: the present of carrying out tells what goes on; reported after إن it opens no sentence.
        #expect(kept("يقوم مسلحون بخطف الأجانب كل أسبوع.").isEmpty)
        #expect(kept("وقال شهود إن مسلحين قاموا بخطف موظف في البلدية.").isEmpty)
    }

    @Test func anActItsArmedDoerClaimsIsKept() throws {
        // The speaker's pronoun after إن, or the speaker named again after أن, or the body a spokesperson speaks for.
        let army = try #require(kept("وقال الجيش الإسرائيلي في بيان إنه استهدف مواقع لحزب الله في النبطية.").first)
        #expect(army.codes(army.source) == ["ISRMIL"] && army.arabicNames(army.target) == ["حزب الله"], "\(army)")
        let claim = "أعلنت جماعة الحوثي في بيان مقتضب. وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن الجماعة استهدفت سفينة تجارية."
        let ship = try #require(kept(claim).first)
        #expect(ship.arabicNames(ship.source) == ["الحوثيون"], "\(ship)")
        // Controls: another doer than the speaker, and a verb in the present, are left to the classifier.
        #expect(kept("وقال الجيش الإسرائيلي في بيان إن مسلحين استهدفوا مواقع في النبطية.").isEmpty)
        #expect(kept("وقال الجيش الإسرائيلي إنه يستهدف مواقع لحزب الله في النبطية.").isEmpty)
    }

    @Test func otherReadingsStillNeedTheThreshold() {
        // The verb does not open the sentence, is in the present, or is passive.
        #expect(kept("وقال شهود إن مسلحين اختطفوا مهندسا أجنبيا.").isEmpty)
        #expect(kept("يهاجم مسلحون القرى النائية كل ليلة.").isEmpty)
        #expect(kept("قتل جندي في انفجار عبوة ناسفة.").isEmpty)
    }

    @Test func verbsThatAlsoStrikeInWordsNeedAnArmedSubject() {
        // A minister attacks a newspaper in words; the police launch a campaign, not an attack.
        #expect(kept("هاجم الوزير الصحيفة في مؤتمر صحفي.").isEmpty)
        #expect(kept("شنت الشرطة حملة توعية في المدارس.").isEmpty)
        // Control: the police launch raids, an attack's noun.
        #expect(kept("شنت الشرطة غارات على أوكار المهربين.").count == 1)
    }

    @Test func aStateBombsWithoutNamingWhom() throws {
        // قصف bombs in deed: a state is its subject with no armed word and no one struck.
        let raid = try #require(kept("قصفت إسرائيل مواقع في ريف دمشق.").first)
        #expect(raid.codes(raid.source) == ["ISR"])
        // A town is no one that bombs: قصف تعز heads a paragraph on the shelling of Taiz.
        #expect(kept("قصف تعز من جهة أخرى، لا تزال الأحياء السكنية تتعرض للقذائف.").isEmpty)
    }
    /// A stage whose classifier finds every candidate nearly impossible.
    static let doubtingStage = EventStage(
        lexicon: shippedResources.triggers,
        model: EventModel(types: [.assault, .protest], buckets: 1, weights: [-5, -5], thresholds: [0.9, 0.9]),
        kb: shippedResources.kb)

    @Test func aPlainReportOfBombingIsKeptWhateverTheClassifierSays() throws {
        func kept(_ text: String) -> [FoundEvent] { events(text, stage: Self.doubtingStage).filter { $0.type == "ASSAULT" } }
        let raids = try #require(kept("وشنت إسرائيل والولايات المتحدة غارات على إيران.").first)
        #expect(raids.codes(raids.source) == ["ISR", "USA"] && raids.codes(raids.target) == ["IRN"])
        #expect(kept("قصفت الطائرات الحربية مخازن للسلاح قرب الحدود.").count == 1)
        // Those struck in a bombing whose side is named, told in the passive.
        let struck = try #require(kept("قتل عنصر في حزب الله بغارة إسرائيلية.").first)
        #expect(struck.codes(struck.source) == ["ISRMIL"] && struck.target == ["hezbollah"])
        // A bombing's noun as its verb's subject, in a headline, struck whom the verb names.
        let headline = try #require(kept("غارة إسرائيلية تقتل عنصرا في حزب الله").first)
        #expect(headline.codes(headline.source) == ["ISRMIL"] && headline.target == ["hezbollah"])
        // A drone, its state's nisba after it, is that state's armed forces.
        let drone = try #require(kept("قتل ثلاثة أشخاص بغارة من طائرة مسيرة إسرائيلية.").first)
        #expect(drone.codes(drone.source) == ["ISRMIL"])
        // A headline opening with bombing by a named side, with no article, reports it; with the article it names a topic.
        let strikes = try #require(kept("غارات أمريكية على مواقع للحوثيين في صنعاء").first)
        #expect(strikes.codes(strikes.source) == ["USAMIL"])
        #expect(kept("الغارات الأمريكية على مواقع الحوثيين").isEmpty)
        // Control: an attack's noun that bombs nothing, as its verb's subject, still needs the classifier.
        #expect(kept("هجوم انتحاري يقتل عشرين شخصا في كابول").isEmpty)
        // Other plain reports still need the classifier, and so does a launch of no bombing, or a clash.
        #expect(kept("اختطف مسلحون مهندسا أجنبيا في جنوب البلاد.").isEmpty)
        #expect(kept("شنت إسرائيل هجمات على إيران.").isEmpty)
        #expect(kept("قتل ثلاثة مسلحين في اشتباك مع الشرطة.").isEmpty)
    }

    @Test func aProtestToldPlainlyIsKeptWhateverTheClassifierSays() throws {
        func kept(_ text: String) -> [FoundEvent] { events(text, stage: Self.doubtingStage).filter { $0.type == "PROTEST" } }
        // Its own verb, a verb staging it, a deed done in protest, a march into it, protesters gathering.
        let students = try #require(kept("تظاهر مئات الطلاب أمام مقر الوزارة.").first)
        #expect(students.codes(students.source) == ["---EDU"])
        let sitIn = try #require(kept("نظم عمال المصنع اعتصاما أمام مقر الشركة.").first)
        #expect(sitIn.codes(sitIn.source) == ["---LAB"])
        #expect(kept("أغلق التجار محلاتهم احتجاجا على الضرائب.").count == 1)
        #expect(kept("سار آلاف المواطنين في وسط المدينة في مسيرة صامتة.").count == 1)
        #expect(kept("وتجمع مئات المتظاهرين أمام السفارة مطالبين بطرد السفير.").count == 1)
        // Controls: people gathering for no protest, a state's protest, a deed said to come, a chant, a question.
        #expect(kept("تجمع الطلاب في ساحة الجامعة لحضور حفل التخرج.").isEmpty)
        #expect(kept("استدعت الحكومة سفيرها احتجاجا على التصريحات.").isEmpty)
        #expect(kept("أعلن العمال أن المصانع ستغلق غدا احتجاجا على القرار.").isEmpty)
        #expect(kept("وهتف المتظاهرون بشعارات ضد الحكومة.").isEmpty)
        #expect(kept("وماذا لو ملأ الطلاب الشوارع احتجاجا على القرار؟").isEmpty)
    }
}
