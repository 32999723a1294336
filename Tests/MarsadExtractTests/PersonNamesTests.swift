@testable import MarsadExtract
import Testing

/// The one rule the linker and the tagger's stage share for the word that stands alone for a person.
@Suite struct PersonNamesTests {
    @Test func theLastWordIsTheSurnameAndAFathersNameIsMarked() throws {
        let aoun = try #require(PersonNames.surname(of: ["جوزيف", "عون"], familyFirst: false))
        #expect(aoun.index == 1 && !aoun.patronymic)
        let salman = try #require(PersonNames.surname(of: ["محمد", "بن", "سلمان"], familyFirst: false))
        #expect(salman.index == 2 && salman.patronymic)
    }

    @Test func theFamilyNameComesFirstWhereTheStateWritesItSo() throws {
        let xi = try #require(PersonNames.surname(of: ["شي", "جين", "بينغ"], familyFirst: true))
        #expect(xi.index == 0)
    }

    @Test func halvesOfCompoundNamesStandForNoOne() {
        #expect(PersonNames.surname(of: ["حسن", "نصر", "الله"], familyFirst: false) == nil)
        #expect(PersonNames.surname(of: ["محمود", "عبد", "ربه"], familyFirst: false) == nil)
        #expect(PersonNames.surname(of: ["محمود", "ابو", "مازن"], familyFirst: false) == nil)
        #expect(PersonNames.surname(of: ["فيصل", "بن", "عبدالعزيز"], familyFirst: false) == nil)
        // A surname that merely begins like one (محمد عبده) still stands alone; one word is no full name.
        #expect(PersonNames.surname(of: ["محمد", "عبده"], familyFirst: false)?.index == 1)
        #expect(PersonNames.surname(of: ["عون"], familyFirst: false) == nil)
    }
}
