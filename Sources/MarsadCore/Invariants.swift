/// Checks what must hold of every analysis: spans inside the text and on scalar
/// boundaries, tokens in order and not overlapping, sentences covering the tokens in
/// order, norms inside their buffer. Tests run it over every analysis they make.
public enum Invariants {
    /// The violations found in `annotated`, as messages; empty when all holds.
    public static func violations(in annotated: AnnotatedDocument) -> [String] {
        var problems: [String] = []
        let text = Array(annotated.document.text.utf8)
        let analysis = annotated.text
        func onBoundary(_ offset: Int) -> Bool {
            offset == text.count || (offset >= 0 && offset < text.count && !UTF8Scalar.isContinuation(text[offset]))
        }
        var previousEnd = 0
        for (k, token) in analysis.tokens.enumerated() {
            let range = token.range
            guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else {
                problems.append("token \(k) span \(range) is empty or outside the text (\(text.count) bytes)")
                continue
            }
            if !onBoundary(range.lowerBound) || !onBoundary(range.upperBound) {
                problems.append("token \(k) span \(range) cuts a scalar")
            }
            if range.lowerBound < previousEnd { problems.append("token \(k) overlaps the token before") }
            previousEnd = range.upperBound
            // A norm may be empty: a lone haraka normalises to nothing.
            if token.normRange.lowerBound < 0 || token.normRange.upperBound > analysis.norms.count {
                problems.append("token \(k) norm range \(token.normRange) is outside the norm buffer")
            }
        }
        var nextToken = 0
        for (s, sentence) in analysis.sentences.enumerated() {
            let tokens = sentence.tokenRange
            guard tokens.lowerBound == nextToken, tokens.upperBound <= analysis.tokens.count, !tokens.isEmpty else {
                problems.append("sentence \(s) tokens \(tokens) do not follow on from token \(nextToken)")
                continue
            }
            nextToken = tokens.upperBound
            if sentence.range != Int(analysis.tokens[tokens.lowerBound].start)..<Int(analysis.tokens[tokens.upperBound - 1].end) {
                problems.append("sentence \(s) span \(sentence.range) is not its tokens' span")
            }
        }
        if nextToken != analysis.tokens.count, annotated.provided.contains(.sentences) {
            problems.append("sentences cover \(nextToken) of \(analysis.tokens.count) tokens")
        }
        return problems
    }
}
