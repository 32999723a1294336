/// The parts of a person's full name that the linker and the tagger's stage both read: "son of", the first halves of
/// compound given names, and the one word news uses alone for the person (the surname: عون for جوزيف عون). All words
/// are matching forms (teh marbuta folded).
enum PersonNames {
    /// "Son of", "daughter of".
    static let sonWords: Set<String> = ["بن", "ابن", "بنت"]
    /// First halves of compound given names, written apart or together (عبد الله، عبدالله؛ أبو مازن).
    static let compoundHeads: Set<String> = ["عبد", "ابو", "أبو"]
    /// "God", the second word of theophoric names (عبد الله، نصر الله), which names thousands.
    static let godWord = "الله"
    /// States whose people's family name comes first, the short form news uses (alpha-3): شي after شي جين بينغ.
    private static let familyNameFirst: Set<String> = ["CHN", "TWN", "HKG", "KOR", "PRK"]

    /// The surname of a full name of two words or more: which of `words` stands alone for the person — the last, or the
    /// first where the person's `country` (alpha-3) puts the family name first — and whether it is a father's name after بن (سلمان in محمد بن
    /// سلمان), which stands for the person only with its بن. Nil when the word names others too: the second half of
    /// a compound (عبد الله، أبو مازن، نصر الله) or a theophoric name written as one word (بن عبدالعزيز).
    static func surname(of words: [String], country: String?) -> (index: Int, patronymic: Bool)? {
        guard words.count >= 2 else { return nil }
        if let country, familyNameFirst.contains(country) { return (0, false) }
        let index = words.count - 1, word = words[index], before = words[index - 1]
        guard !compoundHeads.contains(before), word != godWord, !word.hasPrefix("عبدال") else { return nil }
        return (index, sonWords.contains(before))
    }
}
