import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// How words recur in their document, and a tagger that learns from it: hand-made sentences.
@Suite struct NERDocumentContextTests {
    /// The codes of a document of given sentences, and where each of its tokens stands.
    static func codes(_ sentences: [[String]]) -> (codes: [UInt64], given: GivenTokens) {
        let given = GivenTokens(sentences: sentences, layer: NERTests.layer)
        let f = NERFeatures(clusters: NERTests.clusters, kb: TinyKB.kb, statistics: nil, buckets: 1 << 12)
        let keys = NERDocumentContext.keys(given.analysis, kbLabels: f.kbLabels(given.analysis, text: given.text))
        return (NERDocumentContext.codes(keys, sentences: given.sentences), given)
    }

    @Test func codesCountOtherOccurrencesWithinTheWindowAndWhatStandsAroundThem() {
        let filler = Array(repeating: ["ذهب", "الولد", "."], count: NERDocumentContext.window + 1)
        let sentences = [["قال", "السيد", "مازن", "الحلبي", "امس"], ["وصل", "مازن", "الحلبي", "الى", "حمص"]] + filler
            + [["مازن", "سافر"], ["بوتين", "ضيف", "."], ["استقبل", "فلاديمير", "بوتين", "ضيفا"]]
        let (codes, given) = Self.codes(sentences)
        func code(_ sentence: Int, _ index: Int) -> UInt64 {
            let k = given.sentences[sentence].lowerBound + index
            let token = given.analysis.tokens[k]
            #expect(Array(Array(given.text.utf8)[Int(token.start)..<Int(token.end)]) == Array(sentences[sentence][index].utf8))
            return codes[k]
        }
        let title = UInt64(1) << (4 + UInt64(NERCueWords.Cue.title.rawValue))
        // مازن after وصل: one more within the window, after a title, with the same next word.
        #expect(code(1, 1) == 1 | title | 1 << 24)
        // مازن after السيد: the other stands after no cue.
        #expect(code(0, 2) == 1 | 1 << 24)
        // الحلبي: the other has the same word before it (مازن), not the same after it.
        #expect(code(1, 2) & (0xF | 1 << 24 | 1 << 25) == 1 | 1 << 25)
        // The third مازن is more than `window` sentences from both.
        #expect(code(2 + filler.count, 0) == 0)
        // الولد recurs in every filler sentence: 5 or more; the full stop is not a word.
        #expect(code(6, 1) & 0xF == 4)
        #expect(code(6, 2) == 0)
        // بوتين alone is a knowledge-base person's alias too, and the other one stands in one.
        let putin = code(3 + filler.count, 0)
        #expect(putin & 0xF == 1 && putin >> 8 & 0xFFFF != 0)
        // A word said once has no context.
        #expect(code(1, 4) == 0)
    }

    /// Documents where the same unseen word is a person when the document named it after a
    /// title before, and not otherwise.
    static let documents: [[TaggedSentence]] = {
        let names = ["سامر", "خالد", "منير", "رامي", "وليد", "نبيل", "فادي", "عادل", "باسل", "هاني", "زياد", "ماهر"]
        let things = ["القطار", "الوفد", "الموكب", "الضيف", "الفريق", "الباص", "الركب", "الجيش", "الطاقم", "الحشد"]
        var out: [[TaggedSentence]] = names.map { name in
            [TaggedSentence(tokens: ["وصل", "السيد", name, "امس"], tags: [.outside, .outside, .begin(.person), .outside]),
             TaggedSentence(tokens: ["ثم", name, "غادر"], tags: [.outside, .begin(.person), .outside])]
        }
        out += (names + things).map { word in
            [TaggedSentence(tokens: ["ثم", word, "غادر"], tags: [.outside, .outside, .outside])]
        }
        return out
    }()

    @Test func aTaggerLearnsFromHowAWordWasNamedBefore() throws {
        var trainer = NERTrainer(clusters: NERTests.clusters, clustersVersion: "1.test", kb: TinyKB.kb, lexicon: TinyKB.lexicon)
        trainer.buckets = 1 << 14
        trainer.epochs = 10
        let (model, _) = trainer.train(Self.documents, dev: [], report: { _ in })
        let tagger = try NERTagger(model: model, clusters: NERTests.clusters, kb: TinyKB.kb)
        let named = tagger.tag(sentences: [["التقى", "السيد", "مازن", "اليوم"], ["ثم", "مازن", "غادر"]], layer: NERTests.layer)
        #expect(named == [[.outside, .outside, .begin(.person), .outside], [.outside, .begin(.person), .outside]])
        #expect(tagger.tag(sentences: [["ثم", "مازن", "غادر"]], layer: NERTests.layer) == [[.outside, .outside, .outside]])
        // The pipeline reads a document's sentences alike.
        let text = "التقى السيد مازن اليوم. ثم مازن غادر."
        let analysis = NERTests.layer.analyze(text)
        let tags = tagger.tag(analysis, text: text)
        let person = NERScores.entities(tags).filter { $0.type == .person }.map {
            String(decoding: Array(text.utf8)[Int(analysis.tokens[$0.range.lowerBound].start)..<Int(analysis.tokens[$0.range.upperBound - 1].end)], as: UTF8.self)
        }
        #expect(person == ["مازن", "مازن"])
    }
}
