import MarsadCore
import MarsadExtract
import MarsadText

/// A hand-built knowledge base and stem lexicon, so unit tests need no shipped resource.
enum TinyKB {
    static let keys = AliasKeyMaker()

    static let kb: KnowledgeBase = {
        let entities = [
            KBEntity(id: "country-rus", type: .geopolitical, nameEn: "Russia", nameAr: "روسيا", country: "RUS", cameo: "RUS", rank: 3),
            KBEntity(id: "country-usa", type: .geopolitical, nameEn: "United States", nameAr: "الولايات المتحدة", country: "USA", cameo: "USA", rank: 3),
            KBEntity(id: "country-geo", type: .geopolitical, nameEn: "Georgia", nameAr: "جورجيا", country: "GEO", cameo: "GEO", rank: 3),
            KBEntity(id: "georgia-us", type: .geopolitical, nameEn: "Georgia (US state)", nameAr: "جورجيا", country: "USA", cameo: "USA"),
            KBEntity(id: "moscow", type: .geopolitical, nameEn: "Moscow", nameAr: "موسكو", country: "RUS", cameo: "RUS", capitalOf: "RUS", rank: 1),
            KBEntity(id: "tbilisi", type: .geopolitical, nameEn: "Tbilisi", nameAr: "تبليسي", country: "GEO", cameo: "GEO", capitalOf: "GEO", rank: 1),
            KBEntity(id: "atlanta", type: .geopolitical, nameEn: "Atlanta", nameAr: "أتلانتا", country: "USA", cameo: "USA", rank: 1),
            KBEntity(id: "kremlin", type: .organisation, nameEn: "Kremlin", nameAr: "الكرملين", country: "RUS", cameo: "RUSGOV", metonymOf: "RUS"),
            KBEntity(id: "donald-trump", type: .person, nameEn: "Donald Trump", nameAr: "دونالد ترامب", country: "USA", wikidata: "Q22686"),
            KBEntity(id: "joe-biden", type: .person, nameEn: "Joe Biden", nameAr: "جو بايدن", country: "USA"),
            KBEntity(id: "vladimir-putin", type: .person, nameEn: "Vladimir Putin", nameAr: "فلاديمير بوتين", country: "RUS"),
            KBEntity(id: "sergey-lavrov", type: .person, nameEn: "Sergey Lavrov", nameAr: "سيرغي لافروف", country: "RUS"),
            KBEntity(id: "antony-blinken", type: .person, nameEn: "Antony Blinken", nameAr: "أنتوني بلينكن", country: "USA"),
            KBEntity(id: "marco-rubio", type: .person, nameEn: "Marco Rubio", nameAr: "ماركو روبيو", country: "USA"),
            KBEntity(id: "steve-witkoff", type: .person, nameEn: "Steve Witkoff", nameAr: "ستيف ويتكوف", country: "USA"),
            KBEntity(id: "john-smith", type: .person, nameEn: "John Smith", nameAr: "جون سميث", country: "USA"),
            KBEntity(id: "khalid-abdullah", type: .person, nameEn: "Khalid Abdullah", nameAr: "خالد عبد الله"),
        ]
        func id(_ slug: String) -> Int32 { Int32(entities.firstIndex { $0.id == slug }!) }
        func role(_ person: String, _ role: String, _ of: String, _ cameo: String, _ start: String, _ end: String?) -> KBRole {
            KBRole(person: id(person), role: role, of: of, cameo: cameo, startText: start, endText: end)
        }
        let roles = [
            role("donald-trump", "head_of_state", "USA", "USAGOV", "2017-01-20", "2021-01-20"),
            role("joe-biden", "head_of_state", "USA", "USAGOV", "2021-01-20", "2025-01-20"),
            role("donald-trump", "head_of_state", "USA", "USAGOV", "2025-01-20", nil),
            role("vladimir-putin", "head_of_state", "RUS", "RUSGOV", "2012-05-07", nil),
            role("sergey-lavrov", "foreign_minister", "RUS", "RUSGOV", "2004-03-09", nil),
            role("antony-blinken", "foreign_minister", "USA", "USAGOV", "2021-01-26", "2025-01-20"),
            role("marco-rubio", "foreign_minister", "USA", "USAGOV", "2025-01-21", nil),
        ]
        var aliases: [String: AliasEntry] = [:]
        func name(_ alias: String, _ slug: String) { aliases[keys.key(alias)!, default: AliasEntry()].names.append(id(slug)) }
        func demonym(_ form: String, _ slug: String) { aliases[keys.key(form)!, default: AliasEntry()].demonymOf.append(id(slug)) }
        func title(_ phrase: String, _ role: String) { aliases[keys.key(phrase)!, default: AliasEntry()].titleRole = role }
        name("روسيا", "country-rus"); name("الولايات المتحدة", "country-usa")
        name("جورجيا", "country-geo"); name("جورجيا", "georgia-us"); name("ولاية جورجيا", "georgia-us")
        name("موسكو", "moscow"); name("تبليسي", "tbilisi"); name("أتلانتا", "atlanta"); name("الكرملين", "kremlin")
        for alias in ["دونالد ترامب", "دونالد ترمب", "ترامب", "ترمب"] { name(alias, "donald-trump") }
        for alias in ["جو بايدن", "بايدن"] { name(alias, "joe-biden") }
        for alias in ["فلاديمير بوتين", "بوتين"] { name(alias, "vladimir-putin") }
        for alias in ["سيرغي لافروف", "سيرجي لافروف", "لافروف"] { name(alias, "sergey-lavrov") }
        for alias in ["أنتوني بلينكن", "بلينكن"] { name(alias, "antony-blinken") }
        for alias in ["ماركو روبيو", "روبيو"] { name(alias, "marco-rubio") }
        for alias in ["ستيف ويتكوف", "ستيفن ويتكوف", "ويتكوف"] { name(alias, "steve-witkoff") }
        name("جون سميث", "john-smith"); name("جون بن سميث", "john-smith"); name("خالد عبد الله", "khalid-abdullah")
        for form in ["روسي", "الروسي", "روسية", "الروسية", "الروس"] { demonym(form, "country-rus") }
        for form in ["أمريكي", "الأمريكي", "الأمريكية", "الأميركي"] { demonym(form, "country-usa") }
        title("الرئيس", "head_of_state"); title("رئيس", "head_of_state")
        title("وزير الخارجية", "foreign_minister"); title("نظير", "counterpart")
        return KnowledgeBase(entities: entities, roles: roles, aliases: aliases)
    }()

    /// A stem lexicon that knows the stems the tests split clitics off.
    static let lexicon: StemLexicon = {
        let words: [(word: String, count: Int, isStopWord: Bool)] = [
            ("موسكو", 500, false), ("بوتين", 500, false), ("الرئيس", 900, false), ("رئيس", 900, false),
            ("نظير", 300, false), ("الكرملين", 300, false), ("كرملين", 10, false), ("في", 9000, true), ("إلى", 9000, true),
        ]
        return StemLexicon(entries: words.map { StemLexicon.Entry(word: $0.word, count: $0.count, isStopWord: $0.isStopWord) })
    }()

    static let pipeline: Pipeline = {
        do { return try Pipeline([TextStage(lexicon: lexicon), MentionStage(kb: kb)]) } catch { fatalError("\(error)") }
    }()

    /// Runs the tiny pipeline over `text`.
    static func analyze(_ text: String, published: String? = nil) -> AnnotatedDocument {
        pipeline.run(Document(text: text, published: published.flatMap(PublicationTime.init(iso:))))
    }
}

extension AnnotatedDocument {
    /// The surface text of a mention.
    func surface(_ mention: Mention) -> String {
        let utf8 = Array(document.text.utf8)
        return String(decoding: utf8[mention.range], as: UTF8.self)
    }

    /// The entity id a mention links to.
    func entityID(_ mention: Mention) -> String? { mention.entity.map { entities[$0].entity.id } }

    /// (surface, entity id) of every mention.
    var links: [(String, String?)] { mentions.map { (surface($0), entityID($0)) } }

    /// The entity id of the mention whose surface is `text`.
    func link(of text: String) -> String?? {
        mentions.first { surface($0) == text }.map { entityID($0) }
    }
}
