import MarsadText

/// The words of generated place names: the generic heads a subdivision's name may start
/// with (محافظة الأنبار → الأنبار), and the test of whether a bare name is also an everyday
/// word (الشرقية "the eastern", الوسطى "the middle", العقبة "the obstacle").
struct PlaceNameWords {
    /// Word counts of a news corpus by alias key (the spellings a key folds summed); empty,
    /// only `geographyWords` decide.
    let counts: [String: Int]
    /// The stop words of that lexicon, by alias key (وان "and that", أنا "I").
    let stopWords: Set<String>
    private let keys = AliasKeyMaker()

    /// The counts and stop words of a stem lexicon's body (`word TAB count TAB s TAB …`).
    init(stems body: String) {
        var counts: [String: Int] = [:], stopWords: Set<String> = []
        for line in body.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let count = Int(fields[1]), let key = keys.key(String(fields[0])) else { continue }
            counts[key, default: 0] += count
            if fields[2] == "s" { stopWords.insert(key) }
        }
        self.counts = counts
        self.stopWords = stopWords
    }

    /// Generic heads of administrative names, as CLDR writes them.
    static let heads: Set<String> = [
        "محافظة", "المحافظة", "منطقة", "المنطقة", "ولاية", "الولاية", "إقليم", "اقليم", "الإقليم", "مقاطعة", "المقاطعة",
        "لواء", "قضاء", "إمارة", "امارة", "الإمارة", "جمهورية", "بلدية", "البلدية", "إدارة", "الإدارة", "شعبية", "جهة",
        "أبرشية", "كانتون", "ضاحية", "أوبلاست", "أوكروغ", "دائرة", "القسم",
    ]

    /// Directions, their adjectives and generic words of geography: a name made of these
    /// alone (الحدود الشمالية، جنوب الشرقية) is an everyday phrase.
    static let geographyWords: Set<String> = [
        "شمال", "جنوب", "شرق", "غرب", "وسط", "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط",
        "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الأوسط",
        "العليا", "السفلى", "الأعلى", "الأدنى", "الكبرى", "الصغرى", "المركز", "المركزية", "الداخلية", "الخارجية",
        "العاصمة", "الساحل", "الساحلية", "الجبل", "الجبال", "الجبلية", "الوادي", "الصحراء", "الجزيرة", "الجزر",
        "البحر", "النهر", "الحدود", "الريف", "البادية", "السهل", "الهضبة", "الواحات", "الأحمر", "الأبيض",
    ]

    /// Attached pronouns, as keys spell them; not ه and ها, which end names too (أبها) and
    /// stand for a folded ة.
    static let pronounSuffixes = ["ي", "هم", "هما", "هن", "ك", "كم", "نا"]

    static let geographyKeys = Set(geographyWords.compactMap(AliasKeyMaker().key))

    /// How often the other form of a word (with the article for a bare word, without it
    /// for a definite one), or a nisba's masculine, must occur, as a share of the word's
    /// own count, for the word to be an ordinary noun or adjective rather than a name.
    static let ordinaryShare = 0.1
    /// The fewest occurrences of the other form that count as ordinary use.
    static let ordinaryMinimum = 20

    /// `name` without a generic head word; `name` itself when it has none or is only one.
    static func bare(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, heads.contains(String(words[0])) else { return name }
        return words.dropFirst().joined(separator: " ")
    }

    /// Whether `name` (without a head) is also an everyday word or phrase: every word a
    /// word of geography, or a single word that is a stop word, perhaps after a one-letter
    /// proclitic (وان "and that", باي as بأي "in which") or before a pronoun (حولي "around
    /// me"), or whose other article form
    /// (شرقية beside الشرقية, العسير beside عسير) or other gender (الداخلي beside الداخلية,
    /// المركزية beside المركزي) is common.
    func isEveryday(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        if words.allSatisfy({ Self.geographyKeys.contains(keys.key($0) ?? "") }) { return true }
        guard words.count == 1, let word = keys.key(words[0]) else { return false }
        if stopWords.contains(word) { return true }
        if ProcliticLetters.all.begins(word.utf8), stopWords.contains(String(word.dropFirst())) { return true }
        if Self.pronounSuffixes.contains(where: { word.hasSuffix($0) && stopWords.contains(String(word.dropLast($0.count))) }) { return true }
        let own = max(counts[word] ?? 0, 1)
        var forms = [word, word.hasPrefix("ال") ? String(word.dropFirst(2)) : "ال" + word]
        // Keys fold ة to ه: a nisba reads يه (feminine) or ي (masculine).
        if word.hasSuffix("يه") { forms += forms.map { String($0.dropLast()) } } else if word.hasSuffix("ي") { forms += forms.map { $0 + "ه" } }
        let other = forms.dropFirst().map { counts[$0] ?? 0 }.max() ?? 0
        return other >= Self.ordinaryMinimum && Double(other) >= Self.ordinaryShare * Double(own)
    }
}
