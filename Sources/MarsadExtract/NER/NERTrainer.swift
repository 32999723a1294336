import MarsadCore
import MarsadText

/// Trains the tagger's weights over the features of `NERFeatures` with a learner (`NERLearner`:
/// a CRF or an averaged perceptron), sentences visited in a shuffled order from a fixed seed,
/// so the same data gives the same model. With a dev set, the weights of the epoch with the
/// best dev F1 are kept, each epoch tried with several biases towards entities (a constant
/// taken off every transition into O, so the tagger names more), the best one kept. With tag
/// statistics of unlabelled news (`NERTagStatisticsBuilder`, counted with a model trained
/// without them), the model is a second stage that reads them. With `stackFolds`, a stacked
/// pass is trained on top of that model (`NERPredictionContext`).
public struct NERTrainer {
    public var epochs = 12
    public var learner = NERLearner.perceptron
    /// The CRF's L2 coefficient (the penalty is `l2 × ‖w‖²` over the whole corpus).
    public var l2 = 0.1
    /// The CRF's first learning rate.
    public var rate = 0.1
    /// How many learners train side by side, each on its own shuffles of the sentences; their
    /// weights are averaged into one model (a sum of linear models is linear: same size and speed).
    public var ensemble = 1
    /// The perceptron's feature dropout: the chance that a feature occurrence sits out a step.
    public var dropout = 0.0
    /// The perceptron's margin: the cost added to every wrong tag while decoding for an update.
    public var margin: Float = 0
    /// Knowledge-base dropout: the chance that an alias match of the training data is hidden from
    /// the features (its tokens' labels 0, as outside any alias), drawn once per match; the dev data
    /// keeps all. The knowledge base names many of the training set's frequent people, so the
    /// tagger otherwise learns them from it and less from their contexts.
    public var kbDropout = 0.0
    /// The number of feature buckets (a power of two).
    public var buckets = 1 << 19
    public var seed: UInt64 = 20_260_101
    /// How a first-stage tagger tagged unlabelled news; nil to train a first stage.
    public var tagStatistics: NERTagStatistics?
    /// Folds of the training sentences for a stacked pass, 0 for none. The model is then trained
    /// as without it (the first pass), and a second pass on top reads the first pass's tags of the
    /// document (`NERPredictionContext`). Its training sentences' first-pass tags are jackknifed:
    /// the sentences are cut into this many consecutive blocks, and each block is tagged by a first
    /// pass trained on the others (for the epochs and with the entity bias kept for the whole), so
    /// the second pass learns how far to trust tags of sentences the first did not train on.
    public var stackFolds = 0
    let clusters: WordClusters
    let clustersVersion: String
    let kb: KnowledgeBase?
    let layer: TextLayer

    public init(clusters: WordClusters, clustersVersion: String, kb: KnowledgeBase?, lexicon: StemLexicon?) {
        self.clusters = clusters
        self.clustersVersion = clustersVersion
        self.kb = kb
        layer = TextLayer(lexicon: lexicon)
    }

    /// The features of a corpus, computed once.
    struct Featurised {
        var ids: [UInt32] = []
        /// Per token, where its ids start (one more entry than tokens).
        var offsets: [Int] = []
        /// Per sentence, its range of tokens.
        var sentences: [Range<Int>] = []
        var gold: [NERTag] = []
    }

    /// The features of `documents`, each a file's sentences in order, read as `NERTagger` reads
    /// them, each alias match hidden with chance `hiding` (`kbDropout`); for a stacked pass,
    /// with the first pass's tags of each document's sentences, `predictions[document][sentence]`.
    func featurise(_ documents: [[TaggedSentence]], _ features: NERFeatures, hiding: Double = 0,
                   predictions: [[[NERTag]]]? = nil) -> Featurised {
        var out = Featurised()
        var offsets: [Int] = []
        for (d, document) in documents.enumerated() {
            let given = GivenTokens(sentences: document.map(\.tokens), layer: layer)
            var labels = features.kbLabels(given.analysis, text: given.text)
            if hiding > 0 { Self.hide(&labels, chance: hiding, seed: seed &+ UInt64(d) &* 0xA24B_AED4_963E_E407) }
            let keys = NERDocumentContext.keys(given.analysis, kbLabels: labels)
            let context = NERDocumentContext.codes(keys, sentences: given.sentences)
            let predicted = predictions.map { NERPredictionContext.codes(keys, sentences: given.sentences, tags: Array($0[d].joined())) } ?? []
            for (sentence, range) in zip(document, given.sentences) {
                offsets.removeAll(keepingCapacity: true)
                features.extract(given.analysis, range, kbLabels: labels, context: context, predicted: predicted,
                                 ids: &out.ids, offsets: &offsets)
                let first = out.gold.count
                out.offsets += offsets.dropLast()
                out.gold += sentence.tags
                out.sentences.append(first..<out.gold.count)
            }
        }
        out.offsets.append(out.ids.count)
        return out
    }

    /// Sets to 0 the labels (`NERFeatures.kbLabels`) of each alias match with chance `chance`,
    /// drawn by hashing `seed` and the match's first token: the same matches each time.
    static func hide(_ labels: inout [UInt8], chance: Double, seed: UInt64) {
        let cut = UInt64(chance * 0x1p53)
        var hiding = false
        for k in labels.indices where labels[k] != 0 {
            if labels[k] & 1 == 0 { hiding = NERHash.mix(seed &+ UInt64(k)) >> 11 < cut }
            if hiding { labels[k] = 0 }
        }
    }

    /// What one epoch gave: its dev scores, when there is a dev set.
    public struct Epoch: Sendable {
        public let number: Int
        /// The bias towards entities kept (0 without a dev set).
        public let bias: Float
        public let dev: NERScores?
        public let seconds: Double
    }

    /// Trains on `train`, documents of sentences in order (a training file each), scoring each
    /// epoch on `dev` (one document); `report` hears of every epoch. Returns the model and the
    /// epoch whose weights it holds.
    /// With `stackFolds`, the model holds both passes, and the epoch is the stacked pass's.
    public func train(_ train: [[TaggedSentence]], dev: [TaggedSentence], report: (Epoch) -> Void) -> (model: NERModel, epoch: Epoch) {
        let features = NERFeatures(clusters: clusters, kb: kb, statistics: tagStatistics, buckets: buckets)
        let first = fit(featurise(train, features, hiding: kbDropout), dev: featurise([dev], features), report: report)
        guard stackFolds > 1 else { return first }
        let predicted = jackknife(train, features, epoch: first.epoch)
        let devPredicted = NERTagger(model: first.model, features: features).tag(sentences: dev.map(\.tokens), layer: layer)
        let second = fit(featurise(train, features, hiding: kbDropout, predictions: predicted),
                         dev: featurise([dev], features, predictions: [devPredicted]), report: report)
        return (first.model.stacking(second.model, featureSet: NERFeatures.stackedFeatureSet), second.epoch)
    }

    /// The first pass's tags of each sentence of `train` (`[document][sentence]`), jackknifed over
    /// `stackFolds` blocks of consecutive sentences: each block is tagged by a model trained on the
    /// rest (each document's sentences before and after the block as documents of their own) for
    /// `epoch`'s number of epochs, with its entity bias. A block is tagged as a document of its own.
    func jackknife(_ train: [[TaggedSentence]], _ features: NERFeatures, epoch: Epoch) -> [[[NERTag]]] {
        var out = train.map { $0.map { _ in [NERTag]() } }
        var fold = self
        fold.stackFolds = 0
        fold.epochs = epoch.number
        for blocks in Self.folds(train.map(\.count), count: stackFolds) {
            let rest = Self.documents(train, without: blocks)
            let model = fold.fit(fold.featurise(rest, features, hiding: kbDropout), dev: Featurised(), report: { _ in }).model
            let tagger = NERTagger(model: model.with(transitions: Self.biased(model.transitions, epoch.bias)), features: features)
            for (d, range) in blocks {
                for (k, tags) in zip(range, tagger.tag(sentences: train[d][range].map(\.tokens), layer: layer)) { out[d][k] = tags }
            }
        }
        return out
    }

    /// `count` folds of documents of `sizes` sentences: the documents read one after another are
    /// cut into `count` blocks of consecutive sentences of equal size (to a sentence), each given
    /// as the ranges of sentences of the documents it touches.
    static func folds(_ sizes: [Int], count: Int) -> [[(document: Int, range: Range<Int>)]] {
        let total = sizes.reduce(0, +)
        return (0..<count).map { f in
            let block = (total * f / count)..<(total * (f + 1) / count)
            var parts: [(document: Int, range: Range<Int>)] = []
            var start = 0
            for (d, size) in sizes.enumerated() {
                let lo = max(block.lowerBound, start), hi = min(block.upperBound, start + size)
                if lo < hi { parts.append((d, (lo - start)..<(hi - start))) }
                start += size
            }
            return parts
        }
    }

    /// The documents of `train` without the sentences of `blocks` (`folds`): each document's
    /// sentences before and after its block as documents of their own, none empty.
    static func documents<S>(_ train: [[S]], without blocks: [(document: Int, range: Range<Int>)]) -> [[S]] {
        train.indices.flatMap { d -> [[S]] in
            guard let range = blocks.first(where: { $0.document == d })?.range else { return [train[d]] }
            return [Array(train[d][..<range.lowerBound]), Array(train[d][range.upperBound...])].filter { !$0.isEmpty }
        }
    }

    /// `transitions` biased towards entities by `bias`: taken off every transition into O.
    static func biased(_ transitions: [Float], _ bias: Float) -> [Float] {
        var biased = transitions
        for previous in 0...NERTag.count { biased[previous * NERTag.count + NERTag.outside.index] -= bias }
        return biased
    }

    /// Trains the learners on `data`, keeping the epoch and bias best on `devData` (the last
    /// epoch, unbiased, when it is empty).
    private func fit(_ data: Featurised, dev devData: Featurised, report: (Epoch) -> Void) -> (model: NERModel, epoch: Epoch) {
        let seeds = (0..<max(ensemble, 1)).map { seed &+ UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        switch learner {
        case .perceptron:
            let learners = seeds.map { NERPerceptron(buckets: buckets, dropout: dropout, margin: margin, seed: $0) }
            return learn(learners, seeds: seeds, data, dev: devData, report: report)
        case .crf:
            let crf = NERCRF(buckets: buckets, sentences: data.sentences.count, l2: l2, rate: rate)
            return learn(seeds.map { _ in crf }, seeds: seeds, data, dev: devData, report: report)
        }
    }

    /// Trains `learners` side by side, each on shuffles drawn from its seed of `seeds`, and
    /// tries the average of their weights on the dev set after every epoch.
    private func learn<L: NERLearning>(_ learners: [L], seeds: [UInt64], _ data: Featurised, dev devData: Featurised,
                                       report: (Epoch) -> Void) -> (model: NERModel, epoch: Epoch) {
        var learners = learners
        var orders = learners.map { _ in Array(data.sentences.indices) }
        var randoms = seeds.map { SplitMix(state: $0) }
        var best: (model: NERModel, epoch: Epoch, f1: Double)?
        let hasDev = !devData.sentences.isEmpty
        for epoch in 1...epochs {
            let start = ContinuousClock.now
            for k in learners.indices {
                for i in stride(from: orders[k].count - 1, to: 0, by: -1) {
                    orders[k].swapAt(i, Int(randoms[k].next() % UInt64(i + 1)))
                }
                learners[k].pass(data, order: orders[k])
            }
            let (weights, transitions) = Self.average(learners.map { $0.weights() })
            var epochBest: (model: NERModel, bias: Float, scores: NERScores?)?
            for bias in hasDev ? learners[0].entityBiases : [0] {
                let model = NERModel(buckets: buckets, weights: weights, transitions: Self.biased(transitions, bias),
                                     featureSet: NERFeatures.featureSet, clustersVersion: clustersVersion,
                                     tagStatistics: tagStatistics)
                let scores = hasDev ? score(model, devData) : nil
                if epochBest == nil || scores!.total.f1 > epochBest!.scores!.total.f1 { epochBest = (model, bias, scores) }
            }
            let result = Epoch(number: epoch, bias: epochBest!.bias, dev: epochBest!.scores, seconds: Self.seconds(since: start))
            report(result)
            let f1 = result.dev?.total.f1 ?? Double(epoch)
            if best == nil || f1 > best!.f1 { best = (epochBest!.model, result, f1) }
        }
        return (best!.model, best!.epoch)
    }

    /// The weights of several learners averaged, weight by weight.
    static func average(_ all: [(emissions: [Float], transitions: [Float])]) -> (emissions: [Float], transitions: [Float]) {
        guard all.count > 1 else { return all[0] }
        var sum = all[0]
        for other in all.dropFirst() {
            for i in sum.emissions.indices { sum.emissions[i] += other.emissions[i] }
            for i in sum.transitions.indices { sum.transitions[i] += other.transitions[i] }
        }
        let n = Float(all.count)
        for i in sum.emissions.indices { sum.emissions[i] /= n }
        for i in sum.transitions.indices { sum.transitions[i] /= n }
        return sum
    }

    private func score(_ model: NERModel, _ data: Featurised) -> NERScores {
        var scores = NERScores()
        model.quantized.withUnsafeBufferPointer { w in
            data.ids.withUnsafeBufferPointer { ids in
                data.offsets.withUnsafeBufferPointer { offsets in
                    for range in data.sentences {
                        let predicted = NERDecoder.decode(w, scale: model.scale, model.transitions, ids, offsets, tokens: range)
                        scores.add(gold: Array(data.gold[range]), predicted: predicted)
                    }
                }
            }
        }
        return scores
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// SplitMix64: a small, seeded random number generator, for deterministic shuffles.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return NERHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
