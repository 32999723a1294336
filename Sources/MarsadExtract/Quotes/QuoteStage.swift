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
        let cues = context.keys.readings.map { readings in
            readings.lazy.compactMap { reading in QuoteCues.table[reading.key].map { (kind: $0, reading: reading) } }.first
        }
        var found = quotations(context, cues)
        found += reportedSpeech(context, cues, claimed: found)
        found.sort { ($0.cue.map { Int(context.analysis.tokens[$0].start) } ?? $0.range.lowerBound, $0.range.lowerBound)
            < ($1.cue.map { Int(context.analysis.tokens[$0].start) } ?? $1.range.lowerBound, $1.range.lowerBound) }
        var last: (speaker: Int, sentence: Int)?
        var quotes: [Quote] = []
        for item in found {
            var speaker: Int?
            if let cue = item.cue, let (_, reading) = cues[cue] {
                let finder = ActorFinder(context: context, actors: actors, kb: kb, mentions: document.mentions, entities: document.entities)
                if let actor = finder.subject(cue: cue, cueEnd: cue + 1, reading: reading, forwardLimit: item.forwardLimit, floor: item.floor) {
                    speaker = LocalEntities.entity(of: actor.actor, in: &document, actors: actors, bytes: context.bytes, tokens: context.analysis.tokens)
                } else if !item.nested, let last, context.sentenceOf[cue] - last.sentence <= Self.speakerReach {
                    speaker = last.speaker
                }
                if let speaker, !item.nested { last = (speaker, context.sentenceOf[cue]) }
            }
            quotes.append(Quote(range: item.range, cue: item.cue.map { context.analysis.tokens[$0].range }, speaker: speaker, isQuoted: item.quoted))
        }
        document.quotes = quotes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The quotations in marks that a cue introduces or that are long enough.
    func quotations(_ context: SpeechContext, _ cues: [(kind: QuoteCues.Kind, reading: WordKey)?]) -> [Found] {
        let tokens = context.analysis.tokens
        let pairs = QuotationMarks.pairs(context.bytes, tokens: tokens)
        var out: [Found] = []
        for pair in pairs {
            let open = token(at: pair.open, tokens), close = token(at: pair.close, tokens)
            let firstInner = open + 1
            guard firstInner < close, let range = trimmed(firstInner..<close, context) else { continue }
            let sentence = context.sentence(of: open)
            let floor = pair.outer.map { token(at: pairs[$0].inner.lowerBound, tokens) } ?? sentence.lowerBound
            let ceiling = pair.outer.map { token(at: pairs[$0].close, tokens) } ?? sentence.upperBound
            var cue = cueBefore(open, floor: floor, cues)
            var forwardLimit = open
            if cue == nil, let after = cueAfter(close, ceiling: ceiling, context, cues) {
                cue = after
                forwardLimit = ceiling
            }
            if cue == nil, pair.outer == nil { cue = cueOnLineBefore(open, context, cues) }
            let words = (firstInner..<close).count { tokens[$0].kind == .word }
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
    func reportedSpeech(_ context: SpeechContext, _ cues: [(kind: QuoteCues.Kind, reading: WordKey)?], claimed: [Found]) -> [Found] {
        let tokens = context.analysis.tokens
        var out: [Found] = []
        for (k, cue) in cues.enumerated() where cue?.kind == .speech {
            let sentence = context.sentence(of: k)
            var j = k + 1, start: Int?, colon = false
            while j < min(sentence.upperBound, k + 9) {
                if context.isQuotationMark(j) { break }
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

    /// The nearest cue before token `open` in its sentence: a verb, or a noun with the verb
    /// before it (نشر … مع تعليق), or the noun alone.
    func cueBefore(_ open: Int, floor: Int, _ cues: [(kind: QuoteCues.Kind, reading: WordKey)?]) -> Int? {
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
    func cueAfter(_ close: Int, ceiling: Int, _ context: SpeechContext, _ cues: [(kind: QuoteCues.Kind, reading: WordKey)?]) -> Int? {
        var k = close + 1
        while k < min(ceiling, close + 5) {
            if let cue = cues[k], cue.kind == .speech { return k }
            if context.isQuotationMark(k) { return nil }
            k += 1
        }
        return nil
    }

    /// A cue at the end of the line before a quotation that opens its own line, after a colon.
    func cueOnLineBefore(_ open: Int, _ context: SpeechContext, _ cues: [(kind: QuoteCues.Kind, reading: WordKey)?]) -> Int? {
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

    /// The token that holds byte `offset`.
    func token(at offset: Int, _ tokens: [Token]) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if Int(tokens[mid].end) <= offset { low = mid + 1 } else { high = mid }
        }
        return min(low, tokens.count - 1)
    }
}
