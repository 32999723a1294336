/// When an article was published: an ISO 8601 date, or date and time, as given.
public struct PublicationTime: Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// The text it was read from, kept for output (`2025-08-17`, `2025-08-17T09:30:00Z`).
    public let iso: String

    /// Reads `YYYY-MM-DD`, optionally followed by `T` or a space and a time; nil if the
    /// text is no such date or names an impossible day.
    public init?(iso text: String) {
        let trimmed = text.trimmingWhitespace
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Self.number(bytes[0..<4]), let m = Self.number(bytes[5..<7]), let d = Self.number(bytes[8..<10]) else { return nil }
        if bytes.count > 10 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes.count >= 16,
                  let hour = Self.number(bytes[11..<13]), bytes[13] == UInt8(ascii: ":"), let minute = Self.number(bytes[14..<16]),
                  hour < 24, minute < 60 else { return nil }
        }
        guard (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y) else { return nil }
        (year, month, day, iso) = (y, m, d, trimmed)
    }

    /// The date part, `YYYY-MM-DD`.
    public var date: String { String(iso.prefix(10)) }
    public var description: String { iso }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for d in digits {
            guard d >= 0x30 && d <= 0x39 else { return nil }
            value = value * 10 + Int(d - 0x30)
        }
        return value
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
