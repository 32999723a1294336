import MarsadCore
import MarsadText

/// "The two sides" (الجانبان، الطرفان، الرئيسان): a definite noun in the dual that is an event's
/// subject names the two parties of an event told before (استقبل ماكرون نظيره الصيني شي … وبحث
/// الرئيسان الحرب … ولم يتوصل الجانبان إلى اتفاق).
extension EventDetector {
    /// What kind of parties a dual noun names.
    enum DualKind { case any, people, states }

    /// Nouns in the dual, either case, in normal form without clitics or the article (which they must bear),
    /// with the kind of parties they name: sides and parties; presidents, leaders, ministers; states and
    /// the two countries (not البلدان, also "countries").
    static let dualParties: [(word: [UInt8], kind: DualKind)] = {
        let words: [(String, DualKind)] = [
            ("جانبان", .any), ("جانبين", .any), ("طرفان", .any), ("طرفين", .any),
            ("رئيسان", .people), ("رئيسين", .people), ("زعيمان", .people), ("زعيمين", .people), ("قائدان", .people),
            ("قائدين", .people), ("وزيران", .people), ("وزيرين", .people),
            ("دولتان", .states), ("دولتين", .states), ("بلدين", .states),
        ]
        return words.map { (Array($0.0.utf8), $0.1) }
    }()

    /// How many sentences back the event whose parties a dual noun names may stand.
    static let dualPartiesReach = 5

    /// How many tokens from the trigger its subject in the dual may stand: after a verb (بحث الرئيسان)
    /// or before a noun, as the subject of the verb that carries it (لم يتوصل الجانبان إلى اتفاق).
    static let dualSubjectReach = 2

    /// The source and target of an event whose subject is a definite dual noun: those of the latest meeting
    /// or agreement among the candidates of the `dualPartiesReach` sentences before sentence `s`, or before the
    /// trigger in it (استقبل الشرع بيدرسن، وبحث الجانبان), that has both of the noun's kind, else of the latest
    /// candidate there that has both. Nil without such a noun or candidate.
    func dualParties(_ trigger: Range<Int>, nounTrigger: Bool, in reach: Range<Int>, before s: Int,
                     _ earlier: [EventCandidate], _ document: AnnotatedDocument, _ forms: TokenForms) -> (source: [EventActor], target: [EventActor])? {
        // A noun of the act whose possessor is the dual's pronoun has its subject before it, that of the verb that carries it
        // (وأكد الوزيران رفضهما القاطع).
        let before = nounTrigger || Self.bearsDualPronoun(forms.tokens[trigger.lowerBound])
        let near = before ? max(reach.lowerBound, trigger.lowerBound - Self.dualSubjectReach - 1)..<trigger.lowerBound
            : trigger.upperBound..<min(reach.upperBound, trigger.upperBound + Self.dualSubjectReach)
        // After إن or أن the subject stands before its verb (قال الكرملين إن الرئيسين اتفقا على مواصلة الحوار).
        let k = trigger.lowerBound
        let afterThat = !nounTrigger && SentenceArguments.followsThat(k - 1, reach, forms) ? (k - 1)..<k : k..<k
        // A subject is in the nominative (الطرفان); the accusative after a verb is its object (ودعت الطرفين: `dualObject`).
        if let kind = dualKind(in: near, forms, nominativeOnly: true) ?? dualKind(in: afterThat, forms) {
            return parties(of: kind, before: trigger, in: s, earlier, document)
        }
        // A past verb in the dual joined by و or ف has the pronoun of two as its subject: the two who met earlier in its
        // sentence (استقبل السيسي حفتر، وبحثا), if both are named; opening its sentence, those of a meeting before it.
        guard !nounTrigger, Self.isJoinedDualPast(k, forms) else { return nil }
        let sentence = document.text.sentences[s].tokenRange
        if k == sentence.lowerBound || forms.tokens[k - 1].kind == .punctuation && k - 1 == sentence.lowerBound {
            return parties(of: .any, before: trigger, in: s, earlier, document)
        }
        guard let meeting = earlier.last(where: {
            $0.sentence == s && $0.tokens.upperBound <= trigger.lowerBound && [.consult, .agree].contains($0.trigger.type)
        }), let source = meeting.source.first, let target = meeting.target.first else { return nil }
        return ([source], [target])
    }

    /// Both parties of an earlier meeting, agreement, dispute, sanction or attack (`dualParties`, `isBetweenSides`), as whom a
    /// verb addresses when a definite dual noun is its object, right after its subject (دعا وزير الخارجية الأمريكي
    /// ماركو روبيو الجانبين إلى العودة إلى المفاوضات), or right after the verb when `subject` is empty there (ودعت الطرفين).
    func dualObject(_ trigger: Range<Int>, subject: Range<Int>, in reach: Range<Int>, before s: Int,
                    _ earlier: [EventCandidate], _ document: AnnotatedDocument, _ forms: TokenForms) -> [EventActor]? {
        guard subject.lowerBound >= trigger.upperBound, subject.upperBound < reach.upperBound,
              let kind = dualKind(in: subject.upperBound..<min(reach.upperBound, subject.upperBound + 1), forms),
              let (source, target) = parties(of: kind, before: trigger, in: s, earlier.filter(isBetweenSides), document) else { return nil }
        return source + target
    }

    /// Whether a candidate is between two sides, as a call on "both sides" means: a meeting, an agreement, an
    /// accusation or rejection, a threat, a sanction (expelled envoys), a coercion or an attack, of no civilians,
    /// refugees or others an attack strikes.
    private func isBetweenSides(_ candidate: EventCandidate) -> Bool {
        [.consult, .agree, .accuse, .reject, .threaten, .sanction, .coerce, .assault].contains(candidate.trigger.type)
            && !(candidate.source + candidate.target).contains {
                if case let .generic(sector, _, _) = $0 { Self.victimSectors.contains(sector) } else { false }
            }
    }

    /// The kind of parties a definite dual noun among `tokens` names; with `nominativeOnly`, a noun in the nominative (ان).
    private func dualKind(in tokens: Range<Int>, _ forms: TokenForms, nominativeOnly: Bool = false) -> DualKind? {
        tokens.lazy.compactMap { k -> DualKind? in
            guard forms.tokens[k].kind == .word else { return nil }
            guard Self.bearsArticle(k, forms) else { return nil }
            let bare = Self.bareStem(k, forms)
            // Both named after بين are the parties too (اللجنة المشتركة بين البلدين).
            guard !nominativeOnly || bare.ends(with: Self.nominativeDual) || k > 0 && forms.norm(k - 1).equals(Self.between) else { return nil }
            return Self.dualParties.first { bare.equals($0.word) }?.kind
        }.first
    }

    /// Whether token `k` is a past verb of meeting or agreeing in the dual, joined by و or ف (وبحثا، فاتفقا).
    static func isJoinedDualPast(_ k: Int, _ forms: TokenForms) -> Bool {
        ProcliticFlags.of(forms.tokens[k]).conjunction && stem(forms.tokens[k], forms.norm(k)).isOne(of: dualPastVerbs)
    }

    /// Past verbs of meeting and agreeing in the dual, in normal form without clitics.
    private static let dualPastVerbs = ["التقيا", "اجتمعا", "بحثا", "تباحثا", "تشاورا", "تفاوضا", "اتفقا"].map { Array($0.utf8) }

    /// Whether a word bears هما, the pronoun of two (رفضهما، ترحيبهما).
    static func bearsDualPronoun(_ token: Token) -> Bool {
        Clitics.enclitics[Int(token.segmentation.enclitic)] == "هما"
    }

    /// The types whose two parties act on each other (بحث الرئيسان، اتفق الجانبان): a dual subject names the one the
    /// source and the other the target. Of the rest both act together, on the target the clause names (انتقد الوزيران الهجوم).
    static let mutualTypes: Set<PloverType> = [.consult, .agree, .cooperate]

    /// ان, the ending of a noun in the dual in the nominative.
    private static let nominativeDual = Array("ان".utf8)

    /// The source and target of the latest meeting or agreement of `earlier` within `dualPartiesReach` sentences
    /// before the trigger whose both parties are of `kind`, else of the latest candidate there whose both are.
    private func parties(of kind: DualKind, before trigger: Range<Int>, in s: Int, _ earlier: [EventCandidate],
                         _ document: AnnotatedDocument) -> (source: [EventActor], target: [EventActor])? {
        func fits(_ actor: EventActor) -> Bool {
            switch (kind, actor) {
            case (.any, _): true
            case let (.people, .entity(e)): document.entities[e].entity.type == .person
            case let (.states, .entity(e)): document.entities[e].entity.type == .geopolitical
            case (.states, .state): true
            default: false
            }
        }
        let recent = earlier.reversed().prefix { s - $0.sentence <= Self.dualPartiesReach }.filter {
            ($0.sentence < s || $0.sentence == s && $0.tokens.upperBound <= trigger.lowerBound)
                && $0.source.first.map(fits) == true && $0.target.first.map(fits) == true
        }
        guard let parties = recent.first(where: { [.consult, .agree].contains($0.trigger.type) }) ?? recent.first else { return nil }
        return ([parties.source[0]], [parties.target[0]])
    }
    /// The parties named after بين past a meeting's, an agreement's or a clash's word, in its clause: the first, and those joined to it
    /// right after (أعلن المبعوث التوصل إلى اتفاق لوقف إطلاق النار بين سوريا وإسرائيل: Syria and Israel agree, not the
    /// envoy; لقاء ثلاثي بين لافروف وكيري والجبير).
    func partiesBetween(_ trigger: Range<Int>, _ clause: Range<Int>, _ spans: [ArgumentSpan],
                        _ forms: TokenForms) -> (source: [EventActor], target: [EventActor])? {
        let end = min(clause.upperBound, trigger.upperBound + Self.betweenReach)
        guard let between = (trigger.upperBound..<end).first(where: { forms.tokens[$0].kind == .word && forms.norm($0).equals(Self.between) }),
              let first = spans.firstIndex(where: { $0.actor != nil && $0.tokens.lowerBound == between + 1 }) else { return nil }
        var others: [EventActor] = []
        var i = first + 1
        while i < spans.count, spans[i].joined, let actor = spans[i].actor, spans[i].tokens.lowerBound == spans[i - 1].tokens.upperBound {
            if actor != spans[first].actor!, !others.contains(actor) { others.append(actor) }
            i += 1
        }
        return others.isEmpty ? nil : ([spans[first].actor!], others)
    }

    /// The parties a relative clause right after a noun of an agreement or talks names as its makers
    /// (`ArgumentMarker.relativeMaker`), those joined by و, and the actor after مع right past them, if any.
    func makers(of trigger: Range<Int>, _ spans: [ArgumentSpan], _ sentence: Range<Int>,
                _ forms: TokenForms) -> (parties: [EventActor], partner: EventActor?)? {
        guard let start = ArgumentMarker.relativeMaker(after: trigger.upperBound - 1, in: sentence, forms) else { return nil }
        let actors = spans.filter { $0.actor != nil }
        guard let first = actors.firstIndex(where: { $0.tokens.lowerBound == start }) else { return nil }
        let (parties, next) = compound(actors, from: first)
        let end = actors[next - 1].tokens.upperBound
        let partner = next < actors.count && actors[next].tokens.lowerBound == end + 1 && forms.norm(end).equals(Self.with)
            ? actors[next].actor : nil
        return (parties, partner)
    }

    /// مع in normal form.
    static let with = Array("مع".utf8)

    /// Whether a word of an attack tells of clashes or battles, fought by two sides (اشتباكات، مواجهات، معارك، قتال).
    static func isClash(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange])).isOne(of: clashing)
    }

    /// The words of clashes and battles, in normal form without clitics.
    static let clashing = ["اشتبك", "اشتبكت", "اشتبكوا", "يشتبك", "تشتبك", "اشتباك", "اشتباكات", "مواجهات", "مواجهة", "معارك", "معركة", "قتال"]
        .map { Array($0.utf8) }

    /// حرب in normal form: a war, fought by two sides too (الحرب العراقية الإيرانية).
    static let war = Array("حرب".utf8)

    /// How many words after a meeting's or agreement's word بين may stand (اتفاق لوقف إطلاق النار بين).
    static let betweenReach = 6

    /// بين in normal form.
    static let between = Array("بين".utf8)
}
