import MarsadText

/// The form names are matched in: the text's tokens, each in the matching normalisation
/// (alef forms, alef maksura and teh marbuta folded, Latin lower-cased), joined by one
/// space. The knowledge base stores its aliases in this form; the matcher builds the same
/// form from a document's token norms.
public struct AliasKeyMaker: Sendable {
    private let tokenizer = Tokenizer()
    private let normalizer = Normalizer(options: .matching)

    public init() {}

    /// The key of `alias`, or nil when it has no token.
    public func key(_ alias: String) -> String? {
        let tokens = tokenizer.tokenize(alias)
        guard !tokens.isEmpty else { return nil }
        let utf8 = Array(alias.utf8)
        return tokens.map { normalizer.normalized(String(decoding: utf8[$0.range], as: UTF8.self)) }.joined(separator: " ")
    }
}
