import MarsadCore
import MarsadText

/// The tagger's features: for each token, hashed ids of its normalised word, its stem
/// (the norm without the segmenter's clitics), prefixes and suffixes of 1–4 letters, the
/// clitics, its shape, ±3 neighbouring words and ±1 stems, word pairs, the word clusters
/// (path prefixes of several lengths, of the word, its stem and ±2 neighbours, and their
/// pairs), corpus frequency and how often the word follows cue words of each class in the
/// unlabelled news, cue words up to two tokens before (alone and with the word's cluster), how far
/// back the nearest cue word of each class stands with the articles of the words after it, and
/// knowledge-base membership (inside an alias of a person, place, organisation, demonym or
/// title) of it and ±2 neighbours, and, for a second-stage model, how a first-stage tagger
/// tagged the word and its neighbours across the unlabelled news (`NERTagStatistics`), and
/// how the word and its neighbours recur nearby in the document (`NERDocumentContext`). A
/// stacked pass also reads the tags a first pass gave the token, its ±2 neighbours and the
/// other occurrences of its word and of its entity in the document (`NERPredictionContext`).
/// Ids are buckets of a hashed weight table.
struct NERFeatures: Sendable {
    /// The name of this feature set, recorded in model files; change it with the features.
    static let featureSet = "marsad-ner-5"
    /// The name of a stacked pass's feature set (these and the first pass's tags); change it with them.
    static let stackedFeatureSet = "marsad-ner-stack-1"
    let clusters: WordClusters
    let matcher: AliasMatcher?
    let statistics: NERTagStatistics?
    let mask: UInt64

    init(clusters: WordClusters, kb: KnowledgeBase?, statistics: NERTagStatistics?, buckets: Int) {
        self.clusters = clusters
        self.statistics = statistics
        matcher = kb.map { AliasMatcher(kb: $0) }
        mask = UInt64(buckets - 1)
    }

    /// What the features need of one token, worked out once. The values that the features of
    /// more than one token read come first, together: the tagger reads them for the seven
    /// tokens around each token from a large table of word forms (`NERWordScores`), and
    /// they span fewer cache lines so.
    struct TokenInfo {
        var word: UInt64 = 0, shape: UInt64 = 0, kb: UInt64 = 0
        /// The word's binned tag statistics (`NERTagStatistics.code`); 0 without statistics.
        var tagged: UInt64 = 0
        /// The first halves (`NERHash.pair`) of the pairs that start with one of these values, set
        /// by `pairing()`: worked out once per word form, not for each token at each offset.
        var halves = Halves()
        var wordClass: WordClass?
        var cue: NERCueWords.Cue = .none
        /// Whether the word has the article (written or as a proclitic).
        var definite = false
        /// Prefixes of the word's cluster path (`pathPrefixes`), and two of its stem's.
        var paths: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        /// The word's flat groups (`WordClass.group`) at each level, coarse to fine; 0xFFFF without a class.
        var groups: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var stemPaths: (UInt64, UInt64) = (0, 0)
        var stem: UInt64 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var clitics: UInt64 = 0

        /// `NERHash.half` of the values that pairs of features start with.
        struct Halves {
            var word: UInt64 = 0, shape: UInt64 = 0, path1: UInt64 = 0, path2: UInt64 = 0
            var cue: UInt64 = 0, kb: UInt64 = 0, tagged: UInt64 = 0
        }

        /// This token with its `halves` set from its values.
        func pairing() -> TokenInfo {
            var t = self
            t.halves = Halves(word: NERHash.half(word), shape: NERHash.half(shape), path1: NERHash.half(paths.1),
                              path2: NERHash.half(paths.2), cue: NERHash.half(UInt64(cue.rawValue)), kb: NERHash.half(kb),
                              tagged: NERHash.half(tagged & 0xFF))
            return t
        }
    }

    /// The cluster-path prefix lengths that act as clusters, coarse to fine.
    static let pathPrefixes: [UInt64] = [4, 6, 10, 14, 20]

    /// Stands for the tokens before a sentence's start and after its end.
    static let edge = [TokenInfo(word: 1, shape: 1, paths: (1, 1, 1, 1, 1), groups: (1 << 16, 1 << 16, 1 << 16, 1 << 16), stem: 1).pairing(),
                       TokenInfo(word: 2, shape: 2, paths: (2, 2, 2, 2, 2), groups: (2 << 16, 2 << 16, 2 << 16, 2 << 16), stem: 2).pairing()]

    /// The prefix of `bits` bits of a cluster path, told apart by length; a fixed value for no class.
    @inline(__always) static func path(_ c: WordClass?, _ bits: UInt64) -> UInt64 {
        guard let c else { return 0x1_0000_0000 | bits }
        return UInt64(c.signature) >> (32 - bits) | bits << 40
    }

    /// What a stacked pass reads of the first pass's tags: the codes (`NERPredictionContext.codes`)
    /// of the token and of its neighbours, `NERPredictionContext.edge` past the sentence's ends.
    struct Stacked {
        var p2: UInt64, p1: UInt64, t: UInt64, n1: UInt64, n2: UInt64

        /// The codes around token `i` of a sentence of `n` tokens whose codes `code(j)` gives.
        @inline(__always)
        init(_ i: Int, _ n: Int, _ code: (Int) -> UInt64) {
            @inline(__always) func at(_ j: Int) -> UInt64 { j < 0 || j >= n ? NERPredictionContext.edge : code(j) }
            p2 = at(i - 2); p1 = at(i - 1); t = at(i); n1 = at(i + 1); n2 = at(i + 2)
        }
    }

    /// The features of the tokens `range` of `analysis` (a sentence), token by token:
    /// `ids[offsets[k]..<offsets[k + 1]]` are token `range.lowerBound + k`'s. `kbLabels`,
    /// `context` (`NERDocumentContext.codes`) and, for a stacked pass, `predicted`
    /// (`NERPredictionContext.codes`) hold one entry per token of `analysis`, or none.
    func extract(_ analysis: TextAnalysis, _ range: Range<Int>, kbLabels: [UInt8], context: [UInt64], predicted: [UInt64] = [],
                 ids: inout [UInt32], offsets: inout [Int]) {
        var infos: [TokenInfo] = []
        infos.reserveCapacity(range.count)
        analysis.norms.withUnsafeBufferPointer { norms in
            for k in range { infos.append(info(analysis.tokens[k], norms, kb: kbLabels.isEmpty ? 0 : kbLabels[k])) }
        }
        offsets.append(ids.count)
        let n = infos.count
        @inline(__always) func at(_ j: Int) -> TokenInfo { j < 0 ? Self.edge[0] : j >= n ? Self.edge[1] : infos[j] }
        @inline(__always) func code(_ j: Int) -> UInt64 { j < 0 || j >= n || context.isEmpty ? 0 : context[range.lowerBound + j] }
        for i in 0..<n {
            var template: UInt64 = 0
            Self.each(infos[i], p1: at(i - 1), p2: at(i - 2), p3: at(i - 3), n1: at(i + 1), n2: at(i + 2), n3: at(i + 3),
                      context: (code(i - 1), code(i), code(i + 1))) { _, value in
                template += 1
                ids.append(id(value, template: template))
            }
            if !predicted.isEmpty {
                Self.eachStacked(infos[i], Stacked(i, n) { predicted[range.lowerBound + $0] }) { value in
                    template += 1
                    ids.append(id(value, template: template))
                }
            }
            offsets.append(ids.count)
        }
    }

    /// The bucket of feature template `template` (its position in `each`, from 1) of value `value`.
    @inline(__always) func id(_ value: UInt64, template: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: NERHash.mix(value &+ template &* 0xD6E8_FEB8_6659_FD93) & mask)
    }

    /// What `each` says a feature reads when it reads more than one token; otherwise it reads
    /// the token at an offset from the tagged one, −3…3, and its weights are the same wherever
    /// that token stands at that offset (`NERWordScores` sums them once per word form).
    static let pairwise = 4

    /// Every feature of a first pass of token `t` between its neighbours `p1`… (before) and `n1`…
    /// (after), in template order: `body(reads, value)`, `reads` being the offset of the one token
    /// the feature reads, or `pairwise`. `context` holds the document-context codes
    /// (`NERDocumentContext.codes`) of `p1`, `t` and `n1`; features reading them are pairwise,
    /// for they are not the word form's. A stacked pass has these features and then its own
    /// (`eachStacked`), numbered on from `templates.all`. Transparent, so always inlined: with the document
    /// context's features `@inline(__always)` no longer was, and the seven `TokenInfo`s copied
    /// into each call cost a quarter of the tagging time.
    @_transparent
    static func each(_ t: TokenInfo, p1: TokenInfo, p2: TokenInfo, p3: TokenInfo, n1: TokenInfo, n2: TokenInfo, n3: TokenInfo,
                     context: (UInt64, UInt64, UInt64), _ add: (_ reads: Int, _ value: UInt64) -> Void) {
        let both = pairwise
        add(0, 0)
        add(0, t.word); add(-1, p1.word); add(1, n1.word); add(-2, p2.word); add(2, n2.word); add(-3, p3.word); add(3, n3.word)
        add(0, t.stem); add(-1, p1.stem); add(1, n1.stem)
        // A pair whose first value is a token's reads its half (`TokenInfo.halves`).
        add(both, NERHash.pair(half: p1.halves.word, t.word)); add(both, NERHash.pair(half: t.halves.word, n1.word))
        add(both, NERHash.pair(half: p2.halves.word, p1.word)); add(both, NERHash.pair(half: n1.halves.word, n2.word))
        add(0, t.prefixes.0); add(0, t.prefixes.1); add(0, t.prefixes.2); add(0, t.prefixes.3)
        add(0, t.suffixes.0); add(0, t.suffixes.1); add(0, t.suffixes.2); add(0, t.suffixes.3)
        add(0, t.clitics)
        add(0, t.shape); add(both, NERHash.pair(half: p1.halves.shape, t.shape)); add(both, NERHash.pair(half: t.halves.shape, n1.shape))
        add(0, frequency(t.wordClass))
        add(both, frequency(p1.wordClass) << 8 | frequency(n1.wordClass))
        for k in 0..<WordClusters.cueClasses { add(0, cued(t.wordClass, k)) }
        add(0, cued(t.wordClass)); add(-1, cued(p1.wordClass)); add(1, cued(n1.wordClass))
        add(both, NERHash.pair(half: p1.halves.cue, cued(t.wordClass)))
        add(0, t.paths.0); add(0, t.paths.1); add(0, t.paths.2); add(0, t.paths.3); add(0, t.paths.4)
        add(0, t.stemPaths.0); add(0, t.stemPaths.1)
        add(-1, p1.paths.1); add(-1, p1.paths.2); add(-1, p1.paths.3)
        add(1, n1.paths.1); add(1, n1.paths.2); add(1, n1.paths.3)
        add(-2, p2.paths.2); add(2, n2.paths.2)
        add(both, NERHash.pair(half: p1.halves.path2, t.paths.2)); add(both, NERHash.pair(half: t.halves.path2, n1.paths.2))
        add(both, NERHash.pair(half: p1.halves.word, t.paths.2)); add(both, NERHash.pair(half: t.halves.path2, n1.word))
        add(both, NERHash.pair(half: p1.halves.cue, frequency(t.wordClass)))
        add(both, NERHash.pair(half: p1.halves.cue, t.paths.2))
        add(both, NERHash.pair(UInt64(p2.cue.rawValue) << 8 | UInt64(p1.cue.rawValue), t.paths.1))
        add(-1, UInt64(p1.cue.rawValue)); add(-2, UInt64(p2.cue.rawValue)); add(1, UInt64(n1.cue.rawValue))
        add(0, t.kb); add(-1, p1.kb); add(1, n1.kb); add(-2, p2.kb); add(2, n2.kb)
        add(0, NERHash.pair(half: t.halves.kb, t.shape))
        add(both, NERHash.pair(half: p1.halves.kb, t.kb)); add(both, NERHash.pair(half: t.halves.kb, n1.kb))
        add(0, t.tagged); add(both, t.tagged & 0xFF | (p1.tagged & 0xFF) << 8); add(both, t.tagged & 0xFF | (n1.tagged & 0xFF) << 8)
        add(both, NERHash.pair(half: p1.halves.cue, t.tagged))
        // How far back the nearest cue of each class stands (1–3, 0 for none) with the articles
        // of the words from it on: an institution or place noun and the definite words of its
        // idafa chain after it make one name.
        let cues = (p1.cue.rawValue, p2.cue.rawValue, p3.cue.rawValue)
        let institution = distance(NERCueWords.Cue.institution.rawValue, cues)
        let articles: UInt64 = (t.definite ? 1 : 0) | (p1.definite ? 2 : 0) | (p2.definite ? 4 : 0) | (n1.definite ? 8 : 0)
        add(both, institution | articles << 4); add(both, distance(NERCueWords.Cue.place.rawValue, cues) | articles << 4)
        add(both, distance(NERCueWords.Cue.title.rawValue, cues) | distance(NERCueWords.Cue.speech.rawValue, cues) << 2 | articles << 4)
        add(both, UInt64(cues.2) | UInt64(cues.1) << 4 | UInt64(cues.0) << 8 | UInt64(t.cue.rawValue) << 12)
        add(both, NERHash.pair(institution | articles << 4, t.paths.1))
        let c = context.1, count = c & 0xF, repeats = c >> 24 & 3
        add(both, count | (c >> 4 & 0x1F) << 4); add(both, count | (c >> 8 & 0xFFFF) << 8); add(both, count | repeats << 4)
        add(both, NERHash.pair(half: t.halves.path1, count | repeats << 4)); add(both, NERHash.pair(half: t.halves.tagged, c >> 4 & 0x1F | count << 8))
        add(both, context.0 & 0xF | (context.0 >> 24 & 3) << 4 | (context.2 & 0xF) << 8 | (context.2 >> 24 & 3) << 12)
        add(0, t.groups.0); add(0, t.groups.1); add(0, t.groups.2); add(0, t.groups.3)
        add(-1, p1.groups.1); add(1, n1.groups.1); add(-1, p1.groups.2); add(1, n1.groups.2); add(-1, p1.groups.3); add(1, n1.groups.3)
        add(-2, p2.groups.1); add(2, n2.groups.1); add(-2, p2.groups.2); add(2, n2.groups.2); add(-3, p3.groups.1); add(3, n3.groups.1)
        add(both, p1.groups.1 | t.groups.1 << 20); add(both, t.groups.1 | n1.groups.1 << 20)
        add(both, p1.groups.0 | t.groups.0 << 20 | n1.groups.0 << 40)
    }

    /// How many features `each` gives a token, and how many of them are pairwise: a stacked
    /// pass's own (`eachStacked`, `stacked` of them) are numbered on from `all`.
    static let templates: (all: UInt64, pairwise: Int, stacked: Int) = {
        var all: UInt64 = 0, pairwise = 0, stacked = 0
        let e = edge[0]
        each(e, p1: e, p2: e, p3: e, n1: e, n2: e, n3: e, context: (0, 0, 0)) { reads, _ in
            all += 1
            pairwise += reads == Self.pairwise ? 1 : 0
        }
        eachStacked(e, Stacked(0, 1) { _ in 0 }) { _ in stacked += 1 }
        return (all, pairwise, stacked)
    }()

    /// A stacked pass's own features of token `t`, after `each`'s, in template order: `add(value)`.
    /// They read the first pass's codes around it, `stacked` (all pairwise: none is the word form's):
    /// the first pass's tags of the token, with its neighbours', and with how the other
    /// occurrences of its word, its entity and longer entities holding its word were tagged.
    @inline(__always)
    static func eachStacked(_ t: TokenInfo, _ stacked: Stacked, _ add: (_ value: UInt64) -> Void) {
        let own = stacked.t & 0xF, p1Tag = stacked.p1 & 0xF, n1Tag = stacked.n1 & 0xF
        add(own); add(p1Tag | own << 4 | n1Tag << 8)
        add(stacked.p2 & 0xF | p1Tag << 4 | own << 8); add(own | n1Tag << 4 | (stacked.n2 & 0xF) << 8)
        add(stacked.t >> 4 & 0x3F); add(stacked.t >> 4 & 0x3F | own << 8)
        add(stacked.t >> 10 & 0x3F | own << 8); add(stacked.t >> 16 & 0xFF | own << 8)
        add(stacked.p1 >> 4 & 0x7 | (stacked.n1 >> 4 & 0x7) << 4 | own << 8)
        add(NERHash.pair(half: t.halves.path1, stacked.t >> 4 & 0x7 | own << 4))
    }

    static let article = Array("ال".utf8)

    /// How far back (1–3) the nearest cue of class `cue` stands among the cue classes of the
    /// tokens 1, 2 and 3 before, 0 when none is.
    @inline(__always) static func distance(_ cue: UInt8, _ before: (UInt8, UInt8, UInt8)) -> UInt64 {
        before.0 == cue ? 1 : before.1 == cue ? 2 : before.2 == cue ? 3 : 0
    }

    /// The frequency class of a word, 255 for one too rare to have a class.
    @inline(__always) static func frequency(_ c: WordClass?) -> UInt64 { UInt64(c?.frequency ?? 255) }

    /// How often a word follows cue words of class `k` (see `WordClass.cued`), 255 for one without a class.
    @inline(__always) static func cued(_ c: WordClass?, _ k: Int) -> UInt64 { UInt64(c?.cued(k) ?? 255) | UInt64(k) << 8 }

    /// How often a word follows cue words of each class, all bins together; 1 << 32 for one without a class.
    @inline(__always) static func cued(_ c: WordClass?) -> UInt64 { c.map { UInt64($0.cued) } ?? 1 << 32 }

    /// What the features read of `token`, whose knowledge-base label (`kbLabels`) is `kb`: its
    /// norm, segmentation and kind, and that label, nothing else.
    func info(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, kb: UInt8) -> TokenInfo {
        var t = TokenInfo()
        let range = token.normRange
        let word = UnsafeBufferPointer(rebasing: norms[range])
        t.word = NERHash.fnv(word)
        let seg = token.segmentation
        let stem = UnsafeBufferPointer(rebasing: norms[Self.stemRange(token)])
        t.stem = NERHash.fnv(stem) ^ 0x5354_454D
        t.clitics = UInt64(seg.proclitics) << 8 | UInt64(seg.enclitic)
        // Prefixes: FNV-1a is computed byte by byte, so the hash of the bytes before the
        // start of letter n (or of the whole word, n letters long) is the n-letter prefix's.
        var letters = 0
        var before: (UInt64, UInt64, UInt64, UInt64) = (3, 3, 3, 3)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always) func record(_ n: Int, _ h: UInt64) {
            switch n {
            case 1: before.0 = h ^ 1
            case 2: before.1 = h ^ 2
            case 3: before.2 = h ^ 3
            case 4: before.3 = h ^ 4
            default: break
            }
        }
        for b in word {
            if b & 0xC0 != 0x80 { record(letters, h); letters += 1 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        record(letters, h)
        t.prefixes = before
        // Suffixes: from the starts of the last four letters.
        var found = 0, starts = (0, 0, 0, 0)
        var i = word.count
        while i > 0, found < 4 {
            i -= 1
            guard word[i] & 0xC0 != 0x80 else { continue }
            switch found {
            case 0: starts.0 = i
            case 1: starts.1 = i
            case 2: starts.2 = i
            default: starts.3 = i
            }
            found += 1
        }
        @inline(__always) func suffix(_ n: Int, _ start: Int) -> UInt64 {
            letters >= n ? NERHash.fnv(word[start...]) ^ UInt64(n) << 4 : 3
        }
        t.suffixes = (suffix(1, starts.0), suffix(2, starts.1), suffix(3, starts.2), suffix(4, starts.3))
        var digits = false, latin = false, arabic = false
        for b in word {
            if b >= 0x30 && b <= 0x39 { digits = true } else if b >= 0x61 && b <= 0x7A { latin = true } else if b == 0xD8 || b == 0xD9 { arabic = true }
        }
        let length: UInt64 = letters <= 2 ? UInt64(letters) : letters <= 3 ? 3 : letters <= 5 ? 4 : letters <= 8 ? 5 : 6
        t.shape = UInt64(token.kind.rawValue) << 8 | (digits ? 16 : 0) | (latin ? 32 : 0) | (arabic ? 64 : 0) | length | 1 << 12
        let stemClass = seg.isSplit ? clusters.wordClass(of: stem) : nil
        // The class of the word without its proclitics but with its article (بالأهلي as الأهلي),
        // else of the word as written, else of its stem.
        Self.bareWord(token, norms) { bare, stripped in
            t.wordClass = clusters.wordClass(of: bare) ?? (stripped ? clusters.wordClass(of: word) : nil) ?? stemClass
            if let statistics { t.tagged = statistics.code(of: bare).map(UInt64.init) ?? (t.wordClass == nil ? 0 : 1 << 16) }
        }
        let b = Self.pathPrefixes
        t.paths = (Self.path(t.wordClass, b[0]), Self.path(t.wordClass, b[1]), Self.path(t.wordClass, b[2]),
                   Self.path(t.wordClass, b[3]), Self.path(t.wordClass, b[4]))
        t.stemPaths = (Self.path(stemClass, b[2]) ^ 0x57, Self.path(stemClass, b[3]) ^ 0x57)
        t.groups = (UInt64(t.wordClass?.group(0) ?? 0xFFFF), UInt64(t.wordClass?.group(1) ?? 0xFFFF),
                    UInt64(t.wordClass?.group(2) ?? 0xFFFF), UInt64(t.wordClass?.group(3) ?? 0xFFFF))
        t.cue = Self.cue(token, norms, word: t.word)
        t.definite = ProcliticFlags.of(token).article || word.starts(with: Self.article)
        t.kb = UInt64(kb) | 1 << 16
        return t.pairing()
    }

    /// The cue class of a token's stem, else of its norm, whose hash is `word`.
    @inline(__always) static func cue(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>, word: UInt64) -> NERCueWords.Cue {
        let table = NERCueWords.byHash
        return table[NERHash.fnv(UnsafeBufferPointer(rebasing: norms[stemRange(token)]))] ?? table[word] ?? .none
    }

    /// The range of a token's norm without the segmenter's clitics (all of it when they would leave nothing).
    static func stemRange(_ token: Token) -> Range<Int> {
        let range = token.normRange, stem = token.segmentation.stemBytes(ofLength: range.count)
        return (range.lowerBound + stem.lowerBound)..<(range.lowerBound + stem.upperBound)
    }

    /// Calls `body` with the word a token's class and tag statistics are looked up by: its norm
    /// without proclitics and enclitic but with its article (بالأهلي as الأهلي) when it has
    /// proclitics (`stripped` true), else its norm as written. Always inlined: called with a
    /// closure over `self`, `info` copied the whole feature set (its tables retained and
    /// released) for each new word form.
    @inline(__always)
    static func bareWord<R>(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>,
                            _ body: (_ word: UnsafeBufferPointer<UInt8>, _ stripped: Bool) -> R) -> R {
        let seg = token.segmentation
        guard seg.isSplit, seg.proclitics != 0 else { return body(UnsafeBufferPointer(rebasing: norms[token.normRange]), false) }
        let stem = UnsafeBufferPointer(rebasing: norms[stemRange(token)])
        let front = ProcliticFlags.of(token).article ? article.count : 0
        // On the stack: an array here cost an allocation for each word with proclitics.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: front + stem.count) { bare in
            if front > 0 { _ = UnsafeMutableBufferPointer(rebasing: bare[..<front]).initialize(from: article) }
            _ = UnsafeMutableBufferPointer(rebasing: bare[front...]).initialize(from: stem)
            return body(UnsafeBufferPointer(bare), true)
        }
    }

    // MARK: - Knowledge-base membership

    /// Per token of `analysis`: 0 outside any alias, else what kind of alias holds it
    /// (person, organisation, place, demonym, title…) times two, plus one past its first token.
    /// The aliases are `known`'s matches when they were made in this tagger's knowledge base
    /// (the mention stage's), else matched here.
    func kbLabels(_ analysis: TextAnalysis, text: String, known: AliasMatches? = nil) -> [UInt8] {
        guard let matcher else { return [] }
        var labels = [UInt8](repeating: 0, count: analysis.tokens.count)
        let matches: [AliasMatch]
        if let known, known.kb === matcher.kb {
            matches = known.matches
        } else {
            var text = text
            let folded = AliasMatcher.foldTehMarbuta(analysis.norms)
            matches = text.withUTF8 { bytes in
                folded.withUnsafeBufferPointer { matcher.matches(analysis, $0, bytes) }
            }
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
            let type = kb.entities[Int(first)].type
            return entry.names.contains { kb.entities[Int($0)].type != type } ? 2 : 3 + UInt8(EntityType.allCases.firstIndex(of: type)!)
        }
        return 15
    }
}
