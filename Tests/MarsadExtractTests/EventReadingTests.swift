@testable import MarsadExtract
import MarsadCore
import Testing

/// What the classifier reads of a candidate beyond its words (`EventReading`): the trigger's
/// form and voice, evidence words, counted casualties. Sentences written for these tests,
/// each with a control that differs in the one thing read.
@Suite struct EventReadingTests {
    private typealias F = EventFeatures

    /// The classifier features of the sentence's first candidate of `type`.
    private func features(_ text: String, _ type: PloverType) throws -> [UInt32] {
        let detector = EventDetector(lexicon: shippedResources.triggers, kb: shippedResources.kb, scored: [.assault, .protest])
        let candidate = detector.candidates(eventInputPipeline.run(Document(text: text))).first { $0.trigger.type == type }
        return try #require(candidate, "no \(type.rawValue) candidate in \(text)").features
    }

    private func form(_ type: PloverType, _ form: EventReading.Form, suffered: Bool = false) -> UInt32 {
        F.flag(.form, UInt32(type.index) * 64 + form.rawValue * 2 + (suffered ? 1 : 0))
    }

    @Test func aPresentVerbReadsApartFromAPastOne() throws {
        #expect(try features("يقصف الطيران الحربي القرى الحدودية كل ليلة.", .assault).contains(form(.assault, .present)))
        #expect(try features("قصف الطيران الحربي قرية حدودية ليلة أمس.", .assault).contains(form(.assault, .past)))
        // ت before the ت of form VI is a present; تظاهر alone is a past.
        #expect(try features("تتظاهر الممرضات أمام وزارة الصحة كل خميس.", .protest).contains(form(.protest, .present)))
        #expect(try features("تظاهر الممرضون أمام وزارة الصحة يوم الخميس.", .protest).contains(form(.protest, .past)))
    }

    @Test func onlyAssaultReadsTheWordsFarFromItsTrigger() throws {
        // The two sentences differ only in their last word, far from the trigger.
        let protest = try features("تظاهر مئات العمال أمام مقر الشركة أمس للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أشهر.", .protest)
        let control = try features("تظاهر مئات العمال أمام مقر الشركة أمس للمطالبة بصرف رواتبهم المتأخرة منذ ثلاثة أسابيع.", .protest)
        #expect(protest == control)
        let assault = try features("هاجم مسلحون حافلة للعمال قرب مقر الشركة أمس وأصابوا سائقها بجروح بليغة منذ ثلاثة أشهر.", .assault)
        let other = try features("هاجم مسلحون حافلة للعمال قرب مقر الشركة أمس وأصابوا سائقها بجروح بليغة منذ ثلاثة أسابيع.", .assault)
        #expect(assault != other && assault.contains(F.hash(.sentenceWord, "اشهر")) && !other.contains(F.hash(.sentenceWord, "اشهر")))
    }

    @Test func aPassiveVerbReadsAsSuffered() throws {
        #expect(try features("أصيب أربعة عمال بجروح في قصف على مصنع للإسمنت.", .assault).contains(form(.assault, .past, suffered: true)))
        #expect(try features("هاجم قناص أربعة عمال قرب مصنع للإسمنت.", .assault).contains(form(.assault, .past)))
    }

    @Test func casualtiesCountedBesideANumberAreRead() throws {
        let counted = try features("خلف القصف على السوق الشعبي 14 قتيلا وعشرات الجرحى.", .assault)
        let uncounted = try features("خلف القصف على السوق الشعبي قتلى وجرحى.", .assault)
        #expect(counted.contains(F.hash(.evidence, "casualty")) && uncounted.contains(F.hash(.evidence, "casualty")))
        #expect(counted.contains(F.flag(.evidence, 1)) && !uncounted.contains(F.flag(.evidence, 1)))
        // A number far from the casualty word does not count it.
        let far = try features("في عام 2011 خلف القصف على السوق الشعبي في المدينة القديمة قتلى.", .assault)
        #expect(!far.contains(F.flag(.evidence, 1)))
    }

    @Test func whatACrowdProtestsAndHowManyAreRead() throws {
        let grieved = try features("تظاهر مئات الممرضين أمام وزارة الصحة تنديدا بتأخير رواتبهم.", .protest)
        #expect(grieved.contains(F.hash(.evidence, "grievance")) && grieved.contains(F.hash(.evidence, "multitude")))
        let plain = try features("تظاهر الممرضون أمام وزارة الصحة يوم الخميس.", .protest)
        #expect(!plain.contains(F.hash(.evidence, "grievance")) && !plain.contains(F.hash(.evidence, "multitude")))
    }
}
