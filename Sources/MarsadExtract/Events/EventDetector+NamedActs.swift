import MarsadCore
import MarsadText

extension EventDetector {
    /// The act a threat names is hypothetical (هددت واشنطن بفرض عقوبات: no sanctions yet). Threats, protests and
    /// condemnations that name an act as what they threaten or denounce, with no target of their own, take it
    /// from that act, the next candidate of `candidates` (one sentence's, in text order) within
    /// `namedActReach` tokens, which bears ب or follows على, or من for a threat (a condemnation's object may stand bare):
    /// - a threat, whom the act would strike (هدد وزير الدفاع الإسرائيلي بضرب المنشآت النووية الإيرانية، هددت
    ///   واشنطن بفرض عقوبات على روسيا); a warning, who would do what it warns of (حذرت طهران من هجوم إسرائيلي);
    /// - a protest, who carried the act out, named after the act's word (تظاهروا للتنديد بالهجمات التركية، احتجاجا
    ///   على مقتل شاب برصاص الشرطة): one before it is no author of it (أضرب الأطباء في المستشفيات الحكومية
    ///   احتجاجا على الاعتداءات عليهم);
    /// - a condemnation or accusation, likewise who carried the act out (أدانت وزارة الخارجية السورية القصف التركي).
    static func targetNamedActs(_ candidates: inout ArraySlice<EventCandidate>, _ spans: [ArgumentSpan], _ forms: TokenForms) {
        for i in candidates.indices where [.threaten, .protest, .accuse].contains(candidates[i].trigger.type) {
            let named = candidates[i]
            guard let act = candidates[(i + 1)...].first, act.trigger.type != named.trigger.type,
                  act.tokens.lowerBound - named.tokens.upperBound <= namedActReach else { continue }
            let k = act.tokens.lowerBound
            // A warning names the act it warns of after من, right after its word or its subject (وحذر من أن إعادة فرض
            // العقوبات ستدفع طهران إلى مراجعة التزاماتها، حذر الوزير من), not a من of its own complement (توعد بمزيد من).
            let subjectEnd = spans.first { $0.actor != nil && $0.tokens.lowerBound == named.tokens.upperBound }?.tokens.upperBound
            let warning = subjectEnd ?? named.tokens.upperBound
            let warnedOf = named.trigger.type == .threaten && warning < k && forms.norm(warning).equals(from)
            guard named.trigger.type == .accuse || ProcliticFlags.of(forms.tokens[k]).preposition || forms.norm(k - 1).equals(onto)
                    || warnedOf else { continue }
            // What is threatened has not happened (هددت واشنطن بفرض عقوبات): it may. What is warned of is others' doing,
            // and the warning is addressed to whoever would do it (حذرت طهران من هجوم إسرائيلي).
            if named.trigger.type == .threaten { candidates[i + 1].reading.hypothetical = true }
            if warnedOf { candidates[i + 1].source.removeAll { named.source.contains($0) } }
            guard named.target.isEmpty else { continue }
            let actWordEnd = Int(forms.tokens[act.tokens.upperBound - 1].end)
            let actors = warnedOf ? candidates[i + 1].source : named.trigger.type == .threaten ? act.target : act.source.filter { actor in
                switch actor {
                case .state: return true
                // The armed forces a nisba after the act's word names (الغارات الأمريكية).
                case let .generic(_, _, surface) where surface.lowerBound >= actWordEnd: return true
                default: return spans.contains { $0.actor == actor && $0.tokens.lowerBound >= act.tokens.upperBound }
                }
            }
            candidates[i].target = actors.filter { !named.source.contains($0) }
        }
    }

    /// How many tokens may stand between a threat's or a protest's word and the act it names: its subject's.
    static let namedActReach = 8

    /// على in normal form: what a protest is about follows it (احتجاجا على العقوبات).
    private static let onto = Array("علي".utf8)
}
