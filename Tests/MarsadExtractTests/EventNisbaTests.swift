import MarsadCore
import MarsadExtract
import Testing

/// A state named by its nisba alone as the author of an attack, in sentences written for
/// these tests: it strikes through its armed forces.
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
}
