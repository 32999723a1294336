import Foundation

/// Builds the knowledge base resource (`marsad build kb`) from the raw public sources in
/// `shared/data/kb` — CLDR country and subdivision names, ISO 3166 codes, GeoNames capitals
/// and cities —
/// and the curated files of `Data/kb`, checking every curated row.
public struct KnowledgeBaseBuilder {
    /// The folder of raw sources (`shared/data/kb`).
    public let rawDirectory: URL
    /// The folder of curated files (`Data/kb`).
    public let curatedDirectory: URL
    /// Cities at least this populous are kept (capitals always are).
    public var minimumCityPopulation = 500_000
    /// In the states whose subdivisions are added, cities at least this populous are kept
    /// too (الرمادي، أبها، النجف), under their names no other entity has that are no everyday
    /// word (المدينة for Al Madinah, Iraq; الجديدة) and begin no person's name (فلاديمير).
    public var minimumNearCityPopulation = 200_000
    /// The stem lexicon (stems.tsv) whose word counts tell a subdivision's bare name that
    /// is also an everyday word (الشرقية); without it only directions and words of
    /// geography are.
    public var stemsFile: URL?

    public init(rawDirectory: URL, curatedDirectory: URL) {
        self.rawDirectory = rawDirectory
        self.curatedDirectory = curatedDirectory
    }

    /// What a build produced, for the command's summary.
    public struct Summary: Sendable, CustomStringConvertible {
        public var countries = 0, cities = 0, subdivisions = 0, places = 0, organisations = 0, events = 0, people = 0, roles = 0, aliases = 0
        public var description: String {
            "\(countries) countries, \(cities) cities, \(subdivisions) subdivisions, \(places) curated places, \(organisations) organisations, \(events) named events, \(people) people, \(roles) roles, \(aliases) alias keys"
        }
    }

    /// Builds the resource file.
    public func build(built: String, sources: [String]) throws(MarsadError) -> (file: ResourceFile, summary: Summary) {
        var kb = Assembly()
        var summary = Summary()
        let raw = try RawSources(directory: rawDirectory)
        summary.countries = try addCountries(raw, &kb)
        try addCurated(&kb, &summary)
        let words = try placeNameWords()
        summary.cities = try addCities(raw, &kb, words)
        summary.subdivisions = try addSubdivisions(raw, &kb, words)
        summary.aliases = kb.aliases.count
        let file = ResourceFile(name: "kb", format: KnowledgeBase.format, builtBy: "marsad build kb", sources: sources,
                                built: built, columns: KnowledgeBase.columns, body: kb.body())
        return (file, summary)
    }

    private func placeNameWords() throws(MarsadError) -> PlaceNameWords {
        guard let stemsFile else { return PlaceNameWords(stems: "") }
        return PlaceNameWords(stems: try ResourceBundle.read(stemsFile, name: "stems", format: ResourceBundle.stemsFormat).body)
    }

    // MARK: - Countries

    private func addCountries(_ raw: RawSources, _ kb: inout Assembly) throws(MarsadError) -> Int {
        let extras = try CuratedTable("countries_ar.tsv", in: curatedDirectory, columns: ["alpha3", "names_ar", "exclude_ar", "note"])
        var added: [String: [String]] = [:], excluded: [String: Set<String>] = [:]
        for row in extras.rows {
            let code = try extras.required(row, "alpha3")
            guard raw.alpha3.contains(code) else { throw extras.fail(row, "\(code) is not an ISO 3166-1 alpha-3 code") }
            added[code] = try extras.arabicNames(row, "names_ar")
            excluded[code] = Set(try extras.arabicNames(row, "exclude_ar", required: false).compactMap(kb.keys.key))
        }
        for country in raw.countries {
            let id = KBEntity.countryPrefix + country.alpha3.lowercased()
            kb.add(KBEntity(id: id, type: .geopolitical, nameEn: country.nameEn, nameAr: country.namesAr[0],
                            country: country.alpha3, cameo: country.alpha3, rank: 3))
            for name in country.namesAr + (added[country.alpha3] ?? []) where !(excluded[country.alpha3]?.contains(kb.keys.key(name) ?? "") ?? false) {
                kb.name(name, id)
            }
            for name in country.namesEn { kb.englishName(name, id) }
        }
        return raw.countries.count
    }

    // MARK: - Cities

    /// Adds GeoNames capitals and big cities (`minimumCityPopulation`, and
    /// `minimumNearCityPopulation` in the subdivision states) under their Arabic names; a
    /// GeoNames name of three letters that is also an everyday word (قوم for Qom, "people")
    /// is marked so.
    private func addCities(_ raw: RawSources, _ kb: inout Assembly, _ words: PlaceNameWords) throws(MarsadError) -> Int {
        let curated = try CuratedTable("cities_ar.tsv", in: curatedDirectory, columns: ["alpha3", "name_en", "names_ar", "exclude_ar", "note"])
        var names: [String: [String]] = [:], excluded: [String: Set<String>] = [:]
        for row in curated.rows {
            let code = try curated.required(row, "alpha3")
            guard raw.alpha3.contains(code) else { throw curated.fail(row, "\(code) is not an ISO 3166-1 alpha-3 code") }
            let key = code + "|" + RawSources.folded(try curated.required(row, "name_en"))
            names[key] = try curated.arabicNames(row, "names_ar", required: false)
            excluded[key] = Set(try curated.arabicNames(row, "exclude_ar", required: false).compactMap(kb.keys.key))
        }
        let countryNames = kb.countryKeys()
        // A city the curated places already hold (Helsinki) keeps its curated entry.
        let curatedPlaces = Set(kb.entities.filter { $0.rank == 2 && $0.type == .geopolitical }
            .map { ($0.country ?? "") + "|" + RawSources.folded($0.nameEn) })
        let nearStates = Set(Self.subdivisionStates.compactMap { raw.alpha3Of[$0] })
        let firstNames = kb.personFirstWords()
        var count = 0
        for city in raw.cities(minimumPopulation: min(minimumCityPopulation, minimumNearCityPopulation)) {
            let key = city.alpha3 + "|" + RawSources.folded(city.nameEn)
            let isNear = !city.isCapital && city.population < minimumCityPopulation
            guard !curatedPlaces.contains(key), !isNear || nearStates.contains(city.alpha3) else { continue }
            let geoNames = city.namesAr.filter { name in
                guard let nameKey = kb.keys.key(name) else { return false }
                if isNear, kb.aliases[nameKey] != nil || words.isEveryday(name) || firstNames.contains(Substring(nameKey)) { return false }
                return !(excluded[key]?.contains(nameKey) ?? false) && !countryNames.contains(nameKey)
            }.map { name in
                name.unicodeScalars.count == ArabicScript.shortestGeoNamesName && words.isEveryday(name)
                    ? String(Assembly.commonWordMark) + name : name
            }
            let arabic = (names[key] ?? []) + geoNames
            guard let display = arabic.first(where: { $0.first != Assembly.commonWordMark }) else { continue }
            let id = "geonames-\(city.geonameID)"
            kb.add(KBEntity(id: id, type: .geopolitical, nameEn: city.nameEn, nameAr: display, country: city.alpha3,
                            cameo: city.alpha3, capitalOf: city.isCapital ? city.alpha3 : nil,
                            latitude: city.latitude, longitude: city.longitude, rank: 1))
            for name in arabic { kb.name(name, id) }
            kb.englishName(city.nameEn, id)
            count += 1
        }
        return count
    }
}
