import MarsadText

/// How each word recurs nearby in its document (document-level consistency): a name is
/// usually repeated, and some of its occurrences stand where its kind shows — after a title,
/// a speech verb, a place or an institution noun, inside a knowledge-base alias, or next to
/// the same word again (the rest of a repeated multi-word name). For each word token, over
/// the other tokens of the same word (looked up as the word classes are, `NERFeatures.bareWord`)
/// within `window` sentences either side, one code packs how many there are (binned), the
/// cue classes just before them, the knowledge-base kinds holding them, and whether one of
/// them has the same word after it, or before it. Computed alike while training (a corpus
/// file's sentences in order) and tagging (a document's sentences).
enum NERDocumentContext {
    /// Sentences either side whose words count.
    static let window = 8

    /// What the context reads of one token: its word as classes look it up (0 for a token
    /// that is not a word), its norm, the cue class of its stem and its knowledge-base kind.
    struct Key: Equatable {
        var bare: UInt64 = 0
        var word: UInt64 = 0
        var cue: NERCueWords.Cue = .none
        var kind: UInt8 = 0
    }

    /// The key of `token`, whose knowledge-base label (`NERFeatures.kbLabels`) is `kb`.
    static func key(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8) -> Key {
        let word = NERHash.fnv(UnsafeBufferPointer(rebasing: norms[token.normRange]))
        return key(token, norms, kb: kb, word: word, cue: NERFeatures.cue(token, norms, word: word))
    }

    /// The key of `token` whose norm's hash `word` and cue class `cue` are known (as
    /// `NERFeatures.info` finds them).
    static func key(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8, word: UInt64, cue: NERCueWords.Cue) -> Key {
        var key = Key(word: word, cue: cue, kind: kb >> 1)
        if token.kind == .word {
            key.bare = NERFeatures.bareWord(token, norms) { bare, _ in bare.isEmpty ? 0 : NERHash.fnv(bare) | 1 }
        }
        return key
    }

    /// The keys of every token of `analysis`, whose knowledge-base labels are `kbLabels` (empty for none).
    static func keys(_ analysis: TextAnalysis, kbLabels: [UInt8]) -> [Key] {
        analysis.norms.withUnsafeBufferPointer { norms in
            analysis.tokens.indices.map { key(analysis.tokens[$0], norms, kb: kbLabels.isEmpty ? 0 : kbLabels[$0]) }
        }
    }

    /// Each token's code (0 when its word does not recur nearby): bits 0–3 the number of other
    /// tokens of its word within the window (1, 2, 3–4, 5 or more), bits 5–8 the cue classes
    /// before them, bits 9–23 their knowledge-base kinds, bit 24 one has the same next word,
    /// bit 25 the same previous word. `sentences` are the tokens' sentences, in order;
    /// tokens outside them have code 0 and neighbours only within their sentence count.
    static func codes(_ keys: [Key], sentences: [Range<Int>]) -> [UInt64] {
        codes(keys, Words(keys, sentences: sentences))
    }

    /// `codes(_:sentences:)` of `keys`, whose words `words` are of the same keys and sentences.
    static func codes(_ keys: [Key], _ words: Words) -> [UInt64] {
        let sentenceOf = words.sentenceOf, runs = words.runs, order = words.order, words = words.count
        let around = Around.of(keys, sentenceOf)
        var out = [UInt64](repeating: 0, count: keys.count)
        around.withUnsafeBufferPointer { around in
            order.withUnsafeBufferPointer { order in
                sentenceOf.withUnsafeBufferPointer { sentenceOf in
                    for w in 0..<words {
                        let start = runs[w], end = runs[w + 1]
                        guard end - start > 1 else { continue }
                        for i in order[start..<end].lazy.map(Int.init) {
                            let s = sentenceOf[i], me = around[i]
                            let lo = windowStart(order, sentenceOf, run: start..<end, sentence: s)
                            var n: UInt64 = 0, cues: UInt64 = 0, kinds: UInt64 = 0, after = false, before = false
                            for j in order[lo..<end].lazy.map(Int.init) {
                                guard sentenceOf[j] <= s + Int32(window) else { break }
                                guard j != i else { continue }
                                let other = around[j]
                                n += 1
                                cues |= other.cueBefore
                                kinds |= other.kind
                                after = after || me.hasNext && other.hasNext && other.next == me.next
                                before = before || me.hasPrevious && other.hasPrevious && other.previous == me.previous
                            }
                            guard n > 0 else { continue }
                            let bin: UInt64 = n <= 2 ? n : n <= 4 ? 3 : 4
                            out[i] = bin | cues << 4 | kinds << 8 | (after ? 1 << 24 : 0) | (before ? 1 << 25 : 0)
                        }
                    }
                }
            }
        }
        return out
    }

    /// The words of a document's tokens, each token's sentence and the tokens of each word
    /// together (`occurrences`): what `codes` and `NERPredictionContext.codes` both read, worked
    /// out once for both.
    struct Words {
        /// Each token's sentence number (`sentenceNumbers`).
        let sentenceOf: [Int32]
        /// Each token's word number, -1 for none; how many words; `order[runs[w]..<runs[w + 1]]` are word `w`'s tokens.
        let wordOf: [Int32], count: Int, runs: [Int], order: [Int32]

        /// The words of the tokens of `keys`, whose sentences are `sentences`, in order.
        init(_ keys: [Key], sentences: [Range<Int>]) {
            sentenceOf = sentenceNumbers(keys.count, sentences)
            (wordOf, count, runs, order) = occurrences(keys, sentenceOf)
        }
    }

    /// Each of `count` tokens' sentence number in `sentences`, -1 for a token outside them.
    static func sentenceNumbers(_ count: Int, _ sentences: [Range<Int>]) -> [Int32] {
        var sentenceOf = [Int32](repeating: -1, count: count)
        for (s, range) in sentences.enumerated() { for k in range { sentenceOf[k] = Int32(s) } }
        return sentenceOf
    }

    /// The tokens of each word together, in text order: `order[runs[w]..<runs[w + 1]]` are word
    /// `w`'s, the words (`Key.bare`) numbered as they first appear (`numbered`: `wordOf`, -1 for
    /// no word), by a counting sort (sorting the tokens by word cost a third of the context's time).
    static func occurrences(_ keys: [Key], _ sentenceOf: [Int32]) -> (wordOf: [Int32], words: Int, runs: [Int], order: [Int32]) {
        let (wordOf, words) = numbered(keys, sentenceOf)
        var runs = [Int](repeating: 0, count: words + 1)
        for w in wordOf where w >= 0 { runs[Int(w) + 1] += 1 }
        for w in 0..<words { runs[w + 1] += runs[w] }
        var order = [Int32](repeating: 0, count: runs[words])
        var filled = runs
        for (k, w) in wordOf.enumerated() where w >= 0 {
            order[filled[Int(w)]] = Int32(k)
            filled[Int(w)] += 1
        }
        return (wordOf, words, runs, order)
    }

    /// The first place in `order[run]` (a word's tokens, `occurrences`) whose token's sentence is
    /// within `window` before sentence `sentence`: sentence numbers rise along the run.
    @inline(__always)
    static func windowStart(_ order: UnsafeBufferPointer<Int32>, _ sentenceOf: UnsafeBufferPointer<Int32>,
                            run: Range<Int>, sentence: Int32) -> Int {
        var lo = run.lowerBound, hi = run.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentenceOf[Int(order[mid])] < sentence - Int32(window) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// What a token shows the other tokens of its word (`codes`), worked out once per token
    /// rather than once per pair of tokens: the cue class of the token before it and its
    /// knowledge-base kind, each as a bit, and the words before and after it in its sentence.
    struct Around {
        var cueBefore: UInt64 = 0, kind: UInt64 = 0
        var previous: UInt64 = 0, next: UInt64 = 0
        var hasPrevious = false, hasNext = false

        /// Each token's, its sentence's number in `sentenceOf`. Written in place over buffer
        /// pointers: a map over the keys copied each key it read, some 80 instructions a token.
        static func of(_ keys: [Key], _ sentenceOf: [Int32]) -> [Around] {
            var out = [Around](repeating: Around(), count: keys.count)
            keys.withUnsafeBufferPointer { keys in
                sentenceOf.withUnsafeBufferPointer { sentenceOf in
                    out.withUnsafeMutableBufferPointer { out in
                        for k in keys.indices {
                            if k > 0, sentenceOf[k - 1] == sentenceOf[k] {
                                out[k].hasPrevious = true
                                out[k].previous = keys[k - 1].word
                                if keys[k - 1].cue != .none { out[k].cueBefore = 1 << UInt64(keys[k - 1].cue.rawValue) }
                            }
                            if k + 1 < keys.count, sentenceOf[k + 1] == sentenceOf[k] {
                                out[k].hasNext = true
                                out[k].next = keys[k + 1].word
                            }
                            if keys[k].kind != 0 { out[k].kind = 1 << UInt64(keys[k].kind & 15) }
                        }
                    }
                }
            }
            return out
        }
    }

    /// A number for each token's word (`Key.bare`), the words numbered as they first appear,
    /// -1 for a token that is no word or stands outside the sentences (`sentenceOf` -1); and how
    /// many words there are.
    static func numbered(_ keys: [Key], _ sentenceOf: [Int32]) -> (wordOf: [Int32], words: Int) {
        var wordOf = [Int32](repeating: -1, count: keys.count)
        var size = 16
        while size < 2 * keys.count { size *= 2 }
        // Open addressing on the word's hash: a word number per slot, -1 for an empty slot.
        var slots = [Int32](repeating: -1, count: size)
        var bares: [UInt64] = []
        bares.reserveCapacity(keys.count)
        for k in keys.indices where keys[k].bare != 0 && sentenceOf[k] >= 0 {
            let bare = keys[k].bare
            var slot = Int(truncatingIfNeeded: NERHash.mix(bare)) & (size - 1)
            while slots[slot] >= 0, bares[Int(slots[slot])] != bare { slot = (slot + 1) & (size - 1) }
            if slots[slot] < 0 {
                slots[slot] = Int32(bares.count)
                bares.append(bare)
            }
            wordOf[k] = slots[slot]
        }
        return (wordOf, bares.count)
    }
}
