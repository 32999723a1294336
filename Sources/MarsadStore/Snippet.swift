import MarsadCore

/// Picks the passage of a text that best shows why it matched a query: the window of
/// `width` terms holding the most matched terms, with the matches marked.
struct Snippet {
    let width: Int

    /// The passage of `text` and its matched words, as Unicode scalar spans of `text`;
    /// `terms` are the text's terms, `wanted` the query's.
    func passage(of text: String, terms: [(term: String, range: Range<Int>)], wanted: Set<String>)
        -> (snippet: AnalysisFacts.Span, highlights: [AnalysisFacts.Span]) {
        let utf8 = Array(text.utf8)
        let offsets = ScalarOffsets(text)
        func span(_ range: Range<Int>) -> AnalysisFacts.Span {
            AnalysisFacts.Span(start: offsets.scalarOffset(range.lowerBound), end: offsets.scalarOffset(range.upperBound),
                               text: String(decoding: utf8[range], as: UTF8.self))
        }
        guard !terms.isEmpty else { return (span(0..<0), []) }
        let matched = terms.indices.filter { wanted.contains(terms[$0].term) }
        // The window starting a few terms before a match that holds the most matches.
        var bestStart = 0, bestCount = 0
        for first in matched {
            let start = max(0, first - width / 4)
            let count = matched.lazy.filter { $0 >= start && $0 < start + width }.count
            if count > bestCount { (bestStart, bestCount) = (start, count) }
        }
        let last = min(terms.count, bestStart + width) - 1
        let window = terms[bestStart].range.lowerBound..<terms[last].range.upperBound
        let highlights = matched.filter { $0 >= bestStart && $0 <= last }.map { span(terms[$0].range) }
        return (span(window), highlights)
    }
}
