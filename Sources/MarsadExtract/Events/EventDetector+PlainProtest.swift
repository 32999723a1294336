import MarsadCore
import MarsadText

/// A protest told plainly, as a short report tells it: who protested, first, then how. The classifier
/// learnt from long wire sentences, in which such reports are few, and gives them little evidence either
/// way (تظاهرت … 0.54, نظمت نقابة المحامين وقفة احتجاجية 0.36); the event stage keeps them whatever it says.
extension EventDetector {
    /// Whether a PROTEST candidate is told plainly: its sentence opens with a past verb whose subject,
    /// within `subjectReach` words, is the candidate's source and of a protester sector (`isOfProtesters`), and
    /// - the verb is the protest's own (تظاهر مئات الطلاب أمام الجامعة), but for a chant: وهتف المتظاهرون tells
    ///   what a crowd reported before did, and the annotators of arabic_event_gsr mostly rejected it; a verb
    ///   that only gathers people gathers protesters, a protest's word in its subject or right after it, as
    ///   after a count (تجمع مئات المتظاهرين، not تجمع الحجاج في عرفات);
    /// - or the verb stages the protest whose noun follows its subject (`stagingVerbs`: نظمت نقابة المحامين وقفة
    ///   احتجاجية، أعلن الصحفيون إضرابا عن الطعام), or moves its crowd into the protest named after في in its
    ///   clause (`movementVerbs`: سار مئات الممرضين في وسط الخرطوم في مسيرة، خرج الآلاف في مسيرة);
    /// - or the crowd, right after the verb, did what it says in protest, as its clause says after the verb
    ///   (`inProtest`: أغلق تجار السوق محلاتهم احتجاجا على الضرائب، قطع محتجون طريقا احتجاجا على انقطاع الكهرباء).
    ///   Any word can open the sentence here, so the subject must follow it at once (وماذا لو ملأ العلماء
    ///   الشوارع احتجاجا opens with a question), and no verb of saying: what a crowd says it does in protest is
    ///   still to come (أعلنت نقابة سائقي المترو أن حركة المترو ستتوقف … احتجاجا على …).
    func isPlainProtest(_ hit: Hit, _ hits: [Hit], _ sentence: Range<Int>, clause: Range<Int>, source: [EventActor],
                        _ spans: [ArgumentSpan], _ document: AnnotatedDocument, _ forms: inout TokenForms) -> Bool {
        let tokens = forms.tokens, norms = forms.norms
        guard let actor = source.first, Self.isOfProtesters(actor, document),
              let verb = sentence.first(where: { tokens[$0].kind != .punctuation }), tokens[verb].kind == .word,
              Self.readsAsVerb(tokens[verb], norms), let subject = subject(afterOpeningVerb: verb..<(verb + 1), spans, forms),
              subject.actor == actor else { return false }
        let stem = Self.stem(tokens[verb], forms.norm(verb))
        if hit.tokens.lowerBound == verb {
            guard !Self.isChant(stem) else { return false }
            return !Self.isGathering(hit, tokens, norms) || hits.contains { other in
                (subject.tokens.lowerBound...subject.tokens.upperBound).contains(other.tokens.lowerBound)
                    && lexicon.triggers[Int(other.entry)].type == .protest
            }
        }
        if Self.isOne(stem, withConjunction: Self.stagingVerbs), clause.contains(hit.tokens.lowerBound),
           (0...1).contains(hit.tokens.lowerBound - subject.tokens.upperBound) {
            return true
        }
        if stem.isOne(of: Self.movementVerbs), clause.contains(hit.tokens.lowerBound), hit.tokens.lowerBound > subject.tokens.upperBound,
           forms.norm(hit.tokens.lowerBound - 1).equals(ArgumentMarker.inside) {
            return true
        }
        let says = forms.match(lexicon.cueTable, at: verb, limit: sentence.upperBound).map { EventLexicon.cue($0.value) == .report } ?? false
        return subject.tokens.lowerBound == verb + 1 && !says
            && clause.contains { k in k > verb && tokens[k].kind == .word && forms.norm(k).isOne(of: Self.inProtest) }
    }

    /// Whether an actor is of a sector whose people protest in the street (`protesterSectors`: civilians,
    /// workers, students, journalists, doctors, traders …), as a role noun or as a named body. A state,
    /// its government or its forces protest in words (استدعت البحرين سفيرها احتجاجا على …).
    static func isOfProtesters(_ actor: EventActor, _ document: AnnotatedDocument) -> Bool {
        switch actor {
        case let .generic(sector, _, _): protesterSectors.contains(sector)
        case let .person(_, sector, _): sector.map(protesterSectors.contains) ?? false
        case let .entity(e): document.entities[e].cameo.flatMap(CAMEOActorCode.sector).map(protesterSectors.contains) ?? false
        case .state, .organisation: false
        }
    }

    /// Verbs that stage a protest named by their object, past, in normal form: organising (نظم), carrying out
    /// (نفذ), holding (أقام), waging (خاض، شن), beginning (بدأ) and declaring (أعلن) it.
    static let stagingVerbs = [
        "نظم", "نظمت", "نظما", "نظموا", "نفذ", "نفذت", "نفذا", "نفذوا", "اقام", "اقامت", "اقاما", "اقاموا",
        "خاض", "خاضت", "خاضا", "خاضوا", "شن", "شنت", "شنا", "شنوا", "بدا", "بدات", "بداوا",
        "اعلن", "اعلنت", "اعلنا", "اعلنوا",
    ].map { Array($0.utf8) }

    /// What a deed done in protest is done as, in normal form: احتجاجا (على)، تنديدا (بـ).
    static let inProtest = ["احتجاجا", "تنديدا"].map { Array($0.utf8) }
}
