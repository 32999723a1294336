/// The knowledge base's text form (the body of `kb.tsv`): one record a line, tab-separated,
/// the first field telling its kind —
///
///     E  id  type  name_en  name_ar  country  cameo  wikidata  metonym_of  capital_of  lat  lon  rank
///     R  person  role  of  cameo  start  end
///     A  key  names (ids, `|`)  demonym_of (ids, `|`)  title_role
extension KnowledgeBase {
    /// The format of `kb.tsv` this build reads and writes.
    public static let format = 1
    /// The columns, for the resource header.
    public static let columns = "E id type name_en name_ar country cameo wikidata metonym_of capital_of lat lon rank | R person role of cameo start end | A key names demonym_of title_role"

    /// An error in the knowledge base's text form, with its line.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the text form.
    public convenience init(tsv: String) throws(FormatError) {
        var entities: [KBEntity] = []
        var index: [Substring: Int32] = [:]
        var pendingRoles: [(line: Int, fields: [Substring])] = []
        var pendingAliases: [(line: Int, fields: [Substring])] = []
        var number = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch f[0] {
            case "E":
                guard f.count == 13, let type = EntityType(rawValue: String(f[2])), let rank = UInt8(f[12]) else {
                    throw FormatError(line: number, reason: "expected an entity record of 13 fields")
                }
                func opt(_ i: Int) -> String? { f[i].isEmpty ? nil : String(f[i]) }
                index[f[1]] = Int32(entities.count)
                entities.append(KBEntity(id: String(f[1]), type: type, nameEn: String(f[3]), nameAr: String(f[4]),
                                         country: opt(5), cameo: opt(6), wikidata: opt(7), metonymOf: opt(8),
                                         capitalOf: opt(9), latitude: Double(f[10]), longitude: Double(f[11]), rank: rank))
            case "R":
                guard f.count == 7 else { throw FormatError(line: number, reason: "expected a role record of 7 fields") }
                pendingRoles.append((number, f))
            case "A":
                guard f.count == 5 else { throw FormatError(line: number, reason: "expected an alias record of 5 fields") }
                pendingAliases.append((number, f))
            default:
                throw FormatError(line: number, reason: "unknown record kind \(f[0].debugDescription)")
            }
        }
        func ids(_ field: Substring, _ line: Int) throws(FormatError) -> [Int32] {
            var out: [Int32] = []
            for id in field.split(separator: "|") {
                guard let i = index[id] else { throw FormatError(line: line, reason: "unknown entity id \(id)") }
                out.append(i)
            }
            return out
        }
        var roles: [KBRole] = []
        for (line, f) in pendingRoles {
            guard let person = index[f[1]] else { throw FormatError(line: line, reason: "unknown person \(f[1])") }
            roles.append(KBRole(person: person, role: String(f[2]), of: String(f[3]), cameo: String(f[4]),
                                startText: String(f[5]), endText: f[6].isEmpty ? nil : String(f[6])))
        }
        var aliases: [String: AliasEntry] = [:]
        for (line, f) in pendingAliases {
            aliases[String(f[1])] = AliasEntry(names: try ids(f[2], line), demonymOf: try ids(f[3], line),
                                               titleRole: f[4].isEmpty ? nil : String(f[4]))
        }
        self.init(entities: entities, roles: roles, aliases: aliases)
    }
}
