/// The parts of a CAMEO actor code: its first three letters name a state (ISR) or, for actors
/// that belong to none, a transnational kind (IGO, IMG, NGO, MNC); in a six-letter code of a
/// state, the last three are the role sector (ISRMIL, AFGREB). The letters after a
/// transnational kind name its kind of body (IGOUNO: the United Nations, IMGMUSALQ: al-Qaeda),
/// not a sector.
public enum CAMEOActorCode {
    /// The first three letters of actors that belong to no state.
    public static let transnational: Set<Substring> = ["IGO", "IMG", "NGO", "MNC"]

    /// The state or transnational kind of `code` (nil for an empty or `---` code).
    public static func primary(_ code: String) -> String? {
        guard code.count >= 3, !code.hasPrefix("---") else { return nil }
        return String(code.prefix(3))
    }

    /// The role sector of a six-letter state code (ISRMIL → MIL); nil for other codes.
    public static func sector(_ code: String) -> String? {
        guard code.count == 6, !transnational.contains(code.prefix(3)) else { return nil }
        return String(code.suffix(3))
    }
}
