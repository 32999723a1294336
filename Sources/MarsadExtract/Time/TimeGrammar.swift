import MarsadCore

/// A time expression being built: a token range and its value.
struct TimeMatch: Sendable {
    var start: Int
    var end: Int
    var value: String
    var resolution: TimeExpression.Resolution
    var modifier: String?
    var hijri: String?
    /// A clock time without a day of its own: `value` holds only its time (`T15:00`).
    var needsDay = false
    /// A day and month whose year was not written (resolved nearest publication); a range
    /// ending in a written year gives it that year.
    var yearless: (month: Int, day: Int)?
}

/// What a rule made of the tokens at a position.
enum TimeOutcome {
    /// An expression.
    case found(TimeMatch)
    /// Tokens up to `end` read as a date that cannot exist (31 شباط): skipped, not emitted.
    case rejected(end: Int)
}

/// The time grammar over one document's tokens: rules tried left to right at each token
/// (see `TimeGrammar+Calendar` and `TimeGrammar+Relative`), then adjacent dates joined
/// into ranges (من 2018 إلى 2022).
struct TimeGrammar {
    let items: [TimeItem]
    let tokens: [Token]
    let norms: [UInt8]
    let values: TimeValues

    /// Every time expression, in text order.
    func expressions() -> [TimeExpression] {
        var found: [TimeMatch] = []
        var k = 0
        while k < items.count {
            switch parse(at: k) {
            case .found(let match)?:
                found.append(match)
                k = match.end
            case .rejected(let end)?: k = end
            case nil: k += 1
            }
        }
        return joinRanges(dated(found)).map {
            TimeExpression(range: Int(tokens[$0.start].start)..<Int(tokens[$0.end - 1].end), value: $0.value,
                           resolution: $0.resolution, modifier: $0.modifier, hijri: $0.hijri)
        }
    }

    /// A rule's outcome at `k`, with a qualifier before it (أكثر من, مطلع) taken in.
    func parse(at k: Int) -> TimeOutcome? {
        if case .word(.modifier(let modifier), let length) = items[k], case .found(var match)? = core(at: k + length) {
            match.start = k
            match.modifier = modifier.rawValue
            return .found(match)
        }
        return core(at: k)
    }

    /// The rule for the item at `k`.
    func core(at k: Int) -> TimeOutcome? {
        switch item(k) {
        case .number(let n, let digits): return number(at: k, n, digits: digits)
        case .numericDate(let date): return numericDate(at: k, date)
        case .clock: return clock(at: k)
        case .word(let word, let length):
            switch word {
            case .relativeDay(let offset):
                return .found(TimeMatch(start: k, end: k + length, value: values.day(offset: offset), resolution: values.relative))
            case .present:
                return .found(TimeMatch(start: k, end: k + length, value: "PRESENT_REF", resolution: values.relative))
            case .partOfDay(let part): return partOfDay(at: k, length, part)
            case .clockTime: return clock(at: k)
            case .weekday(let weekday): return self.weekday(at: k, length, weekday, cued: false)
            case .unit(let unit, let count, let plural):
                return clock(at: k) ?? self.unit(at: k, length, unit, count: count, plural: plural)
            case .number: return duration(at: k, start: k)
            case .month(let month): return self.month(at: k, length, month, day: nil, start: k, yearRequired: true)
            case .hijriMonth(let month): return hijri(at: k, length, month, day: nil, start: k, yearRequired: true)
            case .season(let season): return self.season(at: k, length, season)
            case .direction(0): return this(at: k, length)
            case .ago(let since): return ago(at: k, length, since: since)
            default: return nil
            }
        case .none: return nil
        }
    }

    // MARK: Token access

    func item(_ k: Int) -> TimeItem { k >= 0 && k < items.count ? items[k] : .none }

    /// The norm of token `k`, empty outside the text.
    func norm(_ k: Int) -> ArraySlice<UInt8> { k >= 0 && k < tokens.count ? norms[tokens[k].normRange] : [] }

    /// Whether token `k` is the punctuation `scalar` written right against its neighbours.
    func isPunctuation(_ k: Int, _ ascii: UInt8) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && norm(k).elementsEqual([ascii])
    }

    /// Whether tokens `a` and `a + 1` touch (no space between them).
    func touching(_ a: Int) -> Bool { a + 1 < tokens.count && tokens[a].end == tokens[a + 1].start }

    /// The four-digit number at `k` that can be a year (1 to 2200).
    func year(at k: Int) -> Int? {
        if case .number(let n, 4) = item(k), n >= 1, n <= 2200 { return n }
        return nil
    }

    /// The end of an optional era word (م, ميلادي; هـ, للهجرة when `hijri`) at `k`.
    func afterEra(_ k: Int, hijri: Bool) -> Int {
        if case .word(.era(let isHijri), let length) = item(k), isHijri == hijri { return k + length }
        return k
    }

    /// Whether token `k` is the word و on its own.
    func isAnd(_ k: Int) -> Bool { norm(k).elementsEqual([0xD9, 0x88]) }

    // MARK: Ranges

    /// Joins two dates with only إلى/حتى (after من), و (after بين) or a dash between them; a
    /// first date without its year takes the year of the second (من 28 ديسمبر إلى 3 يناير
    /// 2026 → 2025-12-28/2026-01-03).
    func joinRanges(_ found: [TimeMatch]) -> [TimeMatch] {
        var joined: [TimeMatch] = []
        var i = 0
        while i < found.count {
            let a = found[i]
            if i + 1 < found.count, isRangePoint(a), isRangePoint(found[i + 1]), found[i + 1].start == a.end + 1 {
                let b = found[i + 1]
                var joins = isPunctuation(a.end, UInt8(ascii: "-"))
                if case .word(.rangeStart, _) = item(a.start - 1) {
                    if case .word(.rangeEnd, _) = item(a.end) { joins = true }
                    if isAnd(a.end) { joins = true }
                }
                if joins {
                    var a = a
                    if let (month, day) = a.yearless, b.resolution == .explicit, b.yearless == nil, let end = Int(b.value.prefix(4)),
                       let endMonth = Int(b.value.dropFirst(5).prefix(2)) {
                        let year = month > endMonth ? end - 1 : end
                        if let date = CivilDate(year: year, month: month, day: day) {
                            a.value = date.iso
                            a.resolution = .explicit
                        }
                    }
                    let resolution: TimeExpression.Resolution = a.resolution == b.resolution ? a.resolution : .relativeToPublication
                    joined.append(TimeMatch(start: a.start, end: b.end, value: a.value + "/" + b.value, resolution: resolution))
                    i += 2
                    continue
                }
            }
            joined.append(a)
            i += 1
        }
        return joined
    }

    /// Whether a match is a calendar point that can bound a range (not a duration or a reference).
    private func isRangePoint(_ match: TimeMatch) -> Bool {
        guard let first = match.value.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39 && !match.value.contains("/") && match.modifier == nil
    }
}
