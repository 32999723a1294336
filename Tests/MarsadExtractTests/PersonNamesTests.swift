@testable import MarsadExtract
import Testing

/// The one rule the linker and the tagger's stage share for the word that stands alone for a person.
@Suite struct PersonNamesTests {
    @Test func theLastWordIsTheSurnameAndAFathersNameIsMarked() throws {
        let aoun = try #require(PersonNames.surname(of: ["جوزيف", "عون"], country: "LBN"))
        #expect(aoun.index == 1 && !aoun.patronymic)
        let salman = try #require(PersonNames.surname(of: ["محمد", "بن", "سلمان"], country: "SAU"))
        #expect(salman.index == 2 && salman.patronymic)
    }

    @Test func theFamilyNameComesFirstWhereTheStateWritesItSo() throws {
        let xi = try #require(PersonNames.surname(of: ["شي", "جين", "بينغ"], country: "CHN"))
        #expect(xi.index == 0)
    }

    @Test func halvesOfCompoundNamesStandForNoOne() {
        #expect(PersonNames.surname(of: ["حسن", "نصر", "الله"], country: nil) == nil)
        #expect(PersonNames.surname(of: ["محمود", "عبد", "ربه"], country: nil) == nil)
        #expect(PersonNames.surname(of: ["محمود", "ابو", "مازن"], country: nil) == nil)
        #expect(PersonNames.surname(of: ["فيصل", "بن", "عبدالعزيز"], country: nil) == nil)
        // A surname that merely begins like one (محمد عبده) still stands alone; one word is no full name.
        #expect(PersonNames.surname(of: ["محمد", "عبده"], country: nil)?.index == 1)
        #expect(PersonNames.surname(of: ["عون"], country: nil) == nil)
    }
}
