import MarsadCore
import MarsadText

extension EventDetector {
    /// The diplomatic sense of a trigger that has one, or nil: restrictions on trade or visas are a SANCTION
    /// (discontinue), not a state's restriction of movement (COERCE restrict); an expulsion of diplomats or an
    /// embassy's staff is a SANCTION (expel), not the deportation of a person (طرد اثني عشر موظفا
    /// في السفارة الفرنسية، ستطرد اثني عشر دبلوماسيا); a state summoning its own envoy recalls
    /// him, a SANCTION (withdraw), where summoning another state's envoy is a complaint (استدعى
    /// بارو سفير بلاده للتشاور، استدعت الجزائر سفيرها; استدعت الخارجية السفير الفرنسي).
    func diplomaticSense(_ trigger: EventTrigger, _ hit: Hit, _ sentence: Range<Int>, _ forms: TokenForms) -> EventTrigger? {
        switch (trigger.type, trigger.mode) {
        case (.coerce, "deport"?):
            guard Self.firstWord(among: Self.envoys + Self.missions, after: hit.tokens, in: sentence, forms) != nil else { return nil }
            return EventTrigger(type: .sanction, mode: "expel", kind: trigger.kind, context: .diplomatic)
        case (.coerce, "restrict"?):
            // Restrictions on trade or visas curtail exchanges between states (فرضت الحكومة الفرنسية قيودا على منح التأشيرات).
            guard Self.firstWord(among: Self.exchanges, after: hit.tokens, in: sentence, forms) != nil else { return nil }
            return EventTrigger(type: .sanction, mode: "discontinue", kind: trigger.kind, context: .economic)
        case (.accuse, "disapprove"?):
            guard Self.stem(forms.tokens[hit.tokens.lowerBound], forms.norm(hit.tokens.lowerBound)).isOne(of: Self.summons),
                  let envoy = Self.firstWord(among: Self.envoys, after: hit.tokens, in: sentence, forms) else { return nil }
            let own = forms.tokens[envoy].segmentation.enclitic != 0
                || envoy + 1 < sentence.upperBound && forms.norm(envoy + 1).isOne(of: Self.hisCountry)
                || (envoy..<min(sentence.upperBound, envoy + Self.envoyReach)).contains { forms.tokens[$0].kind == .word && forms.norm($0).isOne(of: Self.forConsultation) }
            return own ? EventTrigger(type: .sanction, mode: "withdraw", kind: trigger.kind, context: .diplomatic) : nil
        default:
            return nil
        }
    }

    /// The first word among the `envoyReach` words after the trigger whose stem without the article is one of `words`.
    static func firstWord(among words: [[UInt8]], after trigger: Range<Int>, in sentence: Range<Int>, _ forms: TokenForms) -> Int? {
        (trigger.upperBound..<min(sentence.upperBound, trigger.upperBound + envoyReach)).first {
            forms.tokens[$0].kind == .word && bareStem($0, forms).isOne(of: words)
        }
    }

    /// The court and whom it sentences, for a penalty's word (`convict`) with no target read: whom it names after على
    /// before the penalty, and the actor before them (حكمت محكمة مصرية على الصحفي بالسجن). Nil when no one stands after على.
    func courtAndConvicted(_ trigger: Range<Int>, _ clause: Range<Int>, _ spans: [ArgumentSpan]) -> (source: [EventActor], target: [EventActor])? {
        guard let convicted = spans.last(where: {
            $0.actor != nil && $0.marker == .against && $0.tokens.upperBound <= trigger.lowerBound && clause.contains($0.tokens.lowerBound)
        }) else { return nil }
        let court = spans.last {
            $0.actor != nil && $0.actor != convicted.actor && $0.tokens.upperBound <= convicted.tokens.lowerBound && clause.contains($0.tokens.lowerBound)
        }
        return (court.map { [$0.actor!] } ?? [], [convicted.actor!])
    }

    /// Who summons, for the noun of summoning: its genitive, when no envoy (استدعاء إسلام آباد للسفير الهندي: Pakistan
    /// summoned India's ambassador), where other nouns' genitive is whom they act on.
    func summoner(_ trigger: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> EventActor? {
        guard forms.tokens[trigger.lowerBound].kind == .word, Self.stem(forms.tokens[trigger.lowerBound], forms.norm(trigger.lowerBound)).equals(Self.summonsNoun),
              let genitive = spans.first(where: { $0.actor != nil && $0.tokens.lowerBound == trigger.upperBound }), !genitive.isOblique,
              !genitive.tokens.contains(where: { forms.tokens[$0].kind == .word && Self.bareStem($0, forms).isOne(of: Self.envoys) }) else { return nil }
        return genitive.actor
    }

    /// The state an envoy is recalled from: the actor after لدى، من or في that follows the envoy closely
    /// (استدعى بارو سفير بلاده لدى الجزائر، استدعت الجزائر سفيرها من باريس).
    /// A capital or another city named so stands for its state (سفيرها في طهران).
    func recalledFrom(_ trigger: Range<Int>, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ document: AnnotatedDocument,
                      _ forms: TokenForms) -> EventActor? {
        guard let envoy = Self.firstWord(among: Self.envoys, after: trigger, in: sentence, forms) else { return nil }
        guard let host = spans.first(where: { span in
            (span.actor != nil || span.place != nil) && span.tokens.lowerBound > envoy + 1 && span.tokens.lowerBound - envoy <= 4
                && sentence.contains(span.tokens.lowerBound) && forms.norm(span.tokens.lowerBound - 1).isOne(of: Self.hostMarks)
        }) else { return nil }
        return host.actor ?? host.place.flatMap { document.entities[$0].entity.country }.map { .state($0) }
    }

    /// لدى، من، في in normal form: before the state an envoy serves in.
    static let hostMarks = ["لدي", "من", "في"].map { Array($0.utf8) }

    /// Exchanges between states whose restriction is a sanction, in normal form without the article: visas, trade,
    /// exports and imports.
    static let exchanges = ["تاشيرات", "تاشيرة", "تجارة", "صادرات", "واردات", "استيراد", "تصدير", "رحلات", "طيران"].map { Array($0.utf8) }

    /// How many words after the trigger its envoy may stand (استدعى وزير الخارجية الفرنسي جان نويل بارو سفير بلاده).
    static let envoyReach = 8
    /// Envoys, in normal form without the article or a pronoun: ambassadors, chargés d'affaires, consuls, diplomats.
    static let envoys = ["سفير", "سفيرة", "سفيره", "سفراء", "قائم", "قنصل", "دبلوماسي", "دبلوماسيا", "دبلوماسيين", "دبلوماسيون"].map { Array($0.utf8) }
    /// Missions whose staff an expulsion may name instead (موظفا في السفارة).
    static let missions = ["سفارة", "سفاره", "قنصلية", "قنصليه", "بعثة"].map { Array($0.utf8) }
    /// The noun of summoning, in normal form.
    static let summonsNoun = Array("استدعاء".utf8)
    /// The verb and noun of summoning, in normal form without clitics.
    static let summons = ["استدعي", "استدعت", "يستدعي", "تستدعي"].map { Array($0.utf8) } + [summonsNoun]
    /// بلاده، بلادها (his, its country) after an envoy: the summoner's own.
    static let hisCountry = ["بلاده", "بلادها", "بلادهم"].map { Array($0.utf8) }
    /// للتشاور (for consultation), the word of a recall.
    static let forConsultation = ["للتشاور", "التشاور"].map { Array($0.utf8) }
}
