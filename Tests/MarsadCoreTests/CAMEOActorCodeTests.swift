import MarsadCore
import Testing

/// The state, transnational kind and sector of CAMEO actor codes.
@Suite struct CAMEOActorCodeTests {
    @Test func aStateCodeHasItsStateAndSector() {
        #expect(CAMEOActorCode.primary("ISRMIL") == "ISR")
        #expect(CAMEOActorCode.sector("ISRMIL") == "MIL")
        #expect(CAMEOActorCode.primary("EGY") == "EGY" && CAMEOActorCode.sector("EGY") == nil)
    }

    @Test func aTransnationalCodeHasItsKindAndNoSector() {
        #expect(CAMEOActorCode.primary("IMGMUSALQ") == "IMG" && CAMEOActorCode.sector("IMGMUSALQ") == nil)
        #expect(CAMEOActorCode.primary("IGOUNO") == "IGO" && CAMEOActorCode.sector("IGOUNO") == nil)
    }

    @Test func anEmptyOrUnknownCodeHasNeither() {
        #expect(CAMEOActorCode.primary("") == nil && CAMEOActorCode.primary("---GOV") == nil)
        #expect(CAMEOActorCode.sector("---GOV") == "GOV")
    }
}
