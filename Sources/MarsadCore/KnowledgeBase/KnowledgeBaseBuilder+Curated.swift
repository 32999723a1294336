import Foundation

/// The curated files of `Data/kb`, each row checked; a bad row fails the build with its
/// file and line.
extension KnowledgeBaseBuilder {
    /// The role vocabulary of `roles.tsv` (see Data/kb/README.md).
    static let roleVocabulary: Set<String> = [
        "head_of_state", "head_of_government", "vice_president", "deputy_head_of_government", "crown_prince",
        "deputy_crown_prince",
        "foreign_minister", "defence_minister", "interior_minister", "finance_minister", "minister",
        "national_security_adviser", "presidential_aide", "spokesperson", "ambassador", "special_envoy",
        "intelligence_chief", "military_chief", "military_commander", "secretary_general", "high_representative",
        "commission_president", "council_president", "igo_head", "igo_official", "speaker", "legislator",
        "party_leader", "opposition_leader", "group_leader", "regional_leader", "religious_leader",
    ]
    /// What a title phrase can stand for: a role, or `counterpart` (نظيره).
    static let titleRoles = roleVocabulary.union(["counterpart"])
    static let organisationKinds: Set<String> = [
        "igo", "igo_body", "institution", "party", "armed_group", "state_media", "media", "ngo", "company",
    ]
    /// Codes allowed in `people.country` besides ISO alpha-3.
    static let peopleCountryCodes: Set<String> = ["IGO"]

    func addCurated(_ kb: inout Assembly, _ summary: inout Summary) throws(MarsadError) {
        let codes = Set(kb.entities.compactMap(\.country))
        summary.places = try addPlaces(&kb, codes)
        summary.organisations = try addOrganisations(&kb, codes)
        summary.events = try addEvents(&kb, codes)
        let people = try addPeople(&kb, codes)
        summary.people = people.count
        summary.roles = try addRoles(&kb, people, codes)
        try addDemonyms(&kb, codes)
        try addTitles(&kb)
    }

    private func newID(_ table: CuratedTable, _ row: CuratedTable.Row, _ kb: Assembly) throws(MarsadError) -> String {
        let id = try table.slug(row, "id")
        guard !kb.ids.contains(id) else { throw table.fail(row, "id \(id) is already used") }
        return id
    }

    private func optionalCode(_ table: CuratedTable, _ row: CuratedTable.Row, _ column: String, _ codes: Set<String>,
                              also extra: Set<String> = []) throws(MarsadError) -> String? {
        let code = row[column]
        guard !code.isEmpty else { return nil }
        guard codes.contains(code) || extra.contains(code) else { throw table.fail(row, "\(column) \(code) is not a known alpha-3 code") }
        return code
    }

    private func wikidata(_ table: CuratedTable, _ row: CuratedTable.Row) throws(MarsadError) -> String? {
        let qid = row["wikidata"]
        guard !qid.isEmpty else { return nil }
        guard qid.hasPrefix("Q"), qid.count > 1, qid.dropFirst().allSatisfy(\.isASCII), Int(qid.dropFirst()) != nil else {
            throw table.fail(row, "wikidata \(qid.debugDescription) is not a QID")
        }
        return qid
    }

    private func cameo(_ table: CuratedTable, _ row: CuratedTable.Row) throws(MarsadError) -> String {
        let code = try table.required(row, "cameo")
        guard code.count >= 3, code.count % 3 == 0, code.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            throw table.fail(row, "cameo \(code.debugDescription) is not a CAMEO code (upper-case letters in groups of three)")
        }
        return code
    }

    private func addPlaces(_ kb: inout Assembly, _ codes: Set<String>) throws(MarsadError) -> Int {
        let table = try CuratedTable("places.tsv", in: curatedDirectory,
                                     columns: ["id", "name_en", "names_ar", "type", "country", "admin", "lat", "lon", "wikidata"])
        for row in table.rows {
            let id = try newID(table, row, kb)
            let names = try table.arabicNames(row, "names_ar", commonWordMarks: true)
            guard let type = EntityType(rawValue: row["type"]), [.facility, .location, .geopolitical].contains(type) else {
                throw table.fail(row, "type must be FAC, LOC or GPE, not \(row["type"].debugDescription)")
            }
            let country = try optionalCode(table, row, "country", codes)
            let admin = row["admin"]
            if !admin.isEmpty, admin.split(separator: "-").count != 2 || admin.count > 6 {
                throw table.fail(row, "admin \(admin.debugDescription) is not an ISO 3166-2 code")
            }
            let lat = Double(row["lat"]), lon = Double(row["lon"])
            guard (lat == nil) == row["lat"].isEmpty, (lon == nil) == row["lon"].isEmpty, (lat == nil) == (lon == nil) else {
                throw table.fail(row, "lat and lon must both be decimal degrees, or both empty")
            }
            if let lat, let lon, abs(lat) > 90 || abs(lon) > 180 { throw table.fail(row, "coordinates out of range") }
            kb.add(KBEntity(id: id, type: type, nameEn: try table.required(row, "name_en"), nameAr: names[0], country: country,
                            cameo: country, wikidata: try wikidata(table, row), latitude: lat, longitude: lon))
            for name in names { kb.name(name, id) }
            kb.englishName(row["name_en"], id)
        }
        return table.rows.count
    }

    private func addOrganisations(_ kb: inout Assembly, _ codes: Set<String>) throws(MarsadError) -> Int {
        let table = try CuratedTable("organisations.tsv", in: curatedDirectory,
                                     columns: ["id", "name_en", "names_ar", "names_en_alt", "kind", "cameo", "country", "metonym_of", "wikidata"])
        for row in table.rows {
            let id = try newID(table, row, kb)
            let names = try table.arabicNames(row, "names_ar", commonWordMarks: true)
            let kinds = row.list("kind")
            guard !kinds.isEmpty, kinds.allSatisfy(Self.organisationKinds.contains) else {
                throw table.fail(row, "kind \(row["kind"].debugDescription) is not in \(Self.organisationKinds.sorted().joined(separator: ", "))")
            }
            kb.add(KBEntity(id: id, type: .organisation, nameEn: try table.required(row, "name_en"), nameAr: names[0],
                            country: try optionalCode(table, row, "country", codes), cameo: try cameo(table, row),
                            wikidata: try wikidata(table, row), metonymOf: try optionalCode(table, row, "metonym_of", codes)))
            for name in names { kb.name(name, id) }
            for name in [row["name_en"]] + row.list("names_en_alt") { kb.englishName(name, id) }
        }
        return table.rows.count
    }

    /// Named events (wars, accords, summits that have a name): linked as EVENT mentions.
    private func addEvents(_ kb: inout Assembly, _ codes: Set<String>) throws(MarsadError) -> Int {
        let table = try CuratedTable("events.tsv", in: curatedDirectory,
                                     columns: ["id", "name_en", "names_ar", "names_en_alt", "country", "wikidata"])
        for row in table.rows {
            let id = try newID(table, row, kb)
            let names = try table.arabicNames(row, "names_ar", commonWordMarks: true)
            kb.add(KBEntity(id: id, type: .event, nameEn: try table.required(row, "name_en"), nameAr: names[0],
                            country: try optionalCode(table, row, "country", codes), wikidata: try wikidata(table, row)))
            for name in names { kb.name(name, id) }
            for name in [row["name_en"]] + row.list("names_en_alt") { kb.englishName(name, id) }
        }
        return table.rows.count
    }

    private func addPeople(_ kb: inout Assembly, _ codes: Set<String>) throws(MarsadError) -> Set<String> {
        let table = try CuratedTable("people.tsv", in: curatedDirectory,
                                     columns: ["id", "name_en", "names_ar", "names_en_alt", "country", "gender", "wikidata"])
        var people: Set<String> = []
        for row in table.rows {
            let id = try newID(table, row, kb)
            let names = try table.arabicNames(row, "names_ar", commonWordMarks: true)
            guard row["gender"] == "m" || row["gender"] == "f" else { throw table.fail(row, "gender must be m or f") }
            let country = try optionalCode(table, row, "country", codes, also: Self.peopleCountryCodes)
            kb.add(KBEntity(id: id, type: .person, nameEn: try table.required(row, "name_en"), nameAr: names[0],
                            country: country == "IGO" ? nil : country, wikidata: try wikidata(table, row)))
            for name in names { kb.name(name, id) }
            for name in [row["name_en"]] + row.list("names_en_alt") { kb.englishName(name, id) }
            people.insert(id)
        }
        return people
    }

    private func addRoles(_ kb: inout Assembly, _ people: Set<String>, _ codes: Set<String>) throws(MarsadError) -> Int {
        let table = try CuratedTable("roles.tsv", in: curatedDirectory, columns: ["person", "role", "of", "cameo", "start", "end", "note"])
        for row in table.rows {
            let person = try table.required(row, "person")
            guard people.contains(person) else { throw table.fail(row, "person \(person) is not in people.tsv") }
            let role = try table.required(row, "role")
            guard Self.roleVocabulary.contains(role) else { throw table.fail(row, "role \(role) is not in the role vocabulary") }
            let of = try table.required(row, "of")
            guard codes.contains(of) || (kb.ids.contains(of) && !people.contains(of)) else {
                throw table.fail(row, "of \(of) is neither an alpha-3 code nor an organisation id")
            }
            let start = try table.required(row, "start"), end = row["end"]
            guard let first = KBDate.first(start) else { throw table.fail(row, "start \(start.debugDescription) is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            if !end.isEmpty {
                guard let last = KBDate.last(end) else { throw table.fail(row, "end \(end.debugDescription) is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
                guard first <= last else { throw table.fail(row, "start \(start) is after end \(end)") }
            }
            kb.role(person, role, of, try cameo(table, row), start, end)
        }
        return table.rows.count
    }

    private func addDemonyms(_ kb: inout Assembly, _ codes: Set<String>) throws(MarsadError) {
        let groups = try CuratedTable("groups.tsv", in: curatedDirectory, columns: ["code", "id", "name_en", "name_ar", "note"])
        var groupIDs: [String: String] = [:]
        for row in groups.rows {
            let code = try groups.required(row, "code"), id = try groups.slug(row, "id")
            if !kb.ids.contains(id) {
                let names = try groups.arabicNames(row, "name_ar")
                kb.add(KBEntity(id: id, type: .group, nameEn: try groups.required(row, "name_en"), nameAr: names[0], cameo: code))
                kb.name(names[0], id)
            }
            groupIDs[code] = id
        }
        let table = try CuratedTable("demonyms.tsv", in: curatedDirectory, columns: ["country", "masc_sg", "fem_sg", "plural", "note"])
        for row in table.rows {
            let code = try table.required(row, "country")
            let id: String
            if codes.contains(code) { id = KBEntity.countryPrefix + code.lowercased() } else if let group = groupIDs[code] { id = group } else {
                throw table.fail(row, "country \(code) is neither an alpha-3 code nor a code of groups.tsv")
            }
            guard kb.ids.contains(id) else { throw table.fail(row, "no entity \(id) for \(code)") }
            let forms = DemonymForms.forms(masculine: try table.arabicNames(row, "masc_sg"),
                                           feminine: try table.arabicNames(row, "fem_sg", required: false),
                                           plural: try table.arabicNames(row, "plural", required: false),
                                           ambiguous: row["note"].contains("ambiguous"))
            for form in forms { kb.demonym(form, id) }
        }
    }

    private func addTitles(_ kb: inout Assembly) throws(MarsadError) {
        let table = try CuratedTable("titles_ar.tsv", in: curatedDirectory, columns: ["role", "names_ar", "note"])
        for row in table.rows {
            let role = try table.required(row, "role")
            guard Self.titleRoles.contains(role) else { throw table.fail(row, "role \(role) is not in the role vocabulary nor `counterpart`") }
            for name in try table.arabicNames(row, "names_ar") { kb.title(name, role) }
        }
    }
}
