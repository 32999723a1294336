import MarsadCore
import MarsadExtract
import Testing

/// Words after a verb that are not its subject: a state after a verb in the masculine, whose name takes the feminine,
/// and the subject of a clause opened by أن; in sentences written for these tests.
@Suite struct EventSubjectTests {
    @Test func aStateAfterAVerbInTheMasculineIsItsObject() throws {
        let text = "وفي طهران، انتقد وزير الخارجية الإيراني عباس عراقجي صمت المجتمع الدولي، واتهم واشنطن بتوفير الغطاء للهجمات."
        let charge = try #require(events(text).first { $0.type == "ACCUSE" && $0.trigger == "واتهم" })
        #expect(charge.source == ["abbas-araghchi"] && charge.target == ["country-usa"])
        #expect(charge.triggerSurface(in: text) == charge.trigger)
        // Controls: the verb in the feminine has the state as its subject; a state whose name takes the masculine is not read.
        let feminine = try event("واتهمت واشنطن طهران بتزويد الجماعة بالصواريخ.", "ACCUSE")
        #expect(feminine.source == ["country-usa"] && feminine.target == ["country-irn"])
        let masculine = try event("واتهم العراق تركيا بانتهاك سيادته.", "ACCUSE")
        #expect(masculine.source == ["country-irq"] && masculine.target == ["country-tur"])
    }

    @Test func theSubjectOfAClauseAfterThatIsNotTheVerbs() throws {
        let text = "رفض الأمين العام لحزب الله نعيم قاسم أي دعوة لتسليم السلاح، وهدد بأن الحزب لن يقف مكتوف الأيدي."
        let threat = try event(text, "THREATEN")
        #expect(threat.source == ["naim-qassem"] && threat.target.isEmpty)
        #expect(threat.triggerSurface(in: text) == threat.trigger)
        let warning = try event("وهدد الرئيس الأمريكي بأن واشنطن سترد بقوة.", "THREATEN", published: "2025-10-19")
        #expect(warning.source == ["donald-trump"] && warning.target.isEmpty)
        // Control: with its pronoun, أن has its subject, and the words after may say who was struck.
        let shooting = try event("وكان المسلح أطلق عدة أعيرة نارية على مجموعة اعتقد أنهم جنود.", "ASSAULT")
        #expect(shooting.codes(shooting.target) == ["---MIL"])
    }

    @Test func aBodyInTheMasculineAfterAVerbInTheFeminineIsItsObject() throws {
        let text = "ونفت قوات الدعم السريع انسحابها من المدينة، واتهمت الجيش بقصف الأحياء السكنية."
        let charge = try #require(events(text).first { $0.type == "ACCUSE" })
        #expect(charge.source == ["rsf"] && charge.codes(charge.target) == ["---MIL"], "\(charge)")
        // The denial before the pause does not reach the clause the joined verb opens; it still denies the withdrawal.
        #expect(charge.polarity == "asserted" && charge.modality == "happened")
        #expect(events(text).first { $0.type == "RETREAT" }?.modality == "denied")
        #expect(charge.triggerSurface(in: text) == charge.trigger)
        // Control: a body in the feminine after the verb is its subject.
        let police = try event("واتهمت الشرطة المحتجين بإحراق سيارة.", "ACCUSE")
        #expect(police.codes(police.source) == ["---COP"])
    }

    @Test func aSoundMasculinePluralAfterAVerbInTheFeminineIsItsObject() throws {
        let armed = try event("ونفت طهران أن تكون قد زودت الحوثيين بأي أسلحة.", "AID")
        #expect(armed.source == ["country-irn"] && armed.target == ["houthis"] && armed.modality == "denied", "\(armed)")
        let expelled = try event("وطردت الاثنين الحوثيين من آخر معاقلهم.", "COERCE")
        #expect(expelled.source.isEmpty && expelled.target == ["houthis"], "\(expelled)")
        // Control: a state whose name ends so is the subject of a verb in the feminine.
        let bahrain = try event("وانتقدت البحرين التصريحات الإيرانية.", "ACCUSE")
        #expect(bahrain.codes(bahrain.source) == ["BHR"], "\(bahrain)")
    }

    @Test func aManNamedByHisTitleAfterAVerbInTheFeminineIsItsObject() throws {
        let text = "واقتحمت قوات الاحتلال منزل العائلة في جنين واعتقلت الشاب محمد أحمد."
        let arrest = try event(text, "COERCE")
        #expect(arrest.codes(arrest.source) == ["ISRMIL"] && arrest.codes(arrest.target) == ["---CVL"], "\(arrest)")
        #expect(arrest.triggerSurface(in: text) == arrest.trigger)
        // A man named after a title that is no actor of its own is the object too; the verb joined by ف goes on from the
        // clause before, whose school after على is no subject of it.
        let text2 = "وفي بلدة بيت لاهيا، أطلقت القوات الإسرائيلية المتمركزة على الحدود قذيفة مدفعية على المدرسة الزراعية شرق البلدة فقتلت المدرس سامي خالد يوسف."
        let killing = try #require(events(text2).first { $0.trigger == "فقتلت" })
        #expect(killing.codes(killing.source) == ["ISRMIL"] && killing.arabicNames(killing.target) == ["سامي خالد يوسف"], "\(killing)")
        // Control: a title in the feminine before a name is the subject.
        let officer = try event("واعتقلت الضابطة سارة أحمد المشتبه به.", "COERCE")
        #expect(officer.arabicNames(officer.source) == ["سارة أحمد"], "\(officer)")
    }

    @Test func warMachinesBelongingToAGroupAreThatGroups() throws {
        let text = "استهدفت طائرات مسيرة تابعة لقوات الدعم السريع فجر الثلاثاء مستودعات للوقود في مدينة بورتسودان."
        let strike = try event(text, "ASSAULT", published: "2025-11-04")
        #expect(strike.source == ["rsf"] && strike.target.isEmpty, "\(strike)")
    }

    @Test func aVerbWithItsObjectsPronounHasItsSubjectAfterIt() throws {
        let killing = try event("حدادا على أرواح ثلاثة شبان قتلتهم القوات الإسرائيلية خلال اقتحامها مخيم جنين.", "ASSAULT")
        #expect(killing.codes(killing.source) == ["ISRMIL"] && killing.codes(killing.target) == ["---CVL"], "\(killing)")
        let support = try event("وسيطر على المدينة مقاتلون محليون تدعمهم الولايات المتحدة.", "SUPPORT")
        #expect(support.source == ["country-usa"], "\(support)")
        // Control: a noun with its possessor's pronoun is the possessor's act (تعاونها: her cooperation).
        let cooperation = try event("وأعلن كارتر أن الولايات المتحدة مستعدة لتعزيز تعاونها العسكري مع إسرائيل.", "COOPERATE")
        #expect(cooperation.source == ["country-usa"], "\(cooperation)")
    }

    @Test func civiliansAfterAVerbWithNoPassiveSpellingAttack() throws {
        let raid = try event("وهاجم مستوطنون قرية ترمسعيا شمال رام الله وأحرقوا منازل ومركبات.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---CVL"] && raid.target.isEmpty, "\(raid)")
        // Control: a verb a passive shares its spelling with has a victim after it (قتل جندي: a soldier was killed).
        let killed = try event("وقتل جندي عراقي في انفجار.", "ASSAULT")
        #expect(killed.source.isEmpty && killed.codes(killed.target) == ["IRQMIL"], "\(killed)")
    }
}

