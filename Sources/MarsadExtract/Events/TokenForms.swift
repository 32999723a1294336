import MarsadCore
import MarsadText

/// Looks a token up in a phrase table under each of its forms: its norm, its stem
/// without clitics (with a teh marbuta restored), the stem with the article when the
/// clitics held one, and a verb without the future prefix س.
struct TokenForms {
    let tokens: [Token]
    let norms: UnsafeBufferPointer<UInt8>
    /// Reused for phrases, and for the keys `DemonymReader` builds, so that lookups allocate
    /// nothing once warm (`match` puts its stems together on the stack).
    var stem: [UInt8] = []
    var phrase: [UInt8] = []
    /// Whether the last `match` met a form of its word that starts a phrase of two words or more of its table, found
    /// or not: a verb a subject may split from the rest of its phrase (`EventDetector.splitPhrase`).
    private(set) var startsLonger = false

    init(tokens: [Token], norms: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.norms = norms
        stem.reserveCapacity(64)
        phrase.reserveCapacity(256)
    }

    /// What a match found: the table's value, the words it spans and whether the word
    /// carried the future prefix.
    struct Match {
        let value: UInt32
        let words: Int
        let future: Bool
        /// Whether the word bears the conjunction و or ف the segmenter left on it, peeled for the lookup (ودعا).
        var conjunction = false
    }

    /// The normal form of token `k`.
    @inline(__always)
    func norm(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: norms[tokens[k].normRange])
    }

    /// The longest phrase of `table` starting at token `k`, within tokens before `limit`; its words after the first go
    /// on from token `next` (by default `k + 1`), and `words` counts the phrase's own.
    mutating func match(_ table: PhraseTable, at k: Int, limit: Int, next: Int? = nil) -> Match? {
        let token = tokens[k]
        let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
        let next = next ?? k + 1
        startsLonger = false
        if let found = table.longest(first: norm, next: next, tokens: tokens, limit: limit, norms: norms, scratch: &phrase, startsLonger: &startsLonger) {
            return Match(value: found.value, words: found.words, future: false)
        }
        guard norm.count >= 4, norm[0] == 0xD8 || norm[0] == 0xD9 else { return nil }
        let segmentation = token.segmentation
        if segmentation.isSplit {
            let prefix = segmentation.procliticBytes, suffix = segmentation.encliticBytes
            guard prefix + suffix + 2 <= norm.count else { return nil }
            let flags = ProcliticFlags.of(token)
            let body = UnsafeBufferPointer(rebasing: norm[prefix..<(norm.count - suffix)])
            // The stem is looked up where it stands in the norm; only a restored teh marbuta
            // or the article makes a copy.
            var bare: (value: UInt32, words: Int)? = nil
            if !segmentation.restoredTehMarbuta {
                bare = lookup(table, body, next, limit)
                if let found = bare, !flags.article { return Match(value: found.value, words: found.words, future: flags.future) }
                if bare == nil, prefix == 0, let found = peeled(table, body, next, limit) {
                    return Match(value: found.value, words: found.words, future: flags.future, conjunction: ProcliticLetters.conjunctions.begins(body))
                }
            }
            guard segmentation.restoredTehMarbuta || flags.article else { return nil }
            // The article and the stem with its teh marbuta, put together on the stack.
            let articleBytes = flags.article ? Self.article.count : 0
            let found: (value: UInt32, words: Int)? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: articleBytes + body.count) { buffer in
                if flags.article { _ = buffer.initialize(from: Self.article) }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[articleBytes...]).initialize(from: body)
                let stem = UnsafeBufferPointer(buffer)
                if segmentation.restoredTehMarbuta {
                    buffer[buffer.count - 1] = 0xA9  // ت (D8 AA) → ة (D8 A9)
                    if let found = lookup(table, UnsafeBufferPointer(rebasing: stem[articleBytes...]), next, limit) { return found }
                }
                return articleBytes > 0 ? lookup(table, stem, next, limit) : nil
            }
            // The stem alone wins unless the article's phrase runs longer (والرصاص المطاطي: الرصاص المطاطي, not رصاص).
            let longest = found.map { longer in bare.map { longer.words > $0.words ? longer : $0 } ?? longer } ?? bare
            return longest.map { Match(value: $0.value, words: $0.words, future: flags.future) }
        }
        // س before a present-tense verb the segmenter left whole: سيلتقي → يلتقي, looked up where it stands.
        if norm.count >= 8, norm[0] == 0xD8, norm[1] == 0xB3, Self.isPresentPrefix(norm[2], norm[3]),
           let found = lookup(table, UnsafeBufferPointer(rebasing: norm[2...]), next, limit) {
            return Match(value: found.value, words: found.words, future: true)
        }
        return peeled(table, norm, next, limit).map {
            Match(value: $0.value, words: $0.words, future: false, conjunction: ProcliticLetters.conjunctions.begins(norm))
        }
    }

    /// The one-letter proclitics a word the segmenter left whole is looked up past: و، ف، ل، ب.
    static let peelable = ProcliticLetters([.waw, .fa, .lam, .ba])

    /// The phrase of `table` starting at `word` without a first letter و، ف، ب or ل the segmenter left on (its
    /// counts saw باغتصاب whole, as in قام باغتصاب): a word of the table's of four letters or more after the letter,
    /// or of any length after the conjunction و or ف, which a verb opening a sentence bears more often than not (ودعا،
    /// وحث، وجرح are commoner than دعا، حث، جرح); never a shorter one that ب's or ل's root could hide (بحث is no ب + حث).
    private mutating func peeled(_ table: PhraseTable, _ word: UnsafeBufferPointer<UInt8>, _ next: Int, _ limit: Int) -> (value: UInt32, words: Int)? {
        guard word.count >= 6, Self.peelable.begins(word), word.count >= 10 || ProcliticLetters.conjunctions.begins(word) else { return nil }
        return lookup(table, UnsafeBufferPointer(rebasing: word[2...]), next, limit)
    }

    /// The phrase of `table` starting at an indefinite noun in the accusative (مسؤولا) or the dual
    /// (جنديان، شركتان، شركتين), read as its singular: the word without its ending, when the table has that. Only a
    /// feminine noun's ين is read so: after any other stem it is as often a masculine plural's (موظفين). A word
    /// with the ending of the word before it agrees with it as its adjective (هجوما انتحاريا) and is not read;
    /// a verb's plural suffix وا before it is no such ending (خطفوا مصورا).
    mutating func matchIndefinite(_ table: PhraseTable, at k: Int, limit: Int) -> Match? {
        let token = tokens[k]
        let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
        guard !token.segmentation.isSplit, norm.count >= 8, !norm.starts(with: Self.article) else { return nil }
        let previous = UnsafeBufferPointer(rebasing: norms[k > 0 ? tokens[k - 1].normRange : 0..<0])
        for ending in Self.indefiniteEndings where norm.count >= ending.count + 6 && norm.ends(with: ending) {
            if previous.ends(with: ending), !(ending == Self.accusative && previous.ends(with: Self.pluralSubject)) { return nil }
            let stem = UnsafeBufferPointer(rebasing: norm.dropLast(ending.count))
            if ending != Self.obliqueDual, let found = lookup(table, stem, k + 1, limit) {
                return Match(value: found.value, words: found.words, future: false)
            }
            // A feminine noun's dual keeps its teh marbuta as ت (شركتين، شركتان: شركة).
            guard ending != Self.accusative, stem.ends(with: Self.teh),
                  let found = EventDetector.withTehMarbuta(stem, { lookup(table, $0, k + 1, limit) }) else { continue }
            return Match(value: found.value, words: found.words, future: false)
        }
        return nil
    }

    /// The endings of the dual in the nominative (ان) and the other cases (ين), and of the accusative's tanwin (ا), in UTF-8.
    static let indefiniteEndings: [[UInt8]] = [Array("ان".utf8), obliqueDual, accusative]
    /// ين in UTF-8: the ending of the dual, and of the masculine plural, in the accusative and genitive.
    static let obliqueDual = Array("ين".utf8)
    /// ت in UTF-8: a feminine noun's teh marbuta before the dual's ending.
    static let teh = Array("ت".utf8)
    /// The accusative's tanwin (ا) and a verb's plural suffix (وا), in UTF-8.
    static let accusative = Array("ا".utf8), pluralSubject = Array("وا".utf8)

    /// ال in UTF-8.
    static let article: [UInt8] = Array("ال".utf8)

    /// Whether two bytes are ي، ت، ن or ا, the letters a present-tense verb starts with.
    static func isPresentPrefix(_ b0: UInt8, _ b1: UInt8) -> Bool {
        (b0 == 0xD9 && (b1 == 0x8A || b1 == 0x86)) || (b0 == 0xD8 && (b1 == 0xAA || b1 == 0xA7))
    }

    /// The longest phrase of `table` whose first word is `form`, going on from token `next`.
    private mutating func lookup(_ table: PhraseTable, _ form: UnsafeBufferPointer<UInt8>, _ next: Int, _ limit: Int) -> (value: UInt32, words: Int)? {
        table.longest(first: form, next: next, tokens: tokens, limit: limit, norms: norms, scratch: &phrase, startsLonger: &startsLonger)
    }
}
