import MarsadCore
import MarsadExtract
import Testing

/// Sentences passed by courts (SANCTION convict), in sentences written for these tests.
@Suite struct EventConvictionTests {
    @Test func aCourtSentencesWhomItNames() throws {
        let prison = try event("وقضت محكمة تونسية الأسبوع الماضي بسجن المعارض راشد الغنوشي.", "SANCTION")
        #expect(prison.mode == "convict" && prison.codes(prison.source) == ["TUNJUD"] && prison.target == ["rached-ghannouchi"])
        // Whom it sentences may stand after على, before the penalty, whose article tells of no earlier event.
        let after = try event("حكمت محكمة مصرية على الصحفي بالسجن.", "SANCTION")
        #expect(after.codes(after.source) == ["EGYJUD"] && after.codes(after.target) == ["---MED"])
    }

    @Test func aPenaltyNamedWithoutACourtIsNoSentence() {
        #expect(!events("ويعاقب القانون بالسجن كل من يخالف هذه الأحكام.").contains { $0.type == "SANCTION" })
        #expect(!events("قضى الرجل عشرين عاما في السجن.").contains { $0.type == "SANCTION" })
    }
}
