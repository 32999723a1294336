import MarsadText

/// The ك "like" the segmenter splits off the front of a word, read against the stem lexicon:
/// a word the lexicon counts whole, from its ك on, at least `share` as often as the rest is a
/// word of its own — كسرت "broke" beside سرت (Sirte), كسبها "won it" beside سبها (Sebha), كريم
/// beside ريم — not ك + a name, as كسوريا "like Syria" beside سوريا is. The lexicon's words are
/// light-normalised, hamza kept (آسيا is not اسيا).
struct ComparisonKaf: Sendable {
    let lexicon: StemLexicon
    /// How often, as a share of the rest's count, the lexicon must count the word whole.
    static let share = 0.1
    /// The fewest times the lexicon must count the word whole.
    static let minimum = 5
    /// The stem lexicon's form of a word: harakat and tatweel gone, hamza and alef forms kept.
    private static let light = Normalizer(options: [.foldLatinCase])

    /// Whether the segmenter split a ك off `token` (written at its range of `bytes`) that
    /// belongs to a word of its own.
    func isWordOfItsOwn(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Self.hasKaf(token) else { return false }
        let word = Self.light.normalized(String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self))
        let whole = String(word.unicodeScalars.dropFirst(Self.lettersBeforeKaf(token)))
        let count = lexicon.count(of: whole)
        guard count >= Self.minimum else { return false }
        return Double(count) >= Self.share * Double(lexicon.count(of: String(whole.unicodeScalars.dropFirst())))
    }

    /// Whether the segmenter split a ك off the front of `token`.
    static func hasKaf(_ token: Token) -> Bool {
        Clitics.proclitics[Int(token.segmentation.proclitics)].segments.contains("ك")
    }

    /// The proclitic letters before the ك split off `token` (the و of وكريم).
    static func lettersBeforeKaf(_ token: Token) -> Int {
        Clitics.proclitics[Int(token.segmentation.proclitics)].segments.prefix { $0 != "ك" }.joined().unicodeScalars.count
    }
}
