/// What an `AliasEntry` is, as flags in one byte: what a matcher asks of every key it
/// probes, without copying the entry.
public struct AliasKind: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The key itself is an alias (`AliasEntry.isAlias`).
    public static let alias = AliasKind(rawValue: 1)
    /// Some longer alias begins with the key and a space (`AliasEntry.isPrefix`).
    public static let prefix = AliasKind(rawValue: 2)
    /// The key is a title (`AliasEntry.titleRole` is set).
    public static let title = AliasKind(rawValue: 4)

    /// The kind of `entry`.
    public init(_ entry: AliasEntry) {
        var kind: AliasKind = []
        if entry.isAlias { kind.insert(.alias) }
        if entry.isPrefix { kind.insert(.prefix) }
        if entry.titleRole != nil { kind.insert(.title) }
        self = kind
    }
}
