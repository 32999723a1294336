/// The language and script of a document, from letter counts and English function words.
public struct LanguageGuess: Sendable, Equatable {
    /// BCP 47: `ar`, `en`, or `und` for anything else.
    public var language: String
    /// ISO 15924: `Arab`, `Latn`, `Zyyy` (no words, or no script dominates) or `Zzzz` (another script).
    public var script: String

    public init(language: String, script: String) {
        self.language = language
        self.script = script
    }

    /// Nothing known yet.
    public static let undetermined = LanguageGuess(language: "und", script: "Zyyy")
}

/// Evidence for the language of a text, gathered word by word from normalised words.
///
/// Arabic: most words are in Arabic script and few of them hold letters of Persian or Urdu
/// (پ چ ژ گ ں ٹ…). English: most words are Latin and a tenth or
/// more are English function words.
public struct LanguageEvidence: Sendable {
    var arabicScript = 0, beyondArabicAlphabet = 0, latin = 0, english = 0, other = 0

    public init() {}

    /// Common English function words packed as lower-case ASCII in a `UInt64`.
    static let englishWords: Set<UInt64> = Set(
        ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he",
         "his", "be", "at", "by", "this", "had", "from", "are", "have", "has", "but", "not", "they",
         "were", "which", "said", "an", "or", "will", "would", "their", "its", "who", "been", "after"]
            .map { word in Array(word.utf8).withUnsafeBufferPointer { pack($0) } })

    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Counts one word by its normalised form; `arabicLettersOnly` says whether it holds only
    /// letters of the Arabic alphabet.
    @inline(__always)
    public mutating func add(word norm: UnsafeBufferPointer<UInt8>, arabicLettersOnly: Bool) {
        guard let first = norm.first else { return }
        if first >= 0xD8 && first <= 0xDD {  // U+0600–U+077F
            arabicScript += 1
            if !arabicLettersOnly && Self.holdsPersianOrUrduLetter(norm) { beyondArabicAlphabet += 1 }
        } else if first < 0x80 {
            latin += 1
            if norm.count <= 8 && Self.englishWords.contains(Self.pack(norm)) { english += 1 }
        } else {
            other += 1
        }
    }

    /// پ ٹ چ ڈ ڑ ژ ں گ: letters of Persian and Urdu that normalisation keeps (ی ک ہ ے become
    /// Arabic letters) and Arabic does not use.
    static func holdsPersianOrUrduLetter(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 1 < norm.count {
            switch (norm[i], norm[i + 1]) {
            case (0xD9, 0xBE), (0xD9, 0xB9), (0xDA, 0x86), (0xDA, 0x88), (0xDA, 0x91), (0xDA, 0x98), (0xDA, 0xBA), (0xDA, 0xAF):
                return true
            default:
                i += 1
            }
        }
        return false
    }

    /// The language the evidence points to.
    public var guess: LanguageGuess {
        let words = arabicScript + latin + other
        guard words > 0 else { return .undetermined }
        if arabicScript * 2 > words {
            // Arabic proper: under 3 % of its words hold letters beyond the Arabic alphabet.
            return LanguageGuess(language: beyondArabicAlphabet * 33 < arabicScript ? "ar" : "und", script: "Arab")
        }
        if latin * 2 > words {
            return LanguageGuess(language: english * 10 >= latin ? "en" : "und", script: "Latn")
        }
        return LanguageGuess(language: "und", script: other * 2 > words ? "Zzzz" : "Zyyy")
    }
}
