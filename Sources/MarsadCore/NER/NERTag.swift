/// The entity types of the ANERcorp tag set.
public enum NERType: UInt8, Sendable, CaseIterable {
    case person, location, organisation, miscellaneous

    /// The label in tag files and reports (`PERS`, `LOC`, `ORG`, `MISC`).
    public var label: String {
        switch self {
        case .person: "PERS"
        case .location: "LOC"
        case .organisation: "ORG"
        case .miscellaneous: "MISC"
        }
    }

    /// The type a label names: the ANERcorp labels, and AQMAR's `PER` and `MIS`, `MIS0`–`MIS3`.
    public init?(label: some StringProtocol) {
        switch label {
        case "PERS", "PER": self = .person
        case "LOC": self = .location
        case "ORG": self = .organisation
        case "MISC", "MIS", "MIS0", "MIS1", "MIS2", "MIS3": self = .miscellaneous
        default: return nil
        }
    }
}

/// A BIO tag: outside, or the beginning or inside of an entity of some type. Tags are
/// numbered 0 (O), then B- and I- of each type in turn, so they index weight rows.
public struct NERTag: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8

    /// The number of tags.
    public static let count = 1 + 2 * NERType.allCases.count
    public static let outside = NERTag(rawValue: 0)
    /// Every tag, in index order.
    public static let all = (0..<count).map { NERTag(rawValue: UInt8($0)) }

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static func begin(_ type: NERType) -> NERTag { NERTag(rawValue: 1 + 2 * type.rawValue) }
    public static func inside(_ type: NERType) -> NERTag { NERTag(rawValue: 2 + 2 * type.rawValue) }

    /// The tag a label names (`O`, `B-PERS`, `I-MIS1`), or nil.
    public init?(label: some StringProtocol) {
        if label == "O" { self = .outside; return }
        guard label.count > 2, let type = NERType(label: label.dropFirst(2)) else { return nil }
        if label.hasPrefix("B-") { self = .begin(type) } else if label.hasPrefix("I-") { self = .inside(type) } else { return nil }
    }

    public var index: Int { Int(rawValue) }
    /// The entity type, or nil for O. Inlinable: the stacked pass's context reads it for every
    /// pair of nearby tokens of a word.
    @inlinable public var type: NERType? { rawValue == 0 ? nil : NERType(rawValue: (rawValue - 1) / 2) }
    public var isBegin: Bool { rawValue != 0 && rawValue % 2 == 1 }
    public var isInside: Bool { rawValue != 0 && rawValue % 2 == 0 }

    /// `O`, `B-PERS`, `I-LOC`…
    public var description: String {
        guard let type else { return "O" }
        return (isBegin ? "B-" : "I-") + type.label
    }
}
