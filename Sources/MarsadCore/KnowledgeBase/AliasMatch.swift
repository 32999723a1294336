/// A run of tokens whose matching form is a knowledge-base alias key.
public struct AliasMatch: Sendable, Equatable {
    /// Token indices.
    public var tokens: Range<Int>
    /// UTF-8 offsets of the name in the text, without the clitics stripped to find it.
    public var range: Range<Int>
    public var entry: AliasEntry
    /// Whether proclitics were stripped from the first token (وبموسكو).
    public var strippedClitics: Bool
    /// Whether the stripped proclitics hold the preposition ب ("in", "at").
    public var locativeClitic: Bool
    /// Whether the matched form begins with the article ال.
    public var definite: Bool

    public init(tokens: Range<Int>, range: Range<Int>, entry: AliasEntry, strippedClitics: Bool, locativeClitic: Bool, definite: Bool) {
        self.tokens = tokens
        self.range = range
        self.entry = entry
        self.strippedClitics = strippedClitics
        self.locativeClitic = locativeClitic
        self.definite = definite
    }
}

/// The alias matches of a document's tokens in one knowledge base, before any linking:
/// what the mention stage found, kept for later stages that read the same matches (the
/// tagger's knowledge-base features) so that they do not match the aliases again.
public struct AliasMatches: Sendable {
    /// The knowledge base the aliases were matched in; the matches hold for it alone.
    public let kb: KnowledgeBase
    /// The matches, in token order, never overlapping.
    public let matches: [AliasMatch]

    public init(kb: KnowledgeBase, matches: [AliasMatch]) {
        self.kb = kb
        self.matches = matches
    }
}
