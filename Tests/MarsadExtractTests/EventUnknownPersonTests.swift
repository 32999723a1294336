import MarsadCore
import MarsadExtract
import Testing

/// People the tagger names and the knowledge base does not know, as actors coded by their titles; in sentences written
/// for these tests.
@Suite struct EventUnknownPersonTests {
    @Test func aPersonTheKnowledgeBaseDoesNotKnowActsCodedByTheTitle() throws {
        let text = "وكان المبعوث الأمريكي الخاص إلى السودان توم بيرييلو قد التقى في بورتسودان رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان."
        let meeting = try event(text, "CONSULT", published: "2025-11-20")
        #expect(meeting.arabicNames(meeting.source) == ["توم بيرييلو"] && meeting.codes(meeting.source) == ["USAGOV"], "\(meeting)")
        #expect(meeting.target == ["abdel-fattah-al-burhan"], "\(meeting)")
        // The title's organisation may stand between (النائب عن كتلة …).
        let critic = try event("وانتقد النائب عن كتلة الوفاء للمقاومة حسن فضل الله أداء لجنة المراقبة.", "ACCUSE", published: "2025-11-20")
        #expect(critic.arabicNames(critic.source) == ["حسن فضل الله"], "\(critic)")
        // A title right after the name, in the construct state, is the person's (عمدة العاصمة الصومالية).
        let survivor = try event("نجا محمد عمر ديري عمدة العاصمة الصومالية مقديشو من محاولة لاغتياله عندما فجر مجهولون عبوة ناسفة لدى مرور موكبه.",
                                 "ASSAULT", published: "2008-01-20")
        #expect(survivor.codes(survivor.target) == ["SOMGOV"] && survivor.codes(survivor.source) == ["---UAF"], "\(survivor)")
        // Control: after a particle the noun opens a clause of its own, and acts there.
        let support = try event("وقال عبدالله الحوشان إن وزارة الشؤون الاجتماعية تدعم الجمعيات.", "SUPPORT", published: "2015-07-20")
        #expect(support.codes(support.source) == ["---GOV"], "\(support)")
    }

    @Test func aSurnameAloneIsThePersonNamedInFullBefore() throws {
        let found = events("التقى المبعوث الأمريكي توم بيرييلو رئيس مجلس السيادة عبد الفتاح البرهان. وزار بيرييلو القاهرة الأسبوع الماضي.",
                           published: "2025-11-20")
        let meeting = try #require(found.first { $0.type == "CONSULT" && $0.target == ["abdel-fattah-al-burhan"] }, "\(found)")
        let visit = try #require(found.first { $0.type == "CONSULT" && $0.mode == "visit" }, "\(found)")
        #expect(meeting.codes(meeting.source) == ["USAGOV"] && visit.source == meeting.source, "\(found)")
    }

    @Test func aPlaceNamedAfterAPersonAndAKnownPersonsOtherSpellingAreNoOneElse() throws {
        let protest = try event("وندد 125 ألف متظاهر السبت بالمشروع في انقرة عند ضريح اتاتورك مؤسس تركيا العلمانية.", "PROTEST", published: "2007-04-15")
        #expect(protest.codes(protest.source) == ["---CVL"], "\(protest)")
        // The linker read the title as Gauck's; the name after it in another spelling is his too.
        let condemnation = try event("كما أدان الرئيس الألماني يواخيم جاوك الهجوم ووصفه بالعمل البربري.", "ACCUSE", published: "2015-07-20")
        #expect(condemnation.source == ["joachim-gauck"] && condemnation.target.isEmpty, "\(condemnation)")
    }
}
