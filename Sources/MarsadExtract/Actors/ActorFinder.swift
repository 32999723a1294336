import MarsadCore
import MarsadText

/// Finds the actor a clause names as the subject of a cue or stance word — before it
/// (SVO) or after it (VSO) — and makes it an entity of the document.
struct ActorFinder {
    let context: SpeechContext
    let actors: GenericActorLexicon
    let kb: KnowledgeBase
    let mentions: [Mention]
    let entities: [DocumentEntity]

    /// Words between a subject and its verb that do not break them apart (matching forms).
    static let interjections = byteKeys(["قد", "لقد", "ايضا", "بدوره", "بدورها", "بدورهم", "بدورهما", "من", "جهته", "جهتها", "جهتهم", "اليوم", "امس"])
    /// Prepositions after a verb: what follows them is no subject.
    static let prepositions = byteKeys(["في", "خلال", "عبر", "امام", "لدي", "علي", "عن", "من", "الي", "مع", "حول", "بعد", "قبل", "to", "in", "at", "on", "with", "for"])
    /// Words that open a new clause (فيما انتقد …).
    static let clauseOpeners = byteKeys(["فيما", "بينما", "لكن", "ولكن", "غير", "حيث", "اذ", "كما", "ثم", "while", "but", "whereas"])

    /// The actor starting at token `p`, not past `limit`, and the token after it.
    func actor(at p: Int, limit: Int) -> (actor: Actor, end: Int)? {
        let m = context.mentionAt[p]
        if m >= 0, mentions[m].entity != nil, mentions[m].type != .group {
            return (.mention(m), min(context.mentionTokens[m].upperBound, limit))
        }
        if let generic = generic(at: p, limit: limit) { return generic }
        if m >= 0 { return (.mention(m), min(context.mentionTokens[m].upperBound, limit)) }
        return nil
    }

    /// A role phrase at `p`: a person named earlier who holds the role (الوزير after وزير
    /// الخارجية سيرغي لافروف), else a generic actor with the country a demonym or place
    /// inside or just after the phrase gives.
    private func generic(at p: Int, limit: Int) -> (actor: Actor, end: Int)? {
        var country: Int?
        var skipped: Int?
        var best: (GenericActorLexicon.Sector, Int, ArraySlice<UInt8>)?
        for first in context.keys.readings[p] where !first.prepositional {
            var key = first.key
            var k = p + 1
            if let sector = actors.sector(key), best.map({ $0.1 < k }) ?? true { best = (sector, k, key) }
            while actors.isPrefix(key), k < limit, k - p <= actors.maxWords {
                if let next = context.keys.readings[k].first(where: { actors.isPrefix(.joined(key, $0.key)) || actors.sector(.joined(key, $0.key)) != nil }) {
                    key = .joined(key, next.key)
                    k += 1
                    if let sector = actors.sector(key), best.map({ $0.1 < k }) ?? true { best = (sector, k, key) }
                } else if skipped == nil, let demonym = place(at: k) {
                    skipped = demonym
                    k = context.mentionTokens[demonym].upperBound
                } else {
                    break
                }
            }
        }
        guard let (sector, end, key) = best else { return nil }
        if let skipped, context.mentionTokens[skipped].upperBound <= end { country = skipped }
        // A demonym inside the phrase itself (الإعلام الصيني الرسمي).
        if country == nil { country = (p..<end).lazy.compactMap { place(at: $0) }.first }
        if let named = personNamed(after: end, limit: limit) { return named }
        // The body a spokesperson speaks for, then the name (المتحدث باسم الخارجية الأمريكية ماثيو ميلر).
        if end < limit, context.mentionAt[end] >= 0, context.mentionTokens[context.mentionAt[end]].upperBound < limit,
           let named = personNamed(after: context.mentionTokens[context.mentionAt[end]].upperBound, limit: limit) {
            return named
        }
        // A spokesperson speaks for the body named next, which speaks in their words (المتحدث باسم قوات الدعم السريع).
        if end < limit, kb.entry(for: String(decoding: key, as: UTF8.self))?.titleRole == "spokesperson",
           let body = actor(at: end, limit: limit) {
            return body
        }
        if let person = roleHolder(key, before: p) { return (.entity(person), end) }
        var last = end
        if country == nil, last < limit, let after = place(at: last) {
            country = after
            last = context.mentionTokens[after].upperBound
        }
        return (.generic(sector, country: country, tokens: p..<last), last)
    }

    /// A linked person named within a few words after a role phrase (وزير الخارجية الروسي
    /// سيرغي لافروف): the phrase is the person's title.
    private func personNamed(after end: Int, limit: Int) -> (actor: Actor, end: Int)? {
        for q in end..<min(limit, end + 3) {
            guard context.analysis.tokens[q].kind == .word else { return nil }
            let m = context.mentionAt[q]
            if m >= 0, mentions[m].type == .person, mentions[m].entity != nil { return (.mention(m), context.mentionTokens[m].upperBound) }
        }
        return nil
    }

    /// The mention of a state, region or people starting at token `k`, if any.
    private func place(at k: Int) -> Int? {
        let m = context.mentionAt[k]
        guard m >= 0, mentions[m].entity != nil, [.group, .geopolitical, .location].contains(mentions[m].type) else { return nil }
        return m
    }

    /// The person named before token `p` whose role the title `key` names.
    private func roleHolder(_ key: ArraySlice<UInt8>, before p: Int) -> Int? {
        guard let role = kb.entry(for: String(decoding: key, as: UTF8.self))?.titleRole, role != "counterpart" else { return nil }
        for m in stride(from: mentions.count - 1, through: 0, by: -1) where context.mentionTokens[m].upperBound <= p {
            guard let e = mentions[m].entity, mentions[m].type == .person else { continue }
            if entities[e].roles.contains(where: { $0.role == role }) { return e }
        }
        return nil
    }

    /// The actor ending just before token `end`, starting no earlier than `floor`.
    func actor(endingBefore end: Int, floor: Int) -> Actor? {
        var start = max(floor, end - 6)
        while start < end {
            if let found = actor(at: start, limit: end), found.end == end { return found.actor }
            start += 1
        }
        return nil
    }

    /// The subject of the verb or noun at `cue` (its reading `reading`, the phrase ending
    /// before `cueEnd`), looked for no further than `forwardLimit`: right before it when it
    /// has no conjunction (SVO), else right after it unless it is plural (VSO), else the
    /// nearest subject earlier in the sentence.
    func subject(cue: Int, cueEnd: Int, reading: WordKey, forwardLimit: Int, floor: Int) -> (actor: Actor, after: Bool)? {
        let plural = reading.key.hasSuffix("وا") || reading.key.hasSuffix("ون") || reading.key.hasSuffix("تا")
        if !reading.conjoined {
            var e = cue
            while e > floor, context.isWord(e - 1, Self.interjections) { e -= 1 }
            if let found = firstConjunct(endingBefore: e, floor: floor) { return (found, false) }
        }
        if !plural, let found = actorAfter(cueEnd, limit: forwardLimit) { return (found, true) }
        return subjectEarlier(before: cue, floor: floor).map { ($0, false) }
    }

    /// The actor ending before `end`, or the first of coordinated ones (فرنسا وألمانيا → فرنسا).
    private func firstConjunct(endingBefore end: Int, floor: Int) -> Actor? {
        guard var found = actor(endingBefore: end, floor: floor) else { return nil }
        var start = startToken(of: found) ?? end
        while start > floor, context.keys.readings[start].contains(where: \.conjoined),
              let earlier = actor(endingBefore: start, floor: floor) {
            found = earlier
            start = startToken(of: earlier) ?? floor
        }
        return found
    }

    /// The first token of an actor found in the text.
    private func startToken(of actor: Actor) -> Int? {
        switch actor {
        case .mention(let m): context.mentionTokens[m].lowerBound
        case .generic(_, _, let tokens), .name(let tokens): tokens.lowerBound
        case .entity: nil
        }
    }

    /// The actor among the few tokens after a verb, skipping prepositional phrases and
    /// objects marked by a preposition.
    private func actorAfter(_ start: Int, limit: Int) -> Actor? {
        var p = start, looked = 0
        while p < limit, looked < 3 {
            if context.analysis.tokens[p].kind != .word { return nil }
            if context.isWord(p, Self.prepositions) { p += 2; continue }
            if !hasPreposition(p), let found = actor(at: p, limit: limit) { return found.actor }
            looked += 1
            p += 1
        }
        return nil
    }

    /// Whether token `p` carries a preposition clitic (لترامب، بالقمة).
    private func hasPreposition(_ p: Int) -> Bool {
        let stack = Clitics.proclitics[Int(context.analysis.tokens[p].segmentation.proclitics)]
        return stack.segments.contains { $0 == "ب" || $0 == "ل" || $0 == "ك" }
    }

    /// The nearest actor before `cue` in its sentence that reads as a subject: at the
    /// sentence's start or after a word that is no actor and no preposition.
    func subjectEarlier(before cue: Int, floor: Int) -> Actor? {
        var k = cue - 1
        while k >= floor {
            if let found = actor(at: k, limit: cue), found.end <= cue, !hasPreposition(k) {
                if k == floor || context.analysis.tokens[k - 1].kind != .word
                    || !(context.isWord(k - 1, Self.prepositions) || context.mentionAt[k - 1] >= 0) {
                    return found.actor
                }
            }
            k -= 1
        }
        return nil
    }
}
