import MarsadCore
import MarsadText

/// What the quote and stance stages read of a document, indexed by token: readings for
/// lexicon lookups, sentences, punctuation, and which mention starts or ends where.
struct SpeechContext {
    let analysis: TextAnalysis
    /// The document's text as UTF-8.
    let bytes: [UInt8]
    let keys: WordKeys
    /// The sentence of each token.
    let sentenceOf: [Int]
    /// The mention that starts at each token, or -1.
    let mentionAt: [Int]
    /// The token each mention starts at and the token after its last.
    let mentionTokens: [Range<Int>]

    init(_ document: AnnotatedDocument) {
        analysis = document.text
        bytes = Array(document.document.text.utf8)
        keys = document.wordKeys ?? WordKeys(document.text)
        let tokens = analysis.tokens
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (s, sentence) in analysis.sentences.enumerated() {
            for k in sentence.tokenRange { sentenceOf[k] = s }
        }
        self.sentenceOf = sentenceOf
        var mentionAt = [Int](repeating: -1, count: tokens.count)
        var mentionTokens: [Range<Int>] = []
        var k = 0
        for (m, mention) in document.mentions.enumerated() {
            while k < tokens.count, Int(tokens[k].end) <= mention.range.lowerBound { k += 1 }
            var end = k
            while end < tokens.count, Int(tokens[end].start) < mention.range.upperBound { end += 1 }
            mentionTokens.append(k..<max(end, k + 1))
            if k < tokens.count, mentionAt[k] < 0 { mentionAt[k] = m }
        }
        self.mentionAt = mentionAt
        self.mentionTokens = mentionTokens
    }

    var tokenCount: Int { analysis.tokens.count }

    /// The tokens of the sentence of token `k`.
    func sentence(of k: Int) -> Range<Int> { analysis.sentences[sentenceOf[k]].tokenRange }

    /// The first Unicode scalar of a punctuation token, else nil.
    func punctuation(_ k: Int) -> Unicode.Scalar? {
        let token = analysis.tokens[k]
        guard token.kind == .punctuation || token.kind == .symbol, token.start < token.end else { return nil }
        // Decoded in place: the stages ask this of many tokens, and a String would be built for each.
        return bytes.withUnsafeBufferPointer { Unicode.Scalar(UTF8Scalar.decode($0, at: Int(token.start)).value) }
    }

    /// Whether token `k` is a quotation mark.
    func isQuotationMark(_ k: Int) -> Bool {
        guard let p = punctuation(k) else { return false }
        return QuotationMarks.isMark(p)
    }

    /// Whether token `k` ends a clause: punctuation other than quotation marks and dashes.
    func endsClause(_ k: Int) -> Bool {
        guard let p = punctuation(k) else { return false }
        return !QuotationMarks.isMark(p) && p != "-" && p != "–" && p != "—"
    }

    /// Whether token `k` reads as one of `words` (in any of its readings).
    func reads(_ k: Int, _ words: WordSet) -> Bool {
        keys.readings[k].contains { words.contains($0.key) }
    }

    /// Whether the whole form of token `k` is one of `words`.
    func isWord(_ k: Int, _ words: WordSet) -> Bool {
        keys.readings[k].first.map { words.contains($0.key) } ?? false
    }

    /// The longest phrase of a lexicon starting at each word token (not crossing the end of
    /// its sentence): its value, the token after it, and which reading of its first word it
    /// starts with (see `reading(_:_:)`); nil for other tokens and where no phrase starts.
    /// `probe` gives a key's value and whether a longer phrase begins with it, in one lookup.
    /// One pass for the whole document with the readings borrowed once: the stance stage asks
    /// this of every word, and a call per token copied the readings twice. A reading is named
    /// by its position so that the array holds no references to retain and release.
    func phrases<Value>(maxWords: Int, probe: (ArraySlice<UInt8>) -> (value: Value?, isPrefix: Bool)) -> [(value: Value, end: Int, first: Int)?] {
        let tokens = analysis.tokens, readings = keys.readings
        var found = [(value: Value, end: Int, first: Int)?](repeating: nil, count: tokens.count)
        for start in tokens.indices where tokens[start].kind == .word {
            let limit = sentence(of: start).upperBound
            var best: (value: Value, end: Int, first: Int)?
            // The first word's readings where they stand; a key is copied only to be extended.
            readings.withReadings(of: start) { firsts in
                for position in firsts.indices {
                    var k = start + 1
                    var probed = probe(firsts[position].key)
                    if let value = probed.value, best.map({ $0.end < k }) ?? true { best = (value, k, position) }
                    guard probed.isPrefix else { continue }
                    var key = firsts[position].key
                    extending: while probed.isPrefix, k < limit, k - start < maxWords, tokens[k].kind == .word {
                        for next in readings[k] {
                            let joined = ArraySlice<UInt8>.joined(key, next.key)
                            let longer = probe(joined)
                            guard longer.value != nil || longer.isPrefix else { continue }
                            (key, probed) = (joined, longer)
                            k += 1
                            if let value = probed.value, best.map({ $0.end < k }) ?? true { best = (value, k, position) }
                            continue extending
                        }
                        break
                    }
                }
            }
            found[start] = best
        }
        return found
    }

    /// The reading at `position` among the readings of token `k` (0: its whole form).
    func reading(_ k: Int, _ position: Int) -> WordKey {
        let readings = keys.readings[k]
        return readings[readings.startIndex + position]
    }

    /// The token that holds byte `offset` (the last token for an offset past the text).
    func token(at offset: Int) -> Int { analysis.token(at: offset) }

    /// The UTF-8 range from the start of token `first` to the end of token `last`.
    func span(_ first: Int, _ last: Int) -> Range<Int> {
        Int(analysis.tokens[first].start)..<Int(analysis.tokens[last].end)
    }
}
