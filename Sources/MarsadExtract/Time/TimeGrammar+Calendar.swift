import MarsadCore

/// Calendar rules: dates with month names (Gregorian in every regional form, Hijri),
/// numeric dates, years, seasons, weekdays and parts of the day.
extension TimeGrammar {
    /// A number: a day before a month, the first day of a range of days (من 15 إلى 17
    /// أغسطس), a count before a unit, or a year.
    func number(at k: Int, _ n: Int, digits: Int) -> TimeOutcome? {
        if digits <= 2, let outcome = dayRange(at: k, n) { return outcome }
        switch item(k + 1) {
        case .word(.month(let month), let length) where digits <= 2:
            return self.month(at: k + 1, length, month, day: n, start: k, yearRequired: false)
        case .word(.hijriMonth(let month), let length) where digits <= 2:
            return hijri(at: k + 1, length, month, day: n, start: k, yearRequired: false)
        case .word(.unit(_, nil, _), _): return duration(at: k, start: k)
        default: break
        }
        guard let year = year(at: k) else { return nil }
        if let outcome = isoDate(at: k, year) { return outcome }
        if case .word(.era(true), _) = item(k + 1) { return hijriYear(at: k, year, start: k) }
        let end = afterEra(k + 1, hijri: false)
        guard end > k + 1 || (Self.bareYears.contains(year) && isYearContext(k)) else { return nil }
        return .found(TimeMatch(start: k, end: end, value: TimeValues.date(year: year), resolution: .explicit))
    }

    /// Two days of one month: `15 إلى 17 أغسطس`, `3 و5 مارس` (after بين), `15-17 آب 2025`;
    /// the range's value is `2025-08-15/2025-08-17`.
    private func dayRange(at k: Int, _ first: Int) -> TimeOutcome? {
        var joined: Bool
        switch item(k + 1) {
        case .word(.rangeEnd, _): joined = true
        default:
            joined = isPunctuation(k + 1, UInt8(ascii: "-")) || norm(k + 1).elementsEqual("–".utf8)
            if isAnd(k + 1), case .word(.rangeStart, _) = item(k - 1) { joined = true }
        }
        guard joined, case .number(let last, let digits) = item(k + 2), digits <= 2, last > first else { return nil }
        if case .word(.hijriMonth(let month), let length) = item(k + 3) {
            return hijriDayRange(at: k + 3, length, month, first: first, last: last, start: k)
        }
        guard case .word(.month(let month), let length) = item(k + 3),
              let outcome = self.month(at: k + 3, length, month, day: last, start: k, yearRequired: false) else { return nil }
        guard case .found(var match) = outcome, match.value.utf8.count == 10 else { return outcome }
        let end = match.value
        let start = end.prefix(8) + CivilDate.pad(first, 2)
        // Without a year (XXXX) the day is checked against a leap year.
        guard CivilDate(year: Int(end.prefix(4)) ?? 2024, month: month, day: first) != nil else { return .rejected(end: match.end) }
        match.value = start + "/" + end
        match.yearless = nil
        return .found(match)
    }

    /// Two days of a Hijri month (من 1 إلى 3 محرم 1447): both days converted, the Hijri
    /// range kept beside the Gregorian one.
    private func hijriDayRange(at k: Int, _ length: Int, _ month: Int, first: Int, last: Int, start: Int) -> TimeOutcome? {
        guard case .found(var match)? = hijri(at: k, length, month, day: last, start: start, yearRequired: false) else {
            return hijri(at: k, length, month, day: last, start: start, yearRequired: false)
        }
        let end = match.value
        guard end.utf8.count == 10, let year = Int(end.prefix(4)), let m = Int(end.dropFirst(5).prefix(2)), let d = Int(end.suffix(2)),
              let lastDay = CivilDate(year: year, month: m, day: d) else { return .found(match) }
        match.value = lastDay.adding(days: first - last).iso + "/" + end
        match.hijri = match.hijri.map { String($0.dropLast(2)) + CivilDate.pad(first, 2) + "/" + $0 }
        return .found(match)
    }

    /// `2025-08-17` written as three number tokens joined by dashes, or `2018-2022`.
    private func isoDate(at k: Int, _ year: Int) -> TimeOutcome? {
        guard isPunctuation(k + 1, UInt8(ascii: "-")), touching(k), touching(k + 1) else { return nil }
        if let second = self.year(at: k + 2), second > year {
            return .found(TimeMatch(start: k, end: k + 3, value: "\(TimeValues.date(year: year))/\(TimeValues.date(year: second))", resolution: .explicit))
        }
        guard case .number(let month, 2) = item(k + 2), isPunctuation(k + 3, UInt8(ascii: "-")), touching(k + 2), touching(k + 3),
              case .number(let day, 2) = item(k + 4) else { return nil }
        guard let date = CivilDate(year: year, month: month, day: day) else { return .rejected(end: k + 5) }
        return .found(TimeMatch(start: k, end: k + 5, value: date.iso, resolution: .explicit))
    }

    /// Whether a bare four-digit number at `k` reads as a year: after a preposition or range
    /// word (في 2018، منذ 2022، إلى 2022), or after a name with nothing counted after it
    /// (ألاسكا 2025، هلسنكي 2018).
    func isYearContext(_ k: Int) -> Bool {
        switch item(k - 1) {
        case .word(.ago, _), .word(.rangeStart, _), .word(.rangeEnd, _), .word(.modifier, _): return true
        default: break
        }
        let previous = norm(k - 1)
        if Self.yearPrepositions.contains(where: { previous.elementsEqual($0) }) { return true }
        if isAnd(k - 1), year(at: k - 2) != nil { return true }
        guard k > 0, tokens[k - 1].kind == .word, !tokens[k].newlineBefore else { return false }
        guard k + 1 < tokens.count, !tokens[k + 1].newlineBefore else { return true }
        switch tokens[k + 1].kind {
        case .punctuation: return true
        case .word:
            if case .word(.rangeEnd, _) = item(k + 1) { return true }
            // A counted noun follows a number bare (2000 شخص); a word opening with a
            // conjunction or preposition starts something new (2025 ليكسر، 2018 وبعد).
            let next = norm(k + 1)
            return next.count >= 6 && ProcliticLetters([.waw, .fa, .lam]).begins(next)
        default: return false
        }
    }

    /// The years a four-digit number can be without عام, سنة or an era word beside it.
    static let bareYears = 1800...2100

    /// في، وفي، خلال، بعد، عام ... before a year.
    static let yearPrepositions: [[UInt8]] = ["في", "وفي", "خلال", "بعد", "وبعد", "حتى", "وحتى", "منذ", "ومنذ", "مطلع", "نهاية", "بداية"].map { Array($0.utf8) }

    /// A Gregorian month at `k` (a dual form آب/أغسطس or آب (أغسطس) taken in), after
    /// `day` if given, before an optional year. A direction after it (الماضي، المقبل) takes the
    /// month before or after publication's. Otherwise, without a year the month needs a day, a
    /// qualifier, شهر or a preposition of time before it (في مايو، منذ أغسطس), and the year nearest publication is taken,
    /// or, after منذ, that of the last such month up to publication's.
    func month(at k: Int, _ length: Int, _ month: Int, day: Int?, start: Int, yearRequired: Bool) -> TimeOutcome? {
        var end = k + length
        if isPunctuation(end, UInt8(ascii: "/")), case .word(.month, let second) = item(end + 1) {
            end += 1 + second
        } else if isPunctuation(end, UInt8(ascii: "(")), case .word(.month, let second) = item(end + 1), isPunctuation(end + 1 + second, UInt8(ascii: ")")) {
            end += 2 + second
        }
        if let (year, yearEnd, resolution) = year(at: end).map({ ($0, afterEra(end + 1, hijri: false), TimeExpression.Resolution.explicit) })
            ?? yearOf(at: end) {
            end = yearEnd
            guard let day else {
                return .found(TimeMatch(start: start, end: end, value: TimeValues.date(year: year, month: month), resolution: resolution))
            }
            guard let date = CivilDate(year: year, month: month, day: day) else { return .rejected(end: end) }
            return .found(TimeMatch(start: start, end: end, value: date.iso, resolution: resolution))
        }
        if case .word(.direction(let direction), let words) = item(end), direction != 0 {
            // The month before publication's or after it (في يناير الماضي، 20 مارس المقبل).
            end += words
            guard let year = values.year(ofMonth: month, direction: direction) else {
                let written = "XXXX-\(CivilDate.pad(month, 2))" + (day.map { "-" + CivilDate.pad($0, 2) } ?? "")
                return .found(TimeMatch(start: start, end: end, value: written, resolution: .unresolved))
            }
            guard let day else {
                return .found(TimeMatch(start: start, end: end, value: TimeValues.date(year: year, month: month), resolution: .relativeToPublication))
            }
            guard let date = CivilDate(year: year, month: month, day: day) else { return .rejected(end: end) }
            return .found(TimeMatch(start: start, end: end, value: date.iso, resolution: .relativeToPublication))
        }
        let qualified: Bool, afterPreposition: Bool
        switch item(start - 1) {
        case .word(.modifier, _), .word(.unit(.month, nil, false), _): (qualified, afterPreposition) = (true, false)
        // A preposition before a month carrying ب or ل is the word's own (في باب المندب: ب + آب).
        default:
            afterPreposition = start > 0 && Self.yearPrepositions.contains { norm(start - 1).elementsEqual($0) }
                && !ProcliticLetters([.ba, .lam]).begins(norm(start))
            qualified = afterPreposition
        }
        guard !yearRequired || qualified else { return nil }
        if let day {
            // 29 February exists in some year: check against a leap year.
            guard CivilDate(year: 2024, month: month, day: day) != nil else { return .rejected(end: end) }
            guard let year = values.nearestYear(month: month, day: day) else {
                return .found(TimeMatch(start: start, end: end, value: "XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))",
                                        resolution: .unresolved, yearless: (month, day)))
            }
            let value = CivilDate(year: year, month: month, day: day)?.iso ?? TimeValues.date(year: year, month: month)
            return .found(TimeMatch(start: start, end: end, value: value, resolution: .relativeToPublication, yearless: (month, day)))
        }
        // A month alone after منذ is past: the last one up to publication's; else the nearest (في ديسمبر may be either:
        // سيبرم الاتفاق في ديسمبر، اسقطت الملاحقات في ديسمبر).
        let since: Bool = if afterPreposition, case .word(.ago(since: true), _) = item(start - 1) { true } else { false }
        guard let year = since ? values.lastYear(ofMonth: month) : values.nearestYear(month: month, day: 15) else {
            return .found(TimeMatch(start: start, end: end, value: "XXXX-\(CivilDate.pad(month, 2))", resolution: .unresolved))
        }
        return .found(TimeMatch(start: start, end: end, value: TimeValues.date(year: year, month: month), resolution: .relativeToPublication))
    }

    /// The year after a month, with من or without (نوفمبر من العام الماضي، مارس من عام 2011، يونيو عام 1985، يناير من
    /// هذا العام), with where its words end and how it was resolved: the month is that year's.
    private func yearOf(at k: Int) -> (year: Int, end: Int, resolution: TimeExpression.Resolution)? {
        let start: Int
        if norm(k).elementsEqual(Self.of) {
            start = k + 1
        } else if case .word(.unit(.year, nil, false), _) = item(k) {
            start = k
        } else {
            return nil
        }
        guard case .found(let match)? = core(at: start), match.value.utf8.count == 4, let year = Int(match.value) else { return nil }
        return (year, match.end, match.resolution)
    }

    /// من in normal form.
    static let of = Array("من".utf8)

    /// `17/08/2025`, `2025/08/17`, `08/2025`: day-month-year as Arabic writes it.
    func numericDate(at k: Int, _ date: NumericDate) -> TimeOutcome? {
        let (p, d) = (date.parts, date.digits)
        if date.count == 2 {
            guard d.1 == 4, (1...12).contains(p.0), d.0 <= 2 else { return nil }
            return .found(TimeMatch(start: k, end: k + 1, value: TimeValues.date(year: p.1, month: p.0), resolution: .explicit))
        }
        let (year, month, day): (Int, Int, Int)
        if d.0 == 4, d.1 <= 2, d.2 <= 2 { (year, month, day) = (p.0, p.1, p.2) }
        else if d.2 == 4, d.0 <= 2, d.1 <= 2 { (year, month, day) = (p.2, p.1, p.0) }
        else { return nil }
        guard let civil = CivilDate(year: year, month: month, day: day) else { return .rejected(end: k + 1) }
        return .found(TimeMatch(start: k, end: k + 1, value: civil.iso, resolution: .explicit))
    }

    /// A Hijri month at `k`, after `day` if given, before an optional year and era, converted
    /// to Gregorian: a day to its date, a month to its span of days. Out of the conversion's
    /// range the Hijri date is kept and the value left unresolved.
    func hijri(at k: Int, _ length: Int, _ month: Int, day: Int?, start: Int, yearRequired: Bool) -> TimeOutcome? {
        var end = k + length
        if let day, !(1...30).contains(day) { return .rejected(end: end) }
        var year: Int?
        var resolution = TimeExpression.Resolution.explicit
        if case .number(let n, let digits) = item(end), digits >= 3 {
            year = n
            end = afterEra(end + 1, hijri: true)
        } else {
            let qualified: Bool
            if case .word(.unit(.month, nil, false), _) = item(start - 1) { qualified = true } else { qualified = false }
            guard !yearRequired || qualified else { return nil }
            year = nearestHijriYear(month: month, day: day ?? 15)
            resolution = year == nil ? .unresolved : .relativeToPublication
        }
        let written = "\(year.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(CivilDate.pad(month, 2))" + (day.map { "-" + CivilDate.pad($0, 2) } ?? "")
        guard let year, let first = HijriCalendar.gregorian(year: year, month: month, day: day ?? 1) else {
            return .found(TimeMatch(start: start, end: end, value: day == nil ? "XXXX-XX" : "XXXX-XX-XX", resolution: .unresolved, hijri: written))
        }
        let value = day == nil ? "\(first.iso)/\(first.adding(days: HijriCalendar.daysIn(month: month, year: year) - 1).iso)" : first.iso
        return .found(TimeMatch(start: start, end: end, value: value, resolution: resolution, hijri: written))
    }

    /// A Hijri year with its era (1447 هـ): the span of its days. Outside the calendar's
    /// trusted years (1331 هـ) the days may be off by one or two, but not the Gregorian years the
    /// Hijri year overlaps, so those are the value (1912/1913), widened by `HijriCalendar.tabularError`.
    func hijriYear(at k: Int, _ year: Int, start: Int) -> TimeOutcome {
        let end = afterEra(k + 1, hijri: true)
        let written = CivilDate.pad(year, 4)
        guard let first = HijriCalendar.gregorian(year: year, month: 1, day: 1),
              let last = HijriCalendar.gregorian(year: year, month: 12, day: HijriCalendar.daysIn(month: 12, year: year)) else {
            guard let years = HijriCalendar.gregorianYears(of: year) else {
                return .found(TimeMatch(start: start, end: end, value: "XXXX", resolution: .unresolved, hijri: written))
            }
            let value = years.count == 1 ? CivilDate.pad(years.lowerBound, 4)
                : "\(CivilDate.pad(years.lowerBound, 4))/\(CivilDate.pad(years.upperBound, 4))"
            return .found(TimeMatch(start: start, end: end, value: value, resolution: .explicit, hijri: written))
        }
        return .found(TimeMatch(start: start, end: end, value: "\(first.iso)/\(last.iso)", resolution: .explicit, hijri: written))
    }

    /// The Hijri year in which month/day falls nearest publication.
    private func nearestHijriYear(month: Int, day: Int) -> Int? {
        guard let anchor = values.anchor else { return nil }
        let current = HijriCalendar.hijri(days: anchor.days).year
        return [current - 1, current, current + 1].min {
            abs(HijriCalendar.days(year: $0, month: month, day: day) - anchor.days) < abs(HijriCalendar.days(year: $1, month: month, day: day) - anchor.days)
        }
    }

    /// A season before a year (صيف 2025 → 2025-SU) or a direction (الصيف المقبل).
    func season(at k: Int, _ length: Int, _ season: Season) -> TimeOutcome? {
        if let year = year(at: k + length) {
            return .found(TimeMatch(start: k, end: afterEra(k + length + 1, hijri: false), value: "\(CivilDate.pad(year, 4))-\(season.rawValue)", resolution: .explicit))
        }
        guard case .word(.direction(let direction), let more) = item(k + length) else { return nil }
        let value = values.anchor.map { "\(CivilDate.pad(Self.seasonYear(season, direction: direction, from: $0), 4))-\(season.rawValue)" }
            ?? "XXXX-\(season.rawValue)"
        return .found(TimeMatch(start: k, end: k + length + more, value: value, resolution: values.relative))
    }

    /// The year of the next (`direction` > 0), last (< 0) or this (0) `season` seen from
    /// `anchor`: the first one to begin after it, the last one over before it, or this
    /// year's (in March 2025 the next autumn is 2025-FA and the last winter 2024-WI). Seasons
    /// are meteorological, northern: spring from March, summer June, autumn September,
    /// winter December, named by the year of its December (this winter, in January 2025, is 2024-WI).
    static func seasonYear(_ season: Season, direction: Int, from anchor: CivilDate) -> Int {
        let firstMonth = switch season { case .SP: 3; case .SU: 6; case .FA: 9; case .WI: 12 }
        let now = anchor.year * 12 + anchor.month - 1
        func start(_ year: Int) -> Int { year * 12 + firstMonth - 1 }
        if direction > 0 { return (anchor.year - 1...anchor.year + 1).first { start($0) > now }! }
        if direction < 0 { return (anchor.year - 2...anchor.year).last { start($0) + 2 < now }! }
        return season == .WI && anchor.month < 3 ? anchor.year - 1 : anchor.year
    }

    /// A weekday: with a date after it, that date; with a direction (الجمعة المقبل), the
    /// next or last one; bare, the last one on or before publication, or the first on or after
    /// it in a clause about what is to come (`isAhead`). الأحد and الاثنين (also "one" and
    /// "two") need يوم, a direction, a date or a part of the day.
    func weekday(at k: Int, _ length: Int, _ weekday: Int, cued: Bool) -> TimeOutcome? {
        var next = k + length
        if isPunctuation(next, UInt8(ascii: ",")) || norm(next).elementsEqual("،".utf8) { next += 1 }
        if case .number(let day, let digits) = item(next), digits <= 2, case .word(.month(let month), let monthLength) = item(next + 1),
           let outcome = self.month(at: next + 1, monthLength, month, day: day, start: k, yearRequired: false) {
            return outcome
        }
        if case .word(.direction(let direction), let more) = item(k + length), direction != 0 {
            return .found(TimeMatch(start: k, end: k + length + more, value: values.weekday(weekday, direction > 0 ? .after : .before), resolution: values.relative))
        }
        guard cued || (weekday != 7 && weekday != 1) else { return nil }
        let value = values.weekday(weekday, isAhead(before: k) ? .from : .upTo)
        return .found(TimeMatch(start: k, end: k + length, value: value, resolution: values.relative))
    }

    /// Whether the clause before token `k`, up to `aheadReach` words back and not past a mark or a relative pronoun (a
    /// relative clause tells an act of its own), tells what is to come: a verb in the future (سيعقد) or a word of a plan
    /// (من المقرر، يعتزم، سوف).
    func isAhead(before k: Int) -> Bool {
        var j = k - 1
        // The word of a day (يوم الثلاثاء) is the weekday's own.
        if j >= 0, norm(j).elementsEqual("يوم".utf8) { j -= 1 }
        while j >= max(0, k - Self.aheadReach) {
            guard tokens[j].kind != .punctuation else { return false }
            let word = norm(j)
            if SentenceArguments.relativePronouns.contains(where: { word.elementsEqual($0) }) { return false }
            if ProcliticFlags.of(tokens[j]).future || Self.planWords.contains(where: { word.elementsEqual($0) }) { return true }
            j -= 1
        }
        return false
    }

    /// How far back a clause's tense is read for a bare weekday, in words.
    static let aheadReach = 10
    /// Words of a plan or the future, in normal form.
    static let planWords = ["سوف", "المقرر", "المتوقع", "المنتظر", "يعتزم", "تعتزم", "يزمع", "تزمع", "ينوي", "تنوي"].map { Array($0.utf8) }

    /// A part of the day before a day (مساء الجمعة، صباح اليوم، ليلة أمس): that day's value
    /// with `T` and the part (`2025-08-15TEV`).
    func partOfDay(at k: Int, _ length: Int, _ part: PartOfDay) -> TimeOutcome? {
        let inner: TimeOutcome?
        switch item(k + length) {
        case .word(.weekday(let weekday), let more): inner = self.weekday(at: k + length, more, weekday, cued: true)
        case .word(.relativeDay, _), .word(.unit(.day, nil, false), _), .number: inner = core(at: k + length)
        default: inner = nil
        }
        guard case .found(var match)? = inner, match.value.utf8.count == 10 || match.value.hasPrefix("XXXX-WXX") else { return inner }
        match.start = k
        match.value += "T" + part.rawValue
        return .found(match)
    }
}
