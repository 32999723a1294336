import Foundation
import MarsadCore

/// A sentence of the Arabic event gold standard (arabic_event_gsr `*_gsr.csv`): its text
/// and whether annotators saw an event of the file's type in it.
public struct GoldEventSentence: Sendable {
    public enum Label: String, Sendable { case yes, easyNo = "easy no", difficultNo = "difficult no", ambiguous }

    public let id: String
    public let type: PloverType
    public let label: Label
    public let text: String
    /// The share of annotators who accepted the event label (1 for yes, 0 for an easy no,
    /// about a third for most difficult noes).
    public let agreement: Double

    public init(id: String, type: PloverType, label: Label, text: String, agreement: Double? = nil) {
        self.id = id
        self.type = type
        self.label = label
        self.text = text
        self.agreement = agreement ?? (label == .yes ? 1 : 0)
    }

    /// The source document (the id without its sentence number: `AAW_ARB_20080913.0007-59`,
    /// `e6874d…ab_36`), the unit folds keep together.
    public var group: String { (id.lastIndex(of: "-") ?? id.lastIndex(of: "_")).map { String(id[..<$0]) } ?? id }

    /// The day its source document was published, where the id names it.
    public var published: PublicationTime? { GigawordID.published(id) }

    /// Reads a `*_gsr.csv` file (columns `,accept,event_type,id,label,reject,text,total`).
    public static func read(csv: String, origin: String) throws(MarsadError) -> [GoldEventSentence] {
        let rows = CSVRows.parse(csv)
        guard let header = rows.first, let id = header.firstIndex(of: "id"), let label = header.firstIndex(of: "label"),
              let text = header.firstIndex(of: "text"), let type = header.firstIndex(of: "event_type"),
              let accept = header.firstIndex(of: "accept"), let total = header.firstIndex(of: "total") else {
            throw MarsadError(.badRecord, "expected a header with id, event_type, label, text, accept and total", input: origin, line: 1)
        }
        var out: [GoldEventSentence] = []
        for (n, row) in rows.enumerated().dropFirst() where row.count == header.count {
            guard let kind = Label(rawValue: row[label]), let plover = PloverType(rawValue: row[type]) else {
                throw MarsadError(.badRecord, "unknown label ‘\(row[label])’ or event type ‘\(row[type])’", input: origin, line: n + 1)
            }
            guard let accepted = Int(row[accept]), let annotators = Int(row[total]), annotators > 0, (0...annotators).contains(accepted) else {
                throw MarsadError(.badRecord, "accept ‘\(row[accept])’ and total ‘\(row[total])’ are not counts of annotators", input: origin, line: n + 1)
            }
            out.append(GoldEventSentence(id: row[id], type: plover, label: kind, text: row[text], agreement: Double(accepted) / Double(annotators)))
        }
        return out
    }
}

/// A span record of the gold standard (`*_spans.json`): a sentence with its event's
/// source and target actor codes (country and sector, either possibly `None`).
public struct GoldSpanRecord: Sendable {
    /// A country and sector pair; nil fields are `None` in the file.
    public struct Code: Sendable, Equatable {
        public let country: String?
        public let sector: String?
        public init(country: String?, sector: String?) { self.country = country; self.sector = sector }
    }

    public let type: PloverType
    public let text: String
    /// The sentence's id in the gold standard (`AAW_ARB_20080228.0080-10`), if the record names it.
    public let id: String?
    /// The codes the annotators gave most often (the first on ties); nil for no actor.
    public let source: Code?
    public let target: Code?

    /// Reads a `*_spans.json` file.
    public static func read(json: Data, origin: String) throws(MarsadError) -> [GoldSpanRecord] {
        guard let list = (try? JSONSerialization.jsonObject(with: json)) as? [[String: Any]] else {
            throw MarsadError(.badRecord, "expected a JSON array of span records", input: origin)
        }
        var out: [GoldSpanRecord] = []
        for (n, record) in list.enumerated() {
            guard let text = record["text"] as? String, let typeName = record["event_type"] as? String,
                  let type = PloverType(rawValue: typeName), let spans = record["spans"] as? [[String: Any]], !spans.isEmpty else {
                throw MarsadError(.badRecord, "record \(n + 1) lacks text, event_type or spans", input: origin)
            }
            var votes: [String: (count: Int, first: Int, pair: (Code?, Code?))] = [:]
            for (i, span) in spans.enumerated() {
                let pair = (code(span["source_role"]), code(span["target_role"]))
                let key = "\(String(describing: pair.0))|\(String(describing: pair.1))"
                votes[key, default: (0, i, pair)].count += 1
            }
            let best = votes.values.max { $0.count != $1.count ? $0.count < $1.count : $0.first > $1.first }!
            out.append(GoldSpanRecord(type: type, text: text, id: record["source"] as? String, source: best.pair.0, target: best.pair.1))
        }
        return out
    }

    /// The day its source document was published, where the id names it.
    public var published: PublicationTime? { id.flatMap(GigawordID.published) }

    private static func code(_ value: Any?) -> Code? {
        guard let role = value as? [String: Any], !role.isEmpty else { return nil }
        func field(_ key: String) -> String? { (role[key] as? String).flatMap { $0 == "None" || $0.isEmpty ? nil : $0 } }
        return Code(country: field("main"), sector: field("role"))
    }
}

/// The ids of LDC Gigaword documents, which the gold standard's sentences keep: the source,
/// the language and the publication day, then the document's number (`AAW_ARB_20080913.0007`,
/// with `-59` for a sentence).
enum GigawordID {
    /// The publication day an id names; nil for ids of another kind (`e6874d…ab_36`) or an impossible day.
    static func published(_ id: String) -> PublicationTime? {
        let fields = id.split(separator: "_")
        guard fields.count >= 3, let day = fields[2].split(separator: ".").first, day.count == 8, day.allSatisfy(\.isASCII),
              day.allSatisfy(\.isNumber) else { return nil }
        return PublicationTime(iso: "\(day.prefix(4))-\(day.dropFirst(4).prefix(2))-\(day.suffix(2))")
    }
}

/// Rows of a CSV text (RFC 4180: quoted fields may hold commas, newlines and doubled quotes).
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if c != "\r" { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
