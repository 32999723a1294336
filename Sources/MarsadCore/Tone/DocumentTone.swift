/// GDELT-style document tone: the shares of positive and negative words per 100 words.
public struct DocumentTone: Sendable, Equatable {
    /// Positive words per 100 words.
    public var positive: Double
    /// Negative words per 100 words.
    public var negative: Double
    /// `positive - negative`.
    public var polarity: Double { positive - negative }
    /// The words counted (word tokens).
    public var words: Int
    /// How many words counted as positive and as negative (after negation).
    public var positiveWords: Int
    public var negativeWords: Int

    /// The tone of a text of `words` words, `positiveWords` of them positive and
    /// `negativeWords` negative.
    public init(words: Int, positiveWords: Int, negativeWords: Int) {
        self.words = words
        self.positiveWords = positiveWords
        self.negativeWords = negativeWords
        positive = words == 0 ? 0 : 100 * Double(positiveWords) / Double(words)
        negative = words == 0 ? 0 : 100 * Double(negativeWords) / Double(words)
    }
}
