import MarsadCore
import MarsadText

/// What the tagger takes for a name and is none: a month in brackets after its other name
/// (أبريل (نيسان)), a pious formula after a name (رحمه الله), a word whose name-like part
/// is a single letter once its clitics are off (لي "to me" as ل), words in lowercase Latin
/// letters alone.
extension NERStage {
    /// Formulas of blessing said after a name (matching forms).
    static let formulas: Set<String> = [
        "رحمه الله", "رحمها الله", "رحمهم الله", "يرحمه الله", "يرحمها الله", "حفظه الله", "حفظها الله", "حفظهم الله",
        "رضي الله عنه", "رضي الله عنها", "رضي الله عنهم", "عز وجل", "جل جلاله", "سبحانه وتعالي", "صلي الله عليه وسلم",
    ]

    /// The last words of the formulas, as token norms: only a name ending in one is compared
    /// with the formulas.
    static let formulaEnds = ByteKeyTable(["الله", "عنه", "عنها", "عنهم", "وجل", "جلاله", "وتعالى", "وسلم"].map {
        (Array(Normalizer(options: .token).normalized($0).utf8), UInt32(1))
    })

    /// Whether the tagged name over `tokens`, whose span is `span` of the text `bytes`, is none.
    func isNoName(_ tokens: Range<Int>, span: Range<Int>, _ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Fewer than two characters: count the bytes that begin one in UTF-8.
        if bytes[span].lazy.filter({ $0 & 0xC0 != 0x80 }).count < 2 { return true }
        if Self.isLowercaseLatin(UnsafeBufferPointer(rebasing: bytes[span])) { return true }
        if tokens.count == 1, let dates {
            let token = analysis.tokens[tokens.lowerBound]
            let isMonth = analysis.norms.withUnsafeBufferPointer { norms in
                dates.entries(startingWith: UnsafeBufferPointer(rebasing: norms[token.normRange]))?.contains {
                    guard dates.entries[$0].words.count == 1, case .month = dates.entries[$0].meaning else { return false }
                    return true
                } ?? false
            }
            if isMonth { return true }
        }
        let last = analysis.tokens[tokens.upperBound - 1]
        guard tokens.count >= 2, tokens.count <= 4, analysis.norms.withUnsafeBufferPointer({ norms in
            Self.formulaEnds.value(for: UnsafeBufferPointer(rebasing: norms[last.normRange])) != nil
        }) else { return false }
        return Self.formulas.contains(tokens.map { matching.normalized(analysis.norm(of: analysis.tokens[$0])) }.joined(separator: " "))
    }

    /// Whether `text` (UTF-8) has Latin letters, all lowercase, and nothing beyond ASCII: a
    /// name written in Latin letters is capitalised, and the tagger, trained on Arabic news,
    /// named English common nouns ("the agreement") and the style sheets left in scraped pages
    /// (padding, margin, webkit-gradient).
    static func isLowercaseLatin(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = false
        for byte in text {
            if byte >= 0x80 || (0x41...0x5A).contains(byte) { return false }
            if (0x61...0x7A).contains(byte) { letters = true }
        }
        return letters
    }
}
