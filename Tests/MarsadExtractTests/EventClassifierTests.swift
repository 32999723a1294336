import Foundation
import MarsadCore
@testable import MarsadExtract
import Testing

/// The event classifier's trainer and model on toy data.
@Suite struct EventClassifierTests {
    /// Sentences whose candidates carry feature 7 when they report an event and 9 when not,
    /// with a shared feature 1 and noise; in 20 source documents.
    static let toy: [PreparedSentence] = (0..<200).map { i in
        let yes = i % 4 == 0
        return PreparedSentence(id: "doc\(i % 20)-\(i)", group: "doc\(i % 20)", label: yes, candidates: [[1, yes ? 7 : 9, UInt32(100 + i % 13)]])
    }

    @Test func theThresholdIsChosenOnAPlateauOfF1NotALuckySpike() {
        // Eight positives well above 0.55; four more sit exactly at 0.30 between negatives, so
        // that cutting at 0.30 alone scores best and any cut a hundredth away scores far worse.
        var probabilities: [(Double, Bool)] = (0..<8).map { (0.6 + 0.04 * Double($0), true) }
        probabilities += [(0.5, false), (0.5, false)] + Array(repeating: (0.2, false), count: 20)
        probabilities += Array(repeating: (0.3, true), count: 4) + (0..<3).map { (0.31 + 0.01 * Double($0), false) }
        probabilities += (0..<5).map { (0.25 + 0.01 * Double($0), false) }
        let scored = probabilities.map { (score: SentenceScore(probability: $0.0, plainReport: 0), label: $0.1) }
        #expect(EventClassifierTrainer.threshold(scored, window: 0).threshold == 0.3)
        let chosen = EventClassifierTrainer.threshold(scored).threshold
        #expect(chosen > 0.5 && chosen <= 0.6)
    }

    @Test func learnsTheSeparatingFeature() {
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 10
        let (weights, threshold) = trainer.train(Self.toy)
        #expect(threshold > 0 && threshold < 1)
        for sentence in Self.toy { #expect(trainer.score(sentence, weights).accepted(at: threshold) == sentence.label) }
        #expect(trainer.score(PreparedSentence(id: "x-1", group: "x", label: false, candidates: []), weights).probability == 0)
    }

    @Test func crossValidationScoresHeldOutDocumentsOnly() {
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 10
        let (scores, thresholds, outOfFold) = EventEvaluation.crossValidate(Self.toy, folds: 5, trainer: trainer)
        #expect(thresholds.count == 5)
        #expect(scores.truePositives + scores.falseNegatives == 50)
        #expect(scores.f1 == 1)
        // Each sentence carries the decision of the model that did not see its document.
        #expect(outOfFold.count == Self.toy.count)
        for (sentence, decision) in zip(Self.toy, outOfFold) {
            #expect(thresholds.contains(decision.threshold))
            #expect(decision.accepted == sentence.label)
        }
    }

    @Test func unanimousScoresLeaveTheDifficultNoesOut() {
        let yes = PreparedSentence(id: "a-1", group: "a", label: true, candidates: [])
        let difficult = PreparedSentence(id: "a-2", group: "a", label: false, agreement: 1.0 / 3, candidates: [])
        let easy = PreparedSentence(id: "a-3", group: "a", label: false, candidates: [])
        // The yes and the difficult no are kept, the easy no is not.
        let decisions = [0.9, 0.8, 0.2].map { EventEvaluation.OutOfFold(score: SentenceScore(probability: $0, plainReport: 0), threshold: 0.5) }
        let unanimous = EventEvaluation.unanimousScores([yes, difficult, easy], decisions)
        #expect(unanimous.truePositives == 1 && unanimous.falsePositives == 0 && unanimous.falseNegatives == 0)
    }

    @Test func aPlainReportNeedsOnlyTheFloorNotTheThreshold() {
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 4
        // Feature 1 alone scores 0.60 (between the floor and the threshold), with feature 9 0.17.
        var weights = [Float](repeating: 0, count: trainer.buckets)
        weights[1] = 0.4
        weights[9] = -2
        let threshold = 0.8
        let sentence = { (candidate: PreparedCandidate) in PreparedSentence(id: "x-1", group: "x", label: false, candidates: [candidate]) }
        #expect(trainer.score(sentence(PreparedCandidate(features: [1], plainReport: true)), weights).accepted(at: threshold))
        #expect(!trainer.score(sentence([1]), weights).accepted(at: threshold))
        // Below the floor a plain report is dropped too; above the threshold any candidate is kept.
        #expect(!trainer.score(sentence(PreparedCandidate(features: [1, 9], plainReport: true)), weights).accepted(at: threshold))
        #expect(trainer.score(sentence([1]), weights).accepted(at: 0.55))
        // The threshold is chosen with the plain reports kept whatever it is.
        let scored = [(score: SentenceScore(probability: 0.6, plainReport: 0.6), label: true), (SentenceScore(probability: 0.7, plainReport: 0), false),
                      (SentenceScore(probability: 0.9, plainReport: 0), true)]
        #expect(EventClassifierTrainer.threshold(scored, window: 0) == (1, 0.71))
    }

    @Test func oneModelAndAnAverageOfBagsBothLearn() {
        for bags in [1, 5] {
            var trainer = EventClassifierTrainer()
            trainer.buckets = 1 << 10
            trainer.bags = bags
            trainer.l2Choices = [1e-3]
            let (weights, threshold) = trainer.train(Self.toy)
            for sentence in Self.toy { #expect(trainer.score(sentence, weights).accepted(at: threshold) == sentence.label) }
        }
    }

    @Test func aSeedAssignsTheDocumentsToOtherFolds() {
        let documents = (0..<40).map { "doc\($0)" }
        let split = { (seed: UInt32) in documents.map { EventEvaluation.fold(of: $0, 5, seed: seed) } }
        #expect(split(0) == documents.map { EventClassifierTrainer.fold(of: $0, 5) })
        for seed: UInt32 in 1...3 {
            #expect(split(seed) != split(0) && split(seed) != split(seed - 1))
            #expect(Set(split(seed)) == Set(0..<5))
        }
    }

    @Test func aSentenceSomeAnnotatorAcceptedIsTrainedTowardsAnEvent() {
        // Feature 7 marks unanimous yes, feature 8 noes one annotator of three accepted, 9 the rest.
        let sentences: [PreparedSentence] = (0..<200).map { i in
            let kind = i % 4
            return PreparedSentence(id: "doc\(i % 20)-\(i)", group: "doc\(i % 20)", label: kind == 0, agreement: kind == 0 ? 1 : kind == 1 ? 1.0 / 3 : 0,
                                    candidates: [[1, kind == 0 ? 7 : kind == 1 ? 8 : 9]])
        }
        let probe = PreparedSentence(id: "x-1", group: "x", label: false, candidates: [[1, 8]])
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 10
        let soft = trainer.score(probe, trainer.fit(sentences, l2: 1e-3)).probability
        trainer.dissent = .negative
        let hard = trainer.score(probe, trainer.fit(sentences, l2: 1e-3)).probability
        #expect(soft > 0.5 && hard < 0.5)
    }

    @Test func anAmbiguousSentenceSomeAnnotatorAcceptedIsTrainedTowardsHalfAnEvent() {
        // Feature 7 marks the yeses, 8 sentences one annotator rejected and two accepted, 6 those
        // one annotator saw and rejected, 9 the noes; a probe with 8 alone ranks as an event only
        // when the ambiguous sentences are trained on, and one with 6 stays a no.
        let sentences: [PreparedSentence] = (0..<200).map { i in
            let kind = i % 5
            return PreparedSentence(id: "doc\(i % 20)-\(i)", group: "doc\(i % 20)", label: kind == 0,
                                    agreement: [1, 2.0 / 3, 0, 0, 0][kind], ambiguous: kind == 1 || kind == 2,
                                    candidates: [[1, [7, 8, 6, 9, 9][kind]]])
        }
        let accepted = PreparedSentence(id: "x-1", group: "x", label: false, candidates: [[1, 8]])
        let rejected = PreparedSentence(id: "x-2", group: "x", label: false, candidates: [[1, 6]])
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 10
        let ignored = trainer.fit(sentences, l2: 1e-3)
        trainer.ambiguous = .halfEvent
        let half = trainer.fit(sentences, l2: 1e-3)
        let p = { (sentence: PreparedSentence, weights: [Float]) in trainer.score(sentence, weights).probability }
        #expect(p(accepted, ignored) < 0.5 && abs(p(accepted, ignored) - p(rejected, ignored)) < 0.05)
        #expect(p(accepted, half) > 0.5 && p(rejected, half) < 0.5)
        #expect(p(accepted, half) > p(PreparedSentence(id: "x-3", group: "x", label: false, candidates: [[1, 9]]), half))
        // Only PROTEST, with few yeses, trains on them.
        #expect(EventClassifierTrainer.ambiguous(for: .protest) == .halfEvent && EventClassifierTrainer.ambiguous(for: .assault) == .ignored)
    }

    @Test func anAmbiguousSentenceIsNeverScored() {
        // Every ambiguous sentence reads as an event and is labelled no: scored, each would be a false positive.
        let ambiguous: [PreparedSentence] = (0..<40).map { i in
            PreparedSentence(id: "doc\(i % 20)-a\(i)", group: "doc\(i % 20)", label: true, agreement: 2.0 / 3, ambiguous: true, candidates: [[1, 7]])
        }
        #expect(ambiguous.allSatisfy { !$0.label })
        var trainer = EventClassifierTrainer()
        trainer.buckets = 1 << 10
        trainer.ambiguous = .halfEvent
        let (scores, _, outOfFold) = EventEvaluation.crossValidate(Self.toy + ambiguous, folds: 5, trainer: trainer)
        #expect(scores.truePositives == 50 && scores.falsePositives == 0 && scores.falseNegatives == 0)
        #expect(outOfFold.suffix(40).allSatisfy { $0.accepted })
        #expect(EventEvaluation.unanimousScores(Self.toy + ambiguous, outOfFold).falsePositives == 0)
    }

    @Test func theGoldReadsTheAnnotatorsAgreement() throws {
        let csv = ",accept,event_type,id,label,reject,text,total\n0,1,PROTEST,d_1,difficult no,2,نص,3\n1,4,PROTEST,d_2,yes,0,نص,4\n"
        let sentences = try GoldEventSentence.read(csv: csv, origin: "x.csv")
        #expect(sentences.map(\.agreement) == [1.0 / 3, 1])
        let broken = ",accept,event_type,id,label,reject,text,total\n0,5,PROTEST,d_1,yes,0,نص,3\n"
        #expect(throws: MarsadError.self) { try GoldEventSentence.read(csv: broken, origin: "x.csv") }
    }

    @Test func foldsKeepADocumentTogether() {
        #expect(EventClassifierTrainer.fold(of: "AAW_ARB_20080913.0007", 5) == EventClassifierTrainer.fold(of: "AAW_ARB_20080913.0007", 5))
        let gold = GoldEventSentence(id: "AAW_ARB_20080913.0007-59", type: .assault, label: .yes, text: "")
        #expect(gold.group == "AAW_ARB_20080913.0007")
        // The PROTEST file numbers its sentences after an underscore.
        #expect(GoldEventSentence(id: "e6874d82b9c4_36", type: .protest, label: .easyNo, text: "").group == "e6874d82b9c4")
        #expect(GoldEventSentence(id: "plain", type: .protest, label: .easyNo, text: "").group == "plain")
    }

    @Test func aGigawordIdNamesItsPublicationDay() throws {
        let gold = GoldEventSentence(id: "AAW_ARB_20080913.0007-59", type: .assault, label: .yes, text: "")
        #expect(gold.published?.date == "2008-09-13")
        #expect(GoldEventSentence(id: "e6874d82b9c4_36", type: .protest, label: .easyNo, text: "").published == nil)
        #expect(GoldEventSentence(id: "AAW_ARB_20081340.0007-2", type: .protest, label: .easyNo, text: "").published == nil)
        let json = #"[{"source": "XIN_ARB_20050301.0012-4", "text": "نص", "event_type": "ASSAULT", "spans": [{"source_role": {}, "target_role": {}}]}]"#
        let records = try GoldSpanRecord.read(json: Data(json.utf8), origin: "x.json")
        #expect(records.first?.published?.date == "2005-03-01")
    }

    @Test func theModelSurvivesItsResourceFile() throws {
        let model = EventModel(types: [.assault, .protest], buckets: 4, weights: [0.5, -1, 2, 0, 1, 1, 1, 1], thresholds: [0.4, 0.6])
        let file = model.resource(sources: ["toy"], built: "2026-01-01", notes: [])
        let read = try EventModel(resource: try BinaryResourceFile(parsing: file.bytes, name: "events"))
        #expect(read.types == model.types && read.weights == model.weights && read.thresholds == model.thresholds)
        #expect(read.probability(block: 0, [2]) == 1 / (1 + exp(-2.0)))
        #expect(read.block(of: .consult) == nil)
        #expect(read.clustersVersion == nil)
    }

    @Test func aModelOfOtherWordClustersIsRefused() throws {
        let model = EventModel(types: [.assault], buckets: 1, weights: [0], thresholds: [0.5], clustersVersion: "3.aaaa")
        let read = try EventModel(resource: try BinaryResourceFile(parsing: model.resource(sources: [], built: "2026-01-01", notes: []).bytes, name: "events"))
        #expect(read.clustersVersion == "3.aaaa")
        try ResourceBundle.check(read, clustersVersion: "3.aaaa")
        #expect {
            try ResourceBundle.check(read, clustersVersion: "3.bbbb")
        } throws: { error in
            guard let error = error as? MarsadError else { return false }
            return error.code == .badResource && error.message.contains("3.aaaa") && error.message.contains("3.bbbb") && error.message.contains("train events")
        }
        // A model that reads no groups goes with any clusters.
        try ResourceBundle.check(EventModel(types: [.assault], buckets: 1, weights: [0], thresholds: [0.5]), clustersVersion: "3.bbbb")
    }

    @Test func aModelOfAnotherFeatureSetIsRefused() throws {
        // events-7: the set before PROTEST stopped reading the words near its trigger; events-8:
        // before ASSAULT read the sentence words' groups; events-9: before a crowd named by its people had its sector read.
        for old in ["events-0", "events-7", "events-8", "events-9"] {
            let file = BinaryResourceFile(name: "events", format: EventModel.format, builtBy: "test", sources: [], built: "2026-01-01",
                                          fields: [("features", old), ("types", "ASSAULT"), ("buckets", "1"), ("thresholds", "0.5")],
                                          body: [0, 0, 0, 0])
            #expect {
                try EventModel(resource: file)
            } throws: { error in
                guard let error = error as? MarsadError else { return false }
                return error.code == .badResource && error.message.contains(old) && error.message.contains(EventModel.featureSet)
                    && error.message.contains("retrain")
            }
        }
    }
}
