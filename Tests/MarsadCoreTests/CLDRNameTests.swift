@testable import MarsadCore
import Testing

/// CLDR territory names as the knowledge base takes them.
@Suite struct CLDRNameTests {
    @Test func aParenthesisedQualifierIsNoPartOfTheName() {
        #expect(RawSources.spelling(of: "ميانمار (بورما)") == "ميانمار")
        #expect(RawSources.spelling(of: "Congo (Republic)") == "Congo")
        #expect(RawSources.spelling(of: "هونغ كونغ الصينية (منطقة إدارية خاصة)") == "هونغ كونغ الصينية")
    }

    @Test func aNameWithoutAClosingQualifierIsKeptWhole() {
        #expect(RawSources.spelling(of: "Cocos (Keeling) Islands") == "Cocos (Keeling) Islands")
        #expect(RawSources.spelling(of: "هنغاريا") == "هنغاريا")
        #expect(RawSources.spelling(of: "(x)") == "(x)")
    }
}
