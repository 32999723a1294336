import MarsadText

/// A text analysis of tokens given in advance (the sentences of a tagged corpus), so the
/// tagger sees them exactly as the text layer would: each token's norm and clitic
/// segmentation come from analysing it alone. The text is the tokens joined by spaces;
/// the analysis lists no sentences (`sentences` holds their token ranges).
struct GivenTokens {
    let text: String
    let analysis: TextAnalysis
    /// Each given sentence's range of tokens.
    let sentences: [Range<Int>]

    /// The tokens as one sentence.
    init(_ tokens: [String], layer: TextLayer) {
        self.init(sentences: [tokens], layer: layer)
    }

    /// The sentences, in order, as one document.
    init(sentences: [[String]], layer: TextLayer) {
        var text = ""
        var out: [Token] = []
        var norms: [UInt8] = []
        var ranges: [Range<Int>] = []
        for tokens in sentences {
            let first = out.count
            for surface in tokens {
                if !text.isEmpty { text += " " }
                let start = text.utf8.count
                text += surface
                let alone = layer.analyze(surface)
                let kind = alone.tokens.first { $0.kind == .word }?.kind ?? alone.tokens.first?.kind ?? .symbol
                var token = Token(start: start, end: text.utf8.count, kind: kind)
                token.normStart = Int32(norms.count)
                for part in alone.tokens { norms += alone.norms[part.normRange] }
                token.normEnd = Int32(norms.count)
                if alone.tokens.count == 1 { token.segmentation = alone.tokens[0].segmentation }
                out.append(token)
            }
            ranges.append(first..<out.count)
        }
        self.text = text
        self.sentences = ranges
        analysis = TextAnalysis(tokens: out, sentences: [], norms: norms, language: .undetermined)
    }
}
