import Foundation
import MarsadText

/// First-level subdivisions (governorates, provinces, regions), from CLDR's subdivision
/// names and iso-codes' ISO 3166-2 list.
extension KnowledgeBaseBuilder {
    /// The states whose subdivisions are added (alpha-2): the Arab League's members, Iran,
    /// Türkiye, Israel, Afghanistan, Pakistan and Russia. Everywhere else CLDR's Arabic
    /// names of provinces are too often everyday words no count tells apart (Samoa's انا,
    /// Somalia's باي, Bolivia's بني, the Maldives' ماليه, Azerbaijan's اقدام).
    static let subdivisionStates: Set<String> = [
        "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD",
        "SY", "TN", "AE", "YE", "IR", "TR", "IL", "AF", "PK", "RU",
    ]

    /// Adds each subdivision as a GPE of its state, ranked below cities, under its CLDR
    /// name and that name without its generic head (محافظة الأنبار, الأنبار). A key that
    /// already names something (a country, a city, a curated place: بغداد، حلب) stays
    /// theirs. A bare name that is an everyday word (الشرقية) or begins a person's name
    /// (بشار, Béchar in Algeria), or a name `subdivisions_ar.tsv` lists as what the press
    /// mostly means by it (القادسية, a club; مدنين "civilians"; المنطقة الجنوبية, any state's
    /// south), is marked as an everyday word; another bare name that is a word of another state's name (كردستان of Iran in إقليم كردستان
    /// العراق) is left out.
    func addSubdivisions(_ raw: RawSources, _ kb: inout Assembly, _ words: PlaceNameWords) throws(MarsadError) -> Int {
        let subdivisions = try raw.subdivisions()
        let everyday = try curatedEverydayNames(Set(subdivisions.map(\.code)), kb.keys)
        let taken = Set(kb.aliases.keys)
        let country = Dictionary(kb.entities.map { ($0.id, $0.country ?? "") }) { first, _ in first }
        let firstNames = kb.personFirstWords()
        var statesOfWord: [Substring: Set<String>] = [:]
        for (key, value) in kb.aliases where key.contains(" ") {
            for word in key.split(separator: " ") { statesOfWord[word, default: []].formUnion(value.names.map { country[$0] ?? "" }) }
        }
        var count = 0
        for subdivision in subdivisions where Self.subdivisionStates.contains(String(subdivision.code.prefix(2))) {
            let full = subdivision.nameAr, bare = PlaceNameWords.bare(full)
            var names: [String] = []
            for name in Set([full, bare]).sorted(by: { $0.count > $1.count }) {
                guard ArabicScript.isArabicName(name, persianLetters: false),
                      name.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3,
                      let key = kb.keys.key(name), !taken.contains(key) else { continue }
                let isBare = name == bare && !key.contains(" ")
                let isEveryday = everyday[subdivision.code, default: []].contains(key)
                    || name == bare && (words.isEveryday(name) || isBare && firstNames.contains(Substring(key)))
                if isBare, !isEveryday, statesOfWord[Substring(key)]?.contains(where: { $0 != subdivision.alpha3 }) == true { continue }
                names.append(isEveryday ? String(Assembly.commonWordMark) + name : name)
            }
            guard let display = names.first(where: { $0.first != Assembly.commonWordMark }) else { continue }
            let id = "subdivision-" + subdivision.code.lowercased()
            kb.add(KBEntity(id: id, type: .geopolitical, nameEn: subdivision.nameEn, nameAr: display,
                            country: subdivision.alpha3, cameo: subdivision.alpha3, rank: 0))
            for name in names { kb.name(name, id) }
            if !taken.contains(kb.keys.key(subdivision.nameEn) ?? "") { kb.englishName(subdivision.nameEn, id) }
            count += 1
        }
        return count
    }

    /// The keys of the bare names `subdivisions_ar.tsv` marks as everyday words, by ISO 3166-2
    /// code; each code must be one of `codes`.
    private func curatedEverydayNames(_ codes: Set<String>, _ keys: AliasKeyMaker) throws(MarsadError) -> [String: Set<String>] {
        let table = try CuratedTable("subdivisions_ar.tsv", in: curatedDirectory, columns: ["code", "everyday_ar", "note"])
        var out: [String: Set<String>] = [:]
        for row in table.rows {
            let code = try table.required(row, "code")
            guard codes.contains(code) else { throw table.fail(row, "\(code) is not an ISO 3166-2 code of a subdivision CLDR names") }
            out[code, default: []].formUnion(try table.arabicNames(row, "everyday_ar").compactMap(keys.key))
        }
        return out
    }
}
