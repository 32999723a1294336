import MarsadCore
import MarsadText

/// What the tagger takes for a name and is none: a month in brackets after its other name
/// (أبريل (نيسان)), a pious formula after a name (رحمه الله), a word whose name-like part
/// is a single letter once its clitics are off (لي "to me" as ل).
extension NERStage {
    /// Formulas of blessing said after a name (matching forms).
    static let formulas: Set<String> = [
        "رحمه الله", "رحمها الله", "رحمهم الله", "يرحمه الله", "يرحمها الله", "حفظه الله", "حفظها الله", "حفظهم الله",
        "رضي الله عنه", "رضي الله عنها", "رضي الله عنهم", "عز وجل", "جل جلاله", "سبحانه وتعالي", "صلي الله عليه وسلم",
    ]

    /// Whether the tagged name over `tokens`, whose span is `span` of the text `bytes`, is none.
    func isNoName(_ tokens: Range<Int>, span: Range<Int>, _ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self).count < 2 { return true }
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
        guard tokens.count <= 4 else { return false }
        return Self.formulas.contains(tokens.map { matching.normalized(analysis.norm(of: analysis.tokens[$0])) }.joined(separator: " "))
    }
}
