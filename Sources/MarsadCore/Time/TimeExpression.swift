/// A time expression found in a document: its span, a TIMEX3-style value and how the
/// value was reached.
public struct TimeExpression: Sendable, Equatable {
    /// How a value was resolved.
    public enum Resolution: String, Sendable {
        /// The text says it all (عام 2022, 15 آب 2025, 7 سنوات).
        case explicit
        /// Computed from the document's publication time (أمس, الجمعة المقبل, 15 آب without a year).
        case relativeToPublication = "relative_to_publication"
        /// Needs a publication time the document does not have, or a conversion out of range;
        /// the value keeps what is known (`XXXX-08-15`, `P-1D` style offsets are not used).
        case unresolved
    }

    /// UTF-8 offsets into the document's text.
    public var range: Range<Int>
    /// ISO 8601 / TIMEX3 style: `2025-08-15`, `2025-08`, `2025`, `2025-SU`, `2025-W33`,
    /// `2025-08-15TEV`, `P7Y`, `PT2H45M`, `2018/2022`, `FUTURE_REF`, `PAST_REF`, `PRESENT_REF`.
    public var value: String
    public var resolution: Resolution
    /// A qualifier of the value: `more_than`, `less_than`, `approx`, `since`, `before`, `after`,
    /// `start`, `mid`, `end`.
    public var modifier: String?
    /// For a Hijri date, the date as written in the Hijri calendar (`1447-01-01`).
    public var hijri: String?

    public init(range: Range<Int>, value: String, resolution: Resolution, modifier: String? = nil, hijri: String? = nil) {
        self.range = range
        self.value = value
        self.resolution = resolution
        self.modifier = modifier
        self.hijri = hijri
    }
}
