import MarsadCore
@testable import MarsadExtract
import Testing

/// Place names that are pieces of everyday words: a ك "like" the stem lexicon keeps as part
/// of a word of its own, and a word right after a particle that only verbs follow; and the
/// span of a tagged name that begins with such a ك.
@Suite struct WordsNotNamesTests {
    static let pipeline = Result { try Pipeline.standard(resources: ResourceBundle.load()) }

    static func links(_ text: String) throws -> [(String, String?)] {
        try pipeline.get().run(Document(text: text, published: PublicationTime(iso: "2015-07-21"))).links
    }

    @Test func aKafTheLexiconKeepsInAWordIsNoKafBeforeAName() throws {
        // كسرت "broke" and كسبها "won it" are verbs, not ك + Sirte and ك + Sebha.
        let verbs = try Self.links("كسرت أسعار الذهب مستويات دعم حرجة، وهي مباراة كسبها الهلال بهدفين.")
        #expect(!verbs.contains { ["سرت", "سبها"].contains($0.0) }, "\(verbs)")
        // The places themselves, and ك + a name the lexicon does not keep whole (كسوريا "like Syria").
        let places = try Self.links("سيطر التنظيم على سرت وتقدم نحو سبها، في دول كسوريا والعراق.")
        #expect(places.contains { $0.0 == "سرت" && $0.1 == "subdivision-ly-sr" }, "\(places)")
        #expect(places.contains { $0.0 == "سبها" && $0.1 == "subdivision-ly-sb" }, "\(places)")
        #expect(places.contains { $0.0 == "سوريا" && $0.1 == "country-syr" }, "\(places)")
    }

    @Test func noNameFollowsAParticleOfVerbs() throws {
        // لم يزد "did not exceed" is no Yazd; قد سرت "spread" is no Sirte.
        let verbs = try Self.links("لم يزد عدد الزوار على مئة، وقد سرت شائعات عن إغلاق المعرض.")
        #expect(!verbs.contains { ["يزد", "سرت"].contains($0.0) }, "\(verbs)")
        // After a verb of going, the same words are the places.
        let places = try Self.links("زار الوفد يزد أمس، ثم وصل إلى سرت.")
        #expect(places.contains { $0.0 == "يزد" && $0.1 == "geonames-111822" }, "\(places)")
        #expect(places.contains { $0.0 == "سرت" && $0.1 == "subdivision-ly-sr" }, "\(places)")
    }

    @Test func aNameTakesNoPronoun() throws {
        // حماسهم "their enthusiasm", جدتها "her grandmother", قطرها "its diameter" are nouns with a pronoun.
        let nouns = try Self.links("فوجئنا بحماسهم للزيارة، وزارت جدتها، وبلغ قطرها مترين.")
        #expect(!nouns.contains { ["hamas", "jeddah", "country-qat"].contains($0.1) }, "\(nouns)")
        // The names themselves, and a nisba's ي, which the matcher still reads (لبناني).
        let names = try Self.links("ونفت حماس الخبر، ووصل الوفد إلى جدة من قطر مع مخرج لبناني.")
        for id in ["hamas", "jeddah", "country-qat", "country-lbn"] { #expect(names.contains { $0.1 == id }, "\(id) in \(names)") }
    }

    @Test func aNamesOwnKafStaysInItsSpan() throws {
        // وكريم is و + كريم (Karim), which the lexicon counts far more than ريم; the و goes, the ك stays.
        let names = try Self.links("وصل لاعبون ومحمد صلاح وكريم بنزيمة إلى الملعب.").map(\.0)
        #expect(names.contains("كريم بنزيمة") && names.contains("محمد صلاح"), "\(names)")
    }
}
