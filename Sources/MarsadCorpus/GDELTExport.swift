import MarsadCore
import MarsadStore

/// The stored events as rows of the GDELT 2.0 event table: 61 tab-separated columns, no
/// header, in GDELT's order. One row per event and (source, target) pair; Marsad fills the
/// date, actors (CAMEO code, name, country), the CAMEO event codes and quad class, counts
/// of 1 and the source URL, and leaves the rest (Goldstein scale, tone, geography) empty.
public enum GDELTExport {
    /// GDELT 2.0's column names, in order.
    public static let columns = [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    /// Writes a row per event and actor pair of `store` through `write`.
    public static func write(from store: any Store, _ write: (String) -> Void) throws {
        let entities = Dictionary(try store.entities().map { ($0.entity.id, $0.entity) }, uniquingKeysWith: { a, _ in a })
        var number = 0
        try store.forEachEvent { origin, event in
            let date = PublicationTime(of: event, in: origin)
            let pairs: [(String?, String?)] = event.sources.isEmpty && event.targets.isEmpty ? [(nil, nil)]
                : (event.sources.isEmpty ? [nil] : event.sources.map(Optional.some)).flatMap { source in
                    (event.targets.isEmpty ? [nil] : event.targets.map(Optional.some)).map { (source, $0) }
                }
            for (source, target) in pairs {
                number += 1
                var row = [String](repeating: "", count: columns.count)
                row[0] = String(number)
                if let date {
                    let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
                    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
                    row[1] = "\(date.year)\(month)\(day)"
                    row[2] = "\(date.year)\(month)"
                    row[3] = "\(date.year)"
                    let dayOfYear = (1..<date.month).reduce(0) { $0 + PublicationTime.daysIn(month: $1, year: date.year) } + date.day
                    row[4] = String(format: "%.4f", Double(date.year) + Double(dayOfYear) / 365.0)
                }
                fill(&row, at: 5, actor: source, entities)
                fill(&row, at: 15, actor: target, entities)
                row[26] = event.cameo
                row[27] = String(event.cameo.prefix(3))
                row[28] = String(event.cameo.prefix(2))
                row[29] = quadClass(rootCode: String(event.cameo.prefix(2)))
                row[31] = "1"; row[32] = "1"; row[33] = "1"
                row[60] = origin.url ?? ""
                write(row.map(clean).joined(separator: "\t") + "\n")
            }
        }
    }

    /// Code, name and country of `actor` in the ten columns from `start`.
    private static func fill(_ row: inout [String], at start: Int, actor: String?, _ entities: [String: AnalysisFacts.Entity]) {
        guard let actor else { return }
        let entity = entities[actor]
        row[start] = entity?.cameo ?? ""
        row[start + 1] = entity?.nameEN ?? entity?.nameAR ?? actor
        row[start + 2] = entity?.country ?? ""
    }

    /// GDELT's quad class of a CAMEO root code: 1 verbal cooperation (01–05), 2 material
    /// cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
    static func quadClass(rootCode: String) -> String {
        guard let root = Int(rootCode) else { return "" }
        switch root {
        case 1...5: return "1"
        case 6...8: return "2"
        case 9...13: return "3"
        case 14...20: return "4"
        default: return ""
        }
    }

    /// A field without tabs or line breaks, which would break the table.
    static func clean(_ field: String) -> String {
        field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) : field
    }
}
