import MarsadCore

/// Clock rules: times of day (الساعة الثالثة عصرا، الساعة 10:30 صباحا، عند منتصف الليل)
/// with their minutes, part of the day, time zone (بتوقيت غرينتش، بتوقيت مكة) and the day
/// they fall on (`2025-08-15T15:00`, `2025-08-15T10:30Z`).
extension TimeGrammar {
    /// A clock time starting at `k`: الساعة before an hour (digits, `10:30` or an ordinal),
    /// a fixed time (منتصف الليل), or `10:30` with a part of the day or a zone after it.
    /// Without a day of its own the match keeps only its time (`T15:00`) and `needsDay`.
    func clock(at k: Int) -> TimeOutcome? {
        var next: Int
        var hour: Int, minute = 0
        let bare: Bool
        switch item(k) {
        case .word(.unit(.hour, nil, false), let length):
            next = k + length
            bare = false
            switch item(next) {
            case .number(let n, let digits) where digits <= 2 && n <= 24: (hour, next) = (n, next + 1)
            case .clock(let h, let m): (hour, minute, next) = (h, m, next + 1)
            case .word(.clockHour(let h), let more): (hour, next) = (h, next + more)
            default: return nil
            }
        case .clock(let h, let m): (hour, minute, next, bare) = (h, m, k + 1, true)
        case .word(.clockTime(let h, let m), let length): (hour, minute, next, bare) = (h, m, k + length, false)
        default: return nil
        }
        // Minutes: والنصف، إلا ربعا، و30 دقيقة.
        if case .word(.minutes(let m), let length) = item(next) {
            minute += m
            next += length
        } else if isAnd(next), case .number(let m, let digits) = item(next + 1), digits <= 2, m < 60,
                  case .word(.unit(.minute, nil, _), let length) = item(next + 2) {
            minute += m
            next += 2 + length
        }
        if minute < 0 { (hour, minute) = (hour - 1, minute + 60) }
        // The part of the day, with the day it names (عصر اليوم، من صباح الجمعة).
        var part: PartOfDay?
        var day: TimeMatch?
        if case .word(.rangeStart, _) = item(next), case .word(.partOfDay, _) = item(next + 1) { next += 1 }
        if case .word(.partOfDay(let p), let length) = item(next) {
            part = p
            if case .found(let withDay)? = partOfDay(at: next, length, p), withDay.value.utf8.count > 10 {
                day = withDay
                next = withDay.end
            } else {
                next += length
            }
        }
        var zone = ""
        if case .word(.timeZone(let minutes), let length) = item(next) {
            zone = Self.zone(minutes)
            next += length
        }
        guard !bare || part != nil || !zone.isEmpty else { return nil }
        // A day after the time (الساعة العاشرة من يوم الجمعة، منتصف ليل الأحد).
        if day == nil {
            var d = next
            if case .word(.rangeStart, _) = item(d) { d += 1 }
            if case .found(let after)? = core(at: d), after.value.utf8.count == 10, after.modifier == nil {
                day = after
                next = after.end
            }
        }
        hour = Self.hour(hour, in: part)
        guard hour <= 24, hour >= 0, minute < 60, hour < 24 || minute == 0 else { return nil }
        let time = "T" + CivilDate.pad(hour, 2) + ":" + CivilDate.pad(minute, 2) + zone
        guard let day else {
            return .found(TimeMatch(start: k, end: next, value: time, resolution: .explicit, needsDay: true))
        }
        return .found(TimeMatch(start: k, end: next, value: String(day.value.prefix(10)) + time, resolution: day.resolution))
    }

    /// The hour on a 24-hour clock: afternoon and evening hours after noon, night hours from
    /// six on (العاشرة ليلا → 22), early afternoon after midday (الواحدة ظهرا → 13).
    static func hour(_ hour: Int, in part: PartOfDay?) -> Int {
        switch part {
        case .AF?, .EV?: hour < 12 ? hour + 12 : hour
        case .NI?: hour >= 6 && hour <= 12 ? hour + 12 : hour
        case .MI?: hour >= 1 && hour <= 4 ? hour + 12 : hour
        case .MO?, nil: hour
        }
    }

    /// `Z` or `+03:00`.
    static func zone(_ minutes: Int) -> String {
        guard minutes != 0 else { return "Z" }
        return (minutes < 0 ? "-" : "+") + CivilDate.pad(abs(minutes) / 60, 2) + ":" + CivilDate.pad(abs(minutes) % 60, 2)
    }

    /// Clock times without a day of their own take the day of the nearest date before them in
    /// their sentence (within a few words), else the one right after, else publication day.
    func dated(_ found: [TimeMatch]) -> [TimeMatch] {
        var out = found
        for i in out.indices where out[i].needsDay {
            let isDay = { (m: TimeMatch) in !m.needsDay && m.modifier == nil && m.value.utf8.count >= 10 && m.value.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true }
            var day: TimeMatch?
            if i > 0, isDay(out[i - 1]), out[i].start - out[i - 1].end <= Self.clockDayReach, !sentenceBreak(out[i - 1].end..<(out[i].start + 1)) {
                day = out[i - 1]
            } else if i + 1 < out.count, isDay(out[i + 1]), out[i + 1].start - out[i].end <= 2, !sentenceBreak(out[i].end..<(out[i + 1].start + 1)) {
                day = out[i + 1]
            }
            if let day {
                out[i].value = String(day.value.prefix(10)) + out[i].value
                out[i].resolution = day.resolution
            } else if let anchor = values.anchor {
                out[i].value = anchor.iso + out[i].value
                out[i].resolution = .relativeToPublication
            } else {
                out[i].value = "XXXX-XX-XX" + out[i].value
                out[i].resolution = .unresolved
            }
            out[i].needsDay = false
        }
        return out
    }

    /// How many tokens a date may stand before the clock time it dates.
    static let clockDayReach = 12

    /// Whether a sentence ends among `tokens`: a full stop, question or exclamation mark, or a
    /// token on a new line.
    func sentenceBreak(_ tokens: Range<Int>) -> Bool {
        tokens.contains { k in
            k < self.tokens.count && (self.tokens[k].newlineBefore || isPunctuation(k, UInt8(ascii: ".")) || isPunctuation(k, UInt8(ascii: "!"))
                || isPunctuation(k, UInt8(ascii: "?")) || norm(k).elementsEqual("؟".utf8))
        }
    }
}
