/// The knowledge base's text form (the body of `kb.tsv`): one record a line, tab-separated,
/// the first field telling its kind —
///
///     E  id  type  name_en  name_ar  country  cameo  wikidata  metonym_of  capital_of  lat  lon  rank
///     R  person  role  of  cameo  start  end
///     A  key  names (ids, `|`)  demonym_of (ids, `|`)  title_role  flags
///
/// An alias's flags are `p` when longer keys begin with it and `w` when it is also an
/// everyday word (`AliasEntry.isCommonWord`), in that order: `p`, `w`, `pw` or nothing.
///
/// Read on UTF-8 bytes, so that loading stays well under the 100 ms budget.
extension KnowledgeBase {
    /// The format of `kb.tsv` this build reads and writes.
    public static let format = 2
    /// The columns, for the resource header.
    public static let columns = "E id type name_en name_ar country cameo wikidata metonym_of capital_of lat lon rank | R person role of cameo start end | A key names demonym_of title_role flags"

    /// An error in the knowledge base's text form, with its line.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the text form.
    public convenience init(tsv: String) throws(FormatError) {
        var text = tsv
        let parsed: Result<([KBEntity], [KBRole], [([UInt8], AliasEntry)]), FormatError> = text.withUTF8 { bytes in
            do throws(FormatError) { return .success(try Self.parse(bytes)) } catch { return .failure(error) }
        }
        let (entities, roles, keyed) = try parsed.get()
        self.init(entities: entities, roles: roles, keyed: keyed)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(FormatError) -> ([KBEntity], [KBRole], [([UInt8], AliasEntry)]) {
        var entities: [KBEntity] = []
        var roles: [KBRole] = []
        var keyed: [([UInt8], AliasEntry)] = []
        var index: [String: Int32] = [:]
        var fields: [Range<Int>] = []
        fields.reserveCapacity(16)
        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        func ids(_ r: Range<Int>, _ line: Int) throws(FormatError) -> [Int32] {
            guard !r.isEmpty else { return [] }
            var out: [Int32] = []
            for id in string(r).split(separator: "|") {
                guard let i = index[String(id)] else { throw FormatError(line: line, reason: "unknown entity id \(id)") }
                out.append(i)
            }
            return out
        }
        var line = 0
        var start = 0
        while start < bytes.count {
            line += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for k in start...end where k == end || bytes[k] == 0x09 {
                fields.append(fieldStart..<k)
                fieldStart = k + 1
            }
            let f = fields
            guard f[0].count == 1 else { throw FormatError(line: line, reason: "unknown record kind \(string(f[0]).debugDescription)") }
            switch bytes[f[0].lowerBound] {
            case UInt8(ascii: "E"):
                guard f.count == 13, let type = EntityType(rawValue: string(f[2])), let rank = UInt8(string(f[12])) else {
                    throw FormatError(line: line, reason: "expected an entity record of 13 fields")
                }
                func opt(_ i: Int) -> String? { f[i].isEmpty ? nil : string(f[i]) }
                let id = string(f[1])
                index[id] = Int32(entities.count)
                entities.append(KBEntity(id: id, type: type, nameEn: string(f[3]), nameAr: string(f[4]), country: opt(5),
                                         cameo: opt(6), wikidata: opt(7), metonymOf: opt(8), capitalOf: opt(9),
                                         latitude: opt(10).flatMap(Double.init), longitude: opt(11).flatMap(Double.init), rank: rank))
            case UInt8(ascii: "R"):
                guard f.count == 7 else { throw FormatError(line: line, reason: "expected a role record of 7 fields") }
                guard let person = index[string(f[1])] else { throw FormatError(line: line, reason: "unknown person \(string(f[1]))") }
                roles.append(KBRole(person: person, role: string(f[2]), of: string(f[3]), cameo: string(f[4]),
                                    startText: string(f[5]), endText: f[6].isEmpty ? nil : string(f[6])))
            case UInt8(ascii: "A"):
                guard f.count == 6 else { throw FormatError(line: line, reason: "expected an alias record of 6 fields") }
                let flags = bytes[f[5]]
                let isPrefix = flags.first == UInt8(ascii: "p"), isCommonWord = flags.last == UInt8(ascii: "w")
                guard flags.count == (isPrefix ? 1 : 0) + (isCommonWord ? 1 : 0) else {
                    throw FormatError(line: line, reason: "alias flags \(string(f[5]).debugDescription) are not p, w, pw or empty")
                }
                let entry = AliasEntry(names: try ids(f[2], line), demonymOf: try ids(f[3], line),
                                       titleRole: f[4].isEmpty ? nil : string(f[4]), isPrefix: isPrefix, isCommonWord: isCommonWord)
                keyed.append((Array(bytes[f[1]]), entry))
            default:
                throw FormatError(line: line, reason: "unknown record kind \(string(f[0]).debugDescription)")
            }
        }
        return (entities, roles, keyed)
    }
}
