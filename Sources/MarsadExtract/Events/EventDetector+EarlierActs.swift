import MarsadCore
import MarsadText

/// What the acts read before a trigger in its sentence (`out`, in text order) tell of its actors and
/// modality: a statement or a verb joined to another goes on with its subject, a pronoun stands for whom the act before
/// was done to or who did it, and the act a statement or support names is not the speaker's.
extension EventDetector {
    /// A statement joined by و to another with no subject of its own goes on with the other's speaker (أدان غوتيريش
    /// استهداف المدنيين، وطالب بوقف فوري لإطلاق النار), its object's pronoun on it too (رفض صالح دعوة الدبيبة، واتهمه). Not other verbs: a noun of support reads as its verb (ودعم قوي
    /// للمطالبة), and a verb's subject may follow it (ويرفض المجلس).
    func goOnFromStatement(_ hit: Hit, _ trigger: EventTrigger, _ first: Token, _ sentence: Int, _ out: [EventCandidate],
                           source: inout [EventActor], target: inout [EventActor]) {
        guard Self.statements.contains(trigger.type), source.isEmpty, ProcliticFlags.of(first).conjunction || hit.conjunction,
              first.segmentation.enclitic == 0 || Self.objectPronouns.contains(Clitics.enclitics[Int(first.segmentation.enclitic)])
                && !first.segmentation.restoredTehMarbuta,
              let previous = out.last(where: {
                  $0.sentence == sentence && Self.statements.contains($0.trigger.type) && !$0.source.isEmpty
                      && $0.tokens.upperBound <= hit.tokens.lowerBound
              }) else { return }
        source = previous.source
        target.removeAll { source.contains($0) }
    }

    /// A verb joined by و to the verb before it, read with that verb's object as its subject, goes on with the
    /// other's subject, and its object is among that object (فرقت الشرطة المتظاهرين واعتقلت عشرين منهم).
    func goOnFromJoinedVerb(_ hit: Hit, _ first: Token, _ sentence: Int, _ spans: [ArgumentSpan], _ out: [EventCandidate],
                            source: inout [EventActor], target: inout [EventActor]) {
        guard ProcliticFlags.of(first).conjunction || hit.conjunction, first.segmentation.enclitic == 0, source.count == 1,
              spans.contains(where: { $0.actor == source[0] && $0.tokens.upperBound <= hit.tokens.lowerBound }),
              let previous = out.last(where: { $0.sentence == sentence && $0.tokens.upperBound <= hit.tokens.lowerBound }),
              previous.trigger.kind == .verb, !previous.source.isEmpty, previous.target.contains(source[0]) else { return }
        target = source + target.filter { $0 != source[0] && !previous.source.contains($0) }
        source = previous.source
    }

    /// An accusation joined by و whose one actor stands right after its verb (or its word for states) and right before the charge with ب accuses
    /// that actor, and goes on with the subject of the act before it in the sentence (رفضت الخارجية الإيرانية التقرير،
    /// واتهمت الدول الأوروبية بتسييس الملف: Iran accuses Europe), or of the clause before when that told no event
    /// (`sharedSubject`: ونفت الحكومة الإسرائيلية أن تكون قد غيرت الوضع، واتهمت حركة حماس بالتحريض).
    func goOnAccusing(_ hit: Hit, _ trigger: EventTrigger, _ first: Token, _ sentence: Int, _ range: Range<Int>, _ spans: [ArgumentSpan],
                      _ out: [EventCandidate], _ forms: TokenForms, source: inout [EventActor], target: inout [EventActor]) {
        guard trigger.type == .accuse, trigger.mode == Self.allegation, ProcliticFlags.of(first).conjunction || hit.conjunction,
              first.segmentation.enclitic == 0, source.count == 1, target.isEmpty,
              let accused = spans.first(where: { $0.actor == source[0] && (hit.tokens.upperBound...(hit.tokens.upperBound + 1)).contains($0.tokens.lowerBound) }),
              accused.tokens.upperBound < range.upperBound, forms.tokens[accused.tokens.upperBound].kind == .word,
              ArgumentMarker.startsWithBa(accused.tokens.upperBound, forms),
              let accuser = out.last(where: { $0.sentence == sentence && $0.tokens.upperBound <= hit.tokens.lowerBound && !$0.source.isEmpty })?.source
                ?? sharedSubject(hit, spans, forms.tokens, besides: source).map({ [$0] })
        else { return }
        target = source
        source = accuser
    }

    /// A verb joined by و with مع and a pronoun right after it goes on from the act before it in the sentence: its
    /// subject did it with whom that act was done to (استقبل عون الموفد الفرنسي، وبحث معه الأوضاع وخطة الجيش: Aoun
    /// and the envoy talked; the army is what they talked about).
    func goOnWithCompanion(_ hit: Hit, _ first: Token, _ sentence: Int, _ range: Range<Int>, _ out: [EventCandidate], _ forms: TokenForms,
                           source: inout [EventActor], target: inout [EventActor]) {
        let next = hit.tokens.upperBound
        guard ProcliticFlags.of(first).conjunction || hit.conjunction, first.segmentation.enclitic == 0, next < range.upperBound,
              forms.tokens[next].kind == .word, forms.norm(next).isOne(of: Self.withHim),
              let previous = out.last(where: { $0.sentence == sentence && $0.tokens.upperBound <= hit.tokens.lowerBound }),
              !previous.source.isEmpty, !previous.target.isEmpty else { return }
        source = previous.source
        target = previous.target
    }

    /// معه، معها، معهم، معهما in normal form: with him, her, them.
    static let withHim = ["معه", "معها", "معهم", "معهما"].map { Array($0.utf8) }

    /// A pronoun on a verb joined by و stands for whom the act before it in the sentence was done to (فرضت عقوبات
    /// على دقلو، واتهمته بارتكاب إبادة جماعية). Not on a noun, whose pronoun is its owner (زيارته، بناء على طلبه),
    /// as one without و or with its teh marbuta reads.
    func takePronounObject(_ hit: Hit, _ first: Token, _ sentence: Int, _ out: [EventCandidate], source: [EventActor],
                           target: inout [EventActor]) {
        guard target.isEmpty, ProcliticFlags.of(first).conjunction || hit.conjunction, !first.segmentation.restoredTehMarbuta,
              Self.objectPronouns.contains(Clitics.enclitics[Int(first.segmentation.enclitic)]),
              let previous = out.last(where: { $0.sentence == sentence && $0.tokens.upperBound <= hit.tokens.lowerBound && !$0.target.isEmpty })
        else { return }
        target = previous.target.filter { !source.contains($0) }
    }

    /// A noun right after a statement or support in its clause names what it is about, not an act of who speaks
    /// (رحبت منظمة العفو بإطلاق سراح المعتقلين، أدانت فرنسا الهجوم على السفارة): the speaker is no source of it
    /// within `stanceReach` words, unless named after the noun too; a noun that names its actors keeps them (وندد 125
    /// ألف متظاهر). Farther on the speaker may be the act's: taking it away there cost the ASSAULT classifier
    /// (cross-validated F1 .724 → .723; the model trained on all sentences kept 27 fewer attacks on the first 2,000
    /// SaudiNewsNet articles).
    ///
    /// What a demand asks for, with ب or after إلى, is demanded however far in the clause the demand stands, and
    /// not the demander's act there either (وطالب مجلس الأمن في بيان صدر بالإجماع مساء الثلاثاء بهدنة: a truce
    /// between others); an act the demand only speaks of is not demanded (طالب بمحاسبة المسؤولين عن الهجوم). Not for
    /// the scored types, whose cues read a demand close before (دعا إلى التظاهر): the sentences this took from the
    /// classifier's training moved the model trained on all of them (two attacks of scripts/check-event-sentences.py lost).
    func readAsStanceObject(_ hit: Hit, _ trigger: EventTrigger, _ sentence: Int, clause: Range<Int>, _ range: Range<Int>,
                            _ spans: [ArgumentSpan], _ out: [EventCandidate], _ forms: TokenForms,
                            source: inout [EventActor], reading: inout CueReading) {
        let k = hit.tokens.lowerBound
        guard let stance = out.last(where: { $0.sentence == sentence && $0.tokens.upperBound <= k }),
              stance.trigger.kind == .verb, Self.stances.contains(stance.trigger.type), clause.contains(stance.tokens.lowerBound),
              !spans.contains(where: { $0.actor != nil && $0.tokens.contains(k) }) else { return }
        let demanded = stance.trigger.type == .request && !scored.contains(trigger.type)
            && (ArgumentMarker.startsWithBa(k, forms, letters: 3) || k > range.lowerBound && forms.norm(k - 1).equals(ArgumentMarker.to))
        if demanded || k - stance.tokens.upperBound <= Self.stanceReach {
            source.removeAll { actor in
                stance.source.contains(actor) && !spans.contains { $0.actor == actor && $0.tokens.lowerBound >= hit.tokens.upperBound }
            }
        }
        if demanded { reading.demanded = true }
    }

    /// The subject of the act before in the sentence, for a verb right after لكن with its pronoun (رحبت منظمة
    /// العفو بإطلاق سراحهم، لكنها انتقدت استخدام القوة): the pronoun stands for it.
    func contrastedSubject(_ k: Int, _ sentence: Int, _ range: Range<Int>, _ out: [EventCandidate], _ forms: TokenForms) -> EventActor? {
        guard let j = pronounBefore(k, among: Self.contrastPronouns, range, forms) else { return nil }
        return out.last { $0.sentence == sentence && $0.tokens.upperBound <= j && !$0.source.isEmpty }?.source.first
    }

    /// The token of one of `words` right before the verb at `k`, past the particles between (`verbParticles`).
    func pronounBefore(_ k: Int, among words: [[UInt8]], _ sentence: Range<Int>, _ forms: TokenForms) -> Int? {
        var j = k - 1
        while j > sentence.lowerBound, forms.tokens[j].kind == .word, forms.norm(j).isOne(of: Self.verbParticles) { j -= 1 }
        guard j > sentence.lowerBound, forms.tokens[j].kind == .word, forms.norm(j).isOne(of: words) else { return nil }
        return j
    }

    /// How many words may stand between a statement or support and the act it names for the speaker to be
    /// taken from the act's actors (أدانت فرنسا بشدة الهجوم).
    static let stanceReach = 4

    /// The types of the verbs whose object may name another's act: support, condemnation, demands (رحب
    /// بالإفراج، أدان الهجوم، طالب بالإفراج). Not a refusal or a threat, whose act is the speaker's own
    /// (رفضت المشاركة، هددت بفرض عقوبات).
    static let stances: Set<PloverType> = [.support, .accuse, .request]

    /// The enclitic pronouns of a third person (him, her, them), which a verb takes as its object.
    static let objectPronouns: Set<String> = ["ه", "ها", "هم", "هما", "هن"]

    /// لكن with a pronoun of a third person (normal form), with و.
    static let contrastPronouns = ["لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"].map { Array($0.utf8) }

    /// The modes of RETREAT that no one does to another: withdrawing, resigning.
    static let leavingModes: Set<String> = ["withdraw", "resign"]
}
