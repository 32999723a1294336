/// What the segmenter's lexicon counts say about a word that came out whole: whether a
/// reader that peels a clitic off names the lexicon never saw (وكولومبو → و + كولومبو) may
/// peel this word too.
public enum WholeWordEvidence: UInt8, Sendable {
    /// No evidence: a clitic came off, the lexicon never saw the word, or the stop list (not
    /// the counts) keeps it whole (لوكالة).
    case none
    /// The lexicon saw the word whole, but fewer than `CliticSegmenter.commonWordCount` times:
    /// too rare to rule out و + a name rarer still (والإيطاليون, وإستونيا).
    case rare
    /// The lexicon saw the word whole often: a word of its own (كبيرا is no ك + بيرا, Beira).
    case common
}
