import MarsadCore
import MarsadText

/// PLOVER events: triggers of the event lexicon with their actors, place and time; the
/// sentence classifier keeps or drops candidates of the types it scores that read as
/// having happened, and a rule keeps crowd control by the police or the army; cue words
/// set polarity and modality (negated, planned, demanded, hypothetical, denied), and a
/// time more than a year before publication (not one an act goes on since: منذ 2011), or the term of an
/// office holder that had ended by then, makes an event historical. Noun triggers of unscored types need a source
/// and a target or place (or a negation): a bare mention of a war or a summit is not an event.
public struct EventStage: Stage {
    public let name = "events"
    public let requires: Set<AnnotationKind> = [.tokens, .sentences, .mentions, .entities, .times]
    public let provides: Set<AnnotationKind> = [.events]
    let model: EventModel
    let detector: EventDetector
    let kb: KnowledgeBase

    /// An event stage reading `lexicon` and `kb` (for demonyms) and scoring with `model`, which
    /// reads the word groups of `clusters` when it was trained with them.
    public init(lexicon: EventLexicon, model: EventModel, kb: KnowledgeBase, clusters: WordClusters? = nil) {
        self.model = model
        self.kb = kb
        detector = EventDetector(lexicon: lexicon, kb: kb, scored: Set(model.types), clusters: model.clustersVersion == nil ? nil : clusters)
    }

    public func run(_ document: inout AnnotatedDocument) {
        let candidates = detector.candidates(document)
        guard !candidates.isEmpty else { return }
        var generics = GenericActors()
        let sentences = document.text.sentences
        let tokens = document.text.tokens
        for candidate in candidates {
            let reading = candidate.reading
            let modality: EventModality
            if reading.denied { modality = .denied }
            else if reading.future { modality = .planned }
            else if reading.demanded && candidate.trigger.type != .request { modality = .demanded }
            else if reading.hypothetical { modality = .hypothetical }
            else if reading.pastEra { modality = .historical }
            else if let time = candidate.time, document.times[time].modifier != Self.since,
                    Self.isHistorical(document.times[time].value, published: document.document.published) { modality = .historical }
            else { modality = .happened }
            guard let confidence = decide(candidate, historical: modality == .historical) else { continue }
            func resolve(_ actors: [EventActor]) -> [Int] {
                actors.compactMap { actor in
                    switch actor {
                    case let .entity(e): e
                    case let .generic(sector, country, surface): generics.entity(sector: sector, country: country, surface: surface, in: &document)
                    case let .state(code): generics.state(code, kb: kb, in: &document)
                    case let .organisation(k): generics.known(k, kb: kb, in: &document)
                    case let .person(name, sector, country):
                        LocalEntities.person(named: name, country: country,
                                             cameo: sector.map { EventActor.genericCode(sector: $0, country: country) }, in: &document)
                    }
                }
            }
            let source = resolve(candidate.source), target = resolve(candidate.target)
            let sentence = sentences[candidate.sentence]
            let polarity: EventPolarity = reading.negated || reading.denied || reading.refused ? .negated : .asserted
            // An act told twice in its sentence, by the same parties, is one event (التقى بارزاني القنصل الأميركي، وبحث
            // الجانبان التطورات): the first telling. Crowd control beside an attack is an act of its own (its mode).
            let parties = Set(source + target)
            if !parties.isEmpty, document.events.contains(where: { $0.sentence == sentence.range && $0.type == candidate.trigger.type
                && $0.mode == candidate.trigger.mode && $0.polarity == polarity && $0.modality == modality
                && Set($0.source + $0.target) == parties }) {
                continue
            }
            document.events.append(Event(
                type: candidate.trigger.type, mode: candidate.trigger.mode, context: candidate.trigger.context,
                source: source, target: target, location: candidate.place, time: candidate.time,
                polarity: polarity, modality: modality,
                trigger: Int(tokens[candidate.tokens.lowerBound].start)..<Int(tokens[candidate.tokens.upperBound - 1].end),
                sentence: sentence.range, confidence: confidence))
        }
    }

    /// The confidence of a kept candidate, or nil to drop it. A candidate that only retells an
    /// event reported before (`EventCandidate.retold`) is dropped, and so is an attack or a protest
    /// not reported as had (negated, denied, planned, demanded, supposed) with neither an actor nor a
    /// place. The classifier judges reports
    /// of recent events; a historical one (الحرب الروسية على أوكرانيا عام 2022, recalled as
    /// background) is judged by the rules for nouns.
    func decide(_ candidate: EventCandidate, historical: Bool) -> Double? {
        guard !candidate.retold else { return nil }
        // An attack or a protest that did not happen, or is only to come, asked for or supposed, by no one, to no one and
        // nowhere, tells nothing (لن تسمح بالاعتداء على الممتلكات العامة، دون قتال، لم يتم تحديد نوعية الإصابة، تمسح بمسوح
        // الحمل حتى تقتل النمر). The other types' nouns keep such a negation, which
        // tells what a meeting did not yield (لم تسفر القمة عن اتفاقات ملزمة).
        if model.block(of: candidate.trigger.type) != nil, !Self.readsAsHappened(candidate.reading),
           candidate.source.isEmpty, candidate.target.isEmpty, candidate.place == nil {
            return nil
        }
        if candidate.trigger.mode == EventDetector.crowdControl, !historical, Self.readsAsHappened(candidate.reading) {
            // The classifier never learnt crowd control (`EventEvaluation.prepare`): it is had when the police
            // or the army use it (`EventDetector.isPlainReport`).
            return candidate.plainReport ? ruleConfidence(candidate) : nil
        }
        if !historical, let block = model.block(of: candidate.trigger.type), Self.readsAsHappened(candidate.reading) {
            let probability = model.probability(block: block, candidate.features)
            let p = candidate.certain ? max(Self.certainConfidence, probability) : probability
            let score = SentenceScore(probability: p, plainReport: candidate.plainReport || candidate.certain ? p : 0)
            return score.accepted(at: model.thresholds[block]) ? p : nil
        }
        // A noun names an event (القمة، اللقاء) more often than it reports one: it needs a
        // source and a target or place, unless a verb reports it, a negation denies it
        // (لم تسفر عن اتفاقات), or it has a source and holds its own act, as a phrase
        // (فرض العقوبات: the imposing of sanctions, by someone) or as the object of a verb of
        // doing (فرضت واشنطن عقوبات جديدة). A verb of a type the classifier
        // does not score, with no actor at all, tells of no one's act (تدعم السماعة ميزة، يحقق
        // الطراز مدى), unless it is denied or carries a plural subject of its own, someone named
        // before (عقد الوزراء اجتماعا، بحثوا خلاله …); the words of the scored types name their
        // act whoever did it (هاجمت قوة عثمانية قرية).
        let negated = candidate.reading.negated || candidate.reading.denied
        let scored = model.block(of: candidate.trigger.type) != nil
        guard candidate.trigger.kind == .verb ? scored || negated || candidate.pluralSubject || !candidate.source.isEmpty || !candidate.target.isEmpty
                : negated || (!candidate.source.isEmpty && (candidate.tokens.count > 1 || candidate.doneByVerb
                    || !candidate.target.isEmpty || candidate.place != nil)) else {
            return nil
        }
        return ruleConfidence(candidate)
    }

    /// The confidence of a candidate kept by rule: higher with a source, a target and a verb.
    func ruleConfidence(_ candidate: EventCandidate) -> Double {
        var confidence = 0.5
        if !candidate.source.isEmpty { confidence += 0.15 }
        if !candidate.target.isEmpty { confidence += 0.1 }
        if candidate.trigger.kind == .verb { confidence += 0.1 }
        return confidence
    }

    /// The probability a plain report (`EventDetector.isPlainReport`) needs: more likely an
    /// event than not. The types' thresholds are chosen on wire sentences whose reports come
    /// with casualty counts and claims of responsibility, which a short plain report lacks.
    static let plainReportFloor = 0.5

    /// The least confidence of a candidate kept whatever the classifier says (`EventCandidate.certain`).
    static let certainConfidence = 0.8

    /// Whether cue words leave a candidate as a report of something that happened.
    static func readsAsHappened(_ reading: CueReading) -> Bool {
        !(reading.negated || reading.denied || reading.future || reading.demanded || reading.hypothetical)
    }

    /// The modifier of a time an act goes on since (منذ).
    static let since = "since"

    /// Whether a time value ends more than a year before the publication date.
    static func isHistorical(_ value: String, published: PublicationTime?) -> Bool {
        guard let published, let end = CivilDay.lastDay(of: value) else { return false }
        return CivilDay.number(published.year, published.month, published.day) - end > 365
    }
}
