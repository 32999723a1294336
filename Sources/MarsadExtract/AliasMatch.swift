import MarsadCore

/// A run of tokens whose matching form is a knowledge-base alias key.
struct AliasMatch: Sendable, Equatable {
    /// Token indices.
    var tokens: Range<Int>
    /// UTF-8 offsets of the name in the text, without the clitics stripped to find it.
    var range: Range<Int>
    var entry: AliasEntry
    /// Whether proclitics were stripped from the first token (وبموسكو).
    var strippedClitics: Bool
    /// Whether the stripped proclitics hold the preposition ب ("in", "at").
    var locativeClitic: Bool
    /// Whether the matched form begins with the article ال.
    var definite: Bool
}
