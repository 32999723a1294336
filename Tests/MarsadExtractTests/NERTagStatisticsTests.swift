import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The tag statistics of unlabelled text that a second-stage tagger reads (self-training).
@Suite struct NERTagStatisticsTests {
    static func counts(seen: UInt32, _ tagged: [NERTag: UInt32]) -> NERTagStatistics.Counts {
        NERTagStatistics.Counts(seen: seen, tagged: NERTag.all.dropFirst().map { tagged[$0] ?? 0 })
    }

    static let sample = NERTagStatistics(rows: [
        (word: Array("مازن".utf8), counts: counts(seen: 40, [.begin(.person): 36, .inside(.person): 2])),
        (word: Array("الاتحاد".utf8), counts: counts(seen: 100, [.begin(.organisation): 30, .begin(.location): 5])),
        (word: Array("نابلس".utf8), counts: counts(seen: 9, [.begin(.location): 2, .inside(.location): 7])),
        (word: Array("الكرملين".utf8), counts: counts(seen: 30, [.begin(.location): 20, .begin(.organisation): 8])),
    ])

    @Test func codesBinShareTypeAndPosition() throws {
        let mazen = try #require(Self.sample.code(of: "مازن"))
        // 38 of 40 tagged (above 90%), all persons (type 0, above 90%), mostly beginning a name.
        #expect(mazen == 5 | 0 << 4 | 2 << 8 | 2 << 12)
        let union = try #require(Self.sample.code(of: "الاتحاد"))
        // 35 of 100 (30–60%), organisation (type 2) for 30 of 35 (60–90%), beginning.
        #expect(union == 3 | 2 << 4 | 1 << 8 | 2 << 12)
        let nablus = try #require(Self.sample.code(of: "نابلس"))
        #expect(nablus & 0xF == 5 && nablus >> 4 & 3 == 1 && nablus >> 12 == 0)
        #expect(Self.sample.code(of: "قال") == nil)
        #expect(NERTagStatistics.code(Self.counts(seen: 10, [:])) == 0)
    }

    @Test func bytesRoundTripAndRefuseDamage() throws {
        let bytes = Self.sample.bytes
        #expect(NERTagStatistics(bytes: bytes[...]) == Self.sample)
        #expect(NERTagStatistics(bytes: bytes.dropLast()) == nil)
        #expect(NERTagStatistics(bytes: (bytes + [0])[...]) == nil)
        // More tagged than seen.
        let impossible = NERTagStatistics(rows: [(word: Array("x".utf8), counts: Self.counts(seen: 1, [.begin(.person): 2]))])
        #expect(NERTagStatistics(bytes: impossible.bytes[...]) == nil)
        #expect(NERTagStatistics(bytes: NERTagStatistics(rows: []).bytes[...])?.count == 0)
    }

    @Test func modelFileKeepsItsStatistics() throws {
        let weights = (0..<(16 * NERTag.count)).map { Float($0 % 5) - 2 }
        let transitions = [Float](repeating: 0.5, count: (NERTag.count + 1) * NERTag.count)
        let model = NERModel(buckets: 16, weights: weights, transitions: transitions, featureSet: NERFeatures.featureSet,
                             clustersVersion: "1.abc", tagStatistics: Self.sample)
        let file = model.resource(sources: ["toy"], built: "2026-01-01", notes: [])
        let read = try NERModel(resource: BinaryResourceFile(parsing: file.bytes, name: "ner"))
        #expect(read.tagStatistics == Self.sample)
        let truncated = BinaryResourceFile(name: "ner", format: NERModel.format, builtBy: "test", sources: [], built: "",
                                           fields: [("features", "f"), ("clusters", "c")], body: Array(file.body.dropLast(3)))
        #expect { try NERModel(resource: truncated) } throws: { error in "\(error)".contains("tag statistics") }
    }

    @Test func featuresReadTheStatisticsOfAWordWithoutItsProclitics() {
        func ids(_ tokens: [String], _ statistics: NERTagStatistics?) -> [UInt32] {
            let f = NERFeatures(clusters: NERTests.clusters, kb: nil, statistics: statistics, buckets: 1 << 16)
            let given = GivenTokens(tokens, layer: NERTests.layer)
            var ids: [UInt32] = [], offsets: [Int] = []
            f.extract(given.analysis, 0..<tokens.count, kbLabels: [], context: [], ids: &ids, offsets: &offsets)
            return ids
        }
        let with = ids(["قال", "مازن"], Self.sample), without = ids(["قال", "مازن"], nil)
        #expect(with.count == without.count && with != without)
        // A word the statistics do not hold keeps the features of no statistics.
        #expect(ids(["ذهب", "زيدان"], Self.sample) == ids(["ذهب", "زيدان"], nil))
        // The test lexicon splits بالكرملين into ب + ال + كرملين: it is looked up as الكرملين.
        #expect(ids(["اجتمعوا", "بالكرملين"], Self.sample) != ids(["اجتمعوا", "بالكرملين"], nil))
        #expect(ids(["اجتمعوا", "بكرملين"], Self.sample) == ids(["اجتمعوا", "بكرملين"], nil))
    }

    @Test func builderCountsHowTheTaggerTagsEachWord() throws {
        var builder = NERTagStatisticsBuilder(tagger: try NERTests.trainedTagger(), layer: NERTests.layer)
        for place in ["حمص", "تعز", "جدة"] {
            builder.add("وصل السيد كمال الى مدينة \(place) امس.")
        }
        builder.add("كمال")
        #expect(builder.documents == 4)
        let statistics = builder.statistics(minimumCount: 4)
        // كمال: seen four times, tagged a person after السيد; the places were seen once each.
        let kamal = try #require(statistics.words.firstIndex(of: Array("كمال".utf8)))
        #expect(statistics.counts[kamal].seen == 4)
        #expect(statistics.counts[kamal].tagged[NERTag.begin(.person).index - 1] == 3)
        #expect(!statistics.words.contains(Array("حمص".utf8)))
        #expect(!statistics.words.contains(Array("مدينة".utf8)))
        #expect(builder.statistics(minimumCount: 1).words.contains(Array("حمص".utf8)))
    }
}
