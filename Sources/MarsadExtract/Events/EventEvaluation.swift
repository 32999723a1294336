import MarsadCore

/// Turns gold sentences into classifier inputs and scores the event stage on them: the
/// stages before the event stage run over each sentence, then the detector finds its
/// candidates of the gold type.
public struct EventEvaluation: Sendable {
    let pipeline: Pipeline
    let detector: EventDetector

    /// `pipeline` must provide what the event stage requires (tokens, sentences, mentions,
    /// entities, times).
    public init(pipeline: Pipeline, lexicon: EventLexicon, kb: KnowledgeBase, types: Set<PloverType>) throws(MarsadError) {
        let missing = EventStage(lexicon: lexicon, model: EventModel(types: [], buckets: 1, weights: [], thresholds: []), kb: kb).requires
            .subtracting(pipeline.provides)
        guard missing.isEmpty else {
            throw MarsadError(.pipeline, "the event stage needs \(missing.sorted().map(\.rawValue).joined(separator: ", ")) first")
        }
        self.pipeline = pipeline
        detector = EventDetector(lexicon: lexicon, kb: kb, scored: types)
    }

    /// The sentences labelled yes or no (ambiguous ones left out), each with the features of
    /// its candidates of its type that read as having happened.
    public func prepare(_ sentences: [GoldEventSentence]) -> [PreparedSentence] {
        sentences.filter { $0.label != .ambiguous }.map { sentence in
            let annotated = pipeline.run(Document(text: sentence.text))
            let candidates = detector.candidates(annotated).filter {
                $0.trigger.type == sentence.type && EventStage.readsAsHappened($0.reading)
            }
            return PreparedSentence(group: sentence.group, label: sentence.label == .yes, candidates: candidates.map(\.features))
        }
    }

    /// Cross-validated scores: each fold (by source document) is scored by a model trained,
    /// threshold included, on the other folds only.
    public static func crossValidate(_ sentences: [PreparedSentence], folds: Int, trainer: EventClassifierTrainer) -> (scores: Scores, thresholds: [Double]) {
        var scores = Scores()
        var thresholds: [Double] = []
        for fold in 0..<folds {
            let train = sentences.filter { EventClassifierTrainer.fold(of: $0.group, folds) != fold }
            let (weights, threshold) = trainer.train(train)
            thresholds.append(threshold)
            for sentence in sentences where EventClassifierTrainer.fold(of: sentence.group, folds) == fold {
                scores.add(predicted: trainer.score(sentence, weights) >= threshold, gold: sentence.label)
            }
        }
        return (scores, thresholds)
    }

    /// How often the detector's first candidate of the record's type has the gold source
    /// and target country + sector; an actor without either code and no actor at all count
    /// as the same (the annotators' `None None`).
    public func actorAccuracy(_ records: [GoldSpanRecord]) -> ActorAccuracy {
        var accuracy = ActorAccuracy()
        for record in records {
            let annotated = pipeline.run(Document(text: record.text))
            let candidate = detector.candidates(annotated).first { $0.trigger.type == record.type }
            let source = candidate?.source.first.map { code($0, annotated) }
            let target = candidate?.target.first.map { code($0, annotated) }
            let none = GoldSpanRecord.Code(country: nil, sector: nil)
            accuracy.add(sourceRight: (source ?? none) == (record.source ?? none), targetRight: (target ?? none) == (record.target ?? none))
        }
        return accuracy
    }

    /// The country and sector of an actor: a generic actor's own, an entity's country and
    /// the sector of its CAMEO code or of its latest role.
    func code(_ actor: EventActor, _ document: AnnotatedDocument) -> GoldSpanRecord.Code {
        switch actor {
        case let .generic(sector, country, _):
            return .init(country: country, sector: sector)
        case let .state(code):
            return .init(country: code, sector: nil)
        case let .entity(e):
            let record = document.entities[e]
            let cameo = record.entity.cameo ?? record.roles.last?.cameo
            let sector = cameo.flatMap { $0.count == 6 ? String($0.suffix(3)) : nil }
            return .init(country: record.entity.country, sector: sector)
        }
    }
}

/// The share of span records whose source, target, and both, have the gold country + sector.
public struct ActorAccuracy: Sendable {
    public var records = 0, sources = 0, targets = 0, both = 0

    mutating func add(sourceRight: Bool, targetRight: Bool) {
        records += 1
        if sourceRight { sources += 1 }
        if targetRight { targets += 1 }
        if sourceRight && targetRight { both += 1 }
    }

    public var sourceAccuracy: Double { records == 0 ? 0 : Double(sources) / Double(records) }
    public var targetAccuracy: Double { records == 0 ? 0 : Double(targets) / Double(records) }
    public var bothAccuracy: Double { records == 0 ? 0 : Double(both) / Double(records) }
}
