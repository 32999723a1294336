import MarsadCore

/// GDELT-style document tone: the shares of positive and negative words per 100 words,
/// from the tone lexicon: phrases first (one count for the whole phrase), then words,
/// matched on token norms and on their stems without clitics. A word or phrase within
/// three words after a negator (لا، لم، لن، ليس، غير، عدم، not), with no
/// punctuation between, counts with the opposite polarity.
public struct ToneStage: Stage {
    public let name = "tone"
    public let requires: Set<AnnotationKind> = [.tokens]
    public let provides: Set<AnnotationKind> = [.tone]
    let lexicon: ToneLexicon
    /// How many words after a negator it reaches.
    static let negationReach = 3

    /// A tone stage reading `lexicon`.
    public init(lexicon: ToneLexicon) { self.lexicon = lexicon }

    public func run(_ document: inout AnnotatedDocument) {
        let analysis = document.text
        var words = 0, positive = 0, negative = 0
        // Words since the last negator, counted up to just past its reach.
        var sinceNegator = Self.negationReach + 1
        analysis.norms.withUnsafeBufferPointer { norms in
            let tokens = analysis.tokens
            var k = 0
            while k < tokens.count {
                let token = tokens[k]
                k += 1
                // Punctuation ends a negator's reach.
                if token.kind == .punctuation { sinceNegator = Self.negationReach + 1 }
                guard token.kind == .word else { continue }
                words += 1
                if sinceNegator <= Self.negationReach { sinceNegator += 1 }
                let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
                let found: ToneLexicon.Polarity?
                if let phrase = phrase(at: k - 1, norm, tokens, norms) {
                    // A phrase counts once, with the polarity of the whole (دون جدوى is negative).
                    words += phrase.rest.count
                    k += phrase.rest.count
                    found = phrase.polarity
                } else {
                    found = polarity(of: token, norm)
                }
                switch found {
                case .negator?: sinceNegator = 0
                case .positive?: if sinceNegator <= Self.negationReach { negative += 1 } else { positive += 1 }
                case .negative?: if sinceNegator <= Self.negationReach { positive += 1 } else { negative += 1 }
                case nil: break
                }
            }
        }
        document.tone = DocumentTone(words: words, positiveWords: positive, negativeWords: negative)
    }

    /// The longest phrase of the lexicon starting at token `k` (norm `first`, or `first`
    /// without a conjunction و or ف), on the norms of the words after it.
    func phrase(at k: Int, _ first: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> ToneLexicon.Phrase? {
        // With a conjunction on the first word (ووقف إطلاق النار), the phrase after it; a word
        // without one is looked up once.
        let conjoined = first.count >= 6 && ProcliticLetters.conjunctions.begins(first)
        guard let candidates = lexicon.phrases(startingWith: first)
            ?? (conjoined ? lexicon.phrases(startingWith: UnsafeBufferPointer(rebasing: first[2...])) : nil) else { return nil }
        return candidates.first { phrase in
            k + phrase.rest.count < tokens.count && phrase.rest.indices.allSatisfy { i in
                let next = tokens[k + 1 + i]
                return next.kind == .word && norms[next.normRange].elementsEqual(phrase.rest[i])
            }
        }
    }

    /// The polarity of a token: of its norm, else of its stem without clitics, else of the
    /// stem without a feminine or plural ending (ة، ات، ون، ين).
    func polarity(of token: Token, _ norm: UnsafeBufferPointer<UInt8>) -> ToneLexicon.Polarity? {
        if let found = lexicon.polarity(of: norm) { return found }
        // Only Arabic words carry clitics and endings to strip.
        guard norm.count >= 6, norm[0] == 0xD8 || norm[0] == 0xD9 else { return nil }
        var stem = norm
        let segmentation = token.segmentation
        if segmentation.isSplit {
            let prefix = segmentation.procliticBytes, suffix = segmentation.encliticBytes
            guard prefix + suffix < norm.count else { return nil }
            stem = UnsafeBufferPointer(rebasing: norm[prefix..<(norm.count - suffix)])
            if segmentation.restoredTehMarbuta, stem.count >= 2 {
                var restored = Array(stem.dropLast(2))
                restored += [0xD8, 0xA9]
                if let found = restored.withUnsafeBufferPointer({ lexicon.polarity(of: $0) }) { return found }
            } else if let found = lexicon.polarity(of: stem) {
                return found
            }
        }
        for ending in Self.endings where stem.count >= ending.count + 6 && stem.ends(with: ending) {
            if let found = lexicon.polarity(of: UnsafeBufferPointer(rebasing: stem[..<(stem.count - ending.count)])) { return found }
        }
        return nil
    }

    /// ة، ات، ون، ين in UTF-8.
    static let endings: [[UInt8]] = ["ة", "ات", "ون", "ين"].map { Array($0.utf8) }
}
