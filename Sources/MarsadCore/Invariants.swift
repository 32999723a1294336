/// Checks what must hold of every analysis: spans inside the text and on scalar
/// boundaries, tokens in order and not overlapping, sentences covering the tokens in
/// order, norms inside their buffer; quotes and stances inside the text, pointing at
/// entities of the document. Tests run it over every analysis they make.
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
        problems += speechViolations(in: annotated, onBoundary: onBoundary)
        return problems
    }

    /// Quotes and stances: spans inside the text on scalar boundaries, speakers, holders
    /// and targets that are entities of the document.
    static func speechViolations(in annotated: AnnotatedDocument, onBoundary: (Int) -> Bool) -> [String] {
        var problems: [String] = []
        let entities = annotated.entities.indices
        func check(_ range: Range<Int>, _ what: String) {
            if range.isEmpty || !onBoundary(range.lowerBound) || !onBoundary(range.upperBound) {
                problems.append("\(what) span \(range) is empty, outside the text or cuts a scalar")
            }
        }
        for (q, quote) in annotated.quotes.enumerated() {
            check(quote.range, "quote \(q)")
            if let cue = quote.cue { check(cue, "quote \(q) cue") }
            if let speaker = quote.speaker, !entities.contains(speaker) { problems.append("quote \(q) speaker \(speaker) is no entity") }
        }
        for (s, stance) in annotated.stances.enumerated() {
            check(stance.range, "stance \(s)")
            check(stance.trigger, "stance \(s) trigger")
            if !entities.contains(stance.holder) { problems.append("stance \(s) holder \(stance.holder) is no entity") }
            switch stance.target {
            case .entity(let e)?: if !entities.contains(e) { problems.append("stance \(s) target \(e) is no entity") }
            case .topic(let range)?: check(range, "stance \(s) target")
            case nil: break
            }
        }
        return problems
    }
}
