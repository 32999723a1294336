import MarsadCore
import MarsadExtract
import Testing

/// Quotations and reported speech with their speakers, on sentences written for each form.
@Suite struct QuoteStageTests {
    @Test func eachBracketStyle() throws {
        for (open, close) in [("«", "»"), ("“", "”"), ("\"", "\"")] {
            let found = try quotes("قال وزير الخارجية الروسي سيرغي لافروف: \(open)لن نقبل بأي شروط مسبقة\(close).")
            #expect(found == [FoundQuote(text: "لن نقبل بأي شروط مسبقة", speaker: "sergey-lavrov", cue: "قال")], "\(open)…\(close)")
        }
    }

    @Test func reportedSpeechAfterAComplementizer() throws {
        let found = try quotes("وأكد بوتين أن بلاده منفتحة على الحوار مع واشنطن.")
        #expect(found == [FoundQuote(text: "بلاده منفتحة على الحوار مع واشنطن", speaker: "vladimir-putin", cue: "وأكد")])
    }

    @Test func speakerBeforeOrAfterTheCue() throws {
        let svo = try quotes("ماركو روبيو أوضح أن المحادثات ستستمر الأسبوع المقبل.")
        #expect(svo.first?.speaker == "marco-rubio")
        let vso = try quotes("وأوضح ماركو روبيو أن المحادثات ستستمر الأسبوع المقبل.")
        #expect(vso.first?.speaker == "marco-rubio")
        let after = try quotes("«المحادثات ستستمر»، قال ماركو روبيو للصحفيين.")
        #expect(after == [FoundQuote(text: "المحادثات ستستمر", speaker: "marco-rubio", cue: "قال")])
    }

    @Test func acrossALineBreak() throws {
        let found = try quotes("وفي ختام الاجتماع قال فلاديمير بوتين:\n«نريد سلاما عادلا ودائما».")
        #expect(found == [FoundQuote(text: "نريد سلاما عادلا ودائما", speaker: "vladimir-putin", cue: "قال")])
        let unmarked = try quotes("وقال دونالد ترامب:\nالصفقة جاهزة تقريبا.")
        #expect(unmarked == [FoundQuote(text: "الصفقة جاهزة تقريبا", speaker: "donald-trump", cue: "وقال")])
    }

    @Test func pronounContinuation() throws {
        let found = try quotes("قال سيرغي لافروف إن موسكو لن تتراجع. وأضاف أن العقوبات لم تحقق أهدافها.")
        #expect(found.map(\.speaker) == ["sergey-lavrov", "sergey-lavrov"])
        #expect(found.last?.text == "العقوبات لم تحقق أهدافها")
    }

    @Test func institutionSpeakers() throws {
        let found = try quotes("نشر البيت الأبيض صورة للرئيسين مع تعليق \"الطريق إلى السلام يبدأ هنا\".")
        #expect(found == [FoundQuote(text: "الطريق إلى السلام يبدأ هنا", speaker: "white-house", cue: "نشر")])
        let kremlin = try quotes("الكرملين أعلن أن الموعد لم يحدد بعد.")
        #expect(kremlin.first?.speaker == "kremlin")
    }

    @Test func aNestedQuoteKeepsItsOwnSpeaker() throws {
        let found = try quotes("قال فلاديمير بوتين: «لن نقبل ما وصفه ماركو روبيو بـ\"الحل الواقعي\" لأنه يتجاهل مصالحنا».")
        let outer = try #require(found.first { $0.text.hasPrefix("لن نقبل") })
        let inner = try #require(found.first { $0.text == "الحل الواقعي" })
        #expect(outer.speaker == "vladimir-putin")
        #expect(inner.speaker == "marco-rubio" && inner.cue == "وصفه")
    }

    @Test func genericSpeakersBecomeLocalEntities() throws {
        let json = try analysis("وقال مسؤولون أوروبيون إن الاتفاق هش. الإعلام الروسي الرسمي أكد أن الوفد وصل. وقالت مصادر مطلعة إن اللقاء تأجل.")
        let found = (json["quotes"] as! [[String: Any]]).map { $0["speaker"] as? String }
        #expect(found == ["generic-eur-gov", "generic-rus-govmed", "generic-unk"])
        #expect(entity("generic-eur-gov", in: json)?["cameo"] as? String == "EURGOV")
        #expect(entity("generic-rus-govmed", in: json)?["cameo"] as? String == "RUSGOVMED")
        #expect(entity("generic-rus-govmed", in: json)?["country"] as? String == "RUS")
    }

    @Test func levantineAndGulfPhrasing() throws {
        let levantine = try quotes("وحكى مسؤول لبناني إنو الحكومة رح تجتمع بكرا.")
        #expect(levantine.first?.speaker == "generic-lbn-gov")
        #expect(levantine.first?.text == "الحكومة رح تجتمع بكرا")
        let gulf = try quotes("قال مسؤول سعودي: \"إحنا ما نقبل هالشي أبد\".")
        #expect(gulf == [FoundQuote(text: "إحنا ما نقبل هالشي أبد", speaker: "generic-sau-gov", cue: "قال")])
    }

    @Test func scareQuotesAndNamesAreNoQuotes() throws {
        #expect(try quotes("عقدت القمة في قاعدة \"إلمندورف-ريتشاردسون\" العسكرية وتحدثت عن \"السلام\".").isEmpty)
        let term = try quotes("قال سيرغي لافروف إن تنظيم \"داعش\" يتراجع في المنطقة.")
        #expect(term.map(\.text) == ["تنظيم \"داعش\" يتراجع في المنطقة"])
    }
}
