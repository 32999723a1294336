/// Conversion from the Hijri calendar to the Gregorian one by the tabular (arithmetical,
/// "civil") Islamic calendar: 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21,
/// 24, 26, 29, months of 30 and 29 days alternating, epoch 16 July 622 (Julian).
///
/// The official calendars (Umm al-Qura, sightings) differ from the tabular one by a day
/// or two, so the conversion is trusted only within `validYears`, the modern era the time
/// stage reads news from; a date outside it is kept unresolved rather than guessed.
enum HijriCalendar {
    /// The Hijri years converted: 1343 AH (1924, the first Umm al-Qura calendar) to 1500 AH (2077).
    static let validYears = 1343...1500

    /// Days from 1970-01-01 to the tabular epoch, 1 Muharram 1 AH (19 July 622 Gregorian).
    static let epoch = -492_148

    /// The number of days in a Hijri month of the tabular calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        if month == 12 { return isLeap(year) ? 30 : 29 }
        return month % 2 == 1 ? 30 : 29
    }

    /// Whether a Hijri year has 355 days.
    static func isLeap(_ year: Int) -> Bool { (14 + 11 * year) % 30 < 11 }

    /// The Gregorian date of a Hijri date, or nil when the year is outside `validYears` or
    /// the day does not exist. Day 30 of a 29-day month is accepted (an observed month may
    /// have it) and falls on the day after day 29.
    static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        guard validYears.contains(year), (1...12).contains(month), (1...30).contains(day) else { return nil }
        return CivilDate(days: days(year: year, month: month, day: day))
    }
}

extension HijriCalendar {
    /// How many days an observed calendar may differ from the tabular one, either way.
    static let tabularError = 2

    /// The Gregorian years a Hijri year overlaps, for any year from 1 AH to 9999 CE, allowing
    /// `tabularError` days at either end; nil outside.
    static func gregorianYears(of year: Int) -> ClosedRange<Int>? {
        guard year >= 1 else { return nil }
        let first = CivilDate(days: days(year: year, month: 1, day: 1) - tabularError).year
        let last = CivilDate(days: days(year: year + 1, month: 1, day: 1) - 1 + tabularError).year
        guard last <= 9999 else { return nil }
        return first...last
    }

    /// Days from 1970-01-01 to a Hijri date of the tabular calendar, for any year.
    static func days(year: Int, month: Int, day: Int) -> Int {
        epoch + (year - 1) * 354 + (3 + 11 * year) / 30 + (59 * (month - 1) + 1) / 2 + day - 1
    }

    /// The tabular Hijri date of a day (days from 1970-01-01), for days after the epoch.
    static func hijri(days: Int) -> (year: Int, month: Int, day: Int) {
        var year = (30 * (days - epoch) + 10_646) / 10_631
        if days < Self.days(year: year, month: 1, day: 1) { year -= 1 }
        var start = Self.days(year: year, month: 1, day: 1)
        for month in 1...12 {
            let length = daysIn(month: month, year: year)
            if days < start + length { return (year, month, days - start + 1) }
            start += length
        }
        return (year + 1, 1, days - start + 1)
    }
}
