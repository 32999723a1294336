import MarsadCore

/// The document-local entities of generic actors (الشرطة العراقية → `IRQCOP`, مسلحون →
/// `---UAF`): one per country and sector, added to the document's entities when an event
/// first names it; and the states nisba adjectives name, from the knowledge base.
struct GenericActors {
    private var slots: [String: Int] = [:]

    /// The entity index of a generic actor, added to `document` if new; `surface` is the
    /// role noun's UTF-8 range, its Arabic name.
    mutating func entity(sector: String, country: String?, surface: Range<Int>, in document: inout AnnotatedDocument) -> Int {
        let code = EventActor.genericCode(sector: sector, country: country)
        if let slot = slots[code] { return slot }
        let name = document.document.surface(surface)
        let english = Self.sectorNames[sector] ?? sector
        let entity = KBEntity(id: "local-" + (country.map { $0.lowercased() + "-" } ?? "") + sector.lowercased(), type: .group,
                              nameEn: country.map { "\(english) (\($0))" } ?? english, nameAr: name, country: country,
                              cameo: code, rank: 0)
        document.entities.append(DocumentEntity(entity: entity, roles: []))
        slots[code] = document.entities.count - 1
        return document.entities.count - 1
    }

    /// The entity index of the state `code`, added to `document` from `kb` if new.
    mutating func state(_ code: String, kb: KnowledgeBase, in document: inout AnnotatedDocument) -> Int? {
        if let slot = slots[code] { return slot }
        // The country itself, not a region of it that shares its code (Alaska for USA).
        guard let index = kb.country(code) else { return nil }
        let entity = known(index, kb: kb, in: &document)
        slots[code] = entity
        return entity
    }

    /// The entity index of the knowledge base's entity `k`, added to `document` if new.
    mutating func known(_ k: Int32, kb: KnowledgeBase, in document: inout AnnotatedDocument) -> Int {
        let id = kb.entities[Int(k)].id
        if let slot = slots[id] { return slot }
        let index = document.entities.firstIndex(where: { $0.entity.id == id }) ?? {
            document.entities.append(DocumentEntity(entity: kb.entities[Int(k)], roles: []))
            return document.entities.count - 1
        }()
        slots[id] = index
        return index
    }

    /// English names of the CAMEO sectors role nouns map to.
    static let sectorNames = [
        "COP": "police", "MIL": "armed forces", "UAF": "armed group", "REB": "rebels", "OPP": "opposition",
        "CVL": "civilians", "GOV": "government", "JUD": "judiciary", "LEG": "legislature", "MED": "media",
        "BUS": "business", "EDU": "education", "REL": "religious", "LAB": "labour", "HLH": "health",
        "REF": "refugees", "SPY": "intelligence", "ELI": "elites", "CRM": "criminals", "AGR": "agriculture",
        "PTY": "party", "NGO": "non-governmental organisation", "IGO": "intergovernmental organisation",
    ]
}
