import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The stacked pass: what it reads of a first pass's tags across a hand-made document, the
/// jackknife folds its training data is tagged over, a tagger that learns from it, and its
/// model file.
@Suite struct NERStackingTests {
    @Test func codesCountHowTheOtherOccurrencesOfAWordAndOfAnEntityWereTagged() {
        let filler = Array(repeating: ["ذهب", "الولد", "."], count: NERDocumentContext.window + 1)
        let person = NERTag.begin(.person), inside = NERTag.inside(.person), place = NERTag.begin(.location), o = NERTag.outside
        let document: [(tokens: [String], tags: [NERTag])] = [
            (["قال", "الرئيس", "مازن", "الحلبي", "امس"], [o, o, person, inside, o]),
            (["وصل", "الحلبي", "الى", "حمص"], [o, o, o, place]),
            (["زار", "حمص", "الحلبي"], [o, place, person]),
            (["مازن", "الحلبي", "هنا"], [person, inside, o]),
        ] + filler.map { ($0, [o, o, o]) } + [(["الحلبي", "غادر"], [person, o])]
        let given = GivenTokens(sentences: document.map(\.tokens), layer: NERTests.layer)
        let keys = NERDocumentContext.keys(given.analysis, kbLabels: [])
        let codes = NERPredictionContext.codes(keys, sentences: given.sentences, tags: document.flatMap(\.tags))
        func code(_ sentence: Int, _ index: Int) -> UInt64 { codes[given.sentences[sentence].lowerBound + index] }
        // Votes: the kind (2 + type, 1 for O), how many (1; 2–3; 4 or more) and whether all agreed.
        func votes(_ type: NERType, _ bin: UInt64) -> UInt64 { 2 + UInt64(type.rawValue) | bin << 3 | 1 << 5 }
        // الحلبي left untagged: its three other occurrences nearby were tagged persons, two of
        // them the last word of a longer person (super-entity).
        let missed = code(1, 1)
        #expect(missed & 0xF == 0)
        #expect(missed >> 4 & 0x3F == votes(.person, 2))
        #expect(missed >> 10 & 0x3F == 0, "not inside an entity")
        #expect(missed >> 16 & 0x3F == votes(.person, 2) && missed >> 22 & 3 == 1, "the last word of longer persons")
        // مازن الحلبي: the same entity once more nearby; no longer entity holds it.
        let first = code(0, 2)
        #expect(first & 0xF == UInt64(person.rawValue) && first >> 10 & 0x3F == votes(.person, 1) && first >> 16 == 0)
        // حمص: the other occurrence tagged a place, as a place entity.
        #expect(code(1, 3) >> 4 & 0x3F == votes(.location, 1) && code(1, 3) >> 10 & 0x3F == votes(.location, 1))
        // الحلبي alone as a person: the longer persons hold it; the last one is beyond the window.
        #expect(code(2, 2) >> 10 & 0x3F == 0 && code(2, 2) >> 16 & 0x3F == votes(.person, 2))
        // Beyond the window from every other: its own tag alone.
        #expect(code(4 + filler.count, 0) == UInt64(person.rawValue))
        // A word that recurs, always untagged: votes for O.
        #expect(code(5, 1) >> 4 & 0x7 == 1)
    }

    @Test func jackknifeFoldsCoverEverySentenceOnceAndNeverTrainOnTheSentencesTheyTag() {
        let sizes = [3, 5, 2, 7]
        var start = 0
        let train: [[Int]] = sizes.map { size in defer { start += size }; return Array(start..<(start + size)) }
        var tagged: [Int] = []
        for blocks in NERTrainer.folds(sizes, count: 3) {
            let held = blocks.flatMap { train[$0.document][$0.range] }
            tagged += held
            let rest = NERTrainer.documents(train, without: blocks)
            #expect(Set(rest.joined()).isDisjoint(with: held))
            #expect(rest.joined().count + held.count == start)
            #expect(rest.allSatisfy { !$0.isEmpty && $0 == Array($0.first!...$0.last!) }, "runs of consecutive sentences")
        }
        #expect(tagged == Array(0..<start))
    }

    /// Documents where a word is a surname when a first name stood before it elsewhere in the
    /// document and a thing otherwise: the same words take both parts in different documents, and
    /// the sentence after ثم is alike, so only how the first pass tagged the word's other
    /// occurrence tells them apart.
    static let documents: [[TaggedSentence]] = {
        let firstNames = ["سامر", "خالد", "منير", "رامي"]
        let words = ["حداد", "نصار", "عواد", "كتاب", "قطار", "جسر", "باب", "سوق", "نهر", "جبل", "بحر", "سهل"]
        let o = NERTag.outside
        return (0..<(2 * words.count)).map { d in
            let surname = words[d % words.count], thing = words[(d + 5) % words.count]
            return [TaggedSentence(tokens: ["وصل", firstNames[d % firstNames.count], surname, "امس"], tags: [o, .begin(.person), .inside(.person), o]),
                    TaggedSentence(tokens: ["رأى", thing, "امس"], tags: [o, o, o]),
                    TaggedSentence(tokens: ["ثم", surname, "غادر"], tags: [o, .begin(.person), o]),
                    TaggedSentence(tokens: ["ثم", thing, "غادر"], tags: [o, o, o])]
        }
    }()

    @Test func aStackedPassLearnsFromTheFirstPassTagsOfAWordElsewhere() throws {
        var trainer = NERTrainer(clusters: NERTests.clusters, clustersVersion: "1.test", kb: TinyKB.kb, lexicon: TinyKB.lexicon)
        trainer.buckets = 1 << 14
        trainer.epochs = 10
        trainer.stackFolds = 3
        let (model, _) = trainer.train(Self.documents, dev: [], report: { _ in })
        #expect(model.stackedFeatureSet == NERFeatures.stackedFeatureSet)
        let tagger = try NERTagger(model: model, clusters: NERTests.clusters, kb: TinyKB.kb)
        // Words of neither part in training.
        let sentences = [["وصل", "خالد", "منصور", "امس"], ["رأى", "قلم", "امس"], ["ثم", "منصور", "غادر"], ["ثم", "قلم", "غادر"]]
        let tags = tagger.tag(sentences: sentences, layer: NERTests.layer)
        #expect(tags[0] == [.outside, .begin(.person), .inside(.person), .outside])
        #expect(tags[2] == [.outside, .begin(.person), .outside])
        #expect(tags[3] == [.outside, .outside, .outside])
        // The first pass alone tags the two alike: it cannot tell them apart.
        let first = try NERTagger(model: NERModel(buckets: model.buckets, weights: model.weights, transitions: model.transitions,
                                                  featureSet: model.featureSet, clustersVersion: "1.test"),
                                  clusters: NERTests.clusters, kb: TinyKB.kb)
        let alone = first.tag(sentences: sentences, layer: NERTests.layer)
        #expect(alone[2][1] == alone[3][1])
    }

    @Test func aSentenceTheFirstPassNamedNothingInKeepsItsTags() throws {
        let rows = (1 << 8) * NERTag.count, moves = (NERTag.count + 1) * NERTag.count
        // A first pass that names nothing, and a stacked pass that would name every token a person.
        let first = NERModel(buckets: 1 << 8, weights: [Float](repeating: 0, count: rows), transitions: [Float](repeating: 0, count: moves),
                             featureSet: NERFeatures.featureSet, clustersVersion: "1.test")
        let person = NERTag.begin(.person).index
        let second = NERModel(buckets: 1 << 8, weights: (0..<rows).map { $0 % NERTag.count == person ? 100 : 0 },
                              transitions: [Float](repeating: 0, count: moves), featureSet: NERFeatures.featureSet, clustersVersion: "1.test")
        let tagger = try NERTagger(model: first.stacking(second, featureSet: NERFeatures.stackedFeatureSet), clusters: NERTests.clusters, kb: nil)
        #expect(tagger.tag(sentences: [["وصل", "مازن", "امس"], ["ثم", "مازن", "غادر"]], layer: NERTests.layer)
            == [[.outside, .outside, .outside], [.outside, .outside, .outside]])
    }

    @Test func aStackedModelRoundTripsAndAnOlderFormatIsRefused() throws {
        let weights = (0..<(16 * NERTag.count)).map { Float($0 % 7) - 3 }
        let transitions = (0..<((NERTag.count + 1) * NERTag.count)).map { Float($0) / 10 }
        let first = NERModel(buckets: 16, weights: weights, transitions: transitions, featureSet: NERFeatures.featureSet, clustersVersion: "1.abc")
        let second = NERModel(buckets: 16, weights: weights.map { -2 * $0 }, transitions: transitions.reversed(),
                              featureSet: NERFeatures.featureSet, clustersVersion: "1.abc")
        let model = first.stacking(second, featureSet: NERFeatures.stackedFeatureSet)
        let file = model.resource(sources: ["toy"], built: "2026-01-01", notes: [])
        let read = try NERModel(resource: BinaryResourceFile(parsing: file.bytes, name: "ner"))
        #expect(read.quantized == first.quantized && read.transitions == transitions)
        #expect(read.stacked?.quantized == second.quantized && read.stacked?.scale == second.scale)
        #expect(read.stacked?.transitions == Array(transitions.reversed()) && read.stackedFeatureSet == NERFeatures.stackedFeatureSet)
        let alone = try NERModel(resource: BinaryResourceFile(parsing: first.resource(sources: [], built: "", notes: []).bytes, name: "ner"))
        #expect(alone.stacked == nil && alone.stackedFeatureSet == nil)
        let older = BinaryResourceFile(name: "ner", format: 2, builtBy: "test", sources: [], built: "", fields: [], body: file.body)
        #expect { try NERModel(resource: older) } throws: { error in
            "\(error)".contains("model format 2, but this Marsad reads format 3; retrain it with `marsad train ner`")
        }
        let other = model.stacking(second, featureSet: "marsad-ner-stack-0")
        #expect { try NERTagger(model: other, clusters: NERTests.clusters, kb: nil) } throws: { error in
            "\(error)".contains("stacked pass uses features ‘marsad-ner-stack-0’")
        }
    }
}
