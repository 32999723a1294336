import Foundation
import MarsadCore
import MarsadText

/// The tagger's scores of word forms, kept across documents. Most features read one token
/// at a fixed offset from the tagged one (its word, stem, affixes, cluster paths, cue class,
/// knowledge-base label, tag statistics, or a neighbour's word or paths), so the sum of their
/// weights is the same wherever that token stands at that offset. For each word form seen —
/// its norm, segmentation, kind and knowledge-base label, all that `NERFeatures.info` reads —
/// this keeps its `NERFeatures.TokenInfo` and, for each offset −3…3, the summed weight rows of
/// the features that read it there, once per weight table (a model's first pass and its stacked
/// pass, whose features of one token are the same; their rows side by side, `interleaved`). A
/// token's emission is then the seven sums of the forms around it plus the rows of its pairwise
/// features. The sums are integers, so the emissions are exactly those of `NERFeatures.extract`
/// and `Int16.emission`. When full, the cache keeps its more used forms (`thin`).
///
/// A value, so that its tables are read and written without the runtime's exclusivity checks
/// on a class's stored properties (some 200 instructions each, several per token);
/// `NERWordScoresPool` lends each to one thread at a time.
struct NERWordScores {
    /// Forms kept before the cache is thinned, unless told otherwise: some 660 bytes each (43 MB
    /// a tagging thread). Three hundred news articles hold some 40,000 words; at 1 << 15 the
    /// cache was thinned, and the forms it dropped were worked out again, within the first 300.
    static let defaultCapacity = 1 << 16
    /// Forms kept before the cache is thinned (before a sentence, so it holds at most this many
    /// plus one sentence's).
    let capacity: Int
    /// The offsets a feature of one token can read it at, −3…3.
    static let span = 7
    private let features: NERFeatures
    private let tags = NERTag.count
    /// Per form, the sentence's two edges (`NERFeatures.edge`) first: what the features read of it…
    private var infos: [NERFeatures.TokenInfo] = []
    /// …and `sums[(form * tables + table) * span + offset + 3]`, the rows of table `table` of the
    /// features that read it at `offset`.
    private var sums: [NERRowSum] = []
    /// …and `contextKeys[form]`, what the document context reads of it (`NERDocumentContext.key`).
    private var contextKeys: [NERDocumentContext.Key] = []
    /// `keys[form - 2]` and its norm in `bytes`.
    private var keys: [Key] = []
    private var bytes: [UInt8] = []
    /// Open addressing by key hash: a form's index in its slot, 0 for an empty slot.
    private var slots: [Int32]

    /// A form's key, 32 bytes: its count of uses is in the cache line a lookup reads anyway.
    private struct Key {
        var hash: UInt64
        /// Segmentation, kind and knowledge-base label.
        var form: UInt64
        /// Where its norm starts in `bytes`, and its length.
        var start: UInt32, count: UInt32
        /// How often the form was looked up since it was added, halved at each thinning.
        var uses: UInt32
    }

    /// How many weight tables the sums are kept for.
    let tables: Int

    /// The rows of `tables` (a model's quantized weights, and its stacked pass's), rows of
    /// `NERTag.count` weights, side by side: row `r` of table `t` from `(r * tables.count + t) * NERTag.count`
    /// on. A feature's rows of both passes lie in one or two cache lines, and the first pass's
    /// emissions and the word forms' sums read both (the table is memory-bound).
    static func interleaved(_ tables: [[Int16]]) -> [Int16] {
        let tags = NERTag.count, rows = tables[0].count / tags
        precondition(tables.allSatisfy { $0.count == rows * tags }, "tables of the same rows")
        var out: [Int16] = []
        out.reserveCapacity(rows * tags * tables.count)
        for r in 0..<rows {
            for table in tables { out.append(contentsOf: table[(r * tags)..<((r + 1) * tags)]) }
        }
        return out
    }

    /// An empty cache of the scores of `features` with `tables` weight tables, whose rows are
    /// side by side in `weights` (`interleaved`), keeping up to `capacity` forms (a power of two).
    init(features: NERFeatures, weights: UnsafeBufferPointer<Int16>, tables: Int, capacity: Int = defaultCapacity) {
        precondition(NERRowSum.tags.contains(tags), "the vector sum takes 8 to 12 tags")
        precondition(capacity > 0 && capacity & (capacity - 1) == 0, "the capacity is a power of two")
        precondition((1...2).contains(tables), "a first pass's table and perhaps a stacked pass's")
        self.features = features
        self.capacity = capacity
        self.tables = tables
        slots = [Int32](repeating: 0, count: 2 * capacity)
        // Room for a full cache at once (the cache thins before it holds more, unless one document
        // has more forms): grown by doubling, the tables were copied some fifteen times on the way.
        infos.reserveCapacity(capacity)
        sums.reserveCapacity(capacity * tables * Self.span)
        contextKeys.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        empty(weights)
    }

    private mutating func empty(_ weights: UnsafeBufferPointer<Int16>) {
        infos.removeAll(keepingCapacity: true)
        sums.removeAll(keepingCapacity: true)
        contextKeys.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        for edge in NERFeatures.edge { add(edge, NERDocumentContext.Key(), weights) }
    }

    /// Appends a form of `info` and document-context key `key` with its sums.
    private mutating func add(_ info: NERFeatures.TokenInfo, _ key: NERDocumentContext.Key, _ weights: UnsafeBufferPointer<Int16>) {
        infos.append(info)
        contextKeys.append(key)
        let base = sums.count
        // One append at a time: appending a `repeatElement` goes through the generic path, some 500 instructions.
        for _ in 0..<(tables * Self.span) { sums.append(NERRowSum()) }
        // Each feature's rows of both tables at once (a loop over the tables cost a fifth of the form's
        // sums), asked for as their ids are worked out and added after.
        let stacked = tables > 1
        withUnsafeTemporaryAllocation(of: (row: Int, at: Int).self, capacity: Int(NERFeatures.templates.all)) { rows in
            var template: UInt64 = 0, count = 0
            NERFeatures.each(info, p1: info, p2: info, p3: info, n1: info, n2: info, n3: info, context: (0, 0, 0)) { reads, value in
                template += 1
                guard reads != NERFeatures.pairwise else { return }
                let row = Int(features.id(value, template: template)) &* tables &* tags
                Prefetch.lines(weights.baseAddress! + row, count: tables &* tags)
                rows[count] = (row, base + reads + 3)
                count &+= 1
            }
            sums.withUnsafeMutableBufferPointer { sums in
                for (row, at) in rows[..<count] {
                    sums[at].add(weights, from: row, tags: tags)
                    if stacked { sums[at + Self.span].add(weights, from: row &+ tags, tags: tags) }
                }
            }
        }
    }

    /// The form of each token `tokens` of `analysis` (a sentence, or a whole document), whose
    /// knowledge-base labels are `kbLabels` (`NERFeatures.kbLabels`; empty for none), found or added.
    /// `weights` are those the cache was made with.
    mutating func forms(_ analysis: TextAnalysis, _ tokens: Range<Int>, kbLabels: [UInt8], weights: UnsafeBufferPointer<Int16>) -> [Int32] {
        if infos.count + tokens.count > capacity { thin(weights, room: tokens.count) }
        return analysis.norms.withUnsafeBufferPointer { norms in
            let found = tokens.map { k in Self.key(analysis.tokens[k], norms, kb: kbLabels.isEmpty ? 0 : kbLabels[k]) }
            prefetch(found)
            return zip(tokens, found).map { k, key in
                form(analysis.tokens[k], norms, kb: kbLabels.isEmpty ? 0 : kbLabels[k], hash: key.hash, form: key.form, weights)
            }
        }
    }

    /// A token's key: the hash of its norm and form, and its form (segmentation, kind and
    /// knowledge-base label `kb`).
    private static func key(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8) -> (hash: UInt64, form: UInt64) {
        let seg = token.segmentation
        let form = UInt64(seg.proclitics) | UInt64(seg.enclitic) << 8 | (seg.restoredTehMarbuta ? 1 << 16 : 0)
            | UInt64(token.kind.rawValue) << 24 | UInt64(kb) << 32
        return (NERHash.mix(NERHash.fnv(UnsafeBufferPointer(rebasing: norms[token.normRange])) ^ form), form)
    }

    /// Asks for what the lookups of keys `found` read first, level by level: each one's slot,
    /// then the key and the norm its slot points to. Looked up one word at a time, these were
    /// three cache misses in a row for most words (the tables are larger than the caches).
    private func prefetch(_ found: [(hash: UInt64, form: UInt64)]) {
        let mask = slots.count - 1
        slots.withUnsafeBufferPointer { slots in
            for key in found { Prefetch.lines(slots.baseAddress! + (Int(truncatingIfNeeded: key.hash) & mask), count: 1) }
            keys.withUnsafeBufferPointer { keys in
                for key in found {
                    let index = Int(slots[Int(truncatingIfNeeded: key.hash) & mask])
                    if index >= 2 { Prefetch.lines(keys.baseAddress! + (index - 2), count: 1) }
                }
                bytes.withUnsafeBufferPointer { bytes in
                    for key in found {
                        let index = Int(slots[Int(truncatingIfNeeded: key.hash) & mask])
                        if index >= 2, !bytes.isEmpty { Prefetch.lines(bytes.baseAddress! + Int(keys[index - 2].start), count: 1) }
                    }
                }
            }
        }
    }

    /// The form of `token`, whose key (`key`) is `hash` and `form`, found or added.
    private mutating func form(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8, hash: UInt64, form: UInt64,
                               _ weights: UnsafeBufferPointer<Int16>) -> Int32 {
        let word = UnsafeBufferPointer(rebasing: norms[token.normRange])
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]), key = keys[index - 2]
            if key.hash == hash, key.form == form, key.count == word.count,
               bytes.withUnsafeBufferPointer({ word.isEmpty || memcmp($0.baseAddress! + Int(key.start), word.baseAddress!, word.count) == 0 }) {
                keys[index - 2].uses &+= 1
                return Int32(index)
            }
            slot = (slot + 1) & mask
        }
        keys.append(Key(hash: hash, form: form, start: UInt32(bytes.count), count: UInt32(word.count), uses: 1))
        bytes.append(contentsOf: word)
        let info = features.info(token, norms, kb: kb)
        add(info, NERDocumentContext.key(token, norms, kb: kb, word: info.word, cue: info.cue), weights)
        slots[slot] = Int32(infos.count - 1)
        // A sentence longer than the capacity fills the slots past half: twice as many.
        if 2 * infos.count > slots.count { rehash(slots: 2 * slots.count) }
        return Int32(infos.count - 1)
    }

    private mutating func rehash(slots count: Int) {
        slots = [Int32](repeating: 0, count: count)
        for (k, key) in keys.enumerated() { place(k + 2, key.hash) }
    }

    /// Puts form `index`, of key hash `hash`, in the first free slot from its own.
    private mutating func place(_ index: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    /// Makes room for `room` more forms: keeps the forms looked up more often than the median
    /// form (at most half of them), their counts halved so that words once common give way in
    /// time, or empties the cache when that leaves too little room. In place, each kept form
    /// moved down over those dropped (its place only ever goes down, so nothing is overwritten
    /// before it is read): copied out and appended back, the tables' 43 MB were allocated
    /// afresh at every thinning, and filling them again faulted page after page in.
    private mutating func thin(_ weights: UnsafeBufferPointer<Int16>, room: Int) {
        let median = keys.isEmpty ? 0 : keys.map(\.uses).sorted()[keys.count / 2]
        let width = tables * Self.span
        var kept = 0, byteCount = 0
        for k in keys.indices where keys[k].uses > median {
            var key = keys[k]
            let count = Int(key.count)
            bytes.withUnsafeMutableBufferPointer { bytes in
                _ = memmove(bytes.baseAddress! + byteCount, bytes.baseAddress! + Int(key.start), count)
            }
            key.start = UInt32(byteCount)
            key.uses /= 2
            keys[kept] = key
            infos[kept + 2] = infos[k + 2]
            contextKeys[kept + 2] = contextKeys[k + 2]
            for w in 0..<width { sums[(kept + 2) * width + w] = sums[(k + 2) * width + w] }
            byteCount += count
            kept += 1
        }
        keys.removeLast(keys.count - kept)
        bytes.removeLast(bytes.count - byteCount)
        infos.removeLast(infos.count - (kept + 2))
        contextKeys.removeLast(contextKeys.count - (kept + 2))
        sums.removeLast(sums.count - (kept + 2) * width)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        for (k, key) in keys.enumerated() { place(k + 2, key.hash) }
        if infos.count + room > capacity { empty(weights) }
    }

    /// The document-context key (`NERDocumentContext.key`) of each of `forms`: the same as
    /// that of the token the form was found for, read from the cache instead of hashing the
    /// token's norm and looking up its cue class again.
    func contextKeys(_ forms: [Int32]) -> [NERDocumentContext.Key] {
        contextKeys.withUnsafeBufferPointer { keys in forms.map { keys[Int($0)] } }
    }

    /// Every tag's score for each token of a sentence whose forms are `forms` and document-context
    /// codes `context` (`NERDocumentContext.codes`, one per form, or empty for none): the sums of
    /// the forms at offsets −3…3 (the sentence's edges past its ends) and the rows of the token's
    /// pairwise features, with the first table of `weights` (the cache's, `interleaved`), times
    /// `scale`. With a stacked pass's table too, `stacked` (one per form) receives the same sums
    /// with it, the stacked pass's emissions but for its own features (`stackedEmissions`): its
    /// features are the first pass's and more, so they are enumerated and hashed once.
    func emissions(_ forms: ArraySlice<Int32>, context: ArraySlice<UInt64>, weights: UnsafeBufferPointer<Int16>, scale: Float,
                   stacked: UnsafeMutableBufferPointer<NERRowSum>) -> [NERDecoder.Scores] {
        let n = forms.count, both = tables > 1, pairs = NERFeatures.templates.pairwise
        precondition(stacked.count == (both ? n : 0), "a stacked pass's sums for each token, or none")
        var out = [NERDecoder.Scores](repeating: NERDecoder.Scores(), count: n)
        forms.withUnsafeBufferPointer { forms in context.withUnsafeBufferPointer { context in
            @inline(__always) func at(_ j: Int) -> Int { j < 0 ? 0 : j >= n ? 1 : Int(forms[j]) }
            @inline(__always) func code(_ j: Int) -> UInt64 { j < 0 || j >= n || context.isEmpty ? 0 : context[j] }
            // What is read of each form first, its token info and sums, then every token's pairwise
            // rows, each asked for as its id is worked out, then the sums.
            infos.withUnsafeBufferPointer { infos in
                sums.withUnsafeBufferPointer { sums in
                    for form in forms {
                        Prefetch.lines(infos.baseAddress! + Int(form), count: 1)
                        Prefetch.lines(sums.baseAddress! + Int(form) &* tables &* Self.span, count: tables &* Self.span)
                    }
                }
            }
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n * pairs) { rows in
                infos.withUnsafeBufferPointer { infos in
                    for i in 0..<n {
                        var template: UInt64 = 0, k = i * pairs
                        NERFeatures.each(infos[at(i)], p1: infos[at(i - 1)], p2: infos[at(i - 2)], p3: infos[at(i - 3)],
                                         n1: infos[at(i + 1)], n2: infos[at(i + 2)], n3: infos[at(i + 3)],
                                         context: (code(i - 1), code(i), code(i + 1))) { reads, value in
                            template += 1
                            guard reads == NERFeatures.pairwise else { return }
                            let row = Int(features.id(value, template: template)) &* tables &* tags
                            Prefetch.lines(weights.baseAddress! + row, count: tables &* tags)
                            rows[k] = Int32(truncatingIfNeeded: row)
                            k &+= 1
                        }
                    }
                }
                sums.withUnsafeBufferPointer { sums in
                    NERDecoder.withLanes(&out) { i, lanes in
                        var sum = NERRowSum(), next = NERRowSum()
                        let token = rows[(i * pairs)..<((i + 1) * pairs)]
                        if both {
                            for offset in -3...3 {
                                let form = (at(i + offset) &* 2 &* Self.span) &+ offset &+ 3
                                sum.add(sums[form])
                                next.add(sums[form &+ Self.span])
                            }
                            for row in token {
                                sum.add(weights, from: Int(row), tags: tags)
                                next.add(weights, from: Int(row) &+ tags, tags: tags)
                            }
                            stacked[i] = next
                        } else {
                            for offset in -3...3 { sum.add(sums[at(i + offset) &* Self.span &+ offset &+ 3]) }
                            for row in token { sum.add(weights, from: Int(row), tags: tags) }
                        }
                        sum.write(scale: scale, into: lanes)
                    }
                }
            }
        } }
        return out
    }

    /// A stacked pass's scores for each token of a sentence whose forms are `forms`: `sums`, what
    /// `emissions` left in its `stacked`, and the rows of the stacked pass's table of `weights`
    /// (the cache's, `interleaved`) of its own features, reading the first pass's codes `predicted`
    /// (`NERPredictionContext.codes`, one per form), times `scale`.
    func stackedEmissions(_ forms: ArraySlice<Int32>, sums: UnsafeBufferPointer<NERRowSum>, predicted: ArraySlice<UInt64>,
                          weights: UnsafeBufferPointer<Int16>, scale: Float) -> [NERDecoder.Scores] {
        let n = forms.count, start = NERFeatures.templates.all
        precondition(tables == 2 && sums.count == n && predicted.count == n, "a stacked pass's table, one sum and one code per form")
        var out = [NERDecoder.Scores](repeating: NERDecoder.Scores(), count: n)
        // Every token's rows first, each asked for as its id is worked out, then the sums (as `emissions`).
        let each = NERFeatures.templates.stacked
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n * each) { rows in
            infos.withUnsafeBufferPointer { infos in
                forms.withUnsafeBufferPointer { forms in
                    predicted.withUnsafeBufferPointer { predicted in
                        for i in 0..<n {
                            var template = start, k = i * each
                            NERFeatures.eachStacked(infos[Int(forms[i])], NERFeatures.Stacked(i, n) { predicted[$0] }) { value in
                                template &+= 1
                                let row = (Int(features.id(value, template: template)) &* 2 &+ 1) &* tags
                                Prefetch.lines(weights.baseAddress! + row, count: tags)
                                rows[k] = row
                                k &+= 1
                            }
                        }
                    }
                }
            }
            NERDecoder.withLanes(&out) { i, lanes in
                var sum = sums[i]
                for row in rows[(i * each)..<((i + 1) * each)] { sum.add(weights, from: row, tags: tags) }
                sum.write(scale: scale, into: lanes)
            }
        }
        return out
    }
}

/// Lends `NERWordScores` caches to one thread at a time, keeping those given back: as many
/// as threads ever tagged at once.
final class NERWordScoresPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [NERWordScores] = []

    /// `body` with a cache of its own, an idle one or else `make()`, kept for the next borrower.
    func borrow<R>(make: () -> NERWordScores, _ body: (inout NERWordScores) -> R) -> R {
        var cache = lock.withLock { idle.popLast() } ?? make()
        let result = body(&cache)
        lock.withLock { idle.append(cache) }
        return result
    }
}
