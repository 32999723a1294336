import MarsadCore
import MarsadExtract
import Testing

/// Stances of each label, negated ones, and how holders and targets resolve.
@Suite struct StanceStageTests {
    @Test func eachLabel() throws {
        let cases: [(String, FoundStance)] = [
            ("رحب الاتحاد الأوروبي بالاتفاق الجديد.", FoundStance(holder: "european-union", label: "welcome", target: "الاتفاق", text: "رحب الاتحاد الأوروبي بالاتفاق الجديد")),
            ("دونالد ترامب أيد الخطة بقوة.", FoundStance(holder: "donald-trump", label: "support", target: "الخطة", text: "أيد الخطة بقوة")),
            ("وانتقد سيرغي لافروف العقوبات الغربية.", FoundStance(holder: "sergey-lavrov", label: "criticism", target: "العقوبات", text: "وانتقد سيرغي لافروف العقوبات الغربية")),
            ("أعرب الاتحاد الأوروبي عن قلقه من التصعيد.", FoundStance(holder: "european-union", label: "concern", target: "التصعيد", text: "قلقه من التصعيد")),
            ("ورفض الكرملين المقترح الأمريكي.", FoundStance(holder: "kremlin", label: "rejection", target: "المقترح", text: "ورفض الكرملين المقترح الأمريكي")),
            ("بكين تابعت المحادثات باهتمام.", FoundStance(holder: "country-chn", label: "neutral_interest", target: "المحادثات", text: "بكين تابعت المحادثات باهتمام")),
        ]
        for (sentence, expected) in cases {
            #expect(try stances(sentence) == [expected], "\(sentence)")
        }
    }

    @Test func negationFlipsOrNeutralises() throws {
        let notCriticised = try stances("لم ينتقد دونالد ترامب الاتفاق.")
        #expect(notCriticised.map(\.label) == ["neutral_interest"])
        let notRejected = try stances("الكرملين لا يرفض المبادرة.")
        #expect(notRejected.map(\.label) == ["support"])
        #expect(notRejected.first?.holder == "kremlin")
    }

    @Test func targetsAreEntitiesOrEvents() throws {
        let entity = try stances("وندد فلاديمير بوتين بدونالد ترامب.")
        #expect(entity.first?.target == "donald-trump")
        let cause = try stances("القمة أثارت قلقا واضحا في العواصم الأوروبية.")
        #expect(cause == [FoundStance(holder: "europe", label: "concern", target: "القمة", text: "القمة أثارت قلقا واضحا في العواصم الأوروبية")])
    }

    @Test func characterisationsInQuotesBelongToTheSpeaker() throws {
        let found = try stances("مسؤولون فرنسيون وصفوا الاجتماع بأنه \"مجازفة خطيرة\".")
        #expect(found == [FoundStance(holder: "generic-fra-gov", label: "concern", target: "الاجتماع", text: "مجازفة خطيرة")])
        #expect(try stances("كانت القمة مقامرة كبيرة.").isEmpty)
    }

    @Test func levantineAndGulfPhrasing() throws {
        let levantine = try stances("المتظاهرون اللبنانيون خايفين من القرار.")
        #expect(levantine.first?.holder == "generic-lbn-cvl" && levantine.first?.label == "concern")
        let gulf = try stances("وقال مسؤول كويتي: \"احنا مع المبادرة\".")
        #expect(gulf.first?.holder == "generic-kwt-gov" && gulf.first?.label == "support")
    }

    @Test func english() throws {
        let found = try stances("The European Union welcomed the agreement.")
        #expect(found.first?.holder == "european-union" && found.first?.label == "welcome" && found.first?.target == "agreement")
    }
}
