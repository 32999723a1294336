import MarsadCore
import MarsadIngest
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

    @Test func isNoneForShortTexts() {
        #expect(fingerprint("قال الرئيس إن المحادثات كانت مثمرة.") == nil)
    }
}
