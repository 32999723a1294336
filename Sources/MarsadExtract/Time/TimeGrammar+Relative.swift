import MarsadCore

/// Rules for units: years named by عام, durations (7 سنوات، ساعتين و45 دقيقة), points
/// back in time (قبل يومين، منذ ثلاثة أشهر) and units with a direction (الأسبوع الماضي،
/// الأسابيع المقبلة).
extension TimeGrammar {
    /// A unit word at `k`.
    func unit(at k: Int, _ length: Int, _ unit: TimeUnit, count: Int?, plural: Bool) -> TimeOutcome? {
        let next = k + length
        if count == 2 { return duration(at: k, start: k) }
        if plural {
            // A count between the unit and the direction (الأسابيع الثلاثة المقبلة) bounds the span.
            var after = next, span: Int?
            if case .word(.number(let n), let more) = item(next) { (after, span) = (next + more, n) }
            guard case .word(.direction(let direction), let more) = item(after) else { return nil }
            if let span, direction != 0, let range = values.span(unit, count: span, direction: direction) {
                return .found(TimeMatch(start: k, end: after + more, value: range, resolution: values.relative))
            }
            let value = direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF"
            return .found(TimeMatch(start: k, end: after + more, value: value, resolution: values.relative))
        }
        switch (unit, item(next)) {
        case (.year, .number(let year, 4)):
            if case .word(.era(true), _) = item(next + 1) { return hijriYear(at: next, year, start: k) }
            return .found(TimeMatch(start: k, end: afterEra(next + 1, hijri: false), value: TimeValues.date(year: year), resolution: .explicit))
        case (.day, .word(.weekday(let weekday), let more)):
            return self.weekday(at: next, more, weekday, cued: true).map { retarget($0, start: k) }
        case (.day, .word(.relativeDay, _)), (.day, .number):
            return core(at: next).map { retarget($0, start: k) }
        case (.month, .word(.month(let month), let more)):
            return self.month(at: next, more, month, day: nil, start: k, yearRequired: false)
        case (.month, .word(.hijriMonth(let month), let more)):
            return hijri(at: next, more, month, day: nil, start: k, yearRequired: false)
        case (.year, .word(.direction(let direction), let more)), (.month, .word(.direction(let direction), let more)),
             (.week, .word(.direction(let direction), let more)):
            return .found(TimeMatch(start: k, end: next + more, value: values.shifted(unit, by: direction), resolution: values.relative))
        default: return nil
        }
    }

    /// هذا / هذه before a unit or season: the current one.
    func this(at k: Int, _ length: Int) -> TimeOutcome? {
        switch item(k + length) {
        case .word(.unit(let unit, nil, false), let more) where unit == .year || unit == .month || unit == .week:
            return .found(TimeMatch(start: k, end: k + length + more, value: values.shifted(unit, by: 0), resolution: values.relative))
        case .word(.season(let season), let more):
            let value = values.anchor.map { "\(CivilDate.pad($0.year, 4))-\(season.rawValue)" } ?? "XXXX-\(season.rawValue)"
            return .found(TimeMatch(start: k, end: k + length + more, value: value, resolution: values.relative))
        default: return nil
        }
    }

    /// قبل or منذ: before a duration, the point that far back from publication (منذ also
    /// marks it `since`); before plural units alone (منذ سنوات), the past; before a date
    /// or year, that date marked `before` or `since`. A qualifier of the duration may stand
    /// between (قبل نحو أربعة أشهر، قبل أكثر من عامين): the point is then `approx`, or `before`
    /// or `after` it for more or less than the duration, unless منذ marks it `since`.
    func ago(at k: Int, _ length: Int, since: Bool) -> TimeOutcome? {
        if case .word(.modifier(let modifier), let words) = item(k + length),
           let parts = durationParts(at: k + length + words), let (unit, count) = parts.parts.first {
            let qualifier = switch modifier {
            case .moreThan: "before"
            case .lessThan: "after"
            default: modifier.rawValue
            }
            return .found(TimeMatch(start: k, end: parts.end, value: values.shifted(unit, by: -count), resolution: values.relative,
                                    modifier: since ? "since" : qualifier))
        }
        let next = k + length
        if case .word(.unit(let unit, nil, let plural), let more) = item(next), year(at: next + more) == nil {
            if plural { return .found(TimeMatch(start: k, end: next + more, value: "PAST_REF", resolution: values.relative)) }
            return .found(TimeMatch(start: k, end: next + more, value: values.shifted(unit, by: -1), resolution: values.relative,
                                    modifier: since ? "since" : nil))
        }
        if let parts = durationParts(at: next), let (unit, count) = parts.parts.first {
            return .found(TimeMatch(start: k, end: parts.end, value: values.shifted(unit, by: -count), resolution: values.relative,
                                    modifier: since ? "since" : nil))
        }
        guard case .found(var match)? = core(at: next), match.modifier == nil else { return nil }
        match.modifier = since ? "since" : "before"
        return .found(match)
    }

    /// A duration starting at `k`: counts with units joined by و (PT2H45M, P7Y, P2D).
    func duration(at k: Int, start: Int) -> TimeOutcome? {
        guard let parts = durationParts(at: k) else { return nil }
        return .found(TimeMatch(start: start, end: parts.end, value: TimeValues.duration(parts.parts), resolution: .explicit))
    }

    /// Counts with units from `k` on: `7 سنوات`, `ثلاث سنوات`, `سنتين`, `ساعتين و45 دقيقة`.
    func durationParts(at k: Int) -> (parts: [(TimeUnit, Int)], end: Int)? {
        guard var (unit, count, end) = component(at: k) else { return nil }
        var parts = [(unit, count)]
        while true {
            // و on its own, or fused with the next word (ودقيقتين).
            let next = isAnd(end) ? end + 1 : end
            guard next > end || norm(end).starts(with: [0xD9, 0x88]),
                  let more = component(at: next), more.unit.rank > unit.rank else { break }
            (unit, count, end) = more
            parts.append((unit, count))
        }
        return (parts, end)
    }

    /// One count with its unit: a number (digits or words) then a unit, or a dual unit.
    private func component(at k: Int) -> (unit: TimeUnit, count: Int, end: Int)? {
        if case .word(.unit(let unit, 2, _), let length) = item(k) { return (unit, 2, k + length) }
        guard let (count, next) = numberValue(at: k), case .word(.unit(let unit, nil, _), let length) = item(next) else { return nil }
        return (unit, count, next + length)
    }

    /// A count written in digits (up to four) or in words: ثلاث، ثلاثة عشر، خمسة وعشرين.
    func numberValue(at k: Int) -> (Int, Int)? {
        switch item(k) {
        case .number(let n, let digits) where digits <= 4: return (n, k + 1)
        case .word(.number(let n), let length):
            var value = n, end = k + length
            if (3...9).contains(n), case .word(.number(10), let more) = item(end) {
                value += 10
                end += more
            } else if n < 10, case .word(.number(let tens), let more) = item(end), tens >= 20, tens < 100, norm(end).starts(with: [0xD9, 0x88]) {
                value += tens
                end += more
            }
            return (value, end)
        default: return nil
        }
    }

    /// A match moved to start at `start` (يوم before الجمعة).
    private func retarget(_ outcome: TimeOutcome, start: Int) -> TimeOutcome {
        guard case .found(var match) = outcome else { return outcome }
        match.start = start
        return .found(match)
    }
}

extension TimeUnit {
    /// Larger units first: year 0 … second 6.
    var rank: Int { TimeUnit.allCases.firstIndex(of: self)! }
}
