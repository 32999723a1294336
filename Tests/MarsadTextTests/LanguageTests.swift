import Testing
@testable import MarsadText

@Suite struct LanguageTests {
    let layer = TextLayer(lexicon: nil)

    @Test func tellsArabicFromEnglishFromTheRest() {
        #expect(layer.analyze("التقى الرئيسان في قاعدة عسكرية وناقشا الحرب").language == LanguageGuess(language: "ar", script: "Arab"))
        #expect(layer.analyze("The two presidents met at a military base and discussed the war.").language == LanguageGuess(language: "en", script: "Latn"))
        #expect(layer.analyze("Les deux présidents se sont rencontrés à une base militaire.").language == LanguageGuess(language: "und", script: "Latn"))
        #expect(layer.analyze("دو رئیس جمهور در پایگاه نظامی گفتگو کردند و چند پیشنهاد دادند").language.language == "und")
        #expect(layer.analyze("两国总统在军事基地会面").language.script == "Zzzz")
        #expect(layer.analyze("123 456 !!").language == .undetermined)
    }

    @Test func arabicWithSomeEnglishIsArabic() {
        #expect(layer.analyze("قال المتحدث باسم البيت الأبيض إن the summit كان ناجحا جدا وفق التقارير").language.language == "ar")
    }

    @Test func harakatAndTatweelDoNotMakeArabicLookForeign() {
        #expect(layer.analyze("قَالَ الرَّئِيسُ إِنَّ السـلام قادم").language.language == "ar")
    }
}
