import MarsadCore
import MarsadStore
import Testing

/// The terms full-text search indexes: the text layer's normalisation and clitic segmentation.
@Suite struct SearchTermsTests {
    let terms = SearchTerms(lexicon: shippedResources.stems)

    func words(_ text: String) -> [String] { terms.terms(of: text).map(\.term) }

    @Test func dropsHarakatAndTatweel() {
        #expect(words("بُوتِينُ") == ["بوتين"])
        #expect(words("روســيا") == words("روسيا"))
    }

    @Test func foldsAlefFormsAlefMaksuraAndTehMarbuta() {
        #expect(words("أمريكا إيران آسيا") == words("امريكا ايران اسيا"))
        #expect(words("مستشفى") == words("مستشفي"))
        #expect(words("حكومة") == ["حكومه"])
    }

    @Test func readsArabicIndicDigitsAsASCII() {
        #expect(words("عام ٢٠٢٤") == words("عام 2024"))
        #expect(words("۱۹۹۰") == ["1990"])
    }

    @Test func stripsClitics() {
        #expect(words("وبموسكو") == ["موسكو"])
        #expect(words("والرئيس") == words("رئيس"))
        #expect(words("لحكومته") == ["حكومه"])
    }

    @Test func givesNoTermsForPunctuationAndOneForEachCompoundPart() {
        #expect(words("«بوتين»، !") == ["بوتين"])
        #expect(words("إلمندورف-ريتشاردسون").count == 2)
    }

    @Test func keepsTheWordsOriginalRange() {
        let text = "قال: وبموسكو"
        let found = terms.terms(of: text)
        let utf8 = Array(text.utf8)
        #expect(found.map { String(decoding: utf8[$0.range], as: UTF8.self) } == ["قال", "وبموسكو"])
    }
}
