import MarsadCore
import MarsadText

/// Quotations and reported speech with their speakers. A quotation is the text in «…»,
/// “…” or "…" that a cue introduces — a verb of saying or publishing or a noun of saying
/// before it in its sentence (also at the end of the line before: «وقال:» then the quote),
/// or a verb of saying just after it — or that runs to four words or more. Reported speech
/// is what follows a verb of saying and أن/إن/بأنه/that or a colon, to the end of the
/// sentence. The speaker is the subject of the cue (before or after it), else the nearest
/// subject earlier in the sentence, else the last speaker (وأضاف); role nouns resolve to the
/// person named with that role, or to a generic actor entity (مسؤولون أوروبيون → EURGOV).
/// A quotation nested in another looks for its cue and speaker inside the outer one only.
public struct QuoteStage: Stage {
    public let name = "quotes"
    public let requires: Set<AnnotationKind> = [.tokens, .sentences, .mentions, .entities]
    public let provides: Set<AnnotationKind> = [.quotes, .entities]
    let actors: GenericActorLexicon
    let kb: KnowledgeBase
    /// How many tokens before a quotation its cue may stand.
    static let cueReach = 25
    /// Quotations without a cue are kept from this many words on.
    static let minimumUncuedWords = 4
    /// How many tokens a one-word quotation may stand after its cue.
    static let singleWordReach = 3
    /// How many sentences back the last speaker still answers a cue without a subject.
    static let speakerReach = 3

    public init(actors: GenericActorLexicon, kb: KnowledgeBase) {
        self.actors = actors
        self.kb = kb
    }

    /// A cue word found at a token: its kind and which of the token's readings reads as it
    /// (`SpeechContext.reading(_:_:)`), by position so that the cues hold no references.
    typealias Cue = (kind: QuoteCues.Kind, reading: Int)

    /// A quotation or reported speech found, before its speaker is resolved.
    struct Found {
        var range: Range<Int>
        var cue: Int?
        /// Where the cue's subject may be looked for after it.
        var forwardLimit: Int
        /// The first token the speaker may be looked for at.
        var floor: Int
        var nested: Bool
        var quoted: Bool
    }

    public func run(_ document: inout AnnotatedDocument) {
        guard !document.text.tokens.isEmpty else { return }
        let context = SpeechContext(document)
        document.wordKeys = context.keys
        let tokens = context.analysis.tokens
        let norms = context.analysis.norms
        // A plain loop over locals: a closure over the whole context retained it for every token.
        let readings = context.keys.readings, table = QuoteCues.table
        var cues: [Cue?] = []
        cues.reserveCapacity(readings.count)
        for k in readings.indices {
            let norm = tokens[k].normRange
            // A verbal noun in ة is no verb with a pronoun (إضافة، إشارة are not أضاف، أشار + ه).
            let endsInTehMarbuta = norm.count >= 2 && norms[norm.upperBound - 2] == 0xD8 && norms[norm.upperBound - 1] == 0xA9
            // The readings where they stand: a slice and a copy of each cost a retain and a release apiece.
            cues.append(readings.withReadings(of: k) { own -> Cue? in
                for i in own.indices where i == 0 || !endsInTehMarbuta || own[i].key.hasSuffix("ه") {
                    if let kind = QuoteCues.kind(own[i].key, in: table) { return (kind, i) }
                }
                return nil
            })
        }
        var found = quotations(context, cues)
        found += reportedSpeech(context, cues, claimed: found)
        found.sort { ($0.cue.map { Int(context.analysis.tokens[$0].start) } ?? $0.range.lowerBound, $0.range.lowerBound)
            < ($1.cue.map { Int(context.analysis.tokens[$0].start) } ?? $1.range.lowerBound, $1.range.lowerBound) }
        var last: (speaker: Int, sentence: Int)?
        var quotes: [Quote] = []
        for item in found {
            var speaker: Int?
            if let cue = item.cue, let (kind, position) = cues[cue] {
                let reading = context.reading(cue, position)
                let finder = ActorFinder(context: context, actors: actors, kb: kb, mentions: document.mentions, entities: document.entities)
                let actor = kind == .participle
                    ? finder.subjectEarlier(before: cue, floor: item.floor) ?? verb(before: cue, cues, context).flatMap { unnamedSubject(of: $0, cues, context) }
                    : finder.subject(cue: cue, cueEnd: cue + 1, reading: reading, forwardLimit: item.forwardLimit, floor: item.floor)?.actor
                        ?? (kind == .speech ? unnamedSubject(of: cue, cues, context) : nil)
                if let actor {
                    speaker = LocalEntities.entity(of: actor, in: &document, actors: actors, bytes: context.bytes, tokens: context.analysis.tokens)
                } else if !item.nested, let last, context.sentenceOf[cue] - last.sentence <= Self.speakerReach {
                    speaker = last.speaker
                } else if !item.nested, let person = lastPerson(before: cue, context, document.mentions) {
                    // وقال: with no subject and no earlier quote: the person last named.
                    speaker = LocalEntities.entity(of: .mention(person), in: &document, actors: actors, bytes: context.bytes, tokens: context.analysis.tokens)
                }
                if let speaker, !item.nested { last = (speaker, context.sentenceOf[cue]) }
            }
            quotes.append(Quote(range: item.range, cue: item.cue.map { context.analysis.tokens[$0].range }, speaker: speaker, isQuoted: item.quoted))
        }
        document.quotes = quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The quotations in marks that a cue introduces or that are long enough.
    func quotations(_ context: SpeechContext, _ cues: [Cue?]) -> [Found] {
        let tokens = context.analysis.tokens
        let pairs = QuotationMarks.pairs(context.bytes, tokens: tokens)
        var out: [Found] = []
        for pair in pairs {
            let open = context.token(at: pair.open), close = context.token(at: pair.close)
            let firstInner = open + 1
            guard firstInner < close, let range = trimmed(firstInner..<close, context) else { continue }
            let sentence = context.sentence(of: open)
            let floor = pair.outer.map { context.token(at: pairs[$0].inner.lowerBound) } ?? sentence.lowerBound
            let ceiling = pair.outer.map { context.token(at: pairs[$0].close) } ?? sentence.upperBound
            var cue = cueBefore(open, floor: floor, cues)
            var forwardLimit = open
            if cue == nil, let after = cueAfter(close, ceiling: ceiling, context, cues) {
                cue = after
                forwardLimit = ceiling
            }
            if cue == nil, pair.outer == nil { cue = cueOnLineBefore(open, context, cues) }
            let words = (firstInner..<close).count { tokens[$0].kind == .word }
            guard !isName(open: open, close: close, words: words, context, cues) else { continue }
            guard cue != nil || words >= Self.minimumUncuedWords else { continue }
            // One word in marks is a quotation only right after its cue («قال: "لا"»); further
            // away it is a term or a name (تنظيم "داعش").
            if words < 2, let cue, cue < open, open - cue > Self.singleWordReach { continue }
            let cueSentence = cue.map { context.sentence(of: $0).lowerBound } ?? floor
            out.append(Found(range: range, cue: cue, forwardLimit: forwardLimit, floor: pair.outer == nil ? cueSentence : floor,
                             nested: pair.outer != nil, quoted: true))
        }
        return out
    }

    /// Reported speech: a verb of saying, its complementizer or colon, and the rest of the
    /// sentence — unless a quotation in marks there already has that cue.
    func reportedSpeech(_ context: SpeechContext, _ cues: [Cue?], claimed: [Found]) -> [Found] {
        let tokens = context.analysis.tokens
        var out: [Found] = []
        for (k, cue) in cues.enumerated() where cue?.kind == .speech || cue?.kind == .participle {
            let sentence = context.sentence(of: k)
            var j = k + 1, start: Int?, colon = false
            while j < min(sentence.upperBound, k + 9) {
                if context.isQuotationMark(j) {
                    // A name in marks as the subject (وأكدت «ماما سارة» أنها …): read on after it.
                    guard let close = nameEnd(after: j, context, cues) else { break }
                    j = close + 1
                    continue
                }
                if context.punctuation(j) == ":" { start = j + 1; colon = true; break }
                if context.endsClause(j) { break }
                if context.reads(j, QuoteCues.complementizers) { start = j + 1; break }
                j += 1
            }
            guard var first = start else { continue }
            var end = sentence.upperBound
            if first >= end {
                // «وقال:» at the end of a line: the next sentence is what was said.
                guard colon, first < tokens.count, !context.isQuotationMark(first) else { continue }
                end = context.sentence(of: first).upperBound
            }
            if context.isQuotationMark(first) { first += 1 }
            guard first < end, let range = trimmed(first..<end, context),
                  !claimed.contains(where: { $0.cue == k && range.contains($0.range.lowerBound) }),
                  !claimed.contains(where: { $0.range.contains(Int(tokens[k].start)) }) else { continue }
            out.append(Found(range: range, cue: k, forwardLimit: j, floor: sentence.lowerBound, nested: false, quoted: false))
        }
        return out
    }

    /// Whether the marks at tokens `open` and `close` hold a name or a title rather than
    /// words said: after a noun that names (رواية «…»، بعنوان «…»، تنظيم «…») or a bare
    /// preposition (بـ«…»), a short one after a preposition (في «…»), or a short one right after a verb of saying and before its
    /// complementizer, a colon or a comma (وأكدت «ماما سارة» أنها).
    func isName(open: Int, close: Int, words: Int, _ context: SpeechContext, _ cues: [Cue?]) -> Bool {
        guard open > 0, context.analysis.tokens[open - 1].kind == .word else { return false }
        if context.reads(open - 1, QuoteCues.namingNouns) { return true }
        if open > 1, let norm = context.keys.readings[open - 2].first?.key, let last = context.keys.readings[open - 1].first?.key,
           QuoteCues.namingNouns.contains(.joined(norm, last)) { return true }
        // After a bare preposition (لـ«…»، بـ«…»), a name — unless بـ follows a verb of saying a
        // few words before (وصفه بوتين بـ«…»); when short, after a preposition word (في «…»).
        if let bare = context.keys.readings[open - 1].first?.key, bare.count == 2 {
            return !bare.elementsEqual(WordKeys.beh) || !(max(0, open - 2 - Self.singleWordReach)..<(open - 1)).contains { cues[$0] != nil && cues[$0]?.kind != .noun }
        }
        if words <= Self.maximumNameWords, context.isWord(open - 1, ActorFinder.prepositions) { return true }
        guard words <= Self.maximumNameWords, cues[open - 1]?.kind == .speech, close + 1 < context.tokenCount else { return false }
        let after = context.punctuation(close + 1)
        return context.reads(close + 1, QuoteCues.complementizers) || after == ":" || after == "،" || after == ","
    }

    /// The closing mark of a short name in marks opening at token `open` right after a verb
    /// of saying and before a complementizer, else nil.
    func nameEnd(after open: Int, _ context: SpeechContext, _ cues: [Cue?]) -> Int? {
        var close = open + 1
        while close < min(context.tokenCount, open + Self.maximumNameWords + 2), !context.isQuotationMark(close) { close += 1 }
        guard close < context.tokenCount, context.isQuotationMark(close),
              isName(open: open, close: close, words: close - open - 1, context, cues) else { return nil }
        return close
    }

    /// The most words a name in marks has.
    static let maximumNameWords = 3

    /// The subject of a verb of saying that no mention or role phrase names: one to three
    /// plain words (no clitic preposition, no function word) right after it and before a
    /// colon, a complementizer or quotation marks (يقول السباعي: «…»، تقول مهرتياب إن …), or
    /// right before it at the start of its sentence (هول يؤكد أنه …). It becomes a
    /// document-local entity.
    func unnamedSubject(of cue: Int, _ cues: [Cue?], _ context: SpeechContext) -> Actor? {
        guard let position = cues[cue]?.reading else { return nil }
        let reading = context.reading(cue, position)
        let sentence = context.sentence(of: cue)
        var end = cue + 1
        if end < sentence.upperBound, context.isQuotationMark(end), let close = nameEnd(after: end, context, cues) {
            return .name(tokens: (end + 1)..<close)
        }
        while end < min(sentence.upperBound, cue + 4), isPlainWord(end, context) { end += 1 }
        if end > cue + 1, end < sentence.upperBound, context.punctuation(end) == ":" || context.isQuotationMark(end)
            || context.reads(end, QuoteCues.complementizers) || cues[end]?.kind == .participle {
            return .name(tokens: (cue + 1)..<end)
        }
        if !reading.conjoined, cue - 1 == sentence.lowerBound, isPlainWord(cue - 1, context) {
            return .name(tokens: (cue - 1)..<cue)
        }
        return nil
    }

    /// The person a bare وقال continues with: the first person mentioned in the nearest
    /// earlier sentence that names one (its subject, more often than not), within
    /// `speakerReach` sentences.
    private func lastPerson(before cue: Int, _ context: SpeechContext, _ mentions: [Mention]) -> Int? {
        let sentence = context.sentenceOf[cue]
        var k = cue - 1
        var found: Int?
        while k >= 0, sentence - context.sentenceOf[k] <= Self.speakerReach {
            if let m = found, context.sentenceOf[k] != context.sentenceOf[context.mentionTokens[m].lowerBound] { return m }
            let m = context.mentionAt[k]
            if m >= 0, mentions[m].type == .person { found = m }
            k -= 1
        }
        return found
    }

    /// The nearest verb of saying before the participle at `cue` in its sentence.
    private func verb(before cue: Int, _ cues: [Cue?], _ context: SpeechContext) -> Int? {
        let floor = context.sentence(of: cue).lowerBound
        return (floor..<cue).last { cues[$0]?.kind == .speech }
    }

    /// Whether token `k` is a word that can be part of a name: no clitic preposition before
    /// an article, no function word, no cue.
    private func isPlainWord(_ k: Int, _ context: SpeechContext) -> Bool {
        guard context.analysis.tokens[k].kind == .word, let reading = context.keys.readings[k].first else { return false }
        guard !context.keys.readings[k].contains(where: \.prepositional) else { return false }
        return reading.key.count >= 4 && QuoteCues.kind(reading.key) == nil && !QuoteCues.complementizers.contains(reading.key)
            && !QuoteCues.functionWords.contains(reading.key) && !ActorFinder.prepositions.contains(reading.key)
            && !ActorFinder.interjections.contains(reading.key) && !ActorFinder.clauseOpeners.contains(reading.key)
    }

    /// The nearest cue before token `open` in its sentence: a verb, or a noun with the verb
    /// before it (نشر … مع تعليق), or the noun alone.
    func cueBefore(_ open: Int, floor: Int, _ cues: [Cue?]) -> Int? {
        var noun: Int?
        var k = open - 1
        while k >= max(floor, open - Self.cueReach) {
            if let cue = cues[k] {
                if cue.kind != .noun { return k }
                if noun == nil { noun = k }
            }
            k -= 1
        }
        return noun
    }

    /// A verb of saying just after a quotation («…»، قال الوزير).
    func cueAfter(_ close: Int, ceiling: Int, _ context: SpeechContext, _ cues: [Cue?]) -> Int? {
        var k = close + 1
        while k < min(ceiling, close + 5) {
            if let cue = cues[k], cue.kind == .speech { return k }
            if context.isQuotationMark(k) { return nil }
            k += 1
        }
        return nil
    }

    /// A cue at the end of the line before a quotation that opens its own line, after a colon.
    func cueOnLineBefore(_ open: Int, _ context: SpeechContext, _ cues: [Cue?]) -> Int? {
        let sentence = context.sentence(of: open)
        guard open == sentence.lowerBound, sentence.lowerBound > 0 else { return nil }
        let previous = context.sentence(of: sentence.lowerBound - 1)
        guard context.punctuation(previous.upperBound - 1) == ":" else { return nil }
        return cueBefore(previous.upperBound - 1, floor: max(previous.lowerBound, previous.upperBound - 6), cues)
    }

    /// The UTF-8 range of `tokens` without punctuation at either end (quotation marks kept
    /// only when balanced inside), or nil if nothing is left.
    func trimmed(_ tokens: Range<Int>, _ context: SpeechContext) -> Range<Int>? {
        var lower = tokens.lowerBound, upper = tokens.upperBound
        while lower < upper, context.analysis.tokens[lower].kind == .punctuation { lower += 1 }
        while upper > lower, context.analysis.tokens[upper - 1].kind == .punctuation, !context.isQuotationMark(upper - 1) { upper -= 1 }
        guard lower < upper else { return nil }
        return context.span(lower, upper - 1)
    }
}
