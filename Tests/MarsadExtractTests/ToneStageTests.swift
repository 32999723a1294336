import MarsadCore
import MarsadExtract
import Testing

/// Document tone from the shipped lexicon and from a hand-built one.
@Suite struct ToneStageTests {
    /// A tone stage over a lexicon written here, so the counts do not depend on the shipped one.
    let stage: Pipeline = {
        let lexicon = try! ToneLexicon(tsv: "سلام\t+\nنجاح\t+\nحرب\t-\nأزمة\t-\nلم\t!\nلا\t!\nغير\t!\npeace\t+\nwar\t-\nnot\t!\n")
        return try! Pipeline([TextStage(lexicon: shippedResources.stems), ToneStage(lexicon: lexicon)])
    }()

    func tone(_ text: String) -> DocumentTone? { stage.run(Document(text: text)).tone }

    @Test func sharesPer100Words() throws {
        let found = try #require(tone("السلام قريب لكن الحرب مستمرة والأزمة تتعمق"))
        #expect(found.words == 7)
        #expect(found.positiveWords == 1 && found.negativeWords == 2)
        #expect(abs(found.positive - 100.0 / 7) < 1e-9)
        #expect(abs(found.negative - 200.0 / 7) < 1e-9)
        #expect(abs(found.polarity - (-100.0 / 7)) < 1e-9)
    }

    @Test func cliticsAreStripped() throws {
        let found = try #require(tone("وبالسلام ونجاحه انتهت الحرب"))
        #expect(found.positiveWords == 2 && found.negativeWords == 1)
    }

    @Test func negationNearbyFlipsAWord() throws {
        let found = try #require(tone("لم يكن هناك نجاح في المفاوضات"))
        #expect(found.positiveWords == 0 && found.negativeWords == 1)
        let far = try #require(tone("لم يحضر الوزير الاجتماع أمس بل أعلن نجاح المحادثات"))
        #expect(far.positiveWords == 1 && far.negativeWords == 0)
        let english = try #require(tone("this is not peace, but war"))
        #expect(english.positiveWords == 0 && english.negativeWords == 2)
    }

    @Test func anEmptyTextHasNeutralTone() throws {
        let found = try #require(tone("..."))
        #expect(found.words == 0 && found.positive == 0 && found.negative == 0 && found.polarity == 0)
    }

    @Test func theShippedLexiconReadsArabicAndEnglishNews() throws {
        let pipeline = timeTonePipeline
        let arabic = try #require(pipeline.run(Document(text: "أسفر القصف عن مقتل عشرة مدنيين وإصابة العشرات وسط تصعيد خطير")).tone)
        #expect(arabic.negative > arabic.positive)
        let welcome = try #require(pipeline.run(Document(text: "رحب الوزير بالاتفاق ووصفه بأنه نجاح يعزز السلام والاستقرار")).tone)
        #expect(welcome.polarity > 0)
        let english = try #require(pipeline.run(Document(text: "Leaders welcomed the ceasefire agreement as a breakthrough for peace.")).tone)
        #expect(english.polarity > 0)
    }

    @Test func aBadLexiconLineIsNamed() {
        #expect(throws: MarsadError(.badResource, "polarity must be +, - or !, not ‘?’", input: "tone", line: 2)) {
            try ToneLexicon(tsv: "سلام\t+\nحرب\t?\n")
        }
    }
}

/// Tone phrases: several words with one polarity, counted once, under negation too.
@Suite struct TonePhraseTests {
    let stage: Pipeline = {
        let lexicon = try! ToneLexicon(tsv: "وقف إطلاق النار\t+\nإطلاق النار\t-\nدون جدوى\t-\nخطوة إيجابية\t+\nدون\t!\nلم\t!\nحرب\t-\n")
        return try! Pipeline([TextStage(lexicon: shippedResources.stems), ToneStage(lexicon: lexicon)])
    }()

    func tone(_ text: String) -> DocumentTone? { stage.run(Document(text: text)).tone }

    @Test func theLongestPhraseWins() throws {
        let found = try #require(tone("أعلن الطرفان وقف إطلاق النار في المدينة"))
        #expect(found.words == 7)
        #expect(found.positiveWords == 1 && found.negativeWords == 0)
        let shooting = try #require(tone("تواصل إطلاق النار في المدينة"))
        #expect(shooting.positiveWords == 0 && shooting.negativeWords == 1)
    }

    @Test func aPhraseWithAConjunction() throws {
        let found = try #require(tone("انتهت الحرب ووقف إطلاق النار صامد"))
        #expect(found.positiveWords == 1 && found.negativeWords == 1)
    }

    @Test func aPhraseThatHoldsANegatorIsNotNegatedByIt() throws {
        let found = try #require(tone("ذهبت الجهود دون جدوى"))
        #expect(found.positiveWords == 0 && found.negativeWords == 1)
    }

    @Test func aNegatorBeforeAPhraseFlipsIt() throws {
        let found = try #require(tone("لم تكن خطوة إيجابية"))
        #expect(found.positiveWords == 0 && found.negativeWords == 1)
    }

    @Test func theShippedLexiconHasPhrases() throws {
        let found = try #require(timeTonePipeline.run(Document(text: "وصلت المفاوضات إلى طريق مسدود")).tone)
        #expect(found.negativeWords == 1)
    }
}
