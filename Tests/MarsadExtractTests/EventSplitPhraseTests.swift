import MarsadCore
import MarsadExtract
import Testing

/// A verb phrase of the lexicon with its subject inside it (أطلقت قوات الأمن النار، توصلت مصر وإسرائيل إلى اتفاق): the
/// verb reports the phrase's act and its subject does it; in sentences written for these tests.
@Suite struct EventSplitPhraseTests {
    @Test(arguments: [
        ("وفتح مسلحون مجهولون النار على دورية للشرطة في بغداد.", "ASSAULT", "وفتح", "local-uaf"),
        ("وأطلقت قوات الأمن النار على المتظاهرين في عدن.", "ASSAULT", "وأطلقت", "local-cop"),
        ("أطلقت الحكومة اليمنية أمس سراح 120 أسيرا.", "RETREAT", "أطلقت", "local-yem-gov"),
        ("وتوصلت مصر وإسرائيل إلى اتفاق بشأن المعبر.", "AGREE", "وتوصلت", "country-egy"),
        ("وأخلت السلطات الأردنية سبيل الصحافي.", "RETREAT", "وأخلت", "local-jor-gov"),
    ])
    func aSubjectInsideAVerbPhraseDoesItsAct(text: String, type: String, trigger: String, source: String) throws {
        let found = try event(text, type)
        #expect(found.trigger == trigger && found.source == [source], "\(found)")
        #expect(found.triggerSurface(in: text) == found.trigger)
    }

    @Test func aVerbAndItsPrepositionOrAVerbOfUndergoingTakeNoSubjectInside() throws {
        // شدد على is a verb and its preposition: the words between are its own object (the siege), not a subject.
        #expect(!events("وشددت الوحدات الكردية الحصار على المدينة.").contains { $0.type == "REQUEST" })
        // Who met death is named by the noun, the act's trigger (لقي مصرعه).
        let died = try event("لقي ثلاثة أشخاص مصرعهم في انفجار.", "ASSAULT")
        #expect(died.trigger != "لقي", "\(died)")
        // A phrase's last word far from its verb, past a preposition, is no part of it.
        #expect(!events("أطلقت الحكومة حملة لتأمين النار والوقود للأسر.").contains { $0.type == "ASSAULT" })
    }

    @Test func aStateAfterABorderIsWhereNotWho() throws {
        let text = "وفي داماساك على الحدود مع النيجر أضرم مسلحو بوكو حرام النار في البلدة."
        let attack = try event(text, "ASSAULT")
        #expect(attack.source == ["boko-haram"] && !attack.target.contains("country-ner"), "\(attack)")
        // Control: a state after مع and no border is a party.
        let clash = try event("واشتبك الجيش اللبناني مع إسرائيل قرب الحدود.", "ASSAULT")
        #expect(clash.target == ["country-isr"], "\(clash)")
    }

    @Test func theSubjectOfAClauseAfterThatFollowsItsVerb() throws {
        let text = "وطالبت مصر بأن تفرج الخرطوم عن الصيادين."
        let release = try event(text, "RETREAT")
        #expect(release.source == ["country-sdn"] && release.modality == "demanded", "\(release)")
        // The demand is made of that subject.
        let demand = try event(text, "REQUEST")
        #expect(demand.source == ["country-egy"] && demand.target == ["country-sdn"], "\(demand)")
    }
}
