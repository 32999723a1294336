import MarsadCore
import MarsadText

/// The trained named-entity tagger: hashed features, a linear model and Viterbi decoding,
/// sentence by sentence. Read-only; one tagger serves many threads.
public struct NERTagger: Sendable {
    let model: NERModel
    let features: NERFeatures

    /// A tagger of `model`, whose features read `clusters` and `kb` (the ones it was trained with).
    public init(model: NERModel, clusters: WordClusters, kb: KnowledgeBase?) throws(MarsadError) {
        guard model.featureSet == NERFeatures.featureSet else {
            throw MarsadError(.badResource, "the model uses features ‘\(model.featureSet)’, this Marsad computes ‘\(NERFeatures.featureSet)’; retrain it with `marsad train ner`", input: "ner")
        }
        self.model = model
        features = NERFeatures(clusters: clusters, kb: kb, statistics: model.tagStatistics, buckets: model.buckets)
    }

    /// One tag per token of `analysis`, the analysis of `text`, tagged sentence by sentence
    /// (all tokens as one sentence when it has no sentences).
    public func tag(_ analysis: TextAnalysis, text: String) -> [NERTag] {
        let labels = features.kbLabels(analysis, text: text)
        let sentences = analysis.sentences.isEmpty ? [0..<analysis.tokens.count] : analysis.sentences.map(\.tokenRange)
        var out: [NERTag] = []
        out.reserveCapacity(analysis.tokens.count)
        var ids: [UInt32] = [], offsets: [Int] = []
        for sentence in sentences {
            ids.removeAll(keepingCapacity: true)
            offsets.removeAll(keepingCapacity: true)
            features.extract(analysis, sentence, kbLabels: labels, ids: &ids, offsets: &offsets)
            out += model.quantized.withUnsafeBufferPointer { w in
                ids.withUnsafeBufferPointer { ids in
                    offsets.withUnsafeBufferPointer { offsets in
                        NERDecoder.decode(w, scale: model.scale, model.transitions, ids, offsets, tokens: 0..<sentence.count)
                    }
                }
            }
        }
        return out
    }

    /// One tag per given token (a sentence of a tagged corpus), each analysed by `layer`.
    public func tag(tokens: [String], layer: TextLayer) -> [NERTag] {
        let given = GivenTokens(tokens, layer: layer)
        return tag(given.analysis, text: given.text)
    }

    /// Tags every sentence of `corpus` and scores the tags against it.
    public func evaluate(_ corpus: [TaggedSentence], layer: TextLayer) -> NERScores {
        var scores = NERScores()
        for sentence in corpus { scores.add(gold: sentence.tags, predicted: tag(tokens: sentence.tokens, layer: layer)) }
        return scores
    }
}
