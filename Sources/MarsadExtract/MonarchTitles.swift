/// Which states a monarch's title can name the head of: a king reigns in a kingdom, an
/// emir in an emirate, a sultan in a sultanate, a supreme guide in Iran. الملك الأرمني (a
/// king of Armenia's past) or الأمير الأردني (a Jordanian prince) names no one in office,
/// where الرئيس الأرمني names Armenia's president. Where a supreme guide is head of state,
/// the president heads the government: الرئيس الإيراني is Iran's president, not its guide.
/// The Custodian of the Two Holy Mosques (خادم الحرمين الشريفين) is Saudi Arabia's king.
enum MonarchTitles {
    /// The last letters of a title word (matching forms, with or without the article and
    /// clitics) and the states (alpha-3) whose head it names.
    static let realms: [(ending: String, states: Set<String>)] = [
        ("ملك", Linker.kingdoms.union(["MYS"])),
        ("عاهل", Linker.kingdoms.union(["MYS"])),
        ("امير", ["KWT", "QAT", "MCO", "LIE"]),
        ("سلطان", ["OMN", "BRN"]),
        ("مرشد", ["IRN"]),
        ("خادم", ["SAU"]),
    ]

    /// States whose head of state is a supreme guide and whose president heads the government.
    static let guidedRepublics: Set<String> = ["IRN"]

    /// The office whose holder a title word `form` (a matching form) of `role` names in
    /// `country`: a president's title (no monarch's) names a guided republic's head of government.
    static func office(_ role: String, title form: String, of country: String?) -> String {
        guard role == "head_of_state", let country, guidedRepublics.contains(country), realm(of: form) == nil else { return role }
        return "head_of_government"
    }

    /// The role a title names for an office `role` of `country`: a guided republic's head of
    /// government is its president, named as heads of state are (his counterpart is a president).
    static func titleRole(_ role: String, of country: String) -> String {
        role == "head_of_government" && guidedRepublics.contains(country) ? "head_of_state" : role
    }

    /// Whether the title word `form` (a matching form) can name the head of state of
    /// `country`: true for a title that is no monarch's (الرئيس).
    static func names(_ form: String, headOf country: String) -> Bool {
        guard let realm = realm(of: form) else { return true }
        return realm.states.contains(country)
    }

    /// The one state a title word `form` can only name the head of (المرشد الأعلى: Iran; خادم الحرمين
    /// الشريفين: Saudi Arabia), which it names with no state after it; nil for other titles.
    static func soleRealm(of form: String) -> String? {
        guard let realm = realm(of: form), realm.states.count == 1 else { return nil }
        return realm.states.first
    }

    /// The realms of a monarch's title word `form`, or nil for a title that is no monarch's.
    private static func realm(of form: String) -> (ending: String, states: Set<String>)? {
        realms.first { form.hasSuffix($0.ending) }
    }
}
