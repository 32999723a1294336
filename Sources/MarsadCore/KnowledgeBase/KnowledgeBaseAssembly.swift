/// The knowledge base while it is built: entities, roles and aliases by key, written out
/// as the body of `kb.tsv`.
struct Assembly {
    let keys = AliasKeyMaker()
    private(set) var entities: [KBEntity] = []
    private(set) var ids: Set<String> = []
    private(set) var roles: [(person: String, role: String, of: String, cameo: String, start: String, end: String)] = []
    /// Alias key → (names, demonym-of, title role), ids in the order added.
    private(set) var aliases: [String: (names: [String], demonyms: [String], title: String?)] = [:]
    /// Keys that are also everyday words (`AliasEntry.isCommonWord`).
    private(set) var commonWords: Set<String> = []
    /// What marks a curated name as an everyday word too (Data/kb/README.md): `?القاعدة`.
    static let commonWordMark: Character = "?"

    /// English words that must never be taken as names (all-caps acronyms lower-cased).
    static let englishStopWords: Set<String> = [
        "a", "am", "an", "are", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
        "no", "of", "on", "or", "so", "to", "up", "us", "we", "who", "can", "may", "all", "new", "one", "man",
    ]

    mutating func add(_ entity: KBEntity) {
        entities.append(entity)
        ids.insert(entity.id)
    }

    /// Adds an Arabic name of entity `id`; a name marked with `commonWordMark` is also an
    /// everyday word.
    mutating func name(_ name: String, _ id: String) {
        let isCommonWord = name.first == Self.commonWordMark
        guard let key = keys.key(isCommonWord ? String(name.dropFirst()) : name) else { return }
        if !aliases[key, default: ([], [], nil)].names.contains(id) { aliases[key, default: ([], [], nil)].names.append(id) }
        if isCommonWord { commonWords.insert(key) }
    }

    /// Adds an English name of entity `id`, unless it is too short or an ordinary word.
    mutating func englishName(_ name: String, _ id: String) {
        guard name.count >= 3, let key = keys.key(name), !Self.englishStopWords.contains(key) else { return }
        self.name(name, id)
    }

    /// Adds a demonym form of entity `id`.
    mutating func demonym(_ form: String, _ id: String) {
        guard let key = keys.key(form) else { return }
        if !aliases[key, default: ([], [], nil)].demonyms.contains(id) { aliases[key, default: ([], [], nil)].demonyms.append(id) }
    }

    /// Adds a title phrase standing for `role`.
    mutating func title(_ phrase: String, _ role: String) {
        guard let key = keys.key(phrase) else { return }
        aliases[key, default: ([], [], nil)].title = role
    }

    mutating func role(_ person: String, _ role: String, _ of: String, _ cameo: String, _ start: String, _ end: String) {
        roles.append((person, role, of, cameo, start, end))
    }

    /// The first words of people's names of two words or more (بشار of بشار الأسد).
    func personFirstWords() -> Set<Substring> {
        let people = Set(entities.filter { $0.type == .person }.map(\.id))
        var words: Set<Substring> = []
        for (key, value) in aliases where key.contains(" ") && value.names.contains(where: people.contains) {
            words.insert(key.split(separator: " ")[0])
        }
        return words
    }

    /// The keys that name a country.
    func countryKeys() -> Set<String> {
        Set(aliases.filter { $0.value.names.contains { $0.hasPrefix(KBEntity.countryPrefix) } }.keys)
    }

    /// The text form read by `KnowledgeBase(tsv:)`, in a stable order.
    func body() -> String {
        var out = ""
        func clean(_ s: String?) -> String { s ?? "" }
        func number(_ d: Double?) -> String { d.map { String($0) } ?? "" }
        for e in entities {
            out += ["E", e.id, e.type.rawValue, e.nameEn, e.nameAr, clean(e.country), clean(e.cameo), clean(e.wikidata),
                    clean(e.metonymOf), clean(e.capitalOf), number(e.latitude), number(e.longitude), String(e.rank)]
                .joined(separator: "\t") + "\n"
        }
        for r in roles {
            out += ["R", r.person, r.role, r.of, r.cameo, r.start, r.end].joined(separator: "\t") + "\n"
        }
        var prefixes: Set<String> = []
        for key in aliases.keys where key.contains(" ") {
            let words = key.split(separator: " ")
            for n in 1..<words.count { prefixes.insert(words.prefix(n).joined(separator: " ")) }
        }
        for key in Set(aliases.keys).union(prefixes).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let value = aliases[key] ?? ([], [], nil)
            let flags = (prefixes.contains(key) ? "p" : "") + (commonWords.contains(key) ? "w" : "")
            out += ["A", key, value.names.joined(separator: "|"), value.demonyms.joined(separator: "|"), clean(value.title),
                    flags].joined(separator: "\t") + "\n"
        }
        return out
    }
}
