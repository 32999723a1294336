import MarsadCore
import MarsadText

/// The trained named-entity tagger: hashed features, a linear model and Viterbi decoding,
/// sentence by sentence. Read-only; one tagger serves many threads.
public struct NERTagger: Sendable {
    let model: NERModel
    let features: NERFeatures
    /// The model's transitions as the Viterbi reads them (`NERDecoder.moves`).
    let moves: [NERDecoder.Scores]
    /// Word forms' scores (of both passes), one cache per tagging thread.
    let wordScores = NERWordScoresPool()
    /// The stacked pass's transitions as the Viterbi reads them; empty without a stacked pass.
    let stackedMoves: [NERDecoder.Scores]
    /// The model's quantized weights, with its stacked pass's side by side (`NERWordScores.interleaved`).
    let weights: [Int16]

    /// A tagger of `model`, whose features read `clusters` and `kb` (the ones it was trained with).
    public init(model: NERModel, clusters: WordClusters, kb: KnowledgeBase?) throws(MarsadError) {
        guard model.featureSet == NERFeatures.featureSet else {
            throw MarsadError(.badResource, "the model uses features ‘\(model.featureSet)’, this Marsad computes ‘\(NERFeatures.featureSet)’; retrain it with `marsad train ner`", input: "ner")
        }
        if let stacked = model.stackedFeatureSet, stacked != NERFeatures.stackedFeatureSet {
            throw MarsadError(.badResource, "the model's stacked pass uses features ‘\(stacked)’, this Marsad computes ‘\(NERFeatures.stackedFeatureSet)’; retrain it with `marsad train ner`", input: "ner")
        }
        self.init(model: model, features: NERFeatures(clusters: clusters, kb: kb, statistics: model.tagStatistics, buckets: model.buckets))
    }

    /// A tagger of `model` (of this feature set) over `features` (those it was trained with).
    init(model: NERModel, features: NERFeatures) {
        self.model = model
        self.features = features
        moves = NERDecoder.moves(model.transitions)
        stackedMoves = model.stacked.map { NERDecoder.moves($0.transitions) } ?? []
        weights = model.stacked.map { NERWordScores.interleaved([model.quantized, $0.quantized]) } ?? model.quantized
    }

    /// One tag per token of `analysis`, the analysis of `text`, tagged sentence by sentence
    /// (all tokens as one sentence when it has no sentences), the document's other sentences
    /// giving each word's context (`NERDocumentContext`). The emissions come from the word
    /// forms' cached scores (`NERWordScores`), equal to those of the extracted features.
    /// `aliases`, the document's alias matches (`AnnotatedDocument.aliasMatches`), spare matching
    /// them again when they were made in the tagger's knowledge base.
    public func tag(_ analysis: TextAnalysis, text: String, aliases: AliasMatches? = nil) -> [NERTag] {
        let sentences = analysis.sentences.isEmpty ? [0..<analysis.tokens.count] : analysis.sentences.map(\.tokenRange)
        return tag(analysis, text: text, sentences: sentences, aliases: aliases).flatMap { $0 }
    }

    /// The tags of each of `sentences`, token ranges of `analysis` in order.
    func tag(_ analysis: TextAnalysis, text: String, sentences: [Range<Int>], aliases: AliasMatches? = nil) -> [[NERTag]] {
        let labels = features.kbLabels(analysis, text: text, known: aliases)
        let tables = model.stacked == nil ? 1 : 2
        return weights.withUnsafeBufferPointer { weights in
            // One cache of word forms for both passes: their features of one token are the same.
            wordScores.borrow(make: { NERWordScores(features: features, weights: weights, tables: tables) }) { cache in
                // The whole document's forms first: the document context reads their keys.
                let forms = cache.forms(analysis, analysis.tokens.indices, kbLabels: labels, weights: weights)
                let keys = cache.contextKeys(forms)
                let words = NERDocumentContext.Words(keys, sentences: sentences)
                let context = NERDocumentContext.codes(keys, words)
                // The stacked pass's sums of the first pass's features, one per token, made with the first pass's.
                var sums = [NERRowSum](repeating: NERRowSum(), count: model.stacked == nil ? 0 : analysis.tokens.count)
                let found = sums.withUnsafeMutableBufferPointer { sums in
                    sentences.map { sentence in
                        let stacked = sums.isEmpty ? sums : UnsafeMutableBufferPointer(rebasing: sums[sentence])
                        return NERDecoder.viterbi(cache.emissions(forms[sentence], context: context[sentence], weights: weights,
                                                                  scale: model.scale, stacked: stacked),
                                                  moves: moves)
                    }
                }
                guard let pass = model.stacked else { return found }
                var tags = [NERTag](repeating: .outside, count: analysis.tokens.count)
                for (sentence, found) in zip(sentences, found) { tags.replaceSubrange(sentence, with: found) }
                let predicted = NERPredictionContext.codes(keys, words, sentences: sentences, tags: tags)
                return sums.withUnsafeBufferPointer { sums in
                    zip(sentences, found).map { sentence, found in
                        // A sentence where the first pass named nothing and whose words it named nowhere
                        // nearby keeps its tags: the stacked pass has nothing of its own to read there.
                        guard predicted[sentence].contains(where: { $0 & NERPredictionContext.named != 0 }) else { return found }
                        return NERDecoder.viterbi(cache.stackedEmissions(forms[sentence], sums: UnsafeBufferPointer(rebasing: sums[sentence]),
                                                                         predicted: predicted[sentence], weights: weights, scale: pass.scale),
                                                  moves: stackedMoves)
                    }
                }
            }
        }
    }

    /// One tag per given token (a sentence of a tagged corpus, alone), each analysed by `layer`.
    public func tag(tokens: [String], layer: TextLayer) -> [NERTag] {
        tag(sentences: [tokens], layer: layer)[0]
    }

    /// The tags of given sentences (a tagged corpus, its sentences in order as one document,
    /// as `NERTrainer` reads a training file), each token analysed by `layer`.
    public func tag(sentences: [[String]], layer: TextLayer) -> [[NERTag]] {
        let given = GivenTokens(sentences: sentences, layer: layer)
        return tag(given.analysis, text: given.text, sentences: given.sentences)
    }

    /// Tags `corpus` as one document and scores the tags against it.
    public func evaluate(_ corpus: [TaggedSentence], layer: TextLayer) -> NERScores {
        var scores = NERScores()
        for (sentence, tags) in zip(corpus, tag(sentences: corpus.map(\.tokens), layer: layer)) {
            scores.add(gold: sentence.tags, predicted: tags)
        }
        return scores
    }
}
