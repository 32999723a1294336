import MarsadCore
import MarsadExtract
import Testing

/// Speakers on open text: names no mention covers, participles of saying, role phrases,
/// pronoun continuation; titles and names in marks are no quotations.
@Suite struct QuoteSpeakerTests {
    @Test func anUnknownNameAfterTheVerbIsTheSpeaker() throws {
        let text = "ويقول الشمراني: «الوضع في المدينة هادئ تماما منذ الصباح»."
        let json = try analysis(text)
        let found = try quotes(text)
        #expect(found.count == 1)
        let speaker = try #require(found.first?.speaker)
        #expect(speaker.hasPrefix("local-"))
        #expect(entity(speaker, in: json)?["name_ar"] as? String == "الشمراني")
    }

    @Test func aParticipleTakesTheSubjectOfItsClause() throws {
        let found = try quotes("وعلق سيرغي لافروف على المحادثات قائلا: «لن نتراجع عن مواقفنا».")
        #expect(found == [FoundQuote(text: "لن نتراجع عن مواقفنا", speaker: "sergey-lavrov", cue: "قائلا")])
        let reported = try quotes("وزار ماركو روبيو العاصمة، مشيرا إلى أن المحادثات كانت بناءة.")
        #expect(reported.first?.speaker == "marco-rubio")
    }

    @Test func aVerbWithoutASubjectContinuesWithThePersonLastNamed() throws {
        let found = try quotes("التقى فلاديمير بوتين رجال أعمال في موسكو. وقال: «الاقتصاد الروسي صامد رغم العقوبات».")
        #expect(found.map(\.speaker) == ["vladimir-putin"])
        // The subject of the sentence before, not the last person it names.
        let subject = try quotes("دافع ماركو روبيو عن قرار دونالد ترامب. وقال: «القرار يخدم مصالحنا في المنطقة».")
        #expect(subject.map(\.speaker) == ["marco-rubio"])
    }

    @Test func aSpokespersonOfABodyIsTheNamedPerson() throws {
        let found = try quotes("وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس سيشارك في القمة.")
        #expect(found.first?.speaker == "dmitry-peskov")
    }

    @Test func aSpokespersonOfABodyNoOneIsKnownToSpeakForIsTheBody() throws {
        let rebels = try quotes("وقال المتحدث باسم قوات الدعم السريع إن الهجوم فشل.")
        #expect(rebels.first?.speaker == "rsf")
        let army = try quotes("وقال الناطق الرسمي باسم الجيش السوداني إن قواته صدت الهجوم.")
        #expect(army.first?.speaker == "sudanese-armed-forces")
    }

    @Test func titlesAndNamesInMarksAreNoQuotations() throws {
        #expect(try quotes("صدرت رواية «الطريق إلى البيت البعيد» عن دار نشر في بيروت.").isEmpty)
        #expect(try quotes("نشر الكاتب مقالا بعنوان «مستقبل الطاقة في المنطقة العربية» أمس.").isEmpty)
        #expect(try quotes("أعلن مقاتلون في «جيش الفتح» السيطرة على البلدة.").isEmpty)
        #expect(try quotes("وقال مصدر أمني لـ«الشرق الأوسط» إن الوضع مستقر.").map(\.text) == ["الوضع مستقر"])
        let named = try quotes("وأكدت «أم سارة» أنها لم تتلق أي اتصال من السلطات.")
        #expect(named.count == 1 && named.first?.text == "لم تتلق أي اتصال من السلطات")
        #expect(named.first?.speaker?.hasPrefix("local-") == true)
    }

    @Test func aVerbalNounIsNoCue() throws {
        #expect(try quotes("وشملت الخطة إضافة إلى «حماية المدنيين في كل المناطق الحدودية» بنودا أخرى.").allSatisfy { $0.cue != "إضافة" })
    }
}
