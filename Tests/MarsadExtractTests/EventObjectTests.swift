import MarsadCore
import MarsadExtract
import Testing

/// Who a verb struck when its subject is unnamed or stands apart: a role noun bearing the accusative after the verb
/// is its object, and a joined verb with no subject goes on from the clause before; in sentences written for these tests.
@Suite struct EventObjectTests {
    @Test func anAccusativePluralAfterTheVerbIsItsObject() throws {
        // The army speaks of its own act (إنه): the gunmen it killed were struck, they did not strike.
        let clash = try event("وقال الجيش إنه قتل مسلحين اثنين في اشتباك قرب الحدود.", "ASSAULT")
        #expect(clash.codes(clash.target) == ["---UAF"] && clash.codes(clash.source) == ["---MIL"])
        // Control: a nominative subject after the verb still strikes.
        let raid = try event("قتل مسلحون جنديين قرب الحدود.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---UAF"] && raid.codes(raid.target) == ["---MIL"])
    }

    @Test func anIndefiniteAccusativeAfterTheVerbIsItsObject() throws {
        let clash = try event("وقال الجيش إنه قتل مسلحا في اشتباك قرب الحدود.", "ASSAULT")
        #expect(clash.codes(clash.target) == ["---UAF"] && clash.codes(clash.source) == ["---MIL"])
        // Control: a noun whose last alef is its own bears no accusative (ميليشيا).
        let militia = try event("قتلت ميليشيا مسلحة ثلاثة مزارعين في القرية.", "ASSAULT")
        #expect(militia.codes(militia.source) == ["---UAF"] && militia.codes(militia.target) == ["---AGR"])
    }

    @Test func aYoungManStrikesOrIsStruckAsACivilian() throws {
        let stabbing = try event("طعن شاب جنديين عند مدخل الملعب.", "ASSAULT")
        #expect(stabbing.codes(stabbing.source) == ["---CVL"] && stabbing.codes(stabbing.target) == ["---MIL"])
        // In the accusative with its nisba, the young man is the object and takes the nisba's country.
        let text = "قتل مسلحون شابا مصريا قرب الحدود."
        let shooting = try event(text, "ASSAULT")
        #expect(shooting.codes(shooting.source) == ["---UAF"] && shooting.codes(shooting.target) == ["EGYCVL"])
        #expect(shooting.arabicNames(shooting.target) == ["شابا"] && text.contains("شابا مصريا"))
    }

    @Test func aVerbJoinedWithNoSubjectOfItsOwnSharesTheClauseBeforesSubject() throws {
        let raid = try event("وقال شهود إن قوات الأمن داهمت منزلا في القرية بعد منتصف الليل فقتلت رجلين.", "ASSAULT")
        #expect(raid.codes(raid.source) == ["---COP"])
        let beating = try event("وقال شهود إن الشرطة حاولت تفريق المحتجين بالقوة، واعتدت بالضرب على عدد منهم.", "ASSAULT")
        #expect(beating.codes(beating.source) == ["---COP"])
        // Control: a joined verb with a subject of its own keeps it.
        let attack = try event("وقال شهود إن الشرطة حاولت تفريق المحتجين بالقوة، وهاجم مسلحون عناصرها.", "ASSAULT")
        #expect(attack.codes(attack.source) == ["---UAF"])
    }

    @Test func aRelativeClauseAfterTheObjectHoldsNoneOfTheVerbsActors() throws {
        let call = try event("دعا الرئيس الأميركي باراك أوباما دول شرق أفريقيا التي تحارب حركة الشباب الصومالية إلى إبقاء الضغط.", "REQUEST",
                             published: "2015-07-27")
        #expect(call.source == ["barack-obama"] && !call.target.contains("al-shabaab"), "\(call)")
        // Control: a relative clause after the subject may end before the object.
        let killing = events("وقتلت حركة الشباب التي تريد فرض تفسيرها المتشدد في الصومال عضوا بالبرلمان.", published: "2015-07-27")
            .filter { $0.type == "ASSAULT" }
        #expect(killing.contains { $0.source == ["al-shabaab"] && $0.codes($0.target) == ["---LEG"] }, "\(killing)")
        // Nor does one that describes a thing: who made the statements is whom the condemnation is of.
        let condemnation = try event("استنكرت منظمة التعاون الإسلامي التصريحات التي أدلى بها نوري المالكي.", "ACCUSE", published: "2015-07-27")
        #expect(condemnation.target == ["nouri-al-maliki"], "\(condemnation)")
    }
}

/// Whom a call is made on, and who stands beside a body named right after it; in sentences written for these tests.
@Suite struct EventAddresseeTests {
    @Test func theInternationalCommunityAfterAVerbOfCallingIsCalledUpon() throws {
        let call = try event("ودعا رئيس الحكومة نواف سلام المجتمع الدولي إلى الضغط على إسرائيل لوقف اعتداءاتها.", "REQUEST")
        #expect(call.arabicNames(call.source) == ["نواف سلام"] && call.arabicNames(call.target) == ["المجتمع الدولي"], "\(call)")
        #expect(call.codes(call.target) == ["IGO"])
        // With no subject named, the body called upon is still no caller.
        let unnamed = try event("كما دعا المجتمع الدولي إلى تحمل مسؤولياته تجاه الشعب الفلسطيني.", "REQUEST")
        #expect(unnamed.source.isEmpty && unnamed.arabicNames(unnamed.target) == ["المجتمع الدولي"], "\(unnamed)")
        // Controls: after other verbs it acts, and a verb with its object's pronoun has it for its subject.
        let condemnation = try event("وندد المجتمع الدولي بجريمة حرق الطفل.", "ACCUSE")
        #expect(condemnation.arabicNames(condemnation.source) == ["المجتمع الدولي"], "\(condemnation)")
        let rejection = try event("وهي مبادرة رفضها المجتمع الدولي بعد أسابيع.", "REJECT")
        #expect(rejection.arabicNames(rejection.source) == ["المجتمع الدولي"], "\(rejection)")
    }

    @Test func aBodyWithTheArticleIsNoMemberOfTheOrganisationAfterIt() throws {
        let accusation = try event("بينما تتهم المعارضة الأمم المتحدة بالتقاعس عن مساعدة السوريين.", "ACCUSE")
        #expect(accusation.codes(accusation.source) == ["---OPP"] && accusation.codes(accusation.target) == ["IGOUNO"], "\(accusation)")
        // Controls: members in the construct state, and a group whose adjective the name is, are the organisation.
        let strike = try event("شن طيران التحالف العربي سلسلة غارات على مواقع عسكرية في صنعاء.", "ASSAULT")
        #expect(strike.arabicNames(strike.source) == ["التحالف العربي"], "\(strike)")
        let shelling = try event("وقصف المتمردون الحوثيون أحياء سكنية في تعز.", "ASSAULT")
        #expect(shelling.arabicNames(shelling.source) == ["الحوثيون"], "\(shelling)")
    }
}
