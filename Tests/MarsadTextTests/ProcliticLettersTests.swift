import MarsadText
import Testing

@Suite struct ProcliticLettersTests {
    @Test func aSetTestsTheFirstLetterOfAWord() {
        #expect(ProcliticLetters.conjunctions.begins(Array("ووقف".utf8)))
        #expect(ProcliticLetters.conjunctions.begins(Array("فقال".utf8)))
        #expect(!ProcliticLetters.conjunctions.begins(Array("بعد".utf8)))
        #expect(ProcliticLetters([.ba, .lam, .kaf]).begins(Array("للعام".utf8)))
        #expect(ProcliticLetters.all.begins(Array("كبيرا".utf8)))
        #expect(!ProcliticLetters.all.begins(Array("مدينة".utf8)))
        #expect(!ProcliticLetters.all.begins([0xD9]), "a lone byte is no letter")
        #expect(!ProcliticLetters.all.begins(Array("w".utf8)))
    }
}
