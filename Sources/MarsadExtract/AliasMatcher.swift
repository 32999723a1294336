import MarsadCore
import MarsadText

/// Finds knowledge-base aliases over a document's tokens: the token's matching form as it
/// stands, then without its clitics (the segmenter's split, or — for names the segmenter's
/// lexicon has never seen — the proclitics و ف ب ل ك peeled off the front), longest match
/// first, left to right, never overlapping.
struct AliasMatcher: Sendable {
    let kb: KnowledgeBase

    /// A candidate form of a token's beginning: its key bytes and what was stripped.
    private struct Variant {
        var bytes: [UInt8]
        var leadingLetters = 0
        var trailingLetters = 0
        var locative = false
        var lam = false
        /// Whether only a title may begin here (a pronoun peeled off by guess: نظيره → نظير).
        var titleOnly = false
    }

    /// Proclitic letters that may be peeled off a word the segmenter left whole.
    private static let fallbackProclitics: [(bytes: [UInt8], locative: Bool, lam: Bool)] = [
        ("وب", true, false), ("فب", true, false), ("ول", false, true), ("فل", false, true), ("وك", false, false),
        ("و", false, false), ("ف", false, false), ("ب", true, false), ("ل", false, true), ("ك", false, false),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }

    /// Pronoun enclitics peeled off the end of a title the segmenter left whole (نظيره).
    private static let fallbackPronouns: [[UInt8]] = ["ه", "ها", "هم"].map { Array($0.utf8) }

    /// The matches in `analysis` of the text `bytes`, in text order.
    func matches(_ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [AliasMatch] {
        let folded = Self.foldTehMarbuta(analysis.norms)
        let tokens = analysis.tokens
        var out: [AliasMatch] = []
        var key: [UInt8] = []
        key.reserveCapacity(256)
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            var best: (length: Int, entry: AliasEntry, variant: Variant)?
            for variant in variants(tokens[i], folded) {
                key.removeAll(keepingCapacity: true)
                key += variant.bytes
                guard let first = lookup(key), !variant.titleOnly || first.titleRole != nil || first.isPrefix else { continue }
                if first.isAlias, best == nil, !variant.titleOnly || first.titleRole != nil { best = (1, first, variant) }
                guard first.isPrefix else { continue }
                var j = 1
                while j < kb.maxAliasTokens, i + j < tokens.count, !tokens[i + j].newlineBefore {
                    key.append(0x20)
                    key += folded[tokens[i + j].normRange]
                    guard let entry = lookup(key) else { break }
                    if entry.isAlias, j + 1 > (best?.length ?? 0), !variant.titleOnly || entry.titleRole != nil { best = (j + 1, entry, variant) }
                    guard entry.isPrefix else { break }
                    j += 1
                }
            }
            guard let best else { i += 1; continue }
            let last = tokens[i + best.length - 1]
            var range = Int(tokens[i].start)..<Int(last.end)
            range = Self.trim(range, bytes, leading: best.variant.leadingLetters,
                              trailing: best.length == 1 ? best.variant.trailingLetters : 0)
            out.append(AliasMatch(tokens: i..<(i + best.length), range: range, entry: best.entry,
                                  strippedClitics: best.variant.leadingLetters > 0,
                                  locativeClitic: best.variant.locative, lamClitic: best.variant.lam,
                                  definite: best.variant.bytes.starts(with: Self.article)))
            i += best.length
        }
        return out
    }

    /// The article ال in UTF-8.
    static let article: [UInt8] = Array("ال".utf8)

    @inline(__always) private func lookup(_ key: [UInt8]) -> AliasEntry? {
        key.withUnsafeBufferPointer { kb.entry(for: $0) }
    }

    /// The forms a token may begin an alias in: as it stands; without the segmenter's
    /// clitics (keeping the article, then without it); with proclitics peeled off.
    private func variants(_ token: Token, _ folded: [UInt8]) -> [Variant] {
        let whole = Array(folded[token.normRange])
        var out = [Variant(bytes: whole)]
        let segmentation = token.segmentation
        if segmentation.isSplit {
            let stack = Clitics.proclitics[Int(segmentation.proclitics)]
            let enclitic = Clitics.enclitics[Int(segmentation.enclitic)]
            let front = stack.surface.utf8.count, back = enclitic.utf8.count
            if front + back < whole.count {
                var stem = Array(whole[front..<(whole.count - back)])
                if segmentation.restoredTehMarbuta, stem.count >= 2 { stem[stem.count - 2] = 0xD9; stem[stem.count - 1] = 0x87 }
                let locative = stack.segments.contains("ب"), lam = stack.segments.contains("ل")
                let trailing = enclitic.unicodeScalars.count
                if stack.segments.last == "ال" {
                    let before = stack.segments.dropLast().joined()
                    // ل + ال is written لل: the article's lam is the stack's second letter.
                    out.append(Variant(bytes: Array("ال".utf8) + stem, leadingLetters: before.unicodeScalars.count,
                                       trailingLetters: trailing, locative: locative, lam: lam))
                }
                out.append(Variant(bytes: stem, leadingLetters: stack.surface.unicodeScalars.count,
                                   trailingLetters: trailing, locative: locative, lam: lam))
            }
        } else if whole.count >= 8, Self.isArabicLetter(whole[0], whole[1]) {
            var peeled = [Variant(bytes: whole)]
            for clitic in Self.fallbackProclitics where whole.starts(with: clitic.bytes) {
                let rest = Array(whole[clitic.bytes.count...])
                peeled.append(Variant(bytes: rest, leadingLetters: clitic.bytes.count / 2, locative: clitic.locative, lam: clitic.lam))
            }
            out += peeled.dropFirst()
            for variant in peeled {
                for pronoun in Self.fallbackPronouns where variant.bytes.count > pronoun.count + 4 && variant.bytes.suffix(pronoun.count).elementsEqual(pronoun) {
                    var guess = variant
                    guess.bytes.removeLast(pronoun.count)
                    guess.trailingLetters = pronoun.count / 2
                    guess.titleOnly = true
                    out.append(guess)
                }
            }
        }
        return out
    }

    @inline(__always) private static func isArabicLetter(_ b0: UInt8, _ b1: UInt8) -> Bool {
        (b0 == 0xD8 && b1 >= 0xA1) || (b0 == 0xD9 && b1 <= 0x8A)
    }

    /// The norms with teh marbuta folded to heh (ة → ه, two bytes each), the matching form.
    static func foldTehMarbuta(_ norms: [UInt8]) -> [UInt8] {
        var out = norms
        out.withUnsafeMutableBufferPointer { p in
            var i = 0
            while i + 1 < p.count {
                if p[i] == 0xD8 && p[i + 1] == 0xA9 { p[i] = 0xD9; p[i + 1] = 0x87; i += 2 } else { i += 1 }
            }
        }
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
