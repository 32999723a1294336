import MarsadCore
import MarsadText

extension EventDetector {
    /// Whether a candidate reads as the plain report of an act, in the order news tells what
    /// happened: its verb opens the sentence in the past tense and the active voice, and its
    /// subject, within `subjectReach` words after the verb, is the candidate's source (قتل
    /// مسلحون شابا، تظاهر مئات الطلاب، ضرب رجال الشرطة متظاهرا); or its subject opens the
    /// sentence right before it (`plainSubject`: مسلحون قتلوا شابا، and in a headline مسلحون
    /// يقتلون ثلاثة جنود); or its doer claims it (`claimant`: قال الجيش إنه استهدف مواقع).
    ///
    /// An assault's source must also be armed (a militarised group of no state too), or
    /// someone named as struck by a verb that only strikes in deed, unless the verb itself
    /// bombs (قصفت إسرائيل مواقع في دمشق: a state bombs with its air force), and its subject is no town
    /// (قصف تعز: the shelling of Taiz, as a heading). هاجم، استهدف and دمر also
    /// attack, aim or ruin in words and decrees (هاجم النائب الحكومة، استهدف القرار البنك), so
    /// they need an armed source; شن launches attacks only when an attack's word follows it
    /// in its clause (شن الطيران غارات), not a campaign (شنت حملة تحريض).
    ///
    /// So does an attack undergone by whom a past verb of undergoing opening the sentence names (تعرضت دورية للجيش
    /// لإطلاق نار، وتعرض مقر الحزب لهجوم بقذائف الهاون): the struck are named, the attack asserted.
    ///
    /// Crowd control by the police or the army (أطلقت قوات الأمن الغاز المسيل للدموع، فرقت الشرطة
    /// المتظاهرين) reads as a plain report wherever it stands, and the event stage keeps it without
    /// the classifier: the labelled sentences it learnt from hold almost none.
    ///
    /// The classifier, trained on long wire sentences, gives such a short report little
    /// evidence either way; the stage takes it as an event unless the classifier finds it
    /// less likely than not (`EventStage.plainReportFloor`).
    func isPlainReport(_ trigger: EventTrigger, verb: Bool, _ hit: Hit, _ hits: [Hit], _ sentence: Range<Int>, clause: Range<Int>,
                       source: [EventActor], target: [EventActor], _ spans: [ArgumentSpan], suffered: Bool,
                       _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        if trigger.mode == Self.crowdControl, !suffered, let actor = source.first {
            return spans.contains { $0.actor == actor && ($0.isArmed || $0.sector.map(Self.armedSectors.contains) == true) }
        }
        if suffered, trigger.type == .assault, !target.isEmpty, opensWithUndergoing(hit, sentence, forms) { return true }
        let first = forms.tokens[hit.tokens.lowerBound]
        guard !suffered, let actor = source.first,
              let subject = (verb ? plainSubject(hit, sentence, spans, forms) ?? claimant(hit, sentence, spans, document, forms) : nil)
                ?? carriedOutSubject(hit, sentence, spans, forms),
              subject.actor == actor else { return false }
        guard trigger.type == .assault else { return true }
        let word = Self.stem(first, forms.norm(hit.tokens.lowerBound))
        if hit.tokens.count == 1, Self.isOne(word, withConjunction: Self.launching), !hits.contains(where: { other in
            other.tokens.lowerBound >= hit.tokens.upperBound && clause.contains(other.tokens.lowerBound)
                && lexicon.triggers[Int(other.entry)].type == .assault
        }) {
            return false
        }
        let bombs = bombs(trigger, hit, hits, clause: clause, forms) && !Self.isPlaceEntity(actor, document)
        return Self.bearsArms(subject, actor, document) || bombs || !target.isEmpty && !Self.isOne(word, withConjunction: Self.strikingInWords)
    }

    /// Whether a plain report of an assault tells of bombing by a state or by armed men: its verb bombs
    /// (قصفت إسرائيل مواقع في دمشق), or launches what bombs (شنت الطائرات الأميركية غارات جوية). Nothing but the cue
    /// words can make such a report less than an act; the stage keeps it whatever the classifier says.
    func isBombingReport(_ trigger: EventTrigger, _ hit: Hit, _ hits: [Hit], clause: Range<Int>, source: [EventActor],
                         _ spans: [ArgumentSpan], _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        guard trigger.type == .assault, let actor = source.first, let subject = spans.first(where: { $0.actor == actor }),
              bombs(trigger, hit, hits, clause: clause, forms) else { return false }
        if case let .entity(e) = actor, document.entities[e].entity.isCountry { return true }
        return Self.bearsArms(subject, actor, document)
    }

    /// Whether a passive verb opening its clause tells of those struck in a bombing at token `attack` whose side is named,
    /// a state or armed men (قتل عنصر في حزب الله بغارة إسرائيلية): a report the stage keeps as it keeps a plain report
    /// of bombing (`isBombingReport`).
    func isStruckByBombing(_ attack: Int, _ hits: [Hit], source: [EventActor], _ spans: [ArgumentSpan],
                           _ document: AnnotatedDocument) -> Bool {
        guard let actor = source.first,
              hits.contains(where: { $0.tokens.lowerBound == attack && lexicon.triggers[Int($0.entry)].mode == Self.aerial }) else { return false }
        switch actor {
        case .state: return true
        case let .generic(sector, _, _): return Self.armedSectors.contains(sector)
        case .person, .organisation: return false
        case let .entity(e):
            if document.entities[e].entity.isCountry { return true }
            return spans.first(where: { $0.actor == actor }).map { Self.bearsArms($0, actor, document) } ?? false
        }
    }

    /// The verb an attack's noun that opens its clause is the subject of, with only its side's words between them, a
    /// nisba or the side's own span (غارة إسرائيلية تقتل عنصرا في حزب الله، قصف إسرائيلي يقتل مدنيين): the noun stays
    /// the candidate, and the verb tells what it did, to whom. Nil unless the verb, of an assault and not to come,
    /// reads as a verb. The caller knows the noun opens its clause.
    func verbOfAttackingNoun(_ hit: Hit, _ hits: [Hit], source: [EventActor], _ spans: [ArgumentSpan], clause: Range<Int>,
                             _ forms: TokenForms) -> Hit? {
        guard let verb = hits.first(where: { $0.tokens.lowerBound >= hit.tokens.upperBound }),
              clause.contains(verb.tokens.lowerBound), lexicon.triggers[Int(verb.entry)].type == .assault, !verb.future,
              Self.readsAsVerb(forms.tokens[verb.tokens.lowerBound], forms.norms) else { return nil }
        let between = hit.tokens.upperBound..<verb.tokens.lowerBound
        guard between.count <= Self.subjectReach, between.allSatisfy({ k in
            spans.contains { span in span.tokens.contains(k) && span.actor != nil && (span.isNisba || span.actor.map(source.contains) == true) }
        }) else { return nil }
        return verb
    }

    /// Whether the span of `actor` bears arms: a war machine, an armed sector, a militarised group of no state.
    static func bearsArms(_ span: ArgumentSpan, _ actor: EventActor, _ document: AnnotatedDocument) -> Bool {
        span.isArmed || span.sector.map(armedSectors.contains) == true || isMilitarisedGroup(actor, document)
    }

    /// Whether an assault's verb bombs (قصف), or launches what bombs in its clause (شنت غارات جوية).
    func bombs(_ trigger: EventTrigger, _ hit: Hit, _ hits: [Hit], clause: Range<Int>, _ forms: TokenForms) -> Bool {
        if trigger.mode == Self.aerial { return true }
        guard hit.tokens.count == 1,
              Self.isOne(Self.stem(forms.tokens[hit.tokens.lowerBound], forms.norm(hit.tokens.lowerBound)), withConjunction: Self.launching) else { return false }
        return hits.contains { other in
            other.tokens.lowerBound >= hit.tokens.upperBound && clause.contains(other.tokens.lowerBound)
                && lexicon.triggers[Int(other.entry)].mode == Self.aerial
        }
    }

    /// The subject of a plain report: after a past verb that opens the sentence or its main clause
    /// (`mainClauseStart`), within `subjectReach` words (قتل مسلحون شابا، في غضون ذلك، استهدفت طائرة مسيرة
    /// قاعدة), or opening the sentence, or a clause joined by و,
    /// right before its verb (مسلحون قتلوا شابا). A headline tells what happened in the present (مسلحون يقتلون ثلاثة
    /// جنود في سيناء); elsewhere a present verb tells what goes on or is to come.
    func plainSubject(_ hit: Hit, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> ArgumentSpan? {
        // A short opening phrase and its comma leave the main clause opening after them (في غضون ذلك، من جهة أخرى، وفي بغداد،).
        let main = Self.mainClauseStart(sentence, forms)
        let opens = { (k: Int) in
            forms.tokens[sentence.lowerBound..<k].allSatisfy { $0.kind == .punctuation }
                || main <= k && forms.tokens[main..<k].allSatisfy { $0.kind == .punctuation }
        }
        let verb = forms.tokens[hit.tokens.lowerBound]
        if opens(hit.tokens.lowerBound) { return subject(afterOpeningVerb: hit.tokens, spans, forms) }
        guard let subject = spans.last(where: { $0.actor != nil && $0.tokens.upperBound <= hit.tokens.lowerBound }),
              subject.tokens.upperBound == hit.tokens.lowerBound,
              opens(subject.tokens.lowerBound) || Self.opensJoinedClause(subject, forms) else { return nil }
        // A noun of a verb's row after a name is no verb (داعش غارة).
        guard Self.readsAsVerb(verb, forms.norms) else { return nil }
        let word = UnsafeBufferPointer(rebasing: forms.norms[verb.normRange].dropFirst(verb.segmentation.procliticBytes))
        return !Self.opensAsPresent(word) || Self.isHeadline(sentence, forms.tokens) ? subject : nil
    }

    /// The subject of a plain report told by a verb of carrying out or answering (`carryingOut`) with the act's noun
    /// under ب right after its subject: قام مسلحون مقنعون بخطف نائب رئيس البلدية، وردت إسرائيل بشن غارات على غزة،
    /// مسلحون قاموا بخطف. The verb is read as a plain report's verb (`plainSubject`); one word may stand between its
    /// subject and the noun (مقنعون).
    func carriedOutSubject(_ hit: Hit, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> ArgumentSpan? {
        let k = hit.tokens.lowerBound
        guard ProcliticFlags.of(forms.tokens[k]).preposition,
              let verb = (max(sentence.lowerBound, k - Self.subjectReach - Self.carriedOutReach)..<k).last(where: { j in
                  forms.tokens[j].kind == .word && Self.isOne(Self.stem(forms.tokens[j], forms.norm(j)), withConjunction: Self.carryingOut)
              }),
              let subject = plainSubject(Hit(tokens: verb..<(verb + 1), entry: hit.entry, future: false), sentence, spans, forms) else { return nil }
        let after = subject.tokens.lowerBound > verb
        return after ? (k - subject.tokens.upperBound <= 1 ? subject : nil) : (k == verb + 1 ? subject : nil)
    }

    /// How many words a subject after a verb of carrying out may hold, as far back as the verb is looked for.
    static let carriedOutReach = 4

    /// Past forms of the verbs that tell an act by its noun under ب (قام بخطف، رد بقصف، بادر بإطلاق النار), in normal form.
    static let carryingOut = ["قام", "قامت", "قاموا", "رد", "ردت", "ردوا", "بادر", "بادرت", "بادروا"].map { Array($0.utf8) }

    /// The subject of the verb at `verb`, which opens its sentence: the first actor after it, within `subjectReach`
    /// words; none for a present verb, which tells what goes on or is to come.
    func subject(afterOpeningVerb verb: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> ArgumentSpan? {
        guard !Self.isPresentVerb(forms.tokens[verb.lowerBound], forms.norms),
              let subject = spans.first(where: { $0.actor != nil && $0.tokens.lowerBound >= verb.upperBound }),
              subject.tokens.lowerBound - verb.upperBound <= Self.subjectReach else { return nil }
        return subject
    }

    /// Whether a subject opens a clause joined by و to the one before, not a compound actor
    /// (`unjoiningClauses`: اشتباكات في السويداء وإسرائيل تقصف محيط القصر).
    static func opensJoinedClause(_ subject: ArgumentSpan, _ forms: TokenForms) -> Bool {
        !subject.joined && ProcliticFlags.of(forms.tokens[subject.tokens.lowerBound]).conjunction
    }

    /// Whether a word of a verb row has a verb's shape: no ة at its end, nor a feminine plural's ات after three
    /// letters, no verbal noun's pattern or clitics, no noun of casualties (غارة، غارات، الاستهداف، بالقصف، مقتل are nouns).
    static func readsAsVerb(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: norms[token.normRange].dropFirst(token.segmentation.procliticBytes))
        return !word.ends(with: SentenceArguments.tehMarbuta) && !(word.count >= 8 && word.ends(with: femininePlural))
            && !hasVerbalNounPattern(word) && !isVerbalNoun(token, norms) && !isCasualtyNoun(token, norms)
    }

    /// Whether a verb after its subject opens as a present verb does: with ي، ت or ن (تقصف); after
    /// its subject, a past verb of the fifth or sixth form (تظاهر) is rare. `isPresentVerb`, for a verb
    /// that opens its sentence, asks for تت or نت, since such a verb is as often that past form.
    static func opensAsPresent(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        let letter = (word[0], word[1])
        return letter == ya || letter == ta || letter == nun
    }

    /// Whether a sentence is a headline: a line of its own with no stop at its end.
    static func isHeadline(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = sentence.last, tokens[last].kind != .punctuation else { return false }
        return sentence.upperBound == tokens.count || tokens[sentence.upperBound].newlineBefore
    }

    /// Whether an actor is a place of the knowledge base (a town, a province), not a state.
    static func isPlaceEntity(_ actor: EventActor, _ document: AnnotatedDocument) -> Bool {
        guard case let .entity(e) = actor else { return false }
        let entity = document.entities[e].entity
        return [.geopolitical, .location].contains(entity.type) && !entity.isCountry
    }

    /// Whether an actor is an entity whose actor code names a militarised group of no state.
    static func isMilitarisedGroup(_ actor: EventActor, _ document: AnnotatedDocument) -> Bool {
        guard case let .entity(e) = actor else { return false }
        return document.entities[e].cameo.flatMap(CAMEOActorCode.primary) == militarisedGroup
    }

    /// The assault mode of crowd control: tear gas, water cannon, batons, dispersal.
    static let crowdControl = "crowd-control"

    /// How many words may stand between a plain report's verb and its subject (a head noun, as
    /// رجال in رجال الشرطة, or a day: قتل أمس مسلحون).
    static let subjectReach = 2

    /// The sectors of those who bear arms: the attackers', the armed forces', the police's and the spies'.
    static let armedSectors = attackerSectors.union([armedForces, "COP", "SPY"])

    /// The assault mode of bombing and shelling (قصف، غارة).
    static let aerial = "aerial"

    /// The transnational kind of a militarised group's actor code (al-Qaeda, the Islamic State).
    static let militarisedGroup = "IMG"

    /// Past forms of شن (launched), in normal form without clitics.
    static let launching = ["شن", "شنت", "شنوا"].map { Array($0.utf8) }

    /// Past forms of the assault verbs that also attack, aim or ruin in words and decrees.
    static let strikingInWords = ["هاجم", "هاجمت", "هاجموا", "استهدف", "استهدفت", "استهدفوا", "دمر", "دمرت", "دمروا"].map { Array($0.utf8) }
}
