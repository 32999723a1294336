import MarsadCore
import MarsadText

/// Asides: a clause set off by commas right after a verb's subject tells the occasion of the verb's act (ودعا رئيس
/// الوزراء العراقي محمد شياع السوداني، خلال اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان، إلى احترام سيادة العراق).
extension EventDetector {
    /// The subject a meeting or a call in an aside belongs to: the actor right before the comma that opens `clause`, the
    /// trigger's, when a comma closes it too and the trigger follows its first word, one of during or in (خلال اتصال، في
    /// لقاء). Not a meeting that is the verb's object (وترأس رئيس الوزراء، اجتماعا أمنيا) or another's (تأكيدها لقاء المبعوث).
    func subject(beforeAside clause: Range<Int>, of hit: Hit, in sentence: Range<Int>, _ spans: [ArgumentSpan],
                 _ forms: TokenForms) -> EventActor? {
        let comma = clause.lowerBound - 1
        guard comma > sentence.lowerBound, isComma(comma, forms), clause.upperBound < sentence.upperBound, isComma(clause.upperBound, forms),
              hit.tokens.lowerBound == clause.lowerBound + 1, forms.norm(clause.lowerBound).isOne(of: Self.occasions) else { return nil }
        return spans.last { $0.actor != nil && $0.tokens.upperBound == comma && !$0.isOblique && !$0.isSpeaker && $0.marker == nil }?.actor
    }

    /// Whom a meeting's verb meets when its clause names no one: the first actor after a meeting's or a call's word in
    /// the aside right after the clause (وبحث السوداني، في اتصال هاتفي مع الرئيس التركي، العلاقات الثنائية), not one of
    /// `source`.
    func metInAside(after clause: Range<Int>, _ hits: [Hit], _ spans: [ArgumentSpan], in sentence: Range<Int>, source: [EventActor],
                    _ forms: TokenForms) -> EventActor? {
        let comma = clause.upperBound
        guard comma + 1 < sentence.upperBound, isComma(comma, forms) else { return nil }
        let aside = Self.clause(around: (comma + 1)..<(comma + 2), in: sentence, forms.tokens, forms.norms)
        guard aside.upperBound < sentence.upperBound, isComma(aside.upperBound, forms), forms.norm(aside.lowerBound).isOne(of: Self.occasions),
              let occasion = hits.first(where: { hit in
                  hit.tokens.lowerBound == aside.lowerBound + 1
                      && lexicon.triggers[Int(hit.entry)].type == .consult && lexicon.triggers[Int(hit.entry)].kind == .noun
              }) else { return nil }
        return spans.first {
            $0.actor != nil && $0.tokens.lowerBound >= occasion.tokens.upperBound && aside.contains($0.tokens.lowerBound) && !source.contains($0.actor!)
        }?.actor
    }

    /// Words that open an aside telling the occasion of an act, in normal form: during, in.
    static let occasions = ["خلال", "اثناء", "في"].map { Array($0.utf8) }

    /// Who receives a call whose noun is the object of a verb of receiving before it in its clause, its caller after من:
    /// the receiving verb's subject, the first actor after it, before the titles that may follow the name (تلقى الأمير
    /// محمد بن سلمان … وزير الدفاع اتصالا هاتفيا من الرئيس اليمني). The caller is the call's source, who receives it its
    /// target. Nil when no verb of receiving stands before the noun, or the caller is not after من.
    func recipient(ofCall hit: Hit, caller: EventActor, in clause: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> EventActor? {
        guard let receiving = (clause.lowerBound..<hit.tokens.lowerBound).last(where: {
            forms.tokens[$0].kind == .word && Self.bareStem($0, forms).isOne(of: Self.receiving)
        }), spans.contains(where: { span in
            span.actor == caller && span.tokens.lowerBound > hit.tokens.upperBound && forms.norm(span.tokens.lowerBound - 1).equals(Self.from)
        }) else { return nil }
        return spans.first { $0.actor != nil && $0.actor != caller && $0.tokens.lowerBound > receiving && $0.tokens.upperBound <= hit.tokens.lowerBound }?.actor
    }

    /// Words of receiving in normal form without clitics: تلقى، يتلقى.
    static let receiving = ["تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا", "تلقوا"].map { Array($0.utf8) }
}
