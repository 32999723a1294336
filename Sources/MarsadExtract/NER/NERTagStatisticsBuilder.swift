import MarsadCore
import MarsadText

/// Counts how a tagger tags each word of unlabelled texts (self-training): the
/// `NERTagStatistics` a second-stage model reads. Words are keyed as the tagger's features
/// look them up (`NERFeatures.bareWord`). Deterministic: words are kept in the order first seen.
public struct NERTagStatisticsBuilder {
    let tagger: NERTagger
    let layer: TextLayer
    private var index: [[UInt8]: Int] = [:]
    private var words: [[UInt8]] = []
    private var counts: [NERTagStatistics.Counts] = []
    /// The number of texts added.
    public private(set) var documents = 0
    /// The number of tokens tagged.
    public private(set) var tokens = 0

    /// A builder that tags texts with `tagger`, analysed by `layer`.
    public init(tagger: NERTagger, layer: TextLayer) {
        self.tagger = tagger
        self.layer = layer
    }

    /// Tags one text and counts its words and their tags.
    public mutating func add(_ text: String) {
        documents += 1
        let analysis = layer.analyze(text)
        let tags = tagger.tag(analysis, text: text)
        tokens += tags.count
        analysis.norms.withUnsafeBufferPointer { norms in
            for (token, tag) in zip(analysis.tokens, tags) where token.kind == .word {
                NERFeatures.bareWord(token, norms) { word, _ in
                    guard !word.isEmpty, word.count <= Int(UInt8.max) else { return }
                    let key = Array(word)
                    let k: Int
                    if let known = index[key] {
                        k = known
                    } else {
                        k = words.count
                        index[key] = k
                        words.append(key)
                        counts.append(NERTagStatistics.Counts(seen: 0, tagged: [UInt32](repeating: 0, count: NERTag.count - 1)))
                    }
                    counts[k].seen += 1
                    if tag != .outside { counts[k].tagged[tag.index - 1] += 1 }
                }
            }
        }
    }

    /// The statistics of the words seen at least `minimumCount` times and tagged as (part of) a name at least once.
    public func statistics(minimumCount: Int) -> NERTagStatistics {
        NERTagStatistics(rows: zip(words, counts).filter { $1.seen >= minimumCount && $1.tagged.contains { $0 > 0 } }
            .map { (word: $0, counts: $1) })
    }
}
