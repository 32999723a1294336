import MarsadCore
import MarsadText

/// Where a stance about an event is really about a person: the person whose act the event
/// noun names (انتقد قرار ماكرون → Macron), or — when the evidence calls the event a gift
/// to someone (هدية مجانية لبوتين، تنازل لصالح موسكو) — the person who gave it: the one the
/// document names most often beside the beneficiary. A stance about the event itself
/// (رحبت الصين بالقمة) keeps the event.
extension StanceStage {
    /// Nouns that make what follows them with ل or لصالح a beneficiary (matching forms).
    static let benefitNouns: WordSet = {
        let normalizer = Normalizer(options: .matching)
        return WordSet(["هدية", "هدايا", "مكافأة", "تنازل", "تنازلات", "خدمة", "جائزة", "انتصار", "نصر", "مكسب", "مكاسب", "هبة", "طوق نجاة",
                    "صك", "شيك", "ضوء أخضر"].map { Array(normalizer.normalized($0).utf8) })
    }()
    /// لصالح and its spellings (matching forms): "in favour of".
    static let inFavourOf = byteKeys(["لصالح", "لمصلحه"])
    /// How many words after a benefit noun its beneficiary may stand (هدية مجانية لبوتين).
    static let beneficiaryReach = 3

    /// The target a stance with evidence `evidence` (UTF-8) and holder `holder` has, given
    /// the target found from its frame.
    func personalTarget(_ target: StanceTarget?, evidence: Range<Int>, holder: Int, _ finder: ActorFinder,
                        _ document: inout AnnotatedDocument, _ context: SpeechContext) -> StanceTarget? {
        if case .topic(let span)? = target, let person = possessor(after: span, finder, &document, context), person != holder {
            return .entity(person)
        }
        if case .entity? = target, !isBeneficiaryTarget(target, evidence, context, document) { return target }
        guard let beneficiary = beneficiary(in: evidence, context, document),
              let giver = principal(besides: beneficiary, holder: holder, context, document) else { return target }
        return .entity(giver)
    }

    /// The person named right after an event noun, as its author (زيارة الرئيس، قرار ماكرون).
    private func possessor(after span: Range<Int>, _ finder: ActorFinder, _ document: inout AnnotatedDocument,
                           _ context: SpeechContext) -> Int? {
        let next = context.token(at: span.upperBound - 1) + 1
        guard next < context.tokenCount, Int(context.analysis.tokens[next].start) == span.upperBound + 1,
              context.analysis.tokens[next].kind == .word, let found = finder.actor(at: next, limit: context.sentence(of: next).upperBound)
        else { return nil }
        let e = LocalEntities.entity(of: found.actor, in: &document, actors: actors, bytes: context.bytes, tokens: context.analysis.tokens)
        return document.entities[e].entity.type == .person ? e : nil
    }

    /// Whether an entity target is the beneficiary the evidence names (وصفوا بوتين … هدية لبوتين).
    private func isBeneficiaryTarget(_ target: StanceTarget?, _ evidence: Range<Int>, _ context: SpeechContext,
                                     _ document: AnnotatedDocument) -> Bool {
        guard case .entity(let e)? = target, let beneficiary = beneficiary(in: evidence, context, document) else { return false }
        return e == beneficiary
    }

    /// The entity a benefit noun in `evidence` names as its beneficiary (هدية مجانية لبوتين).
    private func beneficiary(in evidence: Range<Int>, _ context: SpeechContext, _ document: AnnotatedDocument) -> Int? {
        let first = context.token(at: evidence.lowerBound), last = context.token(at: evidence.upperBound - 1)
        guard first <= last else { return nil }
        for k in first...last where context.keys.readings[k].contains(where: { Self.benefitNouns.contains($0.key) }) {
            for p in (k + 1)..<min(last + 1, k + 1 + Self.beneficiaryReach) {
                let m = context.mentionAt[p]
                let favour = context.isWord(p, Self.inFavourOf) && p + 1 <= last ? context.mentionAt[p + 1] : -1
                let preposed = m >= 0 && context.bytes[Int(context.analysis.tokens[p].start)...].starts(with: [0xD9, 0x84])
                if let e = (preposed ? document.mentions[m].entity : nil) ?? (favour >= 0 ? document.mentions[favour].entity : nil) {
                    return e
                }
            }
        }
        return nil
    }

    /// The person other than `beneficiary` and `holder` the document names most often in the
    /// same sentences as the beneficiary: the other party of the act.
    private func principal(besides beneficiary: Int, holder: Int, _ context: SpeechContext, _ document: AnnotatedDocument) -> Int? {
        var sentencesOf: [Int: Set<Int>] = [:]
        for (m, mention) in document.mentions.enumerated() {
            guard let e = mention.entity else { continue }
            sentencesOf[e, default: []].insert(context.sentenceOf[context.mentionTokens[m].lowerBound])
        }
        guard let beside = sentencesOf[beneficiary] else { return nil }
        return sentencesOf.filter { e, _ in e != beneficiary && e != holder && document.entities[e].entity.type == .person }
            .map { (e: $0.key, shared: $0.value.intersection(beside).count) }
            .filter { $0.shared > 0 }
            .max { ($0.shared, -$0.e) < ($1.shared, -$1.e) }?.e
    }
}
