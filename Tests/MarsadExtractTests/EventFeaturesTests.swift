@testable import MarsadExtract
import Testing

/// The hashed features of the event classifier.
@Suite struct EventFeaturesTests {
    private func hashPair(_ a: String, _ b: String) -> UInt32 {
        var (x, y) = (a, b)
        return x.withUTF8 { first in y.withUTF8 { second in EventFeatures.hash(.pair, first, second) } }
    }

    @Test func aWordPairKeepsItsOrderAndItsBoundary() {
        #expect(hashPair("قتل", "جندي") != hashPair("جندي", "قتل"))
        // The separator keeps قتلى + جندي apart from قتل + ىجندي.
        #expect(hashPair("قتلى", "جندي") != hashPair("قتل", "ىجندي"))
        #expect(hashPair("قتل", "جندي") != EventFeatures.hash(.sentenceWord, "قتلجندي"))
    }
}
