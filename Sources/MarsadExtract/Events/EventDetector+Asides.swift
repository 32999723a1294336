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

    /// The subject of a meeting, an agreement or cooperation that names only whom it is with, after مع (not the media:
    /// في لقاء مع قناة العربية is an interview). After a word of occasion, with no aside, the sentence's (وقال أوغلو خلال
    /// لقاء مع نظيره الأمريكي، أكد لافروف في مستهل محادثاته مع نظيره السعودي، أعلن الوزير أن بلاده ستبدأ …، خلال لقاء
    /// مع نظيره): its first actor before the noun, or the actor right after the last أن or إن before it (قال مسؤول إن
    /// الرئيس أكد خلال لقاء مع). Else the nearest actor before the noun in its clause, the subject of the verb it
    /// depends on (وتحاول الحكومة اليمنية التفاوض مع الحوثيين للتوصل إلى اتفاق). None with a preposition, its own or
    /// before it (أرسل إلى الكونجرس), or a marker, no adjective (مؤتمر صحفي), nor one of `target`.
    func subject(withPartner hit: Hit, clause: Range<Int>, in sentence: Range<Int>, _ spans: [ArgumentSpan], besides target: [EventActor],
                 _ document: AnnotatedDocument, _ forms: TokenForms) -> EventActor? {
        guard spans.contains(where: { span in
            span.isPartner && span.tokens.lowerBound > hit.tokens.lowerBound && target.contains { $0 == span.actor } && !isMedia(span, document)
        }) else { return nil }
        let k = hit.tokens.lowerBound
        let part = k - 1 > sentence.lowerBound && forms.norm(k - 1).isOne(of: Self.occasionParts)
        let word = part ? k - 2 : k - 1
        let occasion = word >= sentence.lowerBound && forms.norm(word).isOne(of: part ? Self.occasionsOfParts : Self.occasions)
        let subjects = spans.filter { span in
            span.actor.map { !target.contains($0) } == true && !span.isOblique && span.marker == nil && !span.isPartner && !span.isAdjectival
                && span.tokens.upperBound <= (occasion ? word : k)
                && !(span.tokens.lowerBound > sentence.lowerBound && forms.norm(span.tokens.lowerBound - 1).isOne(of: EventCueReader.prepositions))
        }
        guard occasion else { return subjects.last { clause.contains($0.tokens.lowerBound) }?.actor }
        if let that = (sentence.lowerBound..<word).last(where: { forms.norm($0).isOne(of: SentenceArguments.complementizers) }),
           let subject = subjects.first(where: { $0.tokens.lowerBound == that + 1 }) {
            return subject.actor
        }
        return subjects.first?.actor
    }

    /// Whether a span names the media: a role noun of theirs (الصحفيين), or a body whose code ends in MED, with a state
    /// (EGYMED) or without (قناة العربية: MED).
    private func isMedia(_ span: ArgumentSpan, _ document: AnnotatedDocument) -> Bool {
        if span.sector == Self.media { return true }
        guard case let .entity(e)? = span.actor else { return false }
        return document.entities[e].cameo?.hasSuffix(Self.media) == true
    }

    /// MED, the sector of the media.
    static let media = "MED"

    /// The words of an occasion's part or side after في، خلال or على, in normal form (في مستهل محادثاته، على هامش لقائه).
    static let occasionParts = ["مستهل", "ختام", "بداية", "نهاية", "هامش"].map { Array($0.utf8) }
    /// The words before an occasion's part, in normal form: during, in, on.
    static let occasionsOfParts = occasions + [Array("علي".utf8)]

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
