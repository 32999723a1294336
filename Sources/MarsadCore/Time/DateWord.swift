/// A unit of time.
public enum TimeUnit: String, Sendable, CaseIterable {
    case year, month, week, day, hour, minute, second

    /// The unit's letter in an ISO 8601 duration (minutes and months share `M`; hours,
    /// minutes and seconds come after `T`).
    public var durationLetter: String {
        switch self {
        case .year: "Y"
        case .month, .minute: "M"
        case .week: "W"
        case .day: "D"
        case .hour: "H"
        case .second: "S"
        }
    }

    /// Whether the unit is written after `T` in a duration.
    public var isTimeOfDay: Bool { self == .hour || self == .minute || self == .second }
}

/// A season, as TIMEX3 writes it.
public enum Season: String, Sendable { case SP, SU, FA, WI }

/// A part of the day, as TIMEX3 writes it (morning, midday, afternoon, evening, night).
public enum PartOfDay: String, Sendable { case MO, MI, AF, EV, NI }

/// A qualifier of a time value.
public enum TimeModifier: String, Sendable {
    case moreThan = "more_than", lessThan = "less_than", approx, start, mid, end
}

/// What a word (or a fixed phrase) of the date vocabulary means. Its payloads are plain
/// values, so the time stage copies it without reference counting.
public enum DateWord: Sendable, Equatable {
    /// A Gregorian month, 1–12, in any regional name (أغسطس, آب, أوت, غشت).
    case month(Int)
    /// A Hijri month, 1–12 (محرم … ذو الحجة).
    case hijriMonth(Int)
    /// A weekday, ISO numbering: 1 Monday … 7 Sunday.
    case weekday(Int)
    /// A season.
    case season(Season)
    /// A part of the day.
    case partOfDay(PartOfDay)
    /// A unit; `count` is 2 for a dual (سنتين), nil otherwise; `plural` for a plural (سنوات).
    case unit(TimeUnit, count: Int?, plural: Bool)
    /// A number word (ثلاث, عشرين).
    case number(Int)
    /// A day relative to today (أمس −1, اليوم 0, غدا +1).
    case relativeDay(Int)
    /// Which way a unit or weekday points: −1 past (الماضي), 0 this (الحالي), +1 next (المقبل).
    case direction(Int)
    /// A word that turns a duration into a point back in time (قبل, منذ).
    case ago(since: Bool)
    /// A qualifier (أكثر من → `more_than`, نحو → `approx`, مطلع → `start`).
    case modifier(TimeModifier)
    /// The start or end of a range (من, بين · إلى, حتى).
    case rangeStart, rangeEnd
    /// An era marker after a year: Hijri (هـ, للهجرة) or Gregorian (م, ميلادي).
    case era(hijri: Bool)
    /// Now (الآن, حاليا).
    case present
    /// An hour of the clock named by its ordinal after الساعة (الثالثة → 3, الحادية عشرة → 11).
    case clockHour(Int)
    /// A fixed time of the clock (منتصف الليل → 24:00, منتصف النهار → 12:00).
    case clockTime(hour: Int, minute: Int)
    /// Minutes added to an hour (والنصف 30, والربع 15) or taken from the next one (إلا ربعا −15).
    case minutes(Int)
    /// A time zone, as its offset from UTC in minutes (بتوقيت غرينتش 0, بتوقيت مكة 180).
    case timeZone(minutes: Int)
}
