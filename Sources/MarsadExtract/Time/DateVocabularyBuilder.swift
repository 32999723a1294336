import Foundation
import MarsadCore

/// Builds the date vocabulary (`marsad build dates`) from dateparser's Arabic data, the
/// CLDR Arabic locales and a curated list, one row per phrase and meaning.
public struct DateVocabularyBuilder {
    /// Rows in the order added: phrase, kind, value, origin.
    private var rows: [(phrase: String, kind: String, value: String, origin: String)] = []
    private var seen: Set<String> = []
    private let normalizer = Normalizer(options: .token)

    public init() {}

    /// The number of rows so far.
    public var count: Int { rows.count }

    /// Adds a row unless the same normalised phrase with the same meaning is there already.
    public mutating func add(_ phrase: String, kind: String, value: String, origin: String) {
        let trimmed = phrase.split(separator: " ").joined(separator: " ")
        guard !trimmed.isEmpty, DateVocabulary.meaning(kind: kind, value: value) != nil else { return }
        let key = normalizer.normalized(trimmed) + "\t" + kind + "\t" + value
        guard seen.insert(key).inserted else { return }
        rows.append((trimmed, kind, value, origin))
    }

    /// Adds dateparser's month names (with its per-locale ones), weekdays, one-word
    /// relative days and its `ago` word منذ, from its exported `ar` JSON.
    public mutating func addDateparser(json data: Data, origin: String) throws(MarsadError) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw MarsadError(.badRecord, "expected dateparser's Arabic locale as a JSON object", input: origin)
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var locales = [object]
        if let specific = object["locale_specific"] as? [String: Any] {
            locales += specific.keys.sorted().compactMap { specific[$0] as? [String: Any] }
        }
        for locale in locales {
            for (i, name) in months.enumerated() {
                for word in locale[name] as? [String] ?? [] where !word.contains(where: \.isNumber) {
                    add(word, kind: "month", value: String(i + 1), origin: origin)
                }
            }
        }
        for (i, name) in days.enumerated() {
            for word in object[name] as? [String] ?? [] { add(word, kind: "weekday", value: String(i + 1), origin: origin) }
        }
        // "1 day ago" → -1, "in 1 day" → +1, "0 day ago" → 0: one-word phrases only; the
        // rest (قبل يومين, الأسبوع الماضي) the time stage composes from its parts.
        let relative = object["relative-type"] as? [String: [String]] ?? [:]
        for meaning in relative.keys.sorted() {
            let phrases = relative[meaning] ?? []
            let parts = meaning.split(separator: " ")
            let offset: Int?
            if parts.count == 3, parts[1] == "day", parts[2] == "ago" { offset = Int(parts[0]).map { -$0 } }
            else if parts.count == 3, parts[0] == "in", parts[2] == "day" { offset = Int(parts[1]) }
            else { offset = nil }
            for phrase in phrases where !phrase.contains(" ") {
                if let offset { add(phrase, kind: "relative-day", value: String(offset), origin: origin) }
                else if meaning == "0 second ago" { add(phrase, kind: "present", value: "-", origin: origin) }
            }
        }
        if (object["ago"] as? [String] ?? []).contains("منذ") { add("منذ", kind: "ago", value: "since", origin: origin) }
    }

    /// Adds the wide Gregorian and Islamic month names and the wide weekday names of one
    /// CLDR locale file (`ar.xml`, `ar_SY.xml`, `ar_TN.xml` …).
    public mutating func addCLDR(xml: String, origin: String) {
        let weekdays = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]
        var calendar = "", wide = false
        for line in xml.split(separator: "\n") {
            if let type = Self.attribute("type", of: "<calendar ", in: line) { calendar = type }
            if line.contains("<monthWidth ") || line.contains("<dayWidth ") { wide = line.contains("type=\"wide\"") }
            guard wide, calendar == "gregorian" || calendar == "islamic" else { continue }
            if let type = Self.attribute("type", of: "<month ", in: line), let name = Self.content(of: line) {
                add(name, kind: calendar == "islamic" ? "hijri-month" : "month", value: type, origin: origin)
            } else if calendar == "gregorian", let type = Self.attribute("type", of: "<day ", in: line),
                      let day = weekdays[type], let name = Self.content(of: line) {
                add(name, kind: "weekday", value: String(day), origin: origin)
            }
        }
    }

    /// Adds a curated TSV (`phrase <TAB> kind <TAB> value`, `#` comments).
    public mutating func addCurated(tsv: String, origin: String) throws(MarsadError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, DateVocabulary.meaning(kind: fields[1], value: fields[2]) != nil else {
                throw MarsadError(.badRecord, "expected phrase <TAB> kind <TAB> value with a known kind and value", input: origin, line: n + 1)
            }
            add(fields[0], kind: fields[1], value: fields[2], origin: origin)
        }
    }

    /// The resource file.
    public func resource(sources: [String], built: String) -> ResourceFile {
        let body = rows.map { "\($0.phrase)\t\($0.kind)\t\($0.value)\t\($0.origin)\n" }.joined()
        return ResourceFile(name: "dates", format: DateVocabulary.format, builtBy: "marsad build dates",
                            sources: sources, built: built, columns: DateVocabulary.columns, body: body)
    }

    private static func attribute(_ name: String, of tag: String, in line: Substring) -> String? {
        guard let tagRange = line.range(of: tag), let attr = line[tagRange.upperBound...].range(of: name + "=\"") else { return nil }
        let rest = line[attr.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private static func content(of line: Substring) -> String? {
        guard let open = line.firstIndex(of: ">"), let close = line[open...].range(of: "</") else { return nil }
        let text = line[line.index(after: open)..<close.lowerBound]
        return text.count >= 2 ? String(text) : nil
    }
}
