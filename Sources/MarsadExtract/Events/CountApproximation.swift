import MarsadText

/// The words before a count that make it approximate: نحو، حوالي، قرابة، زهاء، أكثر من، أقل من, and
/// ما لا يقل عن, ما يزيد على (no fewer than, more than). They stand between a count and the verb or noun
/// of casualties it goes with (قتل ما لا يقل عن 17 مسلحا، مقتل أكثر من عشرة), and the لا of "no fewer
/// than" negates nothing.
enum CountApproximation {
    /// The phrases in normal form (alef folded, ى as ي), longest first so that ما لا يقل عن is read whole.
    private static let phrases: [[[UInt8]]] = [
        ["ما", "لا", "يقل", "عن"], ["ما", "لا", "يقل", "علي"], ["ما", "لا", "تقل", "عن"],
        ["ما", "يزيد", "عن"], ["ما", "يزيد", "علي"], ["لا", "يقل", "عن"], ["لا", "تقل", "عن"],
        ["اكثر", "من"], ["اقل", "من"], ["نحو"], ["حوالي"], ["قرابة"], ["زهاء"],
    ].map { $0.map { Array($0.utf8) } }

    /// The token right after the approximation that opens at token `k`, where its count stands; `k` itself
    /// when none opens there. Read within `sentence`.
    static func count(from k: Int, in sentence: Range<Int>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Int {
        // Most words open no approximation: one look at the word before the phrases.
        guard tokens[k].kind == .word, UnsafeBufferPointer(rebasing: norms[tokens[k].normRange]).isOne(of: firstWords) else { return k }
        for phrase in phrases where k + phrase.count < sentence.upperBound {
            if matches(phrase, at: k, tokens, norms) { return k + phrase.count }
        }
        return k
    }

    /// The first token of the approximation that ends right before the count at token `count`; `count` itself
    /// when none ends there. Read within `sentence`.
    static func start(before count: Int, in sentence: Range<Int>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Int {
        guard count > sentence.lowerBound, tokens[count - 1].kind == .word,
              UnsafeBufferPointer(rebasing: norms[tokens[count - 1].normRange]).isOne(of: lastWords) else { return count }
        for phrase in phrases where count - phrase.count >= sentence.lowerBound {
            if matches(phrase, at: count - phrase.count, tokens, norms) { return count - phrase.count }
        }
        return count
    }

    /// The tokens of `sentence` that do not count in the distance between a trigger and its actors, as the words of a
    /// time do not: those by which an approximation is longer than أكثر من, so that one of three or four words stands
    /// as far as it (قتل ما لا يقل عن 17 عنصرا من قوات الأمن: قتل أكثر من 17 عنصرا من قوات الأمن).
    static func uncountedWords(in sentence: Range<Int>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var out: Set<Int> = []
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let end = count(from: k, in: sentence, tokens, norms)
            if end - k > countedWords { out.formUnion(k..<(end - countedWords)) }
            k = max(end, k + 1)
        }
        return out
    }

    /// The words of أكثر من, the most common approximation, which the rules for distances were written with.
    private static let countedWords = 2

    /// Whether token `k` is a word of "no fewer than" (ما لا يقل عن) before a count: its لا negates no act.
    static func isNoFewerThan(_ k: Int, in sentence: Range<Int>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[k].kind == .word, UnsafeBufferPointer(rebasing: norms[tokens[k].normRange]).isOne(of: noFewerThanWords) else { return false }
        return noFewerThan.contains { phrase in
            phrase.indices.contains { offset in
                let first = k - offset
                return first >= sentence.lowerBound && first + phrase.count < sentence.upperBound && matches(phrase, at: first, tokens, norms)
            }
        }
    }

    /// The phrases that hold a negation, and their words.
    private static let noFewerThan = phrases.filter { $0.contains(Array("لا".utf8)) }
    private static let noFewerThanWords = Array(Set(noFewerThan.joined()))
    /// The words the phrases open with.
    private static let firstWords = Array(Set(phrases.map { $0[0] }))
    /// The words the phrases close with.
    private static let lastWords = Array(Set(phrases.map { $0[$0.count - 1] }))

    /// Whether the words of `phrase` stand from token `first` on.
    private static func matches(_ phrase: [[UInt8]], at first: Int, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        phrase.indices.allSatisfy { tokens[first + $0].kind == .word && UnsafeBufferPointer(rebasing: norms[tokens[first + $0].normRange]).equals(phrase[$0]) }
    }
}
