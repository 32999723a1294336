import MarsadCore
import MarsadStore
import MarsadTestSupport
import Testing

/// SimHash fingerprints: near for near-duplicates, far for unrelated texts, none for short ones.
@Suite struct FingerprintTests {
    let layer = TextLayer(lexicon: nil)

    func fingerprint(_ text: String) -> UInt64? { Fingerprint.of(layer.analyze(text)) }

    @Test func isNearForTheSameStoryWithASentenceChanged() throws {
        let a = try #require(fingerprint(Articles.wire))
        let b = try #require(fingerprint(Articles.wireEdited))
        #expect(Fingerprint.distance(a, b) <= Fingerprint.nearDuplicateDistance)
    }

    @Test func ignoresHarakatAndAlefForms() throws {
        let a = try #require(fingerprint(Articles.wire))
        let b = try #require(fingerprint(Articles.wire.replacingOccurrences(of: "أ", with: "ا").replacingOccurrences(of: "الرئيس", with: "الرَّئيس")))
        #expect(a == b)
    }

    @Test func isFarForUnrelatedStories() throws {
        let a = try #require(fingerprint(Articles.wire))
        let b = try #require(fingerprint(Articles.unrelated))
        #expect(Fingerprint.distance(a, b) > 10)
    }

    @Test func confirmsTheSameStoryWithASentenceChangedByItsShingles() {
        let resemblance = Fingerprint.resemblance(layer.analyze(Articles.wire), layer.analyze(Articles.wireEdited))
        #expect(resemblance >= Fingerprint.minimumResemblance, "\(resemblance)")
        #expect(Fingerprint.resemblance(layer.analyze(Articles.wire), layer.analyze(Articles.wire)) == 1)
    }

    /// Two agency stories of one day: the same dateline and closing formula, different news.
    /// Such pairs can fall a few bits apart; their shingles tell them apart.
    @Test func refusesUnrelatedStoriesThatShareTheirFormulas() {
        let opening = "الرياض - واس: أفادت وكالة الأنباء الرسمية في بيان صدر صباح اليوم بأن "
        let closing = " وأكد البيان أن الجهات المختصة ستتابع الموضوع وتعلن التفاصيل في حينه."
        let first = opening + "وزارة الصحة افتتحت ثلاثة مستشفيات جديدة في المنطقة الشمالية بسعة ستمائة سرير لخدمة سكان القرى البعيدة" + closing
        let second = opening + "هيئة الطيران المدني وقعت اتفاقية لتوسعة مطار المدينة المنورة وزيادة عدد الرحلات الدولية خلال موسم الصيف" + closing
        let resemblance = Fingerprint.resemblance(layer.analyze(first), layer.analyze(second))
        #expect(resemblance < Fingerprint.minimumResemblance, "\(resemblance)")
        #expect(Fingerprint.resemblance(layer.analyze(Articles.wire), layer.analyze(Articles.unrelated)) < 0.05)
    }

    @Test func isNoneForShortTexts() {
        #expect(fingerprint("قال الرئيس إن المحادثات كانت مثمرة.") == nil)
    }
}
