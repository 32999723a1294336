import MarsadText

/// The knowledge base the mention stage reads: entities, dated roles and every alias in
/// its matching key form, shared read-only across threads.
public final class KnowledgeBase: Sendable {
    public let entities: [KBEntity]
    public let roles: [KBRole]
    /// Alias entries, indexed by the values of `aliases`.
    public let entries: [AliasEntry]
    /// Alias keys (see `AliasKeyMaker`) to indices into `entries`.
    public let aliases: ByteKeyTable
    /// What each entry of `entries` is, in one byte: a matcher that probes many keys reads
    /// these instead of copying entries (two arrays and a string, each retained).
    public let kinds: [AliasKind]
    /// The most tokens an alias has.
    public let maxAliasTokens: Int
    /// A 65,536-bit filter of the keys' fingerprints: most words are no alias, and the
    /// filter (8 KB, in cache) turns them away before the hash table is touched.
    private let filter: [UInt64]
    private let index: [String: Int32]
    private let rolesOfPerson: [Int32: [Int32]]
    private let holdersOf: [String: [Int32]]
    private let countries: [String: Int32]

    /// A knowledge base from its parts. `aliases` maps each key to what it stands for; the
    /// prefixes of multi-token keys are added here.
    public convenience init(entities: [KBEntity], roles: [KBRole], aliases: [String: AliasEntry]) {
        self.init(entities: entities, roles: roles, keyed: Self.withPrefixes(aliases).map { (Array($0.key.utf8), $0.value) })
    }

    /// A knowledge base from entries already keyed and flagged as prefixes.
    init(entities: [KBEntity], roles: [KBRole], keyed: [([UInt8], AliasEntry)]) {
        var longest = 1
        for (key, _) in keyed { longest = max(longest, key.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }) }
        self.entities = entities
        self.roles = roles
        entries = keyed.map(\.1)
        kinds = entries.map(AliasKind.init)
        aliases = ByteKeyTable(keyed.enumerated().map { ($1.0, UInt32($0)) })
        var filter = [UInt64](repeating: 0, count: 1024)
        for (key, _) in keyed where !key.isEmpty {
            let bit = key.withUnsafeBufferPointer(Self.fingerprint)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
        maxAliasTokens = longest
        var index: [String: Int32] = [:]
        var countries: [String: Int32] = [:]
        for (i, entity) in entities.enumerated() {
            index[entity.id] = Int32(i)
            if entity.isCountry, let code = entity.country { countries[code] = Int32(i) }
        }
        var rolesOfPerson: [Int32: [Int32]] = [:]
        var holdersOf: [String: [Int32]] = [:]
        for (i, role) in roles.enumerated() {
            rolesOfPerson[role.person, default: []].append(Int32(i))
            holdersOf[role.role + "|" + role.of, default: []].append(Int32(i))
        }
        self.index = index
        self.countries = countries
        self.rolesOfPerson = rolesOfPerson
        self.holdersOf = holdersOf
    }

    /// `aliases` with every proper prefix of a multi-token key (up to a space) flagged as a prefix.
    static func withPrefixes(_ aliases: [String: AliasEntry]) -> [String: AliasEntry] {
        var all = aliases
        for key in aliases.keys where key.contains(" ") {
            let words = key.split(separator: " ")
            for n in 1..<words.count { all[words.prefix(n).joined(separator: " "), default: AliasEntry()].isPrefix = true }
        }
        return all
    }

    /// The entity index of `id`.
    public func entity(id: String) -> Int32? { index[id] }

    /// The entity of the country with alpha-3 `code`.
    public func country(_ code: String) -> Int32? { countries[code] }

    /// The alias entry of a key given as UTF-8 bytes.
    @inline(__always)
    public func entry(for key: UnsafeBufferPointer<UInt8>) -> AliasEntry? {
        entryIndex(for: key).map { entries[$0] }
    }

    /// The index into `entries` (and `kinds`) of a key given as UTF-8 bytes.
    @inline(__always)
    public func entryIndex(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !key.isEmpty else { return nil }
        let bit = Self.fingerprint(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return aliases.value(for: key).map { Int($0) }
    }

    /// A 16-bit fingerprint of a non-empty key from its length and the bytes that tell
    /// Arabic letters apart (the second byte of each of the first two and last letters).
    @inline(__always)
    static func fingerprint(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let n = key.count
        var h = UInt32(truncatingIfNeeded: n) &* 0x9E37_79B1
        h ^= UInt32(key[min(1, n - 1)]) &* 0x85EB_CA6B
        h ^= UInt32(key[min(3, n - 1)]) &* 0xC2B2_AE35
        h ^= UInt32(key[n - 1]) &* 0x27D4_EB2F
        h ^= UInt32(key[max(0, n - 3)]) &* 0x1656_67B1
        h ^= h >> 15
        h = h &* 0x2C1B_3C6D
        return Int(h >> 16)
    }

    /// The alias entry of `key`.
    public func entry(for key: String) -> AliasEntry? {
        aliases.value(for: key).map { entries[Int($0)] }
    }

    /// The roles of `person`, in the order the sources list them.
    public func roles(of person: Int32) -> [KBRole] {
        (rolesOfPerson[person] ?? []).map { roles[Int($0)] }
    }

    /// Every term of `role` of `of`, whoever held it.
    private func terms(of role: String, for of: String) -> [KBRole] {
        (holdersOf[role + "|" + of] ?? []).map { roles[Int($0)] }
    }

    /// Who held `role` of `of` (an alpha-3 or an organisation id) on `day` — the one who
    /// took office last, on a handover day. Without a day: the holder whose term is open.
    /// Nil when no one did, or when several held it at once past a handover (a state's
    /// special envoys, its spokespeople): the title alone does not tell which.
    public func holder(of role: String, for of: String, on day: DayStamp?) -> Int32? {
        let current = terms(of: role, for: of).filter { $0.isCurrent(on: day) }
        let staying = current.filter { day == nil || $0.end != day! }
        guard staying.count <= 1 else { return nil }
        return current.max { $0.start < $1.start }?.person
    }

    /// Whether anyone held `role` of `of` on `day` (without a day: whether a term is open).
    public func isHeld(_ role: String, for of: String, on day: DayStamp?) -> Bool {
        terms(of: role, for: of).contains { $0.isCurrent(on: day) }
    }

    /// The one person who held `role` of `of` at some time in `year`; nil when the knowledge
    /// base has none, or several (a handover that year).
    public func soleHolder(of role: String, for of: String, in year: Int) -> Int32? {
        let first = DayStamp(year * 10000 + 101), last = DayStamp(year * 10000 + 1231)
        let people = Set(terms(of: role, for: of).filter { $0.start <= last && first <= $0.end }.map(\.person))
        return people.count == 1 ? people.first : nil
    }

    /// Roles in the order that makes one a person's main office on a day.
    public static let rolePriority = [
        "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "vice_president",
        "crown_prince", "deputy_crown_prince", "secretary_general", "commission_president", "council_president", "high_representative",
        "igo_head", "interior_minister", "finance_minister", "national_security_adviser", "presidential_aide",
        "special_envoy", "spokesperson", "ambassador", "minister",
    ]

    /// The main office `person` held on `day` (without a day: the main open one).
    public func mainRole(of person: Int32, on day: DayStamp?) -> KBRole? {
        let held = roles(of: person).filter { $0.isCurrent(on: day) }
        return held.min { priority($0.role) < priority($1.role) }
    }

    /// A person's actor code on `day`: their main office's (USAGOV for a sitting president);
    /// for one who held office only before, the country's elite code (USAELI for a former
    /// president), as CAMEO codes former officials; nil for one who held none yet.
    public func actorCode(of person: Int32, on day: DayStamp?) -> String? {
        if let role = mainRole(of: person, on: day) { return role.cameo }
        let past = roles(of: person).filter { $0.end < (day ?? .max) }
        guard let last = past.max(by: { $0.end < $1.end }) else { return nil }
        // A state office's code starts with the state's alpha-3; an organisation's does not.
        return last.of.count == 3 && last.cameo.hasPrefix(last.of) ? last.of + "ELI" : last.cameo
    }

    private func priority(_ role: String) -> Int {
        Self.rolePriority.firstIndex(of: role) ?? Self.rolePriority.count
    }

    /// The holder of `role` of `of` on `day` when their term began within the year before
    /// it — who "a new president" (رئيس أمريكي جديد) can only mean; nil without a day.
    public func newHolder(of role: String, for of: String, on day: DayStamp?) -> Int32? {
        guard let day else { return nil }
        let terms = terms(of: role, for: of)
        // Day stamps are YYYYMMDD numbers: 10000 less is the same day a year before.
        return terms.filter { $0.held(on: day) && $0.start >= day - 10000 }.max { $0.start < $1.start }?.person
    }

    /// The ambassador of the state `sender` (alpha-3) to `host` (a state's alpha-3 or an
    /// organisation's id) on `day`: ambassadors are kept under their host, with the
    /// sender's actor code.
    public func ambassador(from sender: String, to host: String, on day: DayStamp?) -> Int32? {
        let terms = terms(of: "ambassador", for: host)
        return terms.filter { $0.cameo.hasPrefix(sender) && $0.isCurrent(on: day) }
            .max { $0.start < $1.start }?.person
    }

    /// Who held `role` of `of` last before the holder on `day` (the "former" one).
    public func previousHolder(of role: String, for of: String, on day: DayStamp?) -> Int32? {
        let terms = terms(of: role, for: of)
        let now = holder(of: role, for: of, on: day)
        let past = terms.filter { $0.person != now && $0.end < (day ?? .max) }
        return past.max { $0.end < $1.end }?.person
    }
}
