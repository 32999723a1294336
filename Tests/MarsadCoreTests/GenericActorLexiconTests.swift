import MarsadCore
import Testing

/// The generic actor lexicon read from its resource body: phrases, the prefixes of longer
/// phrases, and entity codes.
@Suite struct GenericActorLexiconTests {
    static let lexicon = try! GenericActorLexicon(tsv: """
        S\tالشرطة\tCOP\tpolice
        S\tالإعلام الرسمي\tGOVMED\tstate media
        S\tالإعلام\tMED\tmedia
        S\tقوات الأمن الخاصة\tCOP\tspecial forces
        S\tالشرطة\tSPY\tsecret police
        C\teurope\tEUR

        """)

    static func key(_ phrase: String) -> ArraySlice<UInt8> { ArraySlice(phrase.utf8) }

    @Test func phrasesGiveTheirSectorsAndPrefixesTheirLongerPhrases() {
        let lexicon = Self.lexicon
        #expect(lexicon.sector(Self.key("الاعلام الرسمي")) == .init(code: "GOVMED", label: "state media"))
        // A phrase that is also the start of a longer one.
        #expect(lexicon.sector(Self.key("الاعلام"))?.code == "MED")
        #expect(lexicon.isPrefix(Self.key("الاعلام")))
        // A prefix alone is no phrase.
        #expect(lexicon.sector(Self.key("قوات")) == nil && lexicon.isPrefix(Self.key("قوات")))
        #expect(lexicon.sector(Self.key("قوات الامن")) == nil && lexicon.isPrefix(Self.key("قوات الامن")))
        #expect(lexicon.sector(Self.key("قوات الامن الخاصه"))?.code == "COP")
        #expect(!lexicon.isPrefix(Self.key("قوات الامن الخاصه")) && !lexicon.isPrefix(Self.key("الشرطه")))
        // A phrase given twice keeps its last sector and counts once.
        #expect(lexicon.sector(Self.key("الشرطه"))?.code == "SPY")
        #expect(lexicon.count == 4 && lexicon.maxWords == 3)
        #expect(lexicon.sector(Self.key("الجيش")) == nil && !lexicon.isPrefix(Self.key("الجيش")))
        #expect(lexicon.code(ofEntity: "europe") == "EUR")
    }
}
