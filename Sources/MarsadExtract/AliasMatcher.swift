import MarsadCore
import MarsadText

/// Finds knowledge-base aliases over a document's tokens: the token's matching form as it
/// stands, then without its clitics (the segmenter's split, or — for words the segmenter's
/// lexicon has never seen — the proclitics و ف ب ل ك peeled off the front), longest match
/// first, left to right, never overlapping. Works on the folded norm bytes without
/// allocating per token. Nothing is matched right after a particle only verbs follow (لم
/// يزد "did not exceed" is no Yazd), nor after a ك "like" that the stem lexicon keeps as
/// part of a word of its own (كسرت "broke" is no ك + Sirte), and a name is never read off a
/// word with a pronoun on it (حماسهم "their enthusiasm" is no Hamas).
struct AliasMatcher: Sendable {
    let kb: KnowledgeBase
    /// Tells a word of its own from ك + a name by the stem lexicon's counts; without it,
    /// every segmenter's split after ك is read as ك + a name.
    let kaf: ComparisonKaf?

    /// A matcher of `kb`'s aliases, reading the ك the segmenter splits off by `lexicon`.
    init(kb: KnowledgeBase, lexicon: StemLexicon? = nil) {
        self.kb = kb
        kaf = lexicon.map(ComparisonKaf.init)
    }

    /// A form a token may begin an alias in: a range of the folded norms, perhaps with the
    /// article put back in front, and what was stripped to get it.
    private struct Variant {
        var from: Int
        var to: Int
        var article = false
        /// The stem's final ت stands for a teh marbuta (matching form: ه).
        var restoredTehMarbuta = false
        var leadingLetters = 0
        var trailingLetters = 0
        var locative = false
        /// Whether only a title may begin here (a pronoun peeled off by guess: نظيره → نظير).
        var titleOnly = false
        /// Whether the segmenter split off a ك "like" to get here.
        var comparison = false
    }

    /// Particles only a verb follows, with the conjunctions they take (matching forms): no
    /// name stands right after them (لم يزد، قد غزتها، عندما وارى).
    static let verbParticles = ByteKeyTable([
        "قد", "وقد", "لقد", "ولقد", "لم", "ولم", "فلم", "لن", "ولن", "فلن", "سوف", "وسوف", "فسوف",
        "عندما", "وعندما", "بعدما", "حينما", "كلما", "وكلما", "لكي",
    ].map { (Array($0.utf8), UInt32(1)) })

    /// Proclitic letters that may be peeled off a word the segmenter left whole.
    static let fallbackProclitics: [(bytes: [UInt8], locative: Bool)] = [
        ("وب", true), ("فب", true), ("ول", false), ("فل", false), ("وك", false),
        ("و", false), ("ف", false), ("ب", true), ("ل", false), ("ك", false),
    ].map { (Array($0.0.utf8), $0.1) }
    /// ل + ال as written, the article's alef gone, alone or after و or ف.
    private static let contractedArticles = ["لل", "ولل", "فلل"].map { Array($0.utf8) }
    /// The conjunction و, the one fallback proclitic peeled off a rare word.
    private static let waw = Array("و".utf8)
    /// Pronoun enclitics peeled off the end of a title the segmenter left whole (نظيره).
    private static let fallbackPronouns: [[UInt8]] = ["ه", "ها", "هم"].map { Array($0.utf8) }

    /// What the matcher needs of each proclitic stack, indexed like `Clitics.proclitics`.
    private struct StackInfo {
        let bytes: Int, letters: Int, beforeArticleLetters: Int
        let hasArticle: Bool, locative: Bool, comparison: Bool
    }
    private static let stacks: [StackInfo] = Clitics.proclitics.map { stack in
        StackInfo(bytes: stack.surface.utf8.count, letters: stack.surface.unicodeScalars.count,
                  beforeArticleLetters: stack.segments.dropLast().joined().unicodeScalars.count,
                  hasArticle: stack.hasArticle, locative: stack.segments.contains("ب"), comparison: stack.segments.contains("ك"))
    }
    private static let encliticBytes: [Int] = Clitics.enclitics.map { $0.utf8.count }
    /// The article ال in UTF-8.
    static let article: [UInt8] = Array("ال".utf8)
    /// ي in UTF-8: the ending of a nisba, and of the pronoun "my".
    private static let yeh: [UInt8] = Array("ي".utf8)

    /// The matches in `analysis` of the text `bytes`; `folded` is `foldTehMarbuta(analysis.norms)`.
    func matches(_ analysis: TextAnalysis, _ folded: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> [AliasMatch] {
        let tokens = analysis.tokens
        var out: [AliasMatch] = []
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
        defer { scratch.deallocate() }
        var variants: [Variant] = []
        variants.reserveCapacity(16)
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            variants.removeAll(keepingCapacity: true)
            collectVariants(tokens[i], analysis.norms, folded, into: &variants)
            // Entries are copied only for the match kept: probes read their kinds.
            var best: (length: Int, entry: Int, variant: Variant)?
            for variant in variants {
                var count = write(variant, folded, to: scratch)
                guard let first = kb.entryIndex(for: UnsafeBufferPointer(start: scratch, count: count)) else { continue }
                // ك + a demonym is "as": كسعوديين "as Saudis", whatever the counts.
                if variant.comparison, kb.entries[first].demonymOf.isEmpty, kaf?.isWordOfItsOwn(tokens[i], bytes) == true { continue }
                let kind = kb.kinds[first]
                guard !variant.titleOnly || kind.contains(.title) || kind.contains(.prefix) else { continue }
                if kind.contains(.alias), best == nil, !variant.titleOnly || kind.contains(.title) { best = (1, first, variant) }
                guard kind.contains(.prefix) else { continue }
                var j = 1
                while j < kb.maxAliasTokens, i + j < tokens.count, !tokens[i + j].newlineBefore {
                    let next = tokens[i + j].normRange
                    guard count + 1 + next.count <= 1024 else { break }
                    scratch[count] = 0x20
                    (scratch + count + 1).update(from: folded.baseAddress! + next.lowerBound, count: next.count)
                    count += 1 + next.count
                    guard let entry = kb.entryIndex(for: UnsafeBufferPointer(start: scratch, count: count)) else { break }
                    let kind = kb.kinds[entry]
                    if kind.contains(.alias), j + 1 > (best?.length ?? 0), !variant.titleOnly || kind.contains(.title) {
                        best = (j + 1, entry, variant)
                    }
                    guard kind.contains(.prefix) else { break }
                    j += 1
                }
            }
            // A name takes no pronoun: حماسهم is their enthusiasm, not Hamas (a title does: نظيره).
            // A final ي is a nisba's as often as "my", and stays the matcher's to read (لبناني).
            guard let best, !followsVerbParticle(i, tokens, folded),
                  best.length > 1 || best.variant.trailingLetters == 0 || kb.entries[best.entry].titleRole != nil
                    || UnsafeBufferPointer(rebasing: folded[tokens[i].normRange]).ends(with: Self.yeh) else { i += 1; continue }
            let last = tokens[i + best.length - 1]
            // A name does not end in tanween: كوبًا is a cup, not Cuba.
            guard !last.hasTanween(in: bytes) else { i += 1; continue }
            let range = Self.trim(Int(tokens[i].start)..<Int(last.end), bytes, leading: best.variant.leadingLetters,
                                  trailing: best.length == 1 ? best.variant.trailingLetters : 0)
            let definite = best.variant.article || folded[best.variant.from..<best.variant.to].starts(with: Self.article)
            out.append(AliasMatch(tokens: i..<(i + best.length), range: range, entry: kb.entries[best.entry],
                                  strippedClitics: best.variant.leadingLetters > 0,
                                  locativeClitic: best.variant.locative, definite: definite))
            i += best.length
        }
        return out
    }

    /// Whether token `i` comes right after a particle only verbs follow, on the same line.
    private func followsVerbParticle(_ i: Int, _ tokens: [Token], _ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, !tokens[i].newlineBefore, tokens[i - 1].kind == .word else { return false }
        return Self.verbParticles.value(for: UnsafeBufferPointer(rebasing: folded[tokens[i - 1].normRange])) != nil
    }

    /// Writes the key bytes of `variant` to `scratch` and returns their count.
    @inline(__always)
    private func write(_ variant: Variant, _ folded: UnsafeBufferPointer<UInt8>, to scratch: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        if variant.article { scratch[0] = 0xD8; scratch[1] = 0xA7; scratch[2] = 0xD9; scratch[3] = 0x84; count = 4 }
        let length = min(variant.to - variant.from, 1024 - count)
        (scratch + count).update(from: folded.baseAddress! + variant.from, count: length)
        count += length
        if variant.restoredTehMarbuta, count >= 2 { scratch[count - 2] = 0xD9; scratch[count - 1] = 0x87 }
        return count
    }

    /// The forms a token may begin an alias in: as it stands; without the segmenter's
    /// clitics (keeping the article, then without it); with proclitics peeled off, and a
    /// pronoun guessed off a title.
    private func collectVariants(_ token: Token, _ norms: [UInt8], _ folded: UnsafeBufferPointer<UInt8>, into out: inout [Variant]) {
        let range = token.normRange
        out.append(Variant(from: range.lowerBound, to: range.upperBound))
        let segmentation = token.segmentation
        if segmentation.isSplit {
            let stack = Self.stacks[Int(segmentation.proclitics)]
            let encliticBytes = Self.encliticBytes[Int(segmentation.enclitic)]
            let from = range.lowerBound + stack.bytes, to = range.upperBound - encliticBytes
            guard from < to else { return }
            // Arabic letters are two bytes each in the norms.
            let trailing = encliticBytes / 2
            if stack.hasArticle {
                // ل + ال is written لل: the article's lam is the stack's second letter.
                out.append(Variant(from: from, to: to, article: true, restoredTehMarbuta: segmentation.restoredTehMarbuta,
                                   leadingLetters: stack.beforeArticleLetters, trailingLetters: trailing,
                                   locative: stack.locative, comparison: stack.comparison))
            }
            out.append(Variant(from: from, to: to, restoredTehMarbuta: segmentation.restoredTehMarbuta,
                               leadingLetters: stack.letters, trailingLetters: trailing, locative: stack.locative,
                               comparison: stack.comparison))
            return
        }
        guard range.count >= 8, Self.isArabicLetter(folded[range.lowerBound], folded[range.lowerBound + 1]) else { return }
        let word = UnsafeBufferPointer(rebasing: folded[range])
        let first = out.count - 1
        // Every fallback stack starts with one of its five letters: other words skip the ten tests.
        // A common word is no clitic plus a name (كبيرا is no ك + بيرا); a rare one may be و + a
        // name (وكولومبو), but rarely ب، ف، ك or ل + one (باندورا is no ب + Andorra).
        let evidence = token.wholeWordEvidence
        if evidence != .common, ProcliticLetters.all.contains(word[0], word[1]) {
            for clitic in Self.fallbackProclitics where word.starts(with: clitic.bytes)
                && (evidence == .none || clitic.bytes == Self.waw) {
                out.append(Variant(from: range.lowerBound + clitic.bytes.count, to: range.upperBound,
                                   leadingLetters: clitic.bytes.count / 2, locative: clitic.locative))
            }
            // ل + ال is written لل, the article's alef gone (لليونيفيل), after و or ف too (وللأمم).
            for stack in Self.contractedArticles where word.count > stack.count + 4 && word.starts(with: stack) {
                out.append(Variant(from: range.lowerBound + stack.count, to: range.upperBound, article: true,
                                   leadingLetters: stack.count / 2 - 1))
            }
        }
        // A pronoun ends in ه، ا or م; in the norm, teh marbuta is still ة, so most nouns drop out here.
        let b0 = norms[range.upperBound - 2], b1 = norms[range.upperBound - 1]
        guard (b0 == 0xD9 && (b1 == 0x87 || b1 == 0x85)) || (b0 == 0xD8 && b1 == 0xA7) else { return }
        for k in first..<out.count {
            for pronoun in Self.fallbackPronouns where out[k].to - out[k].from > pronoun.count + 4
                && UnsafeBufferPointer(rebasing: folded[(out[k].to - pronoun.count)..<out[k].to]).elementsEqual(pronoun) {
                var guess = out[k]
                guess.to -= pronoun.count
                guess.trailingLetters = pronoun.count / 2
                guess.titleOnly = true
                out.append(guess)
            }
        }
    }

    @inline(__always) private static func isArabicLetter(_ b0: UInt8, _ b1: UInt8) -> Bool {
        (b0 == 0xD8 && b1 >= 0xA1) || (b0 == 0xD9 && b1 <= 0x8A)
    }

    /// The norms with teh marbuta folded to heh (ة → ه, two bytes each), the matching form.
    static func foldTehMarbuta(_ norms: [UInt8]) -> [UInt8] {
        var out = norms
        out.withUnsafeMutableBufferPointer { $0.foldTehMarbuta() }
        return out
    }

    /// `range` without `leading` letters at its start and `trailing` at its end, each with
    /// the harakat and tatweel that follow it in the original text.
    static func trim(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, leading: Int, trailing: Int) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        for _ in 0..<leading {
            guard lower < upper else { return range }
            lower += UTF8Scalar.decode(bytes, at: lower).length
            while lower < upper, isMark(UTF8Scalar.decode(bytes, at: lower).value) { lower += UTF8Scalar.decode(bytes, at: lower).length }
        }
        for _ in 0..<trailing {
            while upper > lower, isMark(scalar(before: upper, bytes).value) { upper -= scalar(before: upper, bytes).length }
            guard upper > lower else { return range }
            upper -= scalar(before: upper, bytes).length
        }
        return lower < upper ? lower..<upper : range
    }

    private static func scalar(before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        var start = end - 1
        while start > 0 && UTF8Scalar.isContinuation(bytes[start]) { start -= 1 }
        return UTF8Scalar.decode(bytes, at: start)
    }

    private static func isMark(_ value: UInt32) -> Bool {
        (0x064B...0x065F).contains(value) || value == 0x0640 || value == 0x0670
    }
}
