import MarsadCore

/// A day of the proleptic Gregorian calendar, with the arithmetic the time stage needs:
/// days since 1970-01-01 both ways, weekdays, ISO weeks, month and year shifts.
struct CivilDate: Sendable, Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// A date if it exists (no 31 February, no month 13).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= PublicationTime.daysIn(month: month, year: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// The date `days` days after 1970-01-01 (H. Hinnant's civil-from-days).
    init(days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    var days: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 Monday … 7 Sunday.
    var weekday: Int { ((days % 7 + 7) % 7 + 3) % 7 + 1 }

    func adding(days n: Int) -> CivilDate { CivilDate(days: days + n) }

    /// The ISO 8601 week (`2025-W33`) the date falls in.
    var isoWeek: String {
        let thursday = adding(days: 4 - weekday)
        let week = (thursday.days - CivilDate(year: thursday.year, month: 1, day: 1)!.days) / 7 + 1
        return "\(Self.pad(thursday.year, 4))-W\(Self.pad(week, 2))"
    }

    /// `2025-08-15`.
    var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// The month `n` months after this date's month, as (year, month).
    func shiftingMonths(_ n: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + n
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }

    static func < (a: Self, b: Self) -> Bool { a.days < b.days }

    /// `n` written with at least `width` digits.
    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
