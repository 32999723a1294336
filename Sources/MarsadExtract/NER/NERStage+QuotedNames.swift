import MarsadCore
import MarsadText

/// Names in quotation marks after the noun of what they name (منظمة «أطباء بلا حدود»، حركة
/// «حماس»، صحيفة «واشنطن تايمز»): one ORG mention over exactly the quoted words, as the
/// knowledge base keeps such names (الإخوان المسلمين without جماعة), whatever the tagger or
/// the matcher found in or around them — واشنطن in «واشنطن تايمز» is the paper's, not the
/// city, and a tagger's name cut at the quotation mark (حزب alone) goes. A knowledge-base
/// organisation found over the quoted words, or within them, keeps its mention and link.
extension NERStage {
    /// Nouns of organisations a quoted name follows, indefinite, as the first word of a
    /// construct (matching forms).
    static let organisationHeads: Set<String> = Set([
        "منظمة", "جماعة", "حركة", "حزب", "جمعية", "شركة", "صحيفة", "قناة", "وكالة", "مجلة", "تنظيم",
    ].map { Normalizer(options: .matching).normalized($0) })
    /// Opening and closing quotation marks around such a name.
    static let openingMarks: [[UInt8]] = ["«", "\"", "“"].map { Array($0.utf8) }
    static let closingMarks: [[UInt8]] = ["»", "\"", "”"].map { Array($0.utf8) }
    /// Marks that may stand between a quoted name's words (أ.ب، إل-جي).
    static let innerMarks: [[UInt8]] = [".", "-"].map { Array($0.utf8) }
    /// The most words a quoted name may have.
    static let quotedNameWords = 6

    /// Puts one ORG mention over each name quoted after an organisation noun in `document`.
    func markQuotedNames(_ document: inout AnnotatedDocument) {
        let analysis = document.text, tokens = analysis.tokens
        var text = document.document.text
        let names: [(head: Range<Int>, name: Range<Int>)] = text.withUTF8 { bytes in
            tokens.indices.dropLast(2).compactMap { k in quotedName(after: k, analysis, bytes) }
        }
        for (head, name) in names {
            let overlapping = document.mentions.indices.filter {
                document.mentions[$0].range.overlaps(name) || document.mentions[$0].range.overlaps(head)
            }
            let keeps = overlapping.contains { index in
                let mention = document.mentions[index]
                return name.contains(mention.range.lowerBound) && mention.range.upperBound <= name.upperBound
                    && mention.entity.map { document.entities[$0].entity.type == .organisation } == true
            }
            guard !keeps else { continue }
            document.removeMentions(Set(overlapping))
            let at = document.mentions.firstIndex { $0.range.lowerBound >= name.upperBound } ?? document.mentions.count
            document.mentions.insert(Mention(range: name, type: .organisation, entity: nil, confidence: Self.confidence), at: at)
        }
    }

    /// The span of the head noun at token `k` and of the name quoted right after it, if one
    /// is: an opening mark, one to `quotedNameWords` words (digits, dots and hyphens among
    /// them), a closing mark, on one line; not Latin letters all in lowercase, nor a lone
    /// indefinite nisba adjective.
    private func quotedName(after k: Int, _ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Range<Int>)? {
        let tokens = analysis.tokens
        guard tokens[k].kind == .word, tokens[k + 1].kind == .punctuation, !ProcliticFlags.of(tokens[k]).article,
              isWritten(tokens[k + 1], asOneOf: Self.openingMarks, bytes),
              Self.organisationHeads.contains(matching.normalized(stem(of: tokens[k], analysis))) else { return nil }
        var end = k + 2, words = 0
        while end < tokens.count, !tokens[end].newlineBefore, words <= Self.quotedNameWords {
            let token = tokens[end]
            if token.kind == .punctuation, isWritten(token, asOneOf: Self.closingMarks, bytes) { break }
            guard token.kind == .word || token.kind == .number || isWritten(token, asOneOf: Self.innerMarks, bytes) else { return nil }
            if token.kind == .word { words += 1 }
            end += 1
        }
        guard end < tokens.count, end > k + 2, words >= 1, words <= Self.quotedNameWords, tokens[end].kind == .punctuation,
              isWritten(tokens[end], asOneOf: Self.closingMarks, bytes) else { return nil }
        let name = Int(tokens[k + 2].start)..<Int(tokens[end - 1].end)
        guard !Self.isLowercaseLatin(UnsafeBufferPointer(rebasing: bytes[name])) else { return nil }
        // One indefinite nisba quoted is the noun's adjective: شركة «سعودية», a Saudi company.
        if end == k + 3, !analysis.norm(of: tokens[k + 2]).hasPrefix("ال"), entry(k + 2..<end, analysis)?.demonymOf.isEmpty == false {
            return nil
        }
        return (Int(tokens[k].start)..<Int(tokens[k].end), name)
    }

    /// Whether `token` is written as one of `marks`.
    private func isWritten(_ token: Token, asOneOf marks: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let written = bytes[Int(token.start)..<Int(token.end)]
        return marks.contains { written.elementsEqual($0) }
    }
}
