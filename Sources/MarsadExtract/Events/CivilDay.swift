import MarsadCore

/// Day numbers for comparing the dates of time values.
enum CivilDay {
    /// Days since 0000-03-01 of a proleptic Gregorian date.
    static func number(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year, m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The first day a value such as `2022`, `2022-08`, `2022-08-15`, `2022-SU` or `2022-W33` covers; of a span, the first
    /// day its start covers. Nil for a value of no date (a duration, a time of day alone).
    static func firstDay(of value: String) -> Int? {
        if let slash = value.firstIndex(of: "/") { return firstDay(of: String(value[..<slash])) }
        guard let (year, part) = parse(value) else { return nil }
        switch part {
        case .year: return number(year, 1, 1)
        case let .month(month): return number(year, month, 1)
        case let .day(month, day): return number(year, month, day)
        case let .other(code): return isoWeek(code).map { mondayOfWeek($0, of: year) } ?? ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code].map { number(year, $0, 1) }
        }
    }

    /// The last day a value such as `2022`, `2022-08`, `2022-08-15`, `2022-SU` or `2022-W33` covers; of a
    /// span (`2025-06-27/2026-06-15`, `1912/1913`), the last day its end covers; the year's last for a part it
    /// does not know.
    static func lastDay(of value: String) -> Int? {
        if let slash = value.lastIndex(of: "/") { return lastDay(of: String(value[value.index(after: slash)...])) }
        guard let (year, part) = parse(value) else { return nil }
        switch part {
        case .year: return number(year, 12, 31)
        case let .month(month): return number(year, month, PublicationTime.daysIn(month: month, year: year))
        case let .day(month, day): return number(year, month, day)
        case let .other(code):
            if let week = isoWeek(code) { return mondayOfWeek(week, of: year) + 6 }
            let month = ["SP": 5, "SU": 8, "FA": 11, "WI": 12][code] ?? 12
            return number(year, month, PublicationTime.daysIn(month: month, year: year))
        }
    }

    /// The number of an ISO week's code (`W48`), or nil.
    private static func isoWeek(_ code: String) -> Int? {
        guard code.count == 3, code.first == "W", let week = Int(code.dropFirst()), (1...53).contains(week) else { return nil }
        return week
    }

    /// The day number of the Monday of ISO week `week` of `year`, whose first week holds 4 January.
    private static func mondayOfWeek(_ week: Int, of year: Int) -> Int {
        let fourth = number(year, 1, 4)
        let weekday = ((fourth - aMonday) % 7 + 7) % 7
        return fourth - weekday + 7 * (week - 1)
    }

    /// The day number of a Monday (2000-01-03).
    private static let aMonday = number(2000, 1, 3)

    /// What a value after its four-digit year names: the year alone, a month, a day, or another part (a season's or
    /// week's code).
    private enum Part {
        case year, month(Int), day(Int, Int), other(String)
    }

    /// The year of a value without a span and the part after it; nil without a four-digit year.
    private static func parse(_ value: String) -> (year: Int, part: Part)? {
        let parts = value.split(separator: "-", maxSplits: 2)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        guard parts.count > 1 else { return (year, .year) }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return (year, .other(String(parts[1]))) }
        if parts.count > 2, let day = Int(parts[2].prefix(2)) { return (year, .day(month, day)) }
        return (year, .month(month))
    }
}
