/// PLOVER's 16 event types (openeventdata PLOVER manual, v2 draft), each with its
/// quad class, its conflict–cooperation score, its modes and the CAMEO root code it
/// collapses from.
public enum PloverType: String, Sendable, CaseIterable, Comparable {
    case agree = "AGREE", consult = "CONSULT", support = "SUPPORT", concede = "CONCEDE"
    case cooperate = "COOPERATE", aid = "AID", retreat = "RETREAT", request = "REQUEST"
    case accuse = "ACCUSE", reject = "REJECT", threaten = "THREATEN", protest = "PROTEST"
    case sanction = "SANCTION", mobilize = "MOBILIZE", coerce = "COERCE", assault = "ASSAULT"

    public static func < (a: Self, b: Self) -> Bool { a.index < b.index }

    /// The position in `allCases`, a stable small number for tables and feature hashes.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    /// The quad class: verbal or material, cooperation or conflict.
    public var quadClass: QuadClass {
        switch self {
        case .agree, .consult, .support, .concede: .verbalCooperation
        case .cooperate, .aid, .retreat: .materialCooperation
        case .request, .accuse, .reject, .threaten: .verbalConflict
        case .protest, .sanction, .mobilize, .coerce, .assault: .materialConflict
        }
    }

    /// The PLOVER score of the type without a mode (the manual's scores table).
    public var score: Double {
        switch self {
        case .agree, .consult: 2.5
        case .support: 5
        case .concede: 4.5
        case .cooperate: 9.5
        case .aid: 10
        case .retreat: 6.5
        case .request: 0
        case .accuse: 3
        case .reject: -2
        case .threaten: -3.5
        case .protest: -5
        case .sanction: -6
        case .mobilize: -5.5
        case .coerce: -7
        case .assault: -9
        }
    }

    /// The two-digit CAMEO root the type collapses from (CAMEO2PLOVER-2021); where CAMEO
    /// splits the type over several roots (ACCUSE: 09 and 11; ASSAULT: 18–20; CONCEDE and
    /// RETREAT share 08) the most general one.
    public var cameoRoot: String {
        switch self {
        case .agree: "03"
        case .consult: "04"
        case .support: "05"
        case .cooperate: "06"
        case .aid: "07"
        case .concede, .retreat: "08"
        case .accuse: "11"
        case .request: "10"
        case .reject: "12"
        case .threaten: "13"
        case .protest: "14"
        case .mobilize: "15"
        case .sanction: "16"
        case .coerce: "17"
        case .assault: "18"
        }
    }

    /// The modes the manual lists for the type, in its spelling (lower case).
    public var modes: [String] {
        switch self {
        case .consult: ["visit", "third-party", "multilateral", "phone"]
        case .retreat: ["withdraw", "release", "disarm", "ceasefire", "access", "resign"]
        case .request, .reject: ["assist", "change", "yield", "meet"]
        case .accuse: ["disapprove", "investigate", "allege"]
        case .threaten: ["restrict", "arrest", "relations", "expel", "territory", "violence"]
        case .protest: ["demo", "riot", "strike", "hunger", "boycott", "obstruct"]
        case .sanction: ["convict", "expel", "withdraw", "discontinue"]
        case .mobilize: ["troops", "weapons", "police", "militia"]
        case .coerce: ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"]
        case .assault: ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                        "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"]
        case .agree, .support, .concede, .cooperate, .aid: []
        }
    }

    /// The CAMEO code of the type with `mode`: the three-digit code where CAMEO has one
    /// for the mode (CONSULT phone 041, visit 042, third-party 044; ASSAULT abduct 181,
    /// firearms 190, aerial 195, explosives 183, suicide-attack 1831; PROTEST demo 141,
    /// hunger 142, strike 143, obstruct 144, riot 145; SANCTION expel 161…), else the root.
    public func cameo(mode: String?) -> String {
        guard let mode, let code = Self.modeCodes[rawValue + ":" + mode] else { return cameoRoot }
        return code
    }

    /// The PLOVER score with `mode`, where the manual's table gives one for it.
    public func score(mode: String?) -> Double {
        guard let mode, let value = Self.modeScores[rawValue + ":" + mode] else { return score }
        return value
    }

    /// Whether `mode` is one of the type's modes.
    public func accepts(mode: String) -> Bool { modes.contains(mode) }

    static let modeCodes: [String: String] = [
        "CONSULT:phone": "041", "CONSULT:visit": "042", "CONSULT:third-party": "044",
        "RETREAT:release": "0841", "RETREAT:access": "086", "RETREAT:disarm": "087", "RETREAT:ceasefire": "0871",
        "RETREAT:withdraw": "0872",
        "REQUEST:assist": "103", "REQUEST:change": "104", "REQUEST:yield": "105", "REQUEST:meet": "106",
        "REJECT:assist": "122", "REJECT:change": "123", "REJECT:yield": "124", "REJECT:meet": "125",
        "ACCUSE:disapprove": "111", "ACCUSE:investigate": "090", "ACCUSE:allege": "112",
        "THREATEN:restrict": "131", "THREATEN:relations": "132", "THREATEN:violence": "138",
        "PROTEST:demo": "141", "PROTEST:hunger": "142", "PROTEST:strike": "143", "PROTEST:obstruct": "144",
        "PROTEST:riot": "145",
        "SANCTION:discontinue": "163", "SANCTION:expel": "164", "SANCTION:withdraw": "161",
        "COERCE:seize": "171", "COERCE:arrest": "173", "COERCE:deport": "174", "COERCE:curfew": "1721",
        "COERCE:martial-law": "1724",
        "ASSAULT:abduct": "181", "ASSAULT:beat": "1821", "ASSAULT:torture": "1823", "ASSAULT:sexual": "1822",
        "ASSAULT:explosives": "183", "ASSAULT:suicide-attack": "1831", "ASSAULT:targeted": "186",
        "ASSAULT:firearms": "190", "ASSAULT:heavy-weapons": "194", "ASSAULT:aerial": "195", "ASSAULT:drone": "1951",
        "ASSAULT:destroy": "180", "ASSAULT:unconventional": "200", "ASSAULT:crowd-control": "175",
    ]

    static let modeScores: [String: Double] = [
        "CONSULT:visit": 4, "CONSULT:third-party": 1, "CONSULT:multilateral": 4, "CONSULT:phone": 1.5,
        "RETREAT:withdraw": 8, "RETREAT:release": 6.5, "RETREAT:disarm": 10, "RETREAT:ceasefire": 7.5,
        "RETREAT:access": 6.5, "RETREAT:resign": 4.5,
        "REQUEST:assist": 0.5, "REQUEST:change": -1, "REQUEST:yield": -1, "REQUEST:meet": 0,
        "ACCUSE:disapprove": -2, "ACCUSE:investigate": -3.5, "ACCUSE:allege": -3.5,
        "REJECT:assist": -1.5, "REJECT:change": -2, "REJECT:yield": -2, "REJECT:meet": -2,
        "THREATEN:restrict": -3, "THREATEN:arrest": -3.5, "THREATEN:relations": -3.5, "THREATEN:expel": -3.5,
        "THREATEN:territory": -4, "THREATEN:violence": -3.5,
        "PROTEST:demo": -5, "PROTEST:riot": -7, "PROTEST:strike": -5, "PROTEST:hunger": -4.5,
        "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5,
        "SANCTION:convict": -6, "SANCTION:expel": -5.5, "SANCTION:withdraw": -6, "SANCTION:discontinue": -6,
        "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5, "MOBILIZE:police": -5.5, "MOBILIZE:militia": -6,
        "COERCE:seize": -7, "COERCE:restrict": -7, "COERCE:censor": -6.5, "COERCE:curfew": -6.5,
        "COERCE:martial-law": -7.5, "COERCE:arrest": -7, "COERCE:deport": -7, "COERCE:withhold": -7,
        "COERCE:misinformation": -6.5, "COERCE:cyber": -7,
        "ASSAULT:abduct": -8.5, "ASSAULT:beat": -7.5, "ASSAULT:torture": -8.5, "ASSAULT:sexual": -8.5,
        "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5, "ASSAULT:primitive": -8, "ASSAULT:firearms": -9,
        "ASSAULT:explosives": -9, "ASSAULT:suicide-attack": -9.5, "ASSAULT:aerial": -9.5, "ASSAULT:drone": -9.5,
        "ASSAULT:heavy-weapons": -9.5, "ASSAULT:crowd-control": -7.5, "ASSAULT:unconventional": -10,
    ]
}

/// The four quad classes of event data, numbered as PLOVER's `quad_code`.
public enum QuadClass: Int, Sendable, CaseIterable {
    case verbalCooperation = 1, materialCooperation = 2, verbalConflict = 3, materialConflict = 4
}

/// PLOVER's general contexts (the manual's table of contexts), in its spelling.
public enum PloverContext: String, Sendable, CaseIterable {
    case military, intelligence, executive, legislative, election, economic, legal
    case humanRights = "human_rights", rightsFreedoms = "rights_freedoms", repression, lgbt
    case religEthno = "relig_ethno", inequality, diplomatic, territory, health, asylum, migration
    case disasters, environment, tech, terrorism, cbrn, cyber, misinformation, crime, corruption
}
