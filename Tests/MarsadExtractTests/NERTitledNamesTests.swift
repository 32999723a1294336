import Testing
@testable import MarsadExtract

@Suite struct NERTitledNamesTests {
    func edit(_ a: String, _ b: String) -> Bool { NERStage.withinOneEdit(Array(a), Array(b)) }

    @Test func oneEditIsALetterAddedDroppedChangedOrTwoSwapped() {
        #expect(edit("نتنياهو", "نتنياهو"))
        #expect(edit("نتنايهو", "نتنياهو"), "two letters swapped")
        #expect(edit("خامئني", "خامنئي"), "two letters swapped")
        #expect(edit("هولاند", "اولاند"), "a letter changed")
        #expect(edit("روحاني", "روحان"), "a letter dropped at the end")
        #expect(edit("روحان", "روحاني"), "a letter added at the end")
        #expect(edit("كيتشيانغ", "تشيانغ") == false, "two letters")
        #expect(edit("كارتر", "اوباما") == false)
        #expect(edit("عبداله", "عبدالله"), "a letter dropped inside")
        #expect(edit("نتنياهو", "نتياهو"), "a letter dropped inside")
        #expect(edit("ابنياهو", "نتنياهو") == false, "two letters changed")
    }
}
