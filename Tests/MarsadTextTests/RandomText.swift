/// Random and adversarial Unicode for property tests: Arabic letters and harakat,
/// presentation forms, digits of three scripts, direction and zero-width marks, emoji
/// with modifiers and joiners, combining marks after nothing, Latin, punctuation, spaces.
enum RandomText {
    static let pieces: [String] = [
        "ا", "ب", "ت", "ة", "ى", "ي", "أ", "إ", "آ", "ٱ", "ل", "و", "ف", "س", "ه", "ك", "ن", "م", "ء", "ؤ", "ئ",
        "\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{0640}",
        "\u{FEFB}", "\u{FDF2}", "\u{FDFA}", "\u{FE70}", "\u{FE8E}",
        "٠", "٥", "۹", "1", "2", ".", ",", "٫", "٬", "%", "٪",
        "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{FEFF}", "\u{202B}", "\u{2067}",
        "😀", "👍🏽", "👩‍👩‍👧", "🇸🇦", "\u{301}", "\u{20DD}",
        "a", "Z", "é", "ß", "Ω", "中", "-", "–", "—", "«", "»", "\"", "“", "”", "؟", "؛", "،", "!", "?",
        " ", " ", " ", "\n", "\t", "\u{00A0}", "\u{2028}", "@", "#", "_", "/", ":", "www.", "http://", "x@y.io",
    ]

    static func string(length: Int, using generator: inout some RandomNumberGenerator) -> String {
        (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
