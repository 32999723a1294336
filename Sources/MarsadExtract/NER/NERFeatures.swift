import MarsadCore
import MarsadText

/// The tagger's features: for each token, hashed ids of its normalised word, its stem
/// (the norm without the segmenter's clitics), prefixes and suffixes of 1–4 letters, the
/// clitics, its shape, ±2 neighbouring words and ±1 stems, word pairs, the word clusters
/// and corpus frequency of it and its neighbours, cue words up to two tokens before, and
/// knowledge-base membership (inside an alias of a person, place, organisation, demonym or
/// title) of it and its neighbours. Ids are buckets of a hashed weight table.
struct NERFeatures: Sendable {
    /// The name of this feature set, recorded in model files; change it with the features.
    static let featureSet = "marsad-ner-1"
    let clusters: WordClusters
    let matcher: AliasMatcher?
    let mask: UInt64

    init(clusters: WordClusters, kb: KnowledgeBase?, buckets: Int) {
        self.clusters = clusters
        matcher = kb.map { AliasMatcher(kb: $0) }
        mask = UInt64(buckets - 1)
    }

    /// What the features need of one token, worked out once.
    struct TokenInfo {
        var word: UInt64 = 0, stem: UInt64 = 0, shape: UInt64 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var clitics: UInt64 = 0
        var wordClass: WordClass?
        var cue: NERCueWords.Cue = .none
        var kb: UInt64 = 0
    }

    /// The cluster-path prefix lengths that act as clusters, coarse to fine.
    static let pathPrefixes: [UInt64] = [4, 6, 10, 14, 20]

    /// Stands for the tokens before a sentence's start and after its end.
    static let edge = [TokenInfo(word: 1, stem: 1, shape: 1), TokenInfo(word: 2, stem: 2, shape: 2)]

    /// The features of the tokens `range` of `analysis` (a sentence), token by token:
    /// `ids[offsets[k]..<offsets[k + 1]]` are token `range.lowerBound + k`'s.
    func extract(_ analysis: TextAnalysis, _ range: Range<Int>, kbLabels: [UInt8], ids: inout [UInt32], offsets: inout [Int]) {
        var infos: [TokenInfo] = []
        infos.reserveCapacity(range.count)
        analysis.norms.withUnsafeBufferPointer { norms in
            for k in range { infos.append(info(analysis.tokens[k], norms, kb: kbLabels.isEmpty ? 0 : kbLabels[k])) }
        }
        offsets.append(ids.count)
        let n = infos.count
        for i in 0..<n {
            let t = infos[i]
            let p1 = i >= 1 ? infos[i - 1] : Self.edge[0], p2 = i >= 2 ? infos[i - 2] : Self.edge[0]
            let n1 = i + 1 < n ? infos[i + 1] : Self.edge[1], n2 = i + 2 < n ? infos[i + 2] : Self.edge[1]
            var template: UInt64 = 0
            @inline(__always) func add(_ value: UInt64) {
                template += 1
                ids.append(UInt32(truncatingIfNeeded: NERHash.mix(value &+ template &* 0xD6E8_FEB8_6659_FD93) & mask))
            }
            add(0)
            add(t.word); add(p1.word); add(n1.word); add(p2.word); add(n2.word)
            add(t.stem); add(p1.stem); add(n1.stem)
            add(NERHash.pair(p1.word, t.word)); add(NERHash.pair(t.word, n1.word))
            add(t.prefixes.0); add(t.prefixes.1); add(t.prefixes.2); add(t.prefixes.3)
            add(t.suffixes.0); add(t.suffixes.1); add(t.suffixes.2); add(t.suffixes.3)
            add(t.clitics)
            add(t.shape); add(NERHash.pair(p1.shape, t.shape)); add(NERHash.pair(t.shape, n1.shape))
            add(Self.frequency(t.wordClass))
            add(Self.frequency(p1.wordClass) << 8 | Self.frequency(n1.wordClass))
            let c = t.wordClass.map { UInt64($0.signature) }
            for bits in Self.pathPrefixes { add(c.map { $0 >> (32 - bits) } ?? 0x1_0000_0000) }
            add(p1.wordClass.map { UInt64($0.signature) >> 22 } ?? 0x1_0000_0000)
            add(n1.wordClass.map { UInt64($0.signature) >> 22 } ?? 0x1_0000_0000)
            add(NERHash.pair(UInt64(p1.cue.rawValue), Self.frequency(t.wordClass)))
            add(UInt64(p1.cue.rawValue)); add(UInt64(p2.cue.rawValue)); add(UInt64(n1.cue.rawValue))
            add(t.kb); add(p1.kb); add(n1.kb)
            add(NERHash.pair(t.kb, t.shape))
            offsets.append(ids.count)
        }
    }

    /// The frequency class of a word, 255 for one too rare to have a class.
    @inline(__always) static func frequency(_ c: WordClass?) -> UInt64 { UInt64(c?.frequency ?? 255) }

    private func info(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8) -> TokenInfo {
        var t = TokenInfo()
        let range = token.normRange
        let word = UnsafeBufferPointer(rebasing: norms[range])
        t.word = NERHash.fnv(word)
        let seg = token.segmentation
        var stemRange = range
        if seg.isSplit {
            let front = Clitics.proclitics[Int(seg.proclitics)].surface.utf8.count
            let back = Clitics.enclitics[Int(seg.enclitic)].utf8.count
            if range.lowerBound + front < range.upperBound - back {
                stemRange = (range.lowerBound + front)..<(range.upperBound - back)
            }
        }
        let stem = UnsafeBufferPointer(rebasing: norms[stemRange])
        t.stem = NERHash.fnv(stem) ^ 0x5354_454D
        t.clitics = UInt64(seg.proclitics) << 8 | UInt64(seg.enclitic)
        // Letter boundaries: the starts of UTF-8 sequences.
        var starts: [Int] = []
        starts.reserveCapacity(word.count)
        for (i, b) in word.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        let letters = starts.count
        func prefix(_ n: Int) -> UInt64 {
            guard letters >= n else { return 3 }
            let end = n < letters ? starts[n] : word.count
            return NERHash.fnv(word[0..<end]) ^ UInt64(n)
        }
        func suffix(_ n: Int) -> UInt64 {
            guard letters >= n else { return 3 }
            return NERHash.fnv(word[starts[letters - n]...]) ^ UInt64(n) << 4
        }
        t.prefixes = (prefix(1), prefix(2), prefix(3), prefix(4))
        t.suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        var digits = false, latin = false, arabic = false
        for b in word {
            if b >= 0x30 && b <= 0x39 { digits = true } else if b >= 0x61 && b <= 0x7A { latin = true } else if b == 0xD8 || b == 0xD9 { arabic = true }
        }
        let length: UInt64 = letters <= 2 ? UInt64(letters) : letters <= 3 ? 3 : letters <= 5 ? 4 : letters <= 8 ? 5 : 6
        t.shape = UInt64(token.kind.rawValue) << 8 | (digits ? 16 : 0) | (latin ? 32 : 0) | (arabic ? 64 : 0) | length | 1 << 12
        t.wordClass = clusters.wordClass(of: word) ?? (seg.isSplit ? clusters.wordClass(of: stem) : nil)
        t.cue = NERCueWords.byHash[NERHash.fnv(stem)] ?? NERCueWords.byHash[t.word] ?? .none
        t.kb = UInt64(kb) | 1 << 16
        return t
    }

    // MARK: - Knowledge-base membership

    /// Per token of `analysis`: 0 outside any alias, else what kind of alias holds it
    /// (person, organisation, place, demonym, title…) times two, plus one past its first token.
    func kbLabels(_ analysis: TextAnalysis, text: String) -> [UInt8] {
        guard let matcher else { return [] }
        var labels = [UInt8](repeating: 0, count: analysis.tokens.count)
        var text = text
        let folded = AliasMatcher.foldTehMarbuta(analysis.norms)
        let matches = text.withUTF8 { bytes in
            folded.withUnsafeBufferPointer { matcher.matches(analysis, $0, bytes) }
        }
        for match in matches {
            let kind = Self.kind(of: match.entry, matcher.kb)
            for k in match.tokens { labels[k] = kind << 1 | (k == match.tokens.lowerBound ? 0 : 1) }
        }
        return labels
    }

    private static func kind(of entry: AliasEntry, _ kb: KnowledgeBase) -> UInt8 {
        if entry.titleRole != nil { return 1 }
        if let first = entry.names.first {
            let types = Set(entry.names.map { kb.entities[Int($0)].type })
            return types.count > 1 ? 2 : 3 + UInt8(EntityType.allCases.firstIndex(of: kb.entities[Int(first)].type)!)
        }
        return 15
    }
}
