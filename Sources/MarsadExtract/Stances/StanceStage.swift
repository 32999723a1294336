import MarsadCore
import MarsadText

/// Who reacted how to what: stance words and phrases of the stance lexicon, each with its
/// holder (an entity, generic actors included), its target (an entity, or the phrase of an
/// event or topic such as القمة) and its evidence (the stance word to the end of its
/// clause). How holder and target are found depends on the word's frame (see
/// `StanceLexicon.Frame`); a characterisation counts inside a quotation only, held by the
/// quotation's speaker. A negator just before a stance word (لم ينتقد، لا يرفض) gives it the
/// label the lexicon lists for its negated use, or no stance at all.
public struct StanceStage: Stage {
    public let name = "stances"
    public let requires: Set<AnnotationKind> = [.tokens, .sentences, .mentions, .entities, .quotes]
    public let provides: Set<AnnotationKind> = [.stances, .entities]
    let lexicon: StanceLexicon
    let actors: GenericActorLexicon
    let kb: KnowledgeBase
    /// A lexicon phrase found at a token: what it is, the token after it, which reading of
    /// its first word it starts with (`SpeechContext.reading(_:_:)`).
    typealias Match = (value: StanceLexicon.Entry, end: Int, first: Int)
    /// How many tokens after a stance word its target may stand.
    static let targetReach = 6

    public init(lexicon: StanceLexicon, actors: GenericActorLexicon, kb: KnowledgeBase) {
        self.lexicon = lexicon
        self.actors = actors
        self.kb = kb
    }

    public func run(_ document: inout AnnotatedDocument) {
        guard !document.text.tokens.isEmpty else { return }
        let context = SpeechContext(document)
        let tokens = context.analysis.tokens
        // The lexicon alone, so that the probe copies it once, not the whole stage at every token.
        let lexicon = self.lexicon
        let entries: [Match?] = context.phrases(maxWords: lexicon.maxWords) { key in
            let found = lexicon.probe(key)
            return (value: found.entry, isPrefix: found.isPrefix)
        }
        var stances: [Stance] = []
        var characterised: Set<Int> = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard let match = entries[k], case .stance(let label, let frame, let negatedLabel) = match.value else { continue }
            let negated = isNegated(k, context, entries)
            guard let effective = negated ? negatedLabel : label else { continue }
            var clause = self.clause(around: k, end: match.end, context)
            // Inside a quotation, the clause ends with it and an unnamed subject is the speaker (احنا مع …).
            let quote = document.quotes.first { $0.isQuoted && $0.range.contains(Int(tokens[k].start)) }
            if let quote {
                let first = context.token(at: quote.range.lowerBound), last = context.token(at: quote.range.upperBound - 1)
                clause = max(clause.lowerBound, first)..<min(clause.upperBound, last + 1)
            }
            let finder = ActorFinder(context: context, actors: actors, kb: kb, mentions: document.mentions, entities: document.entities)
            var holder: Int?, target: StanceTarget?, evidence = context.span(k, lastToken(clause.upperBound, context))
            switch frame {
            case .agent:
                let floor = quote == nil ? context.sentence(of: k).lowerBound : clause.lowerBound
                let subject = finder.subject(cue: k, cueEnd: match.end, reading: context.reading(k, match.first), forwardLimit: clause.upperBound, floor: floor)
                if let subject { holder = entity(subject.actor, &document, context) } else { holder = quote?.speaker }
                target = firstTarget(in: match.end..<min(clause.upperBound, match.end + Self.targetReach), excluding: holder, finder, entries, &document, context)
                // A noun or verb with only an object after it (ودعم كييف): the actor after it is
                // the target, and the subject stands earlier.
                if let subject, subject.after, target == nil, let holding = holder {
                    target = .entity(holding)
                    holder = finder.subjectEarlier(before: k, floor: floor).map { entity($0, &document, context) }
                }
            case .manner:
                let before = clause.lowerBound..<k
                target = lastTarget(in: before, finder, entries, &document, context)
                if let found = firstActor(in: before, finder) { holder = entity(found, &document, context) }
                evidence = context.span(clause.lowerBound, lastToken(clause.upperBound, context))
            case .cause:
                target = firstTarget(in: clause.lowerBound..<k, excluding: nil, finder, entries, &document, context)
                if let found = firstActor(in: match.end..<clause.upperBound, finder) { holder = entity(found, &document, context) }
                evidence = context.span(clause.lowerBound, lastToken(clause.upperBound, context))
            case .characterise:
                guard let q = document.quotes.firstIndex(where: { $0.range.contains(Int(tokens[k].start)) }),
                      !characterised.contains(q), let speaker = document.quotes[q].speaker else { continue }
                characterised.insert(q)
                holder = speaker
                let quote = document.quotes[q]
                let cueToken = quote.cue.map { context.token(at: $0.lowerBound) }
                let quoteStart = context.token(at: quote.range.lowerBound)
                if let cueToken, cueToken < quoteStart {
                    target = firstTarget(in: (cueToken + 1)..<quoteStart, excluding: speaker, finder, entries, &document, context)
                        ?? lastTarget(in: context.sentence(of: cueToken).lowerBound..<cueToken, finder, entries, &document, context)
                }
                evidence = quote.range
            }
            guard let holder else { continue }
            target = personalTarget(target, evidence: evidence, holder: holder, finder, &document, context)
            let stance = Stance(holder: holder, target: target, label: effective, range: evidence, trigger: context.span(k, match.end - 1), negated: negated)
            if !stances.contains(where: { $0.holder == holder && $0.label == effective && $0.target == target && $0.range.overlaps(evidence) }) {
                stances.append(stance)
            }
        }
        document.stances = stances.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a negator stands just before token `k` (one word may come between: لم يكن ينتقد).
    func isNegated(_ k: Int, _ context: SpeechContext, _ entries: [Match?]) -> Bool {
        for back in 1...2 where k - back >= 0 {
            let j = k - back
            guard context.analysis.tokens[j].kind == .word else { return false }
            if let found = entries[j], found.value == .negator, found.end <= k { return true }
        }
        return false
    }

    /// The tokens of the clause around a stance phrase at `start..<end`: up to punctuation or
    /// a word that opens a clause (فيما، بينما), within the sentence.
    func clause(around start: Int, end: Int, _ context: SpeechContext) -> Range<Int> {
        let sentence = context.sentence(of: start)
        var lower = start
        while lower > sentence.lowerBound, !context.endsClause(lower - 1), !context.isWord(lower - 1, ActorFinder.clauseOpeners) { lower -= 1 }
        var upper = end
        while upper < sentence.upperBound, !context.endsClause(upper), !context.isWord(upper, ActorFinder.clauseOpeners) { upper += 1 }
        return lower..<upper
    }

    /// The last token before `upper` that is no punctuation, quotation marks excepted.
    func lastToken(_ upper: Int, _ context: SpeechContext) -> Int {
        var last = upper - 1
        while last > 0, context.analysis.tokens[last].kind == .punctuation, !context.isQuotationMark(last) { last -= 1 }
        return last
    }

    /// The first event phrase or actor in `range` other than `holder`.
    func firstTarget(in range: Range<Int>, excluding holder: Int?, _ finder: ActorFinder,
                     _ entries: [Match?],
                     _ document: inout AnnotatedDocument, _ context: SpeechContext) -> StanceTarget? {
        var p = range.lowerBound
        while p < range.upperBound {
            if let topic = topic(at: p, entries, context) { return topic.target }
            if let found = finder.actor(at: p, limit: range.upperBound) {
                let e = entity(found.actor, &document, context)
                if e != holder { return .entity(e) }
                p = found.end
                continue
            }
            p += 1
        }
        return nil
    }

    /// The last event phrase or actor in `range`.
    func lastTarget(in range: Range<Int>, _ finder: ActorFinder, _ entries: [Match?],
                    _ document: inout AnnotatedDocument, _ context: SpeechContext) -> StanceTarget? {
        var p = range.upperBound - 1
        while p >= range.lowerBound {
            if let topic = topic(at: p, entries, context), topic.end <= range.upperBound { return topic.target }
            if let found = finder.actor(at: p, limit: range.upperBound) { return .entity(entity(found.actor, &document, context)) }
            p -= 1
        }
        return nil
    }

    /// The first actor in `range`.
    func firstActor(in range: Range<Int>, _ finder: ActorFinder) -> Actor? {
        for p in range { if let found = finder.actor(at: p, limit: range.upperBound) { return found.actor } }
        return nil
    }

    /// The event or topic phrase at token `p`, its span without a leading conjunction or
    /// preposition where the article stays whole (بالقمة → القمة).
    func topic(at p: Int, _ entries: [Match?], _ context: SpeechContext) -> (target: StanceTarget, end: Int)? {
        guard let match = entries[p], match.value == .topic else { return nil }
        let first = context.reading(p, match.first)
        var leading = first.conjoined ? 1 : 0
        let norm = context.keys.readings[p].first?.key ?? []
        if first.prepositional, !norm.dropFirst(2 * leading).starts(with: "لل".utf8) { leading += 1 }
        let span = context.bytes.withUnsafeBufferPointer { AliasMatcher.trim(context.span(p, match.end - 1), $0, leading: leading, trailing: 0) }
        return (.topic(span), match.end)
    }

    private func entity(_ actor: Actor, _ document: inout AnnotatedDocument, _ context: SpeechContext) -> Int {
        LocalEntities.entity(of: actor, in: &document, actors: actors, bytes: context.bytes, tokens: context.analysis.tokens)
    }
}
