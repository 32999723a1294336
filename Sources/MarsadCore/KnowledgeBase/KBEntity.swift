/// The kind of thing an entity or mention is (the contract's mention types).
public enum EntityType: String, Sendable, CaseIterable {
    case person = "PER", organisation = "ORG", geopolitical = "GPE", location = "LOC"
    case facility = "FAC", group = "NORP", event = "EVENT"
}

/// A day as the number `yyyymmdd`, so that days compare as integers.
public typealias DayStamp = Int32

/// An entity of the knowledge base: a person, organisation, place or group.
public struct KBEntity: Sendable, Equatable {
    /// A stable lower-case slug (`donald-trump`, `country-rus`, `geonames-524901`).
    public let id: String
    public let type: EntityType
    public let nameEn: String
    public let nameAr: String
    /// ISO 3166-1 alpha-3 of the entity's state (its own code for a country).
    public let country: String?
    /// CAMEO actor code (`USAGOV`, `RUS`, `IGOUNO`).
    public let cameo: String?
    /// A Wikidata QID, only where the curated sources are certain of it.
    public let wikidata: String?
    /// For institutions that stand for a state's executive (البيت الأبيض), that state's alpha-3.
    public let metonymOf: String?
    /// For a capital city, the alpha-3 of the state it is the capital of.
    public let capitalOf: String?
    public let latitude: Double?
    public let longitude: Double?
    /// Prominence used to settle ambiguous names: countries 3, curated entries 2, capitals
    /// and cities ≥ 500k 1, first-level subdivisions 0.
    public let rank: UInt8

    /// Whether the entity is a state of the country list (its id is `country-` and its code).
    public var isCountry: Bool { id.hasPrefix(Self.countryPrefix) }

    /// The prefix of a state's id.
    public static let countryPrefix = "country-"

    public init(id: String, type: EntityType, nameEn: String, nameAr: String, country: String? = nil,
                cameo: String? = nil, wikidata: String? = nil, metonymOf: String? = nil, capitalOf: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, rank: UInt8 = 2) {
        self.id = id
        self.type = type
        self.nameEn = nameEn
        self.nameAr = nameAr
        self.country = country
        self.cameo = cameo
        self.wikidata = wikidata
        self.metonymOf = metonymOf
        self.capitalOf = capitalOf
        self.latitude = latitude
        self.longitude = longitude
        self.rank = rank
    }
}

/// An office a person held, with its date bounds.
public struct KBRole: Sendable, Equatable {
    /// The person's entity index.
    public let person: Int32
    /// A term of the role vocabulary (`head_of_state`, `foreign_minister`, …).
    public let role: String
    /// The state (alpha-3) or organisation id the office belongs to.
    public let of: String
    public let cameo: String
    /// The dates as written in the sources (`2025-01-20`, `2024`).
    public let startText: String
    public let endText: String?
    /// The first and last day the role was held (an open role ends at `DayStamp.max`).
    public let start: DayStamp
    public let end: DayStamp

    public init(person: Int32, role: String, of: String, cameo: String, startText: String, endText: String?) {
        self.person = person
        self.role = role
        self.of = of
        self.cameo = cameo
        self.startText = startText
        self.endText = endText
        start = KBDate.first(startText) ?? 0
        end = endText.flatMap(KBDate.last) ?? .max
    }

    /// Whether the role was held on `day`.
    public func held(on day: DayStamp) -> Bool { start <= day && day <= end }

    /// Whether the role was held on `day`, or without a day whether its term is still open.
    public func isCurrent(on day: DayStamp?) -> Bool { day.map(held) ?? (end == .max) }
}

/// Dates of variable precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as day stamps.
public enum KBDate {
    /// The first day the date can mean; nil if it is not such a date.
    public static func first(_ text: String) -> DayStamp? { parse(text)?.first }
    /// The last day the date can mean; nil if it is not such a date.
    public static func last(_ text: String) -> DayStamp? { parse(text)?.last }

    static func parse(_ text: String) -> (first: DayStamp, last: DayStamp)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let year = numbers[0]
        guard year >= 1900 && year <= 2100 else { return nil }
        if numbers.count == 1 { return (DayStamp(year * 10000 + 101), DayStamp(year * 10000 + 1231)) }
        let month = numbers[1]
        guard (1...12).contains(month) else { return nil }
        let days = PublicationTime.daysIn(month: month, year: year)
        if numbers.count == 2 {
            return (DayStamp(year * 10000 + month * 100 + 1), DayStamp(year * 10000 + month * 100 + days))
        }
        guard (1...days).contains(numbers[2]) else { return nil }
        let day = DayStamp(year * 10000 + month * 100 + numbers[2])
        return (day, day)
    }
}

extension PublicationTime {
    /// The publication day as a day stamp.
    public var dayStamp: DayStamp { DayStamp(year * 10000 + month * 100 + day) }
}
