import MarsadCore
import MarsadExtract
import Testing

/// A state named by its nisba alone as the author of an attack, in sentences written for
/// these tests: it strikes through its armed forces. Nisbas paired after a noun name all its parties.
@Suite struct EventNisbaTests {
    @Test func aNisbaAloneAttacksAsItsArmedForces() throws {
        let text = "قالت مصادر محلية إن وحدة أمريكية خاصة اغتالت قائدا في المدينة."
        let raid = try event(text, "ASSAULT")
        #expect(raid.codes(raid.source) == ["USAMIL"] && raid.arabicNames(raid.source) == ["أمريكية"] && text.contains("أمريكية"))
        let boat = try event("قصف زورق روسي سفينة صيد قرب الساحل.", "ASSAULT")
        #expect(boat.codes(boat.source) == ["RUSMIL"])
        // Control: people a plural demonym names are no armed forces.
        let pilots = try event("وبعد عملية خطف طيارين روسيين قرب المطار عاد الهدوء.", "ASSAULT")
        #expect(!pilots.codes(pilots.source + pilots.target).contains("RUSMIL"))
    }

    @Test func aStateNamedAsSuchStaysTheState() throws {
        // Control: the state's own name is the state, not its armed forces.
        let named = try event("اغتالت إسرائيل قائدا في المدينة.", "ASSAULT")
        #expect(named.codes(named.source) == ["ISR"])
        // Control: a nisba in a protest names no armed forces.
        let march = try event("تظاهر طلاب أمريكيون أمام السفارة.", "PROTEST")
        #expect(!march.codes(march.source).contains("USAMIL"))
    }

    @Test func aNisbaArmsOnlyAForceOrItsFire() throws {
        // A warplane, or the fire of a state's forces, is its armed forces.
        let text = "قصفت مقاتلة تركية قافلة قرب الحدود."
        let jet = try event(text, "ASSAULT")
        #expect(jet.codes(jet.source) == ["TURMIL"] && jet.arabicNames(jet.source) == ["تركية"] && text.contains("مقاتلة تركية"))
        let fire = try event("قتل أربعة مزارعين بنيران هندية قرب الحدود.", "ASSAULT")
        #expect(fire.codes(fire.source) == ["INDMIL"])
        // The second of two joined nisbas shares the force noun.
        let both = try event("تبادلت القوات الهندية والباكستانية القصف عبر الحدود.", "ASSAULT")
        #expect(both.codes(both.source).contains("PAKMIL") || both.codes(both.target).contains("PAKMIL"))
        // Control: after a person or the state itself, the nisba names no armed forces.
        let youth = try event("طعن شاب أرمني حارسا في الملعب.", "ASSAULT")
        #expect(!youth.codes(youth.source + youth.target).contains("ARMMIL"))
        let state = try event("قالت الصحيفة إن الدولة التونسية قتلت عشرة مسلحين في الجبل.", "ASSAULT")
        #expect(!state.codes(state.source + state.target).contains("TUNMIL"))
    }

    @Test func aNisbaAfterAUnitIsStruckAsItsArmedForces() throws {
        let bombing = try event("فجر انتحاري نفسه قرب دورية عسكرية فرنسية في المدينة.", "ASSAULT")
        #expect(bombing.codes(bombing.target) == ["FRAMIL"])
        // Control: a nisba after a civilian's noun gives that civilian a country, no armed forces.
        let shooting = try event("قتل مسلحون مواطنا فرنسيا في المدينة.", "ASSAULT")
        #expect(shooting.codes(shooting.target) == ["FRACVL"])
    }

    @Test func aWarMachineOrAirStrikeIsTheSourceWhereverItStands() throws {
        let text = "قتل أربعة مدنيين في القرية بعد أن قصفت مروحيات حربية منزلهم."
        let raid = try event(text, "ASSAULT")
        #expect(raid.codes(raid.source) == ["---MIL"] && raid.arabicNames(raid.source) == ["مروحيات"] && text.contains("مروحيات حربية"))
        #expect(raid.codes(raid.target) == ["---CVL"])
        let strike = try event("قتل ستة مدنيين في القرية بعد أن استهدفت ضربة جوية فرنسية منزلهم.", "ASSAULT")
        #expect(strike.codes(strike.source) == ["FRAMIL"])
        // Control: a war machine as a complement with ل is no attacker.
        let strip = try event("هاجم مسلحون مهبطا للطائرات في الصحراء فقتلوا حارسين.", "ASSAULT")
        #expect(strip.codes(strip.source) == ["---UAF"])
    }

    @Test func aStatesNisbaAfterTheNounOfAnActNamesItsAgent() throws {
        let arrests = try event("إضراب شامل في الضفة الغربية واعتقالات إسرائيلية في جنين", "COERCE")
        #expect(arrests.source == ["country-isr"] && arrests.target.isEmpty, "\(arrests)")
        // Control: a masculine nisba after the noun of an act on people is whom it befell.
        let arrest = try event("وأعلنت الشرطة اعتقال فلسطيني قرب الحاجز.", "COERCE")
        #expect(!arrest.source.contains("country-pse"), "\(arrest)")
    }

    @Test func pairedNisbasNameAllTheParties() throws {
        // Of a meeting or an agreement the first meets the others; of strikes all strike.
        let signed = try event("ووقعت الاتفاقية السعودية الفرنسية للتعاون العسكري أمس.", "AGREE")
        #expect(signed.source == ["country-sau"] && signed.target == ["country-fra"], "\(signed)")
        let struck = try event("وقصفت المقاتلات الأمريكية البريطانية مواقع في اليمن.", "ASSAULT")
        #expect(struck.codes(struck.source) == ["USAMIL", "GBR"] && struck.target.isEmpty, "\(struck)")
        // What a condemnation names was done by the forces of both, past a dash too.
        let condemned = try event("وأدانت إيران الغارات الأمريكية – البريطانية على اليمن.", "ACCUSE")
        #expect(condemned.codes(condemned.target).map { $0.prefix(3) } == ["USA", "GBR"], "\(condemned)")
        // A war is fought by one on the other.
        let war = try event("وتذكر أهالي البصرة الحرب العراقية الإيرانية التي اندلعت عام 1980.", "ASSAULT", published: "2015-07-20")
        #expect(war.source == ["country-irq"] && war.target == ["country-irn"], "\(war)")
        // Control: a nisba of another gender is a person's, not the noun's (الشرطة الإيطالية المغربي).
        let arrest = try event("اعتقلت الشرطة الإيطالية المغربي عبد المجيد.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["ITACOP"] && arrest.target == ["country-mar"], "\(arrest)")
    }
}
