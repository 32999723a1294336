import MarsadCore

/// Makes actors entities of the document: a linked mention is its entity; an unlinked
/// mention, a name no mention covers and a generic actor become document-local entities (DESIGN.md: generic actors
/// are entities too), typed by country and sector (`EURGOV`, `CHNGOVMED`, `---GOV`).
enum LocalEntities {
    /// Sectors whose actors are people rather than institutions.
    static let peopleSectors: Set<String> = ["CVL", "OPP", "REB", "UAF", "REF", "LAB", "AGR", "CRM", "EDU"]

    /// The entity index of `actor`, adding a local entity to `document` when needed.
    static func entity(of actor: Actor, in document: inout AnnotatedDocument, actors: GenericActorLexicon, bytes: [UInt8],
                       tokens: [Token]) -> Int {
        switch actor {
        case .entity(let e):
            return e
        case .mention(let m):
            if let e = document.mentions[m].entity { return e }
            let surface = String(decoding: bytes[document.mentions[m].range], as: UTF8.self)
            let e = add(KBEntity(id: prefix + "\(localCount(document) + 1)", type: document.mentions[m].type, nameEn: "", nameAr: surface, rank: 0), to: &document)
            document.mentions[m].entity = e
            return e
        case .name(let span):
            let surface = String(decoding: bytes[Int(tokens[span.lowerBound].start)..<Int(tokens[span.upperBound - 1].end)], as: UTF8.self)
            if let found = document.entities.firstIndex(where: { $0.entity.id.hasPrefix(prefix) && $0.entity.nameAr == surface }) { return found }
            return add(KBEntity(id: prefix + "\(localCount(document) + 1)", type: .person, nameEn: "", nameAr: surface, rank: 0), to: &document)
        case .generic(let sector, let country, let span):
            let place = country.flatMap { document.mentions[$0].entity }.map { document.entities[$0].entity }
            let code = place.map { $0.cameo.map { String($0.prefix(3)) } ?? actors.code(ofEntity: $0.id) ?? $0.country ?? "---" } ?? "---"
            let id = "generic-" + (code == "---" ? "" : code.lowercased() + "-") + sector.code.lowercased()
            if let found = document.entities.firstIndex(where: { $0.entity.id == id }) { return found }
            let range = Int(tokens[span.lowerBound].start)..<Int(tokens[span.upperBound - 1].end)
            let nameEn = place.map { "\($0.nameEn) \(sector.label)" } ?? "unidentified \(sector.label)"
            let entity = KBEntity(id: id, type: peopleSectors.contains(sector.code) ? .group : .organisation, nameEn: nameEn,
                                  nameAr: String(decoding: bytes[range], as: UTF8.self), country: place?.country,
                                  cameo: code + sector.code, rank: 0)
            return add(entity, to: &document)
        }
    }

    /// The start of the ids of document-local entities.
    static let prefix = "local-"

    /// The entity of a person the knowledge base does not know, named at `name` (UTF-8) and coded `cameo` (country and
    /// sector, from their title) if known: the entity their mention links to already, one of the document's own of the
    /// same name, of the full name whose surname `name` is (بيرييلو after توم بيرييلو) or of the surname of `name`,
    /// else a new one. An entity without a code takes `cameo`; the mention named at `name` links to the entity.
    static func person(named name: Range<Int>, country: String?, cameo: String?, in document: inout AnnotatedDocument) -> Int {
        let mention = document.mentions.firstIndex { $0.range == name }
        let surface = document.document.surface(name)
        let e = mention.flatMap { document.mentions[$0].entity } ?? document.entities.firstIndex { record in
            record.entity.type == .person && record.entity.id.hasPrefix(prefix)
                && (record.entity.nameAr == surface || surname(of: record.entity.nameAr) == surface || surname(of: surface) == record.entity.nameAr)
        } ?? add(KBEntity(id: prefix + "\(localCount(document) + 1)", type: .person, nameEn: "", nameAr: surface, rank: 0), to: &document)
        let record = document.entities[e]
        if let cameo, record.cameo == nil, record.entity.id.hasPrefix(prefix) {
            let entity = record.entity
            document.entities[e] = DocumentEntity(
                entity: KBEntity(id: entity.id, type: entity.type, nameEn: entity.nameEn, nameAr: entity.nameAr,
                                 country: country, cameo: cameo, rank: entity.rank),
                roles: record.roles, cameo: cameo)
        }
        if let mention { document.mentions[mention].entity = e }
        return e
    }

    /// The word of a full name that stands alone for its person (`PersonNames.surname`), if any.
    private static func surname(of name: String) -> String? {
        let words = name.split(separator: " ").map(String.init)
        return PersonNames.surname(of: words, country: nil).flatMap { $0.patronymic ? nil : words[$0.index] }
    }

    private static func add(_ entity: KBEntity, to document: inout AnnotatedDocument) -> Int {
        document.entities.append(DocumentEntity(entity: entity, roles: []))
        return document.entities.count - 1
    }

    private static func localCount(_ document: AnnotatedDocument) -> Int {
        document.entities.count { $0.entity.id.hasPrefix(prefix) }
    }
}
