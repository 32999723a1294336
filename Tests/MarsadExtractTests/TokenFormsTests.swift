import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// Phrase lookups under a token's other forms: its stem without clitics (the article kept,
/// a teh marbuta restored), a verb without the future prefix, an indefinite noun's singular.
@Suite struct TokenFormsTests {
    static let layer = TextLayer(lexicon: shippedResources.stems)

    /// The phrase found at each token of `text` in a table of `phrases` (values by position).
    static func matches(_ text: String, _ phrases: [String], indefinite: Bool = false) -> [(value: UInt32, words: Int, future: Bool)?] {
        let table = PhraseTable(phrases.enumerated().map { (Array($1.utf8), UInt32($0)) })
        let analysis = layer.analyze(text)
        return analysis.norms.withUnsafeBufferPointer { norms in
            var forms = TokenForms(tokens: analysis.tokens, norms: norms)
            return analysis.tokens.indices.map { k in
                let limit = analysis.tokens.count
                let found = indefinite ? forms.matchIndefinite(table, at: k, limit: limit) : forms.match(table, at: k, limit: limit)
                return found.map { ($0.value, $0.words, $0.future) }
            }
        }
    }

    @Test func stemKeepsTheArticleAndRestoresTehMarbuta() {
        // ب + ال + حكومة: the stem with its article; و + ل + ال + مدينة: the stem alone when only it is listed.
        let found = Self.matches("قالت وبالحكومة إن وللمدينة حقا", ["الحكومة", "مدينة"])
        #expect(found[1]?.value == 0 && found[1]?.words == 1 && found[1]?.future == false)
        #expect(found[3]?.value == 1 && found[3]?.words == 1)
        #expect(found[0] == nil && found[2] == nil && found[4] == nil)
    }

    @Test func stemStartsAPhraseOverTheNextWords() {
        let found = Self.matches("وبالحكومة الجديدة وزراء", ["الحكومة الجديدة"])
        #expect(found[0]?.value == 0 && found[0]?.words == 2)
        // The longer phrase wins: the form with the article when it runs on (والرصاص المطاطي), the stem as it
        // stands when both are one word.
        #expect(Self.matches("وبالحكومة الجديدة وزراء", ["الحكومة الجديدة", "حكومة"])[0]?.value == 0)
        #expect(Self.matches("وبالحكومة الجديدة وزراء", ["الحكومة", "حكومة"])[0]?.value == 1)
    }

    @Test func futurePrefixIsTakenOff() {
        let found = Self.matches("سيلتقي الوزير نظيره", ["يلتقي"])
        #expect(found[0]?.value == 0 && found[0]?.future == true)
        #expect(Self.matches("يلتقي الوزير", ["يلتقي"])[0]?.future == false)
    }

    @Test func indefiniteNounIsReadAsItsSingular() {
        let found = Self.matches("قتل جنديان وأصيب مسؤولا هجوما انتحاريا", ["جندي", "مسؤول", "انتحاري"], indefinite: true)
        #expect(found[1]?.value == 0)
        #expect(found[3]?.value == 1)
        // An adjective agreeing with the noun before it is not read.
        #expect(found[5] == nil)
        #expect(Self.matches("نفذ انتحاريا الهجوم", ["انتحاري"], indefinite: true)[1]?.value == 0)
    }
}
