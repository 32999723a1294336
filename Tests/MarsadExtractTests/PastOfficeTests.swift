import MarsadCore
@testable import MarsadExtract
import Testing

/// A role phrase dated by a year after it, or put in the past by الراحل، الأسبق، آنذاك,
/// names the holder of that time — or no one — not the holder on the publication day.
@Suite struct PastOfficeTests {
    static let pipeline = Result { try Pipeline.standard(resources: ResourceBundle.load()) }

    static func link(_ text: String, _ phrase: String) throws -> String?? {
        try pipeline.get().run(Document(text: text, published: PublicationTime(iso: "2015-07-21"))).link(of: phrase)
    }

    @Test func aYearAfterTheRoleDatesIt() throws {
        // Spain was a republic from 1931, and the knowledge base has no king of that year.
        #expect(try Self.link("زار القصر الملك فرنسوا الأول وملك إسبانيا في عام 1931 والإمبراطور هيلا سيلاسي.", "ملك إسبانيا") == .some(nil))
        #expect(try Self.link("وصل ملك إسبانيا إلى الرباط أمس.", "ملك إسبانيا") == "felipe-vi")
        // The Secretary of State in 2011 was Clinton; on the publication day, Kerry.
        #expect(try Self.link("عملت وكيلة وزير الخارجية الأميركي عام 2011 في واشنطن.", "وزير الخارجية الأميركي") == "hillary-clinton")
        // A year in Arabic-Indic digits is the same year.
        #expect(try Self.link("عملت وكيلة وزير الخارجية الأميركي عام ٢٠١١ في واشنطن.", "وزير الخارجية الأميركي") == "hillary-clinton")
        #expect(try Self.link("عملت وكيلة وزير الخارجية الأميركي في واشنطن.", "وزير الخارجية الأميركي") == "john-kerry")
        // A year still to come has no known holder; one with a handover has two.
        #expect(try Self.link("سيلتقي الرئيس الأميركي في عام 2030 قادة العالم.", "الرئيس الأميركي") == .some(nil))
        #expect(try Self.link("انتقد الرئيس الأميركي عام 2009 سياسة الاستيطان.", "الرئيس الأميركي") == .some(nil))
    }

    @Test func theLateAndTheOneBeforeAreNotTheHolderOfTheDay() throws {
        #expect(try Self.link("استولى رئيس تشاد الأسبق على السلطة.", "رئيس تشاد الأسبق") == .some(nil))
        #expect(try Self.link("استولى رئيس تشاد على السلطة.", "رئيس تشاد") == "idriss-deby")
        // The late president named after the word is the one linked.
        #expect(try Self.link("نجح الرئيس السوري الراحل حافظ الأسد في ذلك.", "حافظ الأسد") == "hafez-al-assad")
        #expect(try Self.link("قال الرئيس السوري الراحل إن ذلك ممكن.", "الرئيس السوري الراحل") == .some(nil))
        #expect(try Self.link("قال الرئيس السوري إن ذلك ممكن.", "الرئيس السوري") == "bashar-al-assad")
        #expect(try Self.link("التقى وزير الخارجية الإيراني آنذاك الوفد.", "وزير الخارجية الإيراني آنذاك") == .some(nil))
        #expect(try Self.link("وصف وزير الخارجية الإسرائيلي، آنذاك، الاتفاق بأنه خطأ.", "وزير الخارجية الإسرائيلي") == .some(nil))
        #expect(try Self.link("وصف وزير الخارجية الإسرائيلي، أمس، الاتفاق بأنه خطأ.", "وزير الخارجية الإسرائيلي") != .some(nil))
    }
}
