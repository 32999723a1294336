import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The tagger's cached word-form scores against the direct computation: every feature
/// extracted and its row summed, token by token.
@Suite struct NERWordScoresTests {
    /// A model of pseudo-random weights over few buckets (so features share rows), reading tag statistics.
    static let model: NERModel = {
        var numbers = TestNumbers(state: 0x1234_5678)
        func next() -> Float { Float(numbers.next()) / 100 }
        let buckets = 1 << 12
        let weights = (0..<(buckets * NERTag.count)).map { _ in next() }
        let transitions = (0..<((NERTag.count + 1) * NERTag.count)).map { _ in next() / 4 }
        return NERModel(buckets: buckets, weights: weights, transitions: transitions, featureSet: NERFeatures.featureSet,
                        clustersVersion: "1.test", tagStatistics: NERTagStatisticsTests.sample)
    }()

    static let tagger: NERTagger = try! NERTagger(model: model, clusters: NERTests.clusters, kb: TinyKB.kb)

    /// Sentences of one to many words, words repeated in other places and other company,
    /// knowledge-base names inside and outside their aliases, and words with clitics.
    static let texts = [
        "قال الرئيس فلاديمير بوتين إن محمد سيزور موسكو. بوتين قال. محمد",
        "وصل السيد احمد الى مدينة حمص امس، وقال احمد إن الرئيس بوتين اجتمع بالكرملين مع محمد.",
        "قال قال قال قال قال قال قال قال.",
        "اجتمعوا بالكرملين! موسكو موسكو. التقى دونالد ترامب ومحمد في موسكو وقال مازن: الكرملين رفض.",
    ]

    /// A stacked pass's weights: the model's, reversed.
    static let stacked = Array(model.quantized.reversed())

    /// Each sentence's emissions, token by token, computed directly, with the model's weights (or `weights`).
    static func direct(_ analysis: TextAnalysis, _ sentence: Range<Int>, _ labels: [UInt8], _ context: [UInt64],
                       predicted: [UInt64] = [], weights: [Int16] = model.quantized) -> [[Float]] {
        var ids: [UInt32] = [], offsets: [Int] = []
        tagger.features.extract(analysis, sentence, kbLabels: labels, context: context, predicted: predicted, ids: &ids, offsets: &offsets)
        return weights.withUnsafeBufferPointer { w in
            ids.withUnsafeBufferPointer { ids in
                (0..<sentence.count).map { k in
                    var out = [Float](repeating: 0, count: NERTag.count)
                    out.withUnsafeMutableBufferPointer { Int16.emission(w, ids, offsets[k]..<offsets[k + 1], scale: model.scale, into: $0) }
                    return out
                }
            }
        }
    }

    @Test(arguments: [NERWordScores.defaultCapacity, 8, 32])
    func cachedEmissionsEqualTheDirectOnes(capacity: Int) {
        let both = NERWordScores.interleaved([Self.model.quantized, Self.stacked])
        both.withUnsafeBufferPointer { both in Self.model.quantized.withUnsafeBufferPointer { first in
            // Both passes' sums in one cache, and the first pass's alone in another.
            var cache = NERWordScores(features: Self.tagger.features, weights: both, tables: 2, capacity: capacity)
            var single = NERWordScores(features: Self.tagger.features, weights: first, tables: 1, capacity: capacity)
            var emissionsOf: [String: Set<[Float]>] = [:], knownNames = 0, recurring = 0
            // Twice over, so that the second time every form is cached (or, at the small capacities, thinned or
            // emptied and found again).
            for text in Self.texts + Self.texts {
                let analysis = NERTests.layer.analyze(text)
                let labels = Self.tagger.features.kbLabels(analysis, text: text)
                #expect(!analysis.sentences.isEmpty)
                knownNames += labels.filter { $0 != 0 }.count
                let sentences = analysis.sentences.map(\.tokenRange)
                let keys = NERDocumentContext.keys(analysis, kbLabels: labels)
                let context = NERDocumentContext.codes(keys, sentences: sentences)
                recurring += context.filter { $0 != 0 }.count
                // A stacked pass's features too, over a first pass's tags that name every third token.
                let tags = analysis.tokens.indices.map { $0 % 3 == 0 ? NERTag.begin(.person) : .outside }
                let predicted = NERPredictionContext.codes(keys, sentences: sentences, tags: tags)
                for sentence in sentences {
                    let forms = cache.forms(analysis, sentence, kbLabels: labels, weights: both)
                    var sums = [NERRowSum](repeating: NERRowSum(), count: sentence.count)
                    let cached = sums.withUnsafeMutableBufferPointer {
                        cache.emissions(forms[...], context: context[sentence], weights: both, scale: Self.model.scale, stacked: $0)
                    }.map { e in (0..<NERTag.count).map { e[$0] } }
                    let direct = Self.direct(analysis, sentence, labels, context)
                    #expect(cached == direct, "\(text) \(sentence)")
                    let singleForms = single.forms(analysis, sentence, kbLabels: labels, weights: first)
                    let alone = single.emissions(singleForms[...], context: context[sentence], weights: first, scale: Self.model.scale,
                                                 stacked: UnsafeMutableBufferPointer(start: nil, count: 0))
                    #expect(alone.map { e in (0..<NERTag.count).map { e[$0] } } == direct, "\(text) \(sentence)")
                    let secondPass = sums.withUnsafeBufferPointer {
                        cache.stackedEmissions(forms[...], sums: $0, predicted: predicted[sentence], weights: both, scale: Self.model.scale)
                    }.map { e in (0..<NERTag.count).map { e[$0] } }
                    #expect(secondPass == Self.direct(analysis, sentence, labels, context, predicted: predicted, weights: Self.stacked))
                    #expect(secondPass != Self.direct(analysis, sentence, labels, context, weights: Self.stacked), "the stacked features add weights")
                    for (k, e) in zip(sentence, direct) { emissionsOf[analysis.norm(of: analysis.tokens[k]), default: []].insert(e) }
                }
            }
            #expect(knownNames > 0, "some tokens carry knowledge-base labels")
            #expect(recurring > 0, "some words recur in their document")
            // The weights are not all zero and repeated words score differently in different company.
            #expect(emissionsOf["قال"]!.count >= 4)
            #expect(emissionsOf["بوتين"]!.count >= 3)
        } }
    }

    @Test(arguments: [NERWordScores.defaultCapacity, 8])
    func cachedContextKeysEqualTheDirectOnes(capacity: Int) {
        Self.model.quantized.withUnsafeBufferPointer { weights in
            var cache = NERWordScores(features: Self.tagger.features, weights: weights, tables: 1, capacity: capacity)
            var bare = 0, cued = 0
            for text in Self.texts + Self.texts {
                let analysis = NERTests.layer.analyze(text)
                let labels = Self.tagger.features.kbLabels(analysis, text: text)
                let direct = NERDocumentContext.keys(analysis, kbLabels: labels)
                let forms = cache.forms(analysis, analysis.tokens.indices, kbLabels: labels, weights: weights)
                #expect(cache.contextKeys(forms) == direct, "\(text)")
                bare += direct.filter { $0.bare != 0 }.count
                cued += direct.filter { $0.cue != .none }.count
            }
            #expect(bare > 0 && cued > 0, "the keys are not all empty")
        }
    }

    /// A token's pair halves (`TokenInfo.halves`) are those of its own values, so that a pair read
    /// through them is the pair the model was trained on; the sentence edges' too.
    @Test func pairHalvesAreThoseOfTheTokensValues() {
        var infos = NERFeatures.edge, kb = 0, tagged = 0, cued = 0
        for text in Self.texts {
            let analysis = NERTests.layer.analyze(text)
            let labels = Self.tagger.features.kbLabels(analysis, text: text)
            analysis.norms.withUnsafeBufferPointer { norms in
                for (k, token) in analysis.tokens.enumerated() { infos.append(Self.tagger.features.info(token, norms, kb: labels[k])) }
            }
        }
        for t in infos {
            let b: UInt64 = 0x1234
            #expect(NERHash.pair(half: t.halves.word, b) == NERHash.pair(t.word, b))
            #expect(NERHash.pair(half: t.halves.shape, b) == NERHash.pair(t.shape, b))
            #expect(NERHash.pair(half: t.halves.path1, b) == NERHash.pair(t.paths.1, b))
            #expect(NERHash.pair(half: t.halves.path2, b) == NERHash.pair(t.paths.2, b))
            #expect(NERHash.pair(half: t.halves.cue, b) == NERHash.pair(UInt64(t.cue.rawValue), b))
            #expect(NERHash.pair(half: t.halves.kb, b) == NERHash.pair(t.kb, b))
            #expect(NERHash.pair(half: t.halves.tagged, b) == NERHash.pair(t.tagged & 0xFF, b))
            kb += t.kb & 0xFF != 0 ? 1 : 0
            tagged += t.tagged & 0xFF != 0 ? 1 : 0
            cued += t.cue != .none ? 1 : 0
        }
        #expect(kb > 0 && tagged > 0 && cued > 0, "the values are not all empty")
    }

    @Test func taggerTagsAsTheDirectDecoder() {
        for text in Self.texts {
            let analysis = NERTests.layer.analyze(text)
            let labels = Self.tagger.features.kbLabels(analysis, text: text)
            let sentences = analysis.sentences.map(\.tokenRange)
            let context = NERDocumentContext.codes(NERDocumentContext.keys(analysis, kbLabels: labels), sentences: sentences)
            var expected: [NERTag] = []
            for sentence in sentences {
                var ids: [UInt32] = [], offsets: [Int] = []
                Self.tagger.features.extract(analysis, sentence, kbLabels: labels, context: context, ids: &ids, offsets: &offsets)
                expected += Self.model.quantized.withUnsafeBufferPointer { w in
                    ids.withUnsafeBufferPointer { i in
                        offsets.withUnsafeBufferPointer { o in
                            NERDecoder.decode(w, scale: Self.model.scale, Self.model.transitions, i, o, tokens: 0..<sentence.count)
                        }
                    }
                }
            }
            #expect(Self.tagger.tag(analysis, text: text) == expected)
        }
    }

    @Test func knowledgeBaseLabelsFromTheMentionStageEqualThoseMatchedAgain() throws {
        let pipeline = try Pipeline([TextStage(lexicon: TinyKB.lexicon), MentionStage(kb: TinyKB.kb)])
        var labelled = 0
        for text in Self.texts + ["لم يرد ذكر لأي اسم معروف هنا."] {
            let document = pipeline.run(Document(text: text))
            let shared = try #require(document.aliasMatches, "the mention stage keeps its matches")
            #expect(shared.kb === TinyKB.kb)
            let fromMentions = Self.tagger.features.kbLabels(document.text, text: text, known: shared)
            #expect(fromMentions == Self.tagger.features.kbLabels(document.text, text: text), "\(text)")
            labelled += fromMentions.filter { $0 != 0 }.count
        }
        #expect(labelled > 0, "some tokens carry knowledge-base labels")
    }
}

