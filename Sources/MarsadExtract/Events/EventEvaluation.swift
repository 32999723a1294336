import MarsadCore

/// Turns gold sentences into classifier inputs and scores the event stage on them: the
/// stages before the event stage run over each sentence, then the detector finds its
/// candidates of the gold type.
public struct EventEvaluation: Sendable {
    let pipeline: Pipeline
    let detector: EventDetector

    /// `pipeline` must provide what the event stage requires (tokens, sentences, mentions,
    /// entities, times); candidates read the word groups of `clusters` when given, as a model
    /// trained with them does.
    public init(pipeline: Pipeline, lexicon: EventLexicon, kb: KnowledgeBase, types: Set<PloverType>, clusters: WordClusters? = nil) throws(MarsadError) {
        let missing = EventStage(lexicon: lexicon, model: EventModel(types: [], buckets: 1, weights: [], thresholds: []), kb: kb).requires
            .subtracting(pipeline.provides)
        guard missing.isEmpty else {
            throw MarsadError(.pipeline, "the event stage needs \(missing.sorted().map(\.rawValue).joined(separator: ", ")) first")
        }
        self.pipeline = pipeline
        detector = EventDetector(lexicon: lexicon, kb: kb, scored: types, clusters: clusters)
    }

    /// The sentences labelled yes or no, and the ambiguous ones when `ambiguous` (marked so,
    /// for training only), each with the features of its candidates of its type that read as
    /// having happened and report an event of their own; not crowd control, which the event
    /// stage decides by rule.
    public func prepare(_ sentences: [GoldEventSentence], ambiguous: Bool = false) -> [PreparedSentence] {
        sentences.filter { ambiguous || $0.label != .ambiguous }.map { sentence in
            let annotated = pipeline.run(Document(text: sentence.text, published: sentence.published))
            let candidates = detector.candidates(annotated).filter {
                $0.trigger.type == sentence.type && $0.trigger.mode != EventDetector.crowdControl && !$0.retold && EventStage.readsAsHappened($0.reading)
            }
            return PreparedSentence(id: sentence.id, group: sentence.group, label: sentence.label == .yes, agreement: sentence.agreement,
                                    ambiguous: sentence.label == .ambiguous, candidates: candidates.map { PreparedCandidate(features: $0.features, plainReport: $0.plainReport, certain: $0.certain) })
        }
    }

    /// Cross-validated scores: each fold (by source document) is scored by a model trained,
    /// threshold included, on the other folds only; with each sentence's out-of-fold
    /// probability and its fold's threshold, in the order of `sentences`. Ambiguous sentences
    /// are trained on (as the trainer says) but not scored. `seed` chooses which documents go
    /// to which fold (0: the default split).
    public static func crossValidate(_ sentences: [PreparedSentence], folds: Int, trainer: EventClassifierTrainer, seed: UInt32 = 0)
        -> (scores: Scores, thresholds: [Double], outOfFold: [OutOfFold]) {
        var scores = Scores()
        var thresholds: [Double] = []
        var outOfFold = [OutOfFold](repeating: OutOfFold(score: SentenceScore(probability: 0, plainReport: 0), threshold: 0), count: sentences.count)
        for fold in 0..<folds {
            let train = sentences.filter { Self.fold(of: $0.group, folds, seed: seed) != fold }
            let (weights, threshold) = trainer.train(train)
            thresholds.append(threshold)
            for (i, sentence) in sentences.enumerated() where Self.fold(of: sentence.group, folds, seed: seed) == fold {
                outOfFold[i] = OutOfFold(score: trainer.score(sentence, weights), threshold: threshold)
                if !sentence.ambiguous { scores.add(predicted: outOfFold[i].accepted, gold: sentence.label) }
            }
        }
        return (scores, thresholds, outOfFold)
    }

    /// Out-of-fold decisions (`crossValidate`'s) scored on the unanimous labels only: each yes
    /// against the noes no annotator accepted, the difficult noes left out. Beside the score
    /// on every label it tells how much of the error is the difficult noes, whose text often
    /// reads as a report like the yeses' (an annotator of three accepted it).
    public static func unanimousScores(_ sentences: [PreparedSentence], _ outOfFold: [OutOfFold]) -> Scores {
        var scores = Scores()
        for (sentence, decision) in zip(sentences, outOfFold) where !sentence.ambiguous && (sentence.label || sentence.agreement == 0) {
            scores.add(predicted: decision.accepted, gold: sentence.label)
        }
        return scores
    }

    /// A sentence's score from the model of the folds it was not in, and that model's threshold.
    public struct OutOfFold: Sendable {
        public let score: SentenceScore
        public let threshold: Double
        /// Whether the event stage would keep one of its candidates.
        public var accepted: Bool { score.accepted(at: threshold) }
    }

    /// The outer fold of a source document under the assignment `seed` (0: the default split);
    /// the seed is spread over the hash's bits, so that neighbouring seeds split unlike each other.
    public static func fold(of group: String, _ folds: Int, seed: UInt32) -> Int {
        EventClassifierTrainer.fold(of: group, folds, salt: seed &* 0x9E37_79B9)
    }

    /// How often the detector's first candidate of the record's type has the gold source
    /// and target country + sector; an actor without either code and no actor at all count
    /// as the same (the annotators' `None None`).
    public func actorAccuracy(_ records: [GoldSpanRecord]) -> ActorAccuracy {
        var accuracy = ActorAccuracy()
        for record in records { accuracy.add(actorResult(record)) }
        return accuracy
    }

    /// The codes and words the detector's first candidate of the record's type gives its
    /// source and target, beside the gold codes: one record's line of an error analysis.
    public func actorResult(_ record: GoldSpanRecord) -> ActorResult {
        let annotated = pipeline.run(Document(text: record.text, published: record.published))
        let candidate = detector.candidates(annotated).first { $0.trigger.type == record.type }
        let none = GoldSpanRecord.Code(country: nil, sector: nil)
        func side(_ actors: [EventActor]?) -> (GoldSpanRecord.Code, [String]) {
            (actors?.first.map { code($0, annotated) } ?? none, (actors ?? []).map { words($0, annotated) })
        }
        let (source, sourceWords) = side(candidate?.source)
        let (target, targetWords) = side(candidate?.target)
        let trigger = candidate.map { annotated.document.surface(Int(annotated.text.tokens[$0.tokens.lowerBound].start)..<Int(annotated.text.tokens[$0.tokens.upperBound - 1].end)) }
        return ActorResult(record: record, trigger: trigger, source: source, target: target,
                           sourceWords: sourceWords, targetWords: targetWords)
    }

    /// The Arabic words an actor was read from: a generic actor's role noun, an entity's
    /// or a state's Arabic name.
    private func words(_ actor: EventActor, _ document: AnnotatedDocument) -> String {
        switch actor {
        case let .generic(_, _, surface), let .person(surface, _, _): document.document.surface(surface)
        case let .state(code): code
        case let .entity(e): document.entities[e].entity.nameAr
        case let .organisation(k): detector.kb.entities[Int(k)].nameAr
        }
    }

    /// The country and sector of an actor: a generic actor's own, an entity's country (else
    /// its actor code's transnational kind) and the sector of its actor code on the
    /// document's day (a person's office then).
    func code(_ actor: EventActor, _ document: AnnotatedDocument) -> GoldSpanRecord.Code {
        switch actor {
        case let .generic(sector, country, _):
            return .init(country: country, sector: sector)
        case let .person(_, sector, country):
            return .init(country: country, sector: sector)
        case let .state(code):
            return .init(country: code, sector: nil)
        case let .entity(e):
            // A person's actor code is the office held on the document's day.
            return Self.code(country: document.entities[e].entity.country, cameo: document.entities[e].cameo)
        case let .organisation(k):
            return Self.code(country: detector.kb.entities[Int(k)].country, cameo: detector.kb.entities[Int(k)].cameo)
        }
    }

    /// An entity's country, else its actor code's transnational kind (al-Qaeda, the United Nations, as in CAMEO), and
    /// its actor code's sector.
    private static func code(country: String?, cameo: String?) -> GoldSpanRecord.Code {
        .init(country: country ?? cameo.flatMap(CAMEOActorCode.primary), sector: cameo.flatMap(CAMEOActorCode.sector))
    }
}

/// The share of span records whose source, target, and both, have the gold country + sector;
/// and, per field, how often the country alone and the sector alone are right.
public struct ActorAccuracy: Sendable {
    public init() {}
    public var records = 0, sources = 0, targets = 0, both = 0
    public var sourceCountries = 0, sourceSectors = 0, targetCountries = 0, targetSectors = 0

    /// Counts one scored record.
    public mutating func add(_ result: ActorResult) {
        let none = GoldSpanRecord.Code(country: nil, sector: nil)
        let source = result.source, goldSource = result.record.source ?? none
        let target = result.target, goldTarget = result.record.target ?? none
        records += 1
        if source == goldSource { sources += 1 }
        if target == goldTarget { targets += 1 }
        if source == goldSource && target == goldTarget { both += 1 }
        if source.country == goldSource.country { sourceCountries += 1 }
        if source.sector == goldSource.sector { sourceSectors += 1 }
        if target.country == goldTarget.country { targetCountries += 1 }
        if target.sector == goldTarget.sector { targetSectors += 1 }
    }

    private func share(_ count: Int) -> Double { records == 0 ? 0 : Double(count) / Double(records) }
    public var sourceAccuracy: Double { share(sources) }
    public var targetAccuracy: Double { share(targets) }
    public var bothAccuracy: Double { share(both) }
    /// Per field: source country, source sector, target country, target sector.
    public var fieldAccuracy: [(field: String, share: Double)] {
        [("source_country", share(sourceCountries)), ("source_sector", share(sourceSectors)),
         ("target_country", share(targetCountries)), ("target_sector", share(targetSectors))]
    }
}

/// One span record scored: the gold codes, the detector's codes and the words it took
/// them from (every actor of a compound), and its trigger's words.
public struct ActorResult: Sendable {
    public let record: GoldSpanRecord
    public let trigger: String?
    public let source: GoldSpanRecord.Code
    public let target: GoldSpanRecord.Code
    public let sourceWords: [String]
    public let targetWords: [String]
}
