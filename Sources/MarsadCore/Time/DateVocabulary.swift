/// The date vocabulary the time stage reads (`dates.tsv`): month names in every regional
/// form, Hijri months, weekdays, seasons, parts of the day, units, number words and the
/// words of relative expressions, each a phrase of one or more token norms.
public struct DateVocabulary: Sendable {
    /// The format of `dates.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "phrase <TAB> kind <TAB> value <TAB> origin"

    /// One phrase and what it means.
    public struct Entry: Sendable {
        /// The phrase's words as token norms.
        public let words: [[UInt8]]
        public let meaning: DateWord
    }

    public let entries: [Entry]
    /// First word → index into `groups`.
    private let table: ByteKeyTable
    /// Entries sharing a first word, longest phrase first.
    private let groups: [[Int]]

    /// Parses the body of `dates.tsv`; phrases are normalised as token norms are.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .token)
        var entries: [Entry] = []
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else {
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "dates", line: lineNumber)
            }
            guard let meaning = Self.meaning(kind: fields[1], value: fields[2]) else {
                throw MarsadError(.badResource, "unknown kind or value ‘\(fields[1]) \(fields[2])’", input: "dates", line: lineNumber)
            }
            let words = normalizer.normalized(fields[0]).split(separator: " ").map { Array($0.utf8) }
            guard !words.isEmpty else { throw MarsadError(.badResource, "empty phrase", input: "dates", line: lineNumber) }
            entries.append(Entry(words: words, meaning: meaning))
        }
        var groupOf: [[UInt8]: Int] = [:]
        var groups: [[Int]] = []
        for (i, entry) in entries.enumerated() {
            if let g = groupOf[entry.words[0]] { groups[g].append(i) } else {
                groupOf[entry.words[0]] = groups.count
                groups.append([i])
            }
        }
        self.groups = groups.map { $0.sorted { entries[$0].words.count > entries[$1].words.count } }
        self.entries = entries
        table = ByteKeyTable(groupOf.map { ($0.key, UInt32($0.value)) })
    }

    /// The entries whose phrase starts with `word`, longest first.
    @inline(__always)
    public func entries(startingWith word: UnsafeBufferPointer<UInt8>) -> [Int]? {
        table.value(for: word).map { groups[Int($0)] }
    }

    /// What a row's kind and value mean, or nil when this build does not know them.
    public static func meaning(kind: String, value: String) -> DateWord? {
        let number = Int(value)
        switch kind {
        case "month": return number.flatMap { (1...12).contains($0) ? .month($0) : nil }
        case "hijri-month": return number.flatMap { (1...12).contains($0) ? .hijriMonth($0) : nil }
        case "weekday": return number.flatMap { (1...7).contains($0) ? .weekday($0) : nil }
        case "season": return Season(rawValue: value).map { .season($0) }
        case "part-of-day": return PartOfDay(rawValue: value).map { .partOfDay($0) }
        case "number": return number.map { .number($0) }
        case "relative-day": return number.map { .relativeDay($0) }
        case "direction": return number.flatMap { (-1...1).contains($0) ? .direction($0) : nil }
        case "ago": return value == "ago" ? .ago(since: false) : value == "since" ? .ago(since: true) : nil
        case "modifier": return TimeModifier(rawValue: value).map { .modifier($0) }
        case "range-start": return .rangeStart
        case "range-end": return .rangeEnd
        case "era": return value == "hijri" ? .era(hijri: true) : value == "gregorian" ? .era(hijri: false) : nil
        case "present": return .present
        case "clock-hour": return number.flatMap { (1...12).contains($0) ? .clockHour($0) : nil }
        case "minutes": return number.flatMap { (-30...45).contains($0) ? .minutes($0) : nil }
        case "clock-time":
            let parts = value.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, (0...24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
            return .clockTime(hour: parts[0], minute: parts[1])
        case "time-zone":
            // Z, or ±HH:MM.
            if value == "Z" { return .timeZone(minutes: 0) }
            guard let sign = value.first, sign == "+" || sign == "-" else { return nil }
            let parts = value.dropFirst().split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, (0...14).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
            return .timeZone(minutes: (sign == "-" ? -1 : 1) * (parts[0] * 60 + parts[1]))
        case "unit":
            let parts = value.split(separator: " ")
            guard let first = parts.first, let unit = TimeUnit(rawValue: String(first)) else { return nil }
            switch parts.count {
            case 1: return .unit(unit, count: nil, plural: false)
            case 2 where parts[1] == "plural": return .unit(unit, count: nil, plural: true)
            case 2: return Int(parts[1]).map { .unit(unit, count: $0, plural: false) }
            default: return nil
            }
        default: return nil
        }
    }
}
