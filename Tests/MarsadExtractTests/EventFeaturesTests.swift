@testable import MarsadExtract
import MarsadCore
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

    /// The features of the first candidate of `type` in `text`, read with `clusters`.
    private func features(_ text: String, _ type: PloverType, clusters: WordClusters?) throws -> [UInt32] {
        let detector = EventDetector(lexicon: shippedResources.triggers, kb: shippedResources.kb, scored: [.assault, .protest], clusters: clusters)
        let candidate = detector.candidates(eventInputPipeline.run(Document(text: text))).first { $0.trigger.type == type }
        return try #require(candidate, "no \(type) candidate in \(text)").features
    }

    @Test func aCrowdNamedByItsPeopleHasACrowdsSector() throws {
        let crowd = EventFeatures.hash(.sourceSector, "CVL")
        #expect(try features("تظاهر آلاف التونسيين في العاصمة.", .protest, clusters: nil).contains(crowd))
        // Control: a state itself has no sector.
        #expect(try !features("تظاهرت تونس ضد القرار.", .protest, clusters: nil).contains(crowd))
    }

    @Test func anAssaultReadsTheGroupsOfItsSentenceWordsAndAProtestDoesNot() throws {
        // قرية is in a group of 4,096 of its own here, numbered 4,001; مسلحون has no class.
        let groups = [7, 70, 700, 4001]
        let clusters = WordClusters(rows: [(word: "قرية", signature: 1, count: 50, afterCue: [0, 0, 0, 0], groups: groups)])
        let group = EventFeatures.flag(.group, UInt32(groups[EventDetector.groupLevel]))
        let assault = "هاجم مسلحون قرية في الشمال."
        #expect(try features(assault, .assault, clusters: clusters).contains(group))
        #expect(try !features(assault, .assault, clusters: nil).contains(group))
        #expect(try !features("تظاهر سكان قرية في الشمال.", .protest, clusters: clusters).contains(group))
    }

    @Test func noFewerThanIsNoNegationWord() throws {
        let negation = EventFeatures.hash(.sentenceWord, "لا")
        #expect(try !features("أسفر هجوم انتحاري عن مقتل ما لا يقل عن 30 شخصا.", .assault, clusters: nil).contains(negation))
        // Control: a negation of the act is read.
        #expect(try features("لا يقتل الجيش المدنيين في القرية.", .assault, clusters: nil).contains(negation))
    }
}
