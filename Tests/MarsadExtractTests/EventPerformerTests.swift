import MarsadCore
import MarsadExtract
import Testing

/// Who carried out an attack named as a verbal noun after قام, members counted out of a named group, and what an
/// attack named as the subject of a verb of aiming struck, in sentences written for these tests.
@Suite struct EventPerformerTests {
    @Test func theSubjectOfQamaCarriesOutItsVerbalNoun() throws {
        // Past a clause between: the counted soldiers are not struck, they acted.
        let text = "قام ثلاثة جنود أجانب، من قوة لحفظ السلام في البلاد، باغتصاب فتاة في قرية نائية."
        let rape = try event(text, "ASSAULT")
        #expect(rape.codes(rape.source) == ["INTMIL"] && rape.arabicNames(rape.source) == ["جنود"] && text.contains("جنود أجانب"))
        // The subject, not a man named in a clause after it.
        let bombing = try event("قامت امرأة فرنسية متزوجة من رجل جزائري بتفجير نفسها قرب دورية للشرطة.", "ASSAULT")
        #expect(bombing.codes(bombing.source) == ["FRA"])
    }

    @Test func qamaWithoutASubjectOrBeforeAnotherNounNamesNoAuthor() throws {
        // Control: the subject of قام did a visit, not the attack of the clause after it.
        let found = events("قام الوزير بزيارة الجنود الجرحى بعد أن هاجم مسلحون قاعدتهم.").filter { $0.type == "ASSAULT" }
        #expect(!found.isEmpty && found.allSatisfy { !$0.codes($0.source).contains("---GOV") })
        // Control: with the verbal noun right after قام, the actor after it is its object.
        let raid = try event("قاموا بخطف ثلاثة موظفين من شركة النفط.", "ASSAULT")
        #expect(raid.source.isEmpty)
    }

    @Test func membersCountedOutOfAGroupAreAPartOfIt() throws {
        let killed = try event("قتل اثنان من عناصر حركة الشباب في غارة جوية قرب الحدود.", "ASSAULT")
        #expect(killed.codes(killed.target) == ["SOMREB"] && killed.source.isEmpty)
        // Control: a crowd of members is the party that protests.
        let march = try event("تظاهر مئات من أعضاء حزب العمال أمام البرلمان.", "PROTEST")
        #expect(march.codes(march.source) == ["---PTY"])
    }

    @Test func anAttackAsTheSubjectOfAimingStrikesTheActorAfterIt() throws {
        let blast = try event("وقد استهدف آخر هجوم انتحاري في المدينة أيضا القوات الأجنبية.", "ASSAULT")
        #expect(blast.codes(blast.target) == ["INTMIL"] && blast.source.isEmpty)
        // The owner of what the shelling aimed at is struck, not its author.
        let shelling = try event("واستهدف القصف أيضا مواقع للحوثيين في المدينة.", "ASSAULT")
        #expect(shelling.codes(shelling.target) == ["YEMREB"] && shelling.source.isEmpty)
        // Control: a noun that names its actor is the verb's subject.
        let bomber = try event("استهدف انتحاري القوات الأجنبية في المدينة.", "ASSAULT")
        #expect(bomber.codes(bomber.source) == ["---UAF"] && bomber.codes(bomber.target) == ["INTMIL"])
    }

    @Test func whoCarriedOutAStrikeIsPastItsWarMachine() throws {
        let strike = try event("استشهد ثلاثة أشخاص في غارة نفذتها مسيرة إسرائيلية على سيارة في بلدة بنت جبيل جنوب لبنان.", "ASSAULT",
                               published: "2025-11-20")
        #expect(strike.source == ["country-isr"], "\(strike)")
    }
}
