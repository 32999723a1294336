import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The word clusters' cue-word counts and how the tagger's features read them; hand-made data.
@Suite struct NERClusterTests {
    static let cues = [["الرئيس"], ["قال"], ["مدينة"], ["شركة", "نادي"]]

    @Test func builderCountsTheWordsAfterEachCueClass() throws {
        var builder = WordClusterBuilder(cues: Self.cues)
        for _ in 0..<4 {
            builder.add("وصل الرئيس كارتر الى مدينة طنطا. وقال كارتر ان نادي الزمالك فاز.")
            builder.add("زار الرئيس كارتر شركة سامسونج في مدينة طنطا.")
        }
        let (file, words) = builder.resource(minimumCount: 2, sources: ["toy"], built: "2026-01-01")
        #expect(words > 5)
        let rows = file.body.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let carter = try #require(rows.first { $0[0] == "كارتر" })
        // Seen 12 times: 8 after الرئيس, 4 after وقال (و before a cue counts), never after a place or institution noun.
        #expect(carter[2...6] == ["12", "8", "4", "0", "0"])
        #expect(rows.first { $0[0] == "الزمالك" }?[3...6] == ["0", "0", "0", "4"])
        // A k-means group per level, each below its level's number of groups.
        #expect(rows.allSatisfy { $0.count == 7 + WordClusters.groupCounts.count })
        #expect(rows.allSatisfy { zip($0[7...], WordClusters.groupCounts).allSatisfy { Int($0)! < $1 } })
        let clusters = try WordClusters(tsv: file.body)
        let tanta = try #require(clusters.wordClass(of: "طنطا"))
        // Every time after مدينة: the top bin of the place class, nothing in the others.
        #expect(tanta.cued(2) == 1 && tanta.cued(0) == 0 && tanta.cued(3) == 0)
        // Two in three after a title: 1 + ⌊log₂(12 / 8)⌋.
        #expect(clusters.wordClass(of: "كارتر")?.cued(0) == 1)
        #expect(clusters.wordClass(of: "كارتر")?.cued(1) == 2)
    }

    @Test func clustersOfTheOldFormatAreRefusedWithTheLine() {
        #expect { try WordClusters(tsv: "في\t579c0000\t295359\n") } throws: { error in
            (error as? MarsadError)?.rendered.contains("clusters:1:") == true
                && "\(error)".contains("4 counts after cue words")
        }
        #expect(throws: MarsadError.self) { try WordClusters(tsv: "في\t579c0000\t10\t11\t0\t0\t0\n") }
    }

    /// The fields read as the standard library reads their text: hex in either case, leading
    /// zeros and a plus sign taken, a field too many or too few, a carriage return, a number too
    /// large or a sign alone, a group beyond its level refused, with the number of the line (empty lines counted).
    @Test func clusterLinesReadAsTheirTextReads() throws {
        let clusters = try WordClusters(tsv: "\nفي\t579C0000\t0010\t+2\t0\t0\t0\t1\t2\t3\t4\nمن\tff\t3\t0\t0\t0\t3\t0\t0\t0\t4095")
        #expect(clusters.count == 2)
        #expect(clusters.wordClass(of: "في") == WordClass(signature: 0x579C_0000, count: 10, afterCue: [2, 0, 0, 0], groups: [1, 2, 3, 4]))
        #expect(clusters.wordClass(of: "من") == WordClass(signature: 0xFF, count: 3, afterCue: [0, 0, 0, 3], groups: [0, 0, 0, 4095]))
        let groups = "\t1\t2\t3\t4"
        for (line, number) in [("في\t579c0000\t10\t1\t0\t0\t0" + groups + "\t", 3), ("في\t579c0000\t10\t1\t0\t0" + groups, 3),
                               ("في\t579c0000\t10\t1\t0\t0\t0" + groups + "\r", 3), ("في\t1579c0000\t10\t1\t0\t0\t0" + groups, 3),
                               ("في\t579c0000\t99999999999999999999\t1\t0\t0\t0" + groups, 3), ("في\t579c0000\t10\t-\t0\t0\t0" + groups, 3),
                               ("\t579c0000\t10\t1\t0\t0\t0" + groups, 3), ("في\t579c0000\t10\t1\t0\t0\t0\t64\t2\t3\t4", 3)] {
            #expect { try WordClusters(tsv: "من\tff\t3\t0\t0\t0\t3" + groups + "\n\n" + line + "\n") } throws: { error in
                (error as? MarsadError)?.rendered.contains("clusters:\(number):") == true
            }
        }
    }

    /// Token 1's features of a two-token sentence.
    static func secondToken(_ tokens: [String], _ clusters: WordClusters) -> Set<UInt32> {
        let f = NERFeatures(clusters: clusters, kb: nil, statistics: nil, buckets: 1 << 16)
        let given = GivenTokens(tokens, layer: NERTests.layer)
        var ids: [UInt32] = [], offsets: [Int] = []
        f.extract(given.analysis, 0..<tokens.count, kbLabels: [], context: [], ids: &ids, offsets: &offsets)
        return Set(ids[offsets[1]..<offsets[2]])
    }

    @Test func aWordWithProcliticsTakesTheClassOfItsFormWithTheArticle() {
        let clusters = WordClusters(rows: [
            (word: "الاليزيه", signature: 0xA5A0_0000, count: 800, afterCue: [0, 0, 0, 200], groups: []),
            (word: "الكرملين", signature: 0xA5A0_0000, count: 800, afterCue: [0, 0, 0, 200], groups: []),
        ])
        // The test lexicon knows the stem كرملين, so the segmenter splits بالكرملين into ب + ال + كرملين.
        let known = Self.secondToken(["اجتمعوا", "بالكرملين"], clusters)
        let sameClass = Self.secondToken(["اجتمعوا", "الاليزيه"], clusters)
        let unknown = Self.secondToken(["اجتمعوا", "بالكرملين"], WordClusters(rows: []))
        // Cluster paths, frequency and cue bins come from الكرملين, shared with الاليزيه.
        #expect(known.intersection(sameClass).count >= unknown.intersection(sameClass).count + 10)
    }

    @Test func wordsOfOneFlatGroupShareItsFeatures() {
        func clusters(_ groups: [Int]) -> WordClusters {
            WordClusters(rows: [(word: "طنطا", signature: 0x1000_0000, count: 50, afterCue: [0, 0, 50, 0], groups: [1, 2, 3, 4]),
                                (word: "حمص", signature: 0x9000_0000, count: 50, afterCue: [0, 0, 50, 0], groups: groups)])
        }
        let tanta = Self.secondToken(["زار", "طنطا"], clusters([1, 2, 3, 4]))
        let sameGroups = Self.secondToken(["زار", "حمص"], clusters([1, 2, 3, 4]))
        let otherGroups = Self.secondToken(["زار", "حمص"], clusters([5, 6, 7, 8]))
        // The word's four groups, its pairs with the words before and after and its triple with both.
        #expect(tanta.intersection(sameGroups).count == tanta.intersection(otherGroups).count + 7)
    }
}
