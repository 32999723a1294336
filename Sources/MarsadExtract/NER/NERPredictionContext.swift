import MarsadCore

/// What a first pass's tags say of each token across its document, read by a stacked second
/// pass (the non-local features of Krishnan & Manning's two-stage tagger, 2006): a name is
/// usually tagged the same wherever it recurs, and one occurrence's clear context tells the
/// others' kind. For each token, one code packs the first pass's tag of it; how the other tokens
/// of its word (looked up as `NERDocumentContext` does) within `NERDocumentContext.window`
/// sentences either side were tagged (word majority); how the other entities of the same words
/// were tagged, for a token inside an entity (entity majority); and how the longer entities
/// elsewhere that hold its word were tagged (super-entity majority: a surname alone after the
/// full name), and whether the word ended or began them.
enum NERPredictionContext {
    /// The code of a place beyond a sentence's edge: a tag no token has, no votes.
    static let edge: UInt64 = 0xF
    /// The bits of a code that are set when the first pass named the token, or a token of its word
    /// or of its entity's words nearby (`Votes.code`'s kinds beyond O): its tag, the word majority's
    /// and the other majorities.
    static let named: UInt64 = 0xF | 0x6 << 4 | 0x7 << 10 | 0x7 << 16

    /// Bits 0–3 the token's tag (`NERTag.index`); bits 4–9 the word majority, 10–15 the entity
    /// majority and 16–21 the super-entity majority (`Votes.code`), bit 22 the word ended such
    /// a longer entity, bit 23 began one. `keys` are the document's tokens'
    /// (`NERDocumentContext.keys`), `sentences` their sentences in order and `tags` the first
    /// pass's, one per token (O outside the sentences).
    static func codes(_ keys: [NERDocumentContext.Key], sentences: [Range<Int>], tags: [NERTag]) -> [UInt64] {
        codes(keys, NERDocumentContext.Words(keys, sentences: sentences), sentences: sentences, tags: tags)
    }

    /// `codes(_:sentences:tags:)` of `keys`, whose words `words` are of the same keys and sentences.
    static func codes(_ keys: [NERDocumentContext.Key], _ words: NERDocumentContext.Words, sentences: [Range<Int>], tags: [NERTag]) -> [UInt64] {
        precondition(keys.count == tags.count, "one tag per token")
        let window = Int32(NERDocumentContext.window)
        let sentenceOf = words.sentenceOf, wordOf = words.wordOf, runs = words.runs, order = words.order, words = words.count
        var out = tags.map { UInt64($0.rawValue) }
        order.withUnsafeBufferPointer { order in
            sentenceOf.withUnsafeBufferPointer { sentenceOf in
                for w in 0..<words where runs[w + 1] - runs[w] > 1 {
                    let run = runs[w]..<runs[w + 1]
                    for a in run {
                        let i = Int(order[a]), s = sentenceOf[i]
                        var votes = Votes()
                        for b in NERDocumentContext.windowStart(order, sentenceOf, run: run, sentence: s)..<run.upperBound {
                            let j = Int(order[b])
                            guard sentenceOf[j] <= s + window else { break }
                            if j != i { votes.add(tags[j]) }
                        }
                        out[i] |= votes.code << 4
                    }
                }
            }
        }
        // The first pass's entities, each with its sentence and the hash of its words.
        var entities: [(tokens: Range<Int>, type: NERType, sentence: Int32, key: UInt64)] = []
        for range in sentences {
            for entity in NERScores.entities(Array(tags[range])) {
                let tokens = (range.lowerBound + entity.range.lowerBound)..<(range.lowerBound + entity.range.upperBound)
                let key = tokens.reduce(UInt64(0)) { NERHash.mix($0 ^ (keys[$1].bare != 0 ? keys[$1].bare : keys[$1].word)) }
                entities.append((tokens, entity.type, sentenceOf[tokens.lowerBound], key))
            }
        }
        guard !entities.isEmpty else { return out }
        // Entity majority: the other entities of the same words within the window.
        var same: [UInt64: [Int]] = [:]
        for (e, entity) in entities.enumerated() { same[entity.key, default: []].append(e) }
        for group in same.values where group.count > 1 {
            for e in group {
                var votes = Votes()
                for f in group where f != e && abs(entities[f].sentence - entities[e].sentence) <= window {
                    votes.add(.begin(entities[f].type))
                }
                for k in entities[e].tokens { out[k] |= votes.code << 10 }
            }
        }
        // Super-entity majority: the longer entities within the window holding the token's word
        // (by word number: a dictionary lookup for every word token cost a sixth of the codes' time).
        var entityOf = [Int32](repeating: -1, count: keys.count)
        var holding = [[(entity: Int32, end: UInt64)]](repeating: [], count: words)
        for (e, entity) in entities.enumerated() {
            for k in entity.tokens {
                entityOf[k] = Int32(e)
                guard entity.tokens.count > 1, wordOf[k] >= 0 else { continue }
                let end: UInt64 = (k == entity.tokens.upperBound - 1 ? 1 : 0) | (k == entity.tokens.lowerBound ? 2 : 0)
                holding[Int(wordOf[k])].append((Int32(e), end))
            }
        }
        for (i, w) in wordOf.enumerated() where w >= 0 {
            let longer = holding[Int(w)]
            guard !longer.isEmpty else { continue }
            let own = entityOf[i], length = own < 0 ? 1 : entities[Int(own)].tokens.count, s = sentenceOf[i]
            var votes = Votes(), ends: UInt64 = 0
            for (e, end) in longer where e != own {
                let entity = entities[Int(e)]
                guard entity.tokens.count > length, abs(entity.sentence - s) <= window else { continue }
                votes.add(.begin(entity.type))
                ends |= end
            }
            out[i] |= votes.code << 16 | ends << 22
        }
        return out
    }

    /// Tags counted by kind (O, or an entity type), read as the majority kind, how many were
    /// counted and whether all agreed.
    struct Votes {
        private var counts = SIMD8<UInt16>(repeating: 0)

        /// Counts `tag`'s kind.
        mutating func add(_ tag: NERTag) {
            counts[tag.type.map { 1 + Int($0.rawValue) } ?? 0] &+= 1
        }

        /// 0 for no votes; else bits 0–2 the majority kind (1 for O, 2 + `NERType.rawValue` for
        /// a type; the first kind on a tie), bits 3–4 how many (1, 2–3, 4 or more), bit 5 all agreed.
        var code: UInt64 {
            let n = Int(counts.wrappedSum())
            guard n > 0 else { return 0 }
            var top = 0
            for k in 1..<(1 + NERType.allCases.count) where counts[k] > counts[top] { top = k }
            let bin: UInt64 = n == 1 ? 1 : n <= 3 ? 2 : 3
            return UInt64(top + 1) | bin << 3 | (Int(counts[top]) == n ? 1 << 5 : 0)
        }
    }
}
