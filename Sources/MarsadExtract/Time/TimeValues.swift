import MarsadCore

/// The values of time expressions: explicit dates written out, relative ones computed from
/// the publication date, or left as an offset from it (`REF-P1D`) when there is none.
struct TimeValues: Sendable {
    /// The publication date, if the document has one.
    let anchor: CivilDate?

    var relative: TimeExpression.Resolution { anchor == nil ? .unresolved : .relativeToPublication }

    /// A day `offset` days from publication.
    func day(offset: Int) -> String {
        guard let anchor else { return Self.reference(offset, .day) }
        return anchor.adding(days: offset).iso
    }

    /// The year, month, week or day `offset` units from publication, at that unit's
    /// granularity (`2024`, `2025-07`, `2025-W32`, `2025-08-15`).
    func shifted(_ unit: TimeUnit, by offset: Int) -> String {
        guard let anchor else { return Self.reference(offset, unit) }
        switch unit {
        case .year: return CivilDate.pad(anchor.year + offset, 4)
        case .month:
            let (y, m) = anchor.shiftingMonths(offset)
            return "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))"
        case .week: return anchor.adding(days: 7 * offset).isoWeek
        case .day: return anchor.adding(days: offset).iso
        case .hour, .minute, .second:
            let seconds = offset * (unit == .hour ? 3600 : unit == .minute ? 60 : 1)
            return anchor.adding(days: seconds / 86_400 - (seconds % 86_400 < 0 ? 1 : 0)).iso
        }
    }

    /// The days from publication to `count` days, weeks, months or years after it
    /// (`direction` > 0) or from that long before it to publication (`2025-03-10/2025-03-31`
    /// for the next three weeks); nil without a publication date or for clock units.
    func span(_ unit: TimeUnit, count: Int, direction: Int) -> String? {
        guard let anchor else { return nil }
        let offset = direction > 0 ? count : -count
        let other: CivilDate
        switch unit {
        case .day: other = anchor.adding(days: offset)
        case .week: other = anchor.adding(days: 7 * offset)
        case .month, .year:
            let (y, m) = anchor.shiftingMonths(unit == .year ? 12 * offset : offset)
            guard let date = CivilDate(year: y, month: m, day: min(anchor.day, PublicationTime.daysIn(month: m, year: y))) else { return nil }
            other = date
        case .hour, .minute, .second: return nil
        }
        return direction > 0 ? "\(anchor.iso)/\(other.iso)" : "\(other.iso)/\(anchor.iso)"
    }

    /// Which weekday of a name a time means, reckoned from publication.
    enum WeekdayReach {
        /// The next one after publication (الجمعة المقبل).
        case after
        /// The last one before publication (الجمعة الماضي).
        case before
        /// The last one on or before publication: news mostly reports what happened.
        case upTo
        /// The first one on or after publication: a bare weekday in a clause about what is to come (من المقرر أن يعقد
        /// المجلس جلسة يوم الثلاثاء).
        case from
    }

    /// The weekday `weekday` (ISO 1 Monday … 7 Sunday) that `reach` means.
    func weekday(_ weekday: Int, _ reach: WeekdayReach) -> String {
        guard let anchor else { return "XXXX-WXX-\(weekday)" }
        var delta = weekday - anchor.weekday
        switch reach {
        case .after: if delta <= 0 { delta += 7 }
        case .before: if delta >= 0 { delta -= 7 }
        case .upTo: if delta > 0 { delta -= 7 }
        case .from: if delta < 0 { delta += 7 }
        }
        return anchor.adding(days: delta).iso
    }

    /// The year of a month named with a direction after it: the last such month before
    /// publication's (يناير الماضي) or the first after it (مارس المقبل); nil without a publication date.
    func year(ofMonth month: Int, direction: Int) -> Int? {
        guard let anchor else { return nil }
        return direction < 0 ? (month < anchor.month ? anchor.year : anchor.year - 1) : (month > anchor.month ? anchor.year : anchor.year + 1)
    }

    /// The year of the last `month` up to publication's month, publication's own included, or nil without a publication date.
    func lastYear(ofMonth month: Int) -> Int? {
        anchor.map { month <= $0.month ? $0.year : $0.year - 1 }
    }

    /// The year in which day/month falls nearest publication, or nil without a publication date.
    func nearestYear(month: Int, day: Int) -> Int? {
        guard let anchor else { return nil }
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].compactMap { year in
            CivilDate(year: year, month: month, day: min(day, PublicationTime.daysIn(month: month, year: year)))
        }
        return candidates.min { abs($0.days - anchor.days) < abs($1.days - anchor.days) }?.year
    }

    /// `REF-P1D`: an offset from the publication time that is not known.
    static func reference(_ offset: Int, _ unit: TimeUnit) -> String {
        offset == 0 ? "PRESENT_REF" : "REF\(offset < 0 ? "-" : "+")\(duration([(unit, abs(offset))]))"
    }

    /// An ISO 8601 duration: `P7Y`, `PT2H45M`, `P1Y6M`.
    static func duration(_ parts: [(TimeUnit, Int)]) -> String {
        var date = "P", time = ""
        for (unit, count) in parts {
            if unit.isTimeOfDay { time += "\(count)\(unit.durationLetter)" } else { date += "\(count)\(unit.durationLetter)" }
        }
        return date + (time.isEmpty ? "" : "T" + time)
    }

    /// `2025-08` or `2025`.
    static func date(year: Int, month: Int? = nil) -> String {
        CivilDate.pad(year, 4) + (month.map { "-" + CivilDate.pad($0, 2) } ?? "")
    }
}
