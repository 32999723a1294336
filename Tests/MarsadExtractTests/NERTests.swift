import Foundation
import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The named-entity tagger on hand-made data: no trained model needed.
@Suite struct NERTests {
    static let clusters = WordClusters(rows: [
        (word: "محمد", signature: 0x8000_0000, count: 900, afterCue: [300, 0, 0, 0], groups: []), (word: "احمد", signature: 0x8000_0000, count: 700, afterCue: [200, 0, 0, 0], groups: []),
        (word: "قال", signature: 0x4000_0000, count: 5000, afterCue: [0, 0, 0, 0], groups: []),
    ])
    static let layer = TextLayer(lexicon: TinyKB.lexicon)

    /// A toy corpus: the word after السيد is a person, after مدينة a place, both within and at the
    /// end of a sentence (each sentence a document of its own).
    static let toy: [TaggedSentence] = {
        let names = ["سامر", "خالد", "منير", "رامي", "وليد", "نبيل", "فادي", "عادل", "باسل", "هاني"]
        let places = ["حمص", "طنطا", "صفاقس", "مراكش", "تعز", "اربيل", "جدة", "بنغازي"]
        var out: [TaggedSentence] = []
        for (i, name) in names.enumerated() {
            let place = places[i % places.count]
            out.append(TaggedSentence(tokens: ["وصل", "السيد", name, "الى", "مدينة", place, "امس"],
                                      tags: [.outside, .outside, .begin(.person), .outside, .outside, .begin(.location), .outside]))
            out.append(TaggedSentence(tokens: ["غادر", "مدينة", places[(i + 3) % places.count], "السيد", names[(i + 5) % names.count]],
                                      tags: [.outside, .outside, .begin(.location), .outside, .begin(.person)]))
            out.append(TaggedSentence(tokens: ["سافر", "السيد", names[(i + 2) % names.count], "الى", "مدينة", places[(i + 5) % places.count]],
                                      tags: [.outside, .outside, .begin(.person), .outside, .outside, .begin(.location)]))
        }
        return out
    }()

    static func features(_ tokens: [String]) -> (ids: [UInt32], offsets: [Int]) {
        let f = NERFeatures(clusters: clusters, kb: TinyKB.kb, statistics: nil, buckets: 1 << 16)
        let given = GivenTokens(tokens, layer: layer)
        var ids: [UInt32] = [], offsets: [Int] = []
        f.extract(given.analysis, 0..<tokens.count, kbLabels: f.kbLabels(given.analysis, text: given.text), context: [], ids: &ids, offsets: &offsets)
        return (ids, offsets)
    }

    @Test func featuresAreDeterministicAndFixedInNumber() {
        let a = Self.features(["قال", "الرئيس", "محمد"]), b = Self.features(["قال", "الرئيس", "محمد"])
        #expect(a.ids == b.ids)
        let perToken = zip(a.offsets.dropFirst(), a.offsets).map { $0 - $1 }
        #expect(Set(perToken).count == 1)
        #expect(a.ids.allSatisfy { $0 < 1 << 16 })
    }

    @Test func featuresSeeWordContextAndKnowledgeBase() {
        let n = Self.features(["قال", "محمد"]).offsets[1]
        let said = Self.features(["قال", "محمد"]).ids, went = Self.features(["ذهب", "محمد"]).ids
        // Token 1's own word feature (template 2) is the same; its left-neighbour feature differs.
        #expect(said[n + 1] == went[n + 1])
        #expect(said[n + 2] != went[n + 2])
        // Two words of one cluster share the cluster features but not the word feature.
        let ahmad = Self.features(["قال", "احمد"]).ids
        #expect(ahmad[n + 1] != said[n + 1])
        #expect(Set(ahmad[n...]).intersection(said[n...]).count > Set(went[n...]).intersection(said[n...]).count - 4)
        // A knowledge-base name changes the membership features.
        let putin = Self.features(["قال", "بوتين"]).ids, unknown = Self.features(["قال", "زيدان"]).ids
        #expect(putin.dropLast(34).suffix(4) != unknown.dropLast(34).suffix(4), "the tag statistics, then the cue distances, document context and flat groups")
    }

    @Test func viterbiFollowsTransitionsAndKeepsBIO() {
        let tags = NERTag.count
        var transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        transitions[NERDecoder.start * tags + NERTag.begin(.person).index] = 5
        transitions[NERTag.begin(.person).index * tags + NERTag.inside(.person).index] = 5
        transitions[NERTag.inside(.person).index * tags + NERTag.inside(.person).index] = 5
        // The emission of the one feature favours I-LOC, which may not begin a sentence.
        var weights = [Float](repeating: 0, count: 4 * tags)
        weights[NERTag.inside(.location).index] = 20
        let ids: [UInt32] = [1, 2, 3], offsets = [0, 1, 2, 3]
        let out = weights.withUnsafeBufferPointer { w in
            ids.withUnsafeBufferPointer { i in offsets.withUnsafeBufferPointer { o in NERDecoder.decode(w, transitions, i, o, tokens: 0..<3) } }
        }
        #expect(out == [.begin(.person), .inside(.person), .inside(.person)])
        let first = [UInt32](repeating: 0, count: 1), one = [0, 1]
        let alone = weights.withUnsafeBufferPointer { w in
            first.withUnsafeBufferPointer { i in one.withUnsafeBufferPointer { o in NERDecoder.decode(w, transitions, i, o, tokens: 0..<1) } }
        }
        #expect(alone != [.inside(.location)])
    }

    @Test func viterbiFindsTheBestSequenceBIOAllows() {
        let tags = NERTag.count
        var numbers = TestNumbers(state: 0x9E37_79B9)
        func next() -> Float { Float(numbers.next()) / 100 }
        let transitions = (0..<((tags + 1) * tags)).map { _ in next() }
        let moves = NERDecoder.moves(transitions)
        for n in 1...4 {
            for _ in 0..<5 {
                let emissions = (0..<n).map { _ in NERDecoder.Scores((0..<16).map { $0 < tags ? next() : 0 }) }
                // Every sequence of n tags BIO allows, scored in full: the first of the best.
                var best: (score: Float, tags: [Int]) = (-.infinity, [])
                for sequence in NERLatticeTests.sequences(n, emission: { emissions[$0][$1] }, transition: { moves[$0][$1] })
                    where sequence.score > best.score { best = (sequence.score, sequence.tags) }
                #expect(NERDecoder.viterbi(emissions, transitions) == best.tags.map { NERTag.all[$0] })
            }
        }
    }

    static func trainedModel(_ learner: NERLearner = .perceptron, adjust: (inout NERTrainer) -> Void = { _ in }) -> NERModel {
        var trainer = NERTrainer(clusters: clusters, clustersVersion: "1.test", kb: TinyKB.kb, lexicon: TinyKB.lexicon)
        trainer.learner = learner
        trainer.buckets = 1 << 14
        trainer.epochs = 10
        adjust(&trainer)
        return trainer.train(toy.map { [$0] }, dev: [], report: { _ in }).model
    }

    static func trainedTagger(_ learner: NERLearner = .perceptron) throws -> NERTagger {
        try NERTagger(model: trainedModel(learner), clusters: clusters, kb: TinyKB.kb)
    }

    /// Trained as `marsad train ner` trains by default, four learners averaged. The toy's words
    /// have no word class, so their flat-group features all read "no class"; since those came,
    /// one perceptron (10 epochs or 20) tags the unseen name a place, four averaged tag it right.
    @Test(arguments: NERLearner.allCases) func trainingLearnsAToyPattern(_ learner: NERLearner) throws {
        let tagger = try NERTagger(model: Self.trainedModel(learner) { $0.ensemble = 4 }, clusters: Self.clusters, kb: TinyKB.kb)
        let tags = tagger.tag(tokens: ["التقى", "السيد", "مازن", "في", "مدينة", "نابلس"], layer: Self.layer)
        #expect(tags == [.outside, .outside, .begin(.person), .outside, .outside, .begin(.location)])
    }

    /// Averaged shuffles, feature dropout and a margin still learn the toy pattern, give the
    /// same model twice, and change the weights (so the option is not ignored). A margin alone
    /// (1 or 2, one perceptron) leaves the unseen name O here, so it is tried with averaging.
    @Test(arguments: [(3, 0.0, Float(0)), (1, 0.2, Float(0)), (3, 0.0, Float(1)), (2, 0.1, Float(1))])
    func regularisedPerceptronLearnsDeterministically(ensemble: Int, dropout: Double, margin: Float) throws {
        let adjust: (inout NERTrainer) -> Void = { $0.ensemble = ensemble; $0.dropout = dropout; $0.margin = margin }
        let model = Self.trainedModel(adjust: adjust)
        #expect(model.quantized == Self.trainedModel(adjust: adjust).quantized)
        #expect(model.quantized != Self.trainedModel().quantized)
        let tagger = try NERTagger(model: model, clusters: Self.clusters, kb: TinyKB.kb)
        let tags = tagger.tag(tokens: ["التقى", "السيد", "مازن", "في", "مدينة", "نابلس"], layer: Self.layer)
        #expect(tags == [.outside, .outside, .begin(.person), .outside, .outside, .begin(.location)])
    }

    /// Knowledge-base dropout hides whole alias matches of the training data, the same ones each
    /// time and about as many as asked; a hidden match reads as no knowledge base at all.
    @Test func knowledgeBaseDropoutHidesWholeMatches() {
        // 200 two-token matches (a kind's first token, then a token past it) and 100 one-token ones.
        var labels: [UInt8] = []
        for _ in 0..<200 { labels += [6, 7, 0] }
        for _ in 0..<100 { labels += [8, 0] }
        var hidden = labels, again = labels, none = labels
        NERTrainer.hide(&hidden, chance: 0.5, seed: 7)
        NERTrainer.hide(&again, chance: 0.5, seed: 7)
        NERTrainer.hide(&none, chance: 0, seed: 7)
        #expect(hidden == again && none == labels)
        for k in stride(from: 0, to: 600, by: 3) { #expect(hidden[k] == 0 ? hidden[k + 1] == 0 : hidden[k + 1] == 7) }
        let kept = hidden.filter { $0 == 6 || $0 == 8 }.count
        #expect(kept > 110 && kept < 190)
        let trainer = NERTrainer(clusters: Self.clusters, clustersVersion: "1.test", kb: TinyKB.kb, lexicon: TinyKB.lexicon)
        let sentence = TaggedSentence(tokens: ["قال", "بوتين"], tags: [.outside, .begin(.person)])
        func ids(kb: KnowledgeBase?, hiding: Double) -> [UInt32] {
            trainer.featurise([[sentence]], NERFeatures(clusters: Self.clusters, kb: kb, statistics: nil, buckets: 1 << 16), hiding: hiding).ids
        }
        #expect(ids(kb: TinyKB.kb, hiding: 0) != ids(kb: nil, hiding: 0))
        #expect(ids(kb: TinyKB.kb, hiding: 0.999_999) == ids(kb: nil, hiding: 0))
    }

    @Test func scoresCountEntitiesAsConlleval() {
        var scores = NERScores()
        // A gold I-LOC after O begins an entity; the prediction's B-LOC matches it.
        scores.add(gold: [.begin(.person), .inside(.person), .outside, .inside(.location)],
                   predicted: [.begin(.person), .inside(.person), .outside, .begin(.location)])
        #expect(scores.total == .init(gold: 2, predicted: 2, correct: 2))
        // A split span and a wrong type score nothing.
        scores.add(gold: [.begin(.organisation), .inside(.organisation), .begin(.person)],
                   predicted: [.begin(.organisation), .begin(.organisation), .begin(.location)])
        #expect(scores.total == .init(gold: 4, predicted: 5, correct: 2))
        #expect(scores.perType[Int(NERType.organisation.rawValue)].predicted == 2)
        #expect(abs(scores.total.precision - 0.4) < 1e-9 && abs(scores.total.recall - 0.5) < 1e-9)
        #expect(NERScores.entities([.inside(.person), .inside(.location), .inside(.location)]).map(\.range) == [0..<1, 1..<3])
        #expect(scores.json.hasPrefix("{\"precision\": 0.4, \"recall\": 0.5,"))
        #expect(scores.json.hasSuffix("\"sentences\": 2, \"tokens\": 7}"))
    }

    @Test func modelFileRoundTripsAndRefusesAnotherFormat() throws {
        let weights = (0..<(16 * NERTag.count)).map { Float($0 % 7) - 3 }
        let transitions = (0..<((NERTag.count + 1) * NERTag.count)).map { Float($0) / 10 }
        let model = NERModel(buckets: 16, weights: weights, transitions: transitions, featureSet: NERFeatures.featureSet, clustersVersion: "1.abc")
        let file = model.resource(sources: ["toy"], built: "2026-01-01", notes: [("dev", "none")])
        let read = try NERModel(resource: BinaryResourceFile(parsing: file.bytes, name: "ner"))
        #expect(read.transitions == transitions && read.clustersVersion == "1.abc" && read.buckets == 16)
        #expect(zip(read.weights, weights).allSatisfy { abs($0 - $1) < 1e-3 })
        var tampered = file.bytes
        tampered[tampered.count - 1] ^= 1
        #expect(throws: MarsadError.self) { try BinaryResourceFile(parsing: tampered, name: "ner") }
        let future = BinaryResourceFile(name: "ner", format: NERModel.format + 1, builtBy: "test", sources: [], built: "", fields: [], body: file.body)
        #expect { try NERModel(resource: future) } throws: { error in
            "\(error)".contains("model format \(NERModel.format + 1), but this Marsad reads format \(NERModel.format)")
        }
    }

    @Test func badTrainingLinesNameFileAndLine() {
        #expect(throws: MarsadError(.badRecord, "expected `token TAG`, found a token without a tag: \"بغداد\"", input: "toy.txt", line: 3)) {
            try TaggedCorpus(text: "في O\nمدينة O\nبغداد\n", name: "toy.txt")
        }
        #expect { try TaggedCorpus(text: "في O\n\nبغداد B-CITY\n", name: "toy.txt") } throws: { error in
            (error as? MarsadError)?.rendered == "toy.txt:3: unknown tag ‘B-CITY’ (expected O or B-/I- of PERS, LOC, ORG, MISC)"
        }
        let repaired = try? TaggedCorpus(text: "في O\nبغداد I-LOC\n\nاحمد B-PER\nعلي I-PER\nعيد B-MIS1\n", name: "toy.txt")
        #expect(repaired?.repairedInsideTags == 1)
        #expect(repaired?.sentences.map(\.tags) == [[.outside, .begin(.location)], [.begin(.person), .inside(.person), .begin(.miscellaneous)]])
    }

    @Test func taggerMentionsSliceTheirSurfaceAndYieldToTheKnowledgeBase() throws {
        let pipeline = try Pipeline([TextStage(lexicon: TinyKB.lexicon), MentionStage(kb: TinyKB.kb),
                                     NERStage(tagger: try Self.trainedTagger(), kb: TinyKB.kb)])
        let text = "وصل السيد مازن الى مدينة نابلس امس، وقال السيد بوتين إن موسكو ترحب."
        let doc = pipeline.run(Document(text: text))
        let utf8 = Array(text.utf8)
        #expect(doc.mentions.contains { doc.surface($0) == "مازن" && $0.type == .person && $0.entity == nil })
        #expect(doc.link(of: "بوتين") == "vladimir-putin")
        for (a, b) in zip(doc.mentions, doc.mentions.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
        for mention in doc.mentions {
            let surface = doc.surface(mention)
            #expect(!surface.isEmpty && Array(surface.utf8) == Array(utf8[mention.range]))
            #expect(text.contains(surface))
        }
    }

    /// A tagged name in lowercase Latin letters alone is no name (English common nouns, style
    /// sheets left in scraped pages); a capitalised one, or one with Arabic, stays.
    @Test func lowercaseLatinNamesAreLeftOut() throws {
        func lowercase(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { NERStage.isLowercaseLatin($0) } }
        #expect(lowercase("the agreement") && lowercase("webkit-gradient") && lowercase("padding"))
        #expect(!lowercase("Mazen") && !lowercase("iPhone") && !lowercase("مازن") && !lowercase("2024") && !lowercase(""))
        let pipeline = try Pipeline([TextStage(lexicon: TinyKB.lexicon), MentionStage(kb: TinyKB.kb),
                                     NERStage(tagger: try Self.trainedTagger(), kb: TinyKB.kb)])
        let capitalised = pipeline.run(Document(text: "وصل السيد Mazen الى مدينة نابلس امس."))
        let lower = pipeline.run(Document(text: "وصل السيد mazen الى مدينة نابلس امس."))
        #expect(capitalised.mentions.contains { capitalised.surface($0) == "Mazen" && $0.type == .person })
        #expect(!lower.mentions.contains { lower.surface($0) == "mazen" })
    }
}
