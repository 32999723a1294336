/// Which states a monarch's title can name the head of: a king reigns in a kingdom, an
/// emir in an emirate, a sultan in a sultanate, a supreme guide in Iran. الملك الأرمني (a
/// king of Armenia's past) or الأمير الأردني (a Jordanian prince) names no one in office,
/// where الرئيس الأرمني names Armenia's president.
enum MonarchTitles {
    /// The last letters of a title word (matching forms, with or without the article and
    /// clitics) and the states (alpha-3) whose head it names.
    static let realms: [(ending: String, states: Set<String>)] = [
        ("ملك", Linker.kingdoms.union(["MYS"])),
        ("عاهل", Linker.kingdoms.union(["MYS"])),
        ("امير", ["KWT", "QAT", "MCO", "LIE"]),
        ("سلطان", ["OMN", "BRN"]),
        ("مرشد", ["IRN"]),
    ]

    /// Whether the title word `form` (a matching form) can name the head of state of
    /// `country`: true for a title that is no monarch's (الرئيس).
    static func names(_ form: String, headOf country: String) -> Bool {
        guard let realm = realms.first(where: { form.hasSuffix($0.ending) }) else { return true }
        return realm.states.contains(country)
    }
}
