import Testing
@testable import MarsadText

/// A small hand-made lexicon (light-normalised words with made-up counts) so that the
/// segmenter's rules can be tested without the shipped resource.
let testLexicon = StemLexicon(entries: lexiconEntries(
    ("موسكو", 2000, false), ("بوتين", 1500, false), ("وبوتين", 3, false), ("لبوتين", 4, false),
    ("ولاية", 900, false), ("الولاية", 600, false), ("لاية", 0, false), ("وزير", 20000, false), ("زير", 12, false),
    ("الرئيس", 50000, false), ("رئيس", 40000, false), ("للرئيس", 3000, false),
    ("حكومة", 5000, false), ("حكومته", 800, false), ("حكومتها", 300, false),
    ("نظير", 300, false), ("نظيره", 900, false), ("نظيرها", 90, false), ("نظيرهم", 12, false), ("نظيري", 5, false),
    ("يلتقي", 400, false), ("سيلتقي", 120, false), ("كتاب", 3000, false), ("كتابي", 20, false),
    ("روس", 700, false), ("روسي", 2500, false), ("عرب", 3000, false), ("عربي", 4000, false),
    ("هو", 30000, true), ("في", 300000, true), ("كما", 9000, true), ("ما", 40000, true), ("لكن", 8000, true), ("كن", 60, false),
    ("الله", 9000, false), ("له", 20000, true), ("الذي", 30000, true), ("ذي", 200, false), ("أن", 100000, true),
    ("التالي", 900, false), ("تالي", 50, false), ("بالتالي", 2000, false),
    ("لافروف", 400, false), ("افروف", 0, false), ("قمة", 2000, false), ("القمة", 3000, false),
    ("ألمانيا", 700, false), ("مانيا", 40, false), ("وإستونيا", 4, false),
    ("يد", 864, false), ("وليد", 400, false), ("سيد", 184, false), ("فقط", 4312, false), ("قط", 87, true),
    ("قال", 5828, true), ("وقال", 12147, true),
    ("أس", 33, false), ("أسه", 20, false), ("أسها", 10, false), ("أسهم", 1375, false)
))

func segments(_ word: String, _ segmenter: CliticSegmenter = CliticSegmenter(lexicon: testLexicon)) -> [String] {
    var copy = Normalizer(options: [.foldLatinCase]).normalized(word)
    let segmentation = copy.withUTF8 { segmenter.segment($0) }
    return segmentation.segments(ofNorm: Normalizer(options: .token).normalized(word))
}

@Suite struct CliticSegmenterTests {
    let segmenter = CliticSegmenter(lexicon: testLexicon)

    @Test func splitsProcliticStacksOffKnownWords() {
        #expect(segments("وبموسكو", segmenter) == ["و+", "ب+", "موسكو"])
        #expect(segments("لبوتين", segmenter) == ["ل+", "بوتين"])
        #expect(segments("للرئيس", segmenter) == ["ل+", "ال+", "رئيس"])
        #expect(segments("الرئيس", segmenter) == ["ال+", "رئيس"])
        #expect(segments("سيلتقي", segmenter) == ["س+", "يلتقي"])
    }

    @Test func keepsNamesAndWordsThatOnlyLookCliticised() {
        #expect(segments("بوتين", segmenter) == ["بوتين"])
        #expect(segments("لافروف", segmenter) == ["لافروف"])
        #expect(segments("ولاية", segmenter) == ["ولاية"])
        #expect(segments("وزير", segmenter) == ["وزير"])
        // Hamzated alef is no article: ألمانيا is not ال + مانيا.
        #expect(segments("ألمانيا", segmenter) == ["المانيا"])
        #expect(segments("الله", segmenter) == ["الله"])
        #expect(segments("الذي", segmenter) == ["الذي"])
        // Two clitics, or the future marker, leave at least three letters: يد (hand) is
        // commoner than وليد and سيد, but they are a name and "master".
        #expect(segments("وليد", segmenter) == ["وليد"])
        #expect(segments("سيد", segmenter) == ["سيد"])
        // و or ف comes off a stop word unless the whole is far commoner: فقط is no ف + قط.
        #expect(segments("فقط", segmenter) == ["فقط"])
        #expect(segments("وقال", segmenter) == ["و+", "قال"])
    }

    @Test func splitsPronounsAndRestoresTehMarbuta() {
        #expect(segments("حكومته", segmenter) == ["حكومة", "+ه"])
        #expect(segments("ونظيره", segmenter) == ["و+", "نظير", "+ه"])
        // Attested with three pronouns, but a two-letter stem: أسهم (shares) stays whole.
        #expect(segments("أسهم", segmenter) == ["اسهم"])
        #expect(segments("كتابي", segmenter) == ["كتاب", "+ي"])
        // A nisba adjective is not a noun with "my".
        #expect(segments("روسي", segmenter) == ["روسي"])
        #expect(segments("عربي", segmenter) == ["عربي"])
    }

    @Test func treatsClosedClassWordsWithCare() {
        #expect(segments("وهو", segmenter) == ["و+", "هو"])
        #expect(segments("كما", segmenter) == ["كما"])
        #expect(segments("لكن", segmenter) == ["لكن"])
        #expect(segments("عليه", segmenter) == ["علي", "+ه"])
        #expect(segments("وفيها", segmenter) == ["و+", "في", "+ها"])
        #expect(segments("أنه", segmenter) == ["ان", "+ه"])
    }

    @Test func saysHowStronglyTheCountsKeepAWordWhole() {
        func evidence(_ word: String) -> WholeWordEvidence {
            var copy = Normalizer(options: [.foldLatinCase]).normalized(word)
            return copy.withUTF8 { segmenter.analysis(of: $0).evidence }
        }
        #expect(evidence("ولاية") == .common)
        // Seen whole 4 times, its rest never: و + a name the counts cannot rule out.
        #expect(evidence("وإستونيا") == .rare)
        #expect(evidence("وبوتين") == .none, "a clitic came off")
        #expect(evidence("لكن") == .none, "the stop list keeps it whole, not the counts")
        #expect(evidence("وكولومبو") == .none, "never seen")
        #expect(CliticSegmenter.commonWordCount > 4 && CliticSegmenter.commonWordCount <= 900)
    }

    @Test func prefersTheWholeWhenItIsMoreCommonThanTheRest() {
        #expect(segments("بالتالي", segmenter) == ["بالتالي"])
    }

    @Test func segmentsShareTheTokensNormWithoutTheMarkers() {
        for word in ["وبموسكو", "للرئيس", "حكومته", "ونظيره", "سيلتقي"] {
            let joined = segments(word, segmenter).map { $0.replacingOccurrences(of: "+", with: "") }.joined()
            let norm = Normalizer(options: .token).normalized(word)
            // لل stands for ل + ال, and ت for ة before a pronoun.
            let expected = norm.replacingOccurrences(of: "للرئيس", with: "لالرئيس").replacingOccurrences(of: "حكومته", with: "حكومةه")
            #expect(joined == expected)
        }
    }

    @Test func segmentationsStoredInTheLexiconFileAreUsedUnlessStale() throws {
        let tsv = "# h\nكتاب\t3000\t\t\nكتابي\t20\t\t\nموسكو\t900\t\t\nوبموسكو\t3\t\tو+ب+_\nحكومة\t50\t\t\nحكومته\t9\t\t_ة+ه\n"
        let stored = try StemLexicon(tsv: tsv)
        #expect(stored.hasSegmentations && stored.count == 6)
        // The file says كتابي stays whole; the rules alone would split it.
        #expect(segments("كتابي", CliticSegmenter(lexicon: stored)) == ["كتابي"])
        #expect(segments("وبموسكو", CliticSegmenter(lexicon: stored)) == ["و+", "ب+", "موسكو"])
        #expect(segments("حكومته", CliticSegmenter(lexicon: stored)) == ["حكومة", "+ه"])
        let stale = try StemLexicon(tsv: tsv, useSegmentations: false)
        #expect(!stale.hasSegmentations)
        #expect(segments("كتابي", CliticSegmenter(lexicon: stale)) == ["كتاب", "+ي"])
        #expect(throws: StemLexicon.FormatError.self) { try StemLexicon(tsv: "كتاب\t3\t\tx+_\n") }
        #expect(throws: StemLexicon.FormatError.self) { try StemLexicon(tsv: "كتاب\t3\t\t_\t\n") }
    }

    @Test func everySegmentationHasALexiconForm() {
        for segmentation in [Segmentation(proclitics: 3, enclitic: 2, restoredTehMarbuta: true), .unsplit,
                             Segmentation(proclitics: 0, enclitic: 12, restoredTehMarbuta: false)] {
            let form = segmentation.lexiconForm
            #expect(StemLexicon.lexiconForms.value(for: form).map { Segmentation(compact: UInt16($0)) } == (segmentation.isSplit ? segmentation : nil))
        }
    }

    @Test func lexiconFileFormatErrorsNameTheLine() {
        #expect(throws: StemLexicon.FormatError.self) { try StemLexicon(tsv: "# header\nفي\t12\ts\nكلمة بلا عدد\n") }
        do {
            _ = try StemLexicon(tsv: "في\t12\nمن\tكثير\n")
            Issue.record("a bad count was accepted")
        } catch {
            #expect(error.line == 2)
        }
        #expect(throws: StemLexicon.FormatError.self) { try StemLexicon(tsv: "في\t12\tx\n") }
        #expect((try? StemLexicon(tsv: "# h\nفي\t12\ts\nمن\t9\n"))?.count == 2)
    }
}

/// Lexicon entries from `(word, count, isStopWord)` triples.
func lexiconEntries(_ rows: (String, Int, Bool)...) -> [StemLexicon.Entry] {
    rows.map { StemLexicon.Entry(word: $0.0, count: $0.1, isStopWord: $0.2) }
}
