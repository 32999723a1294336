import MarsadText

/// What each proclitic stack of `Clitics.proclitics` holds, worked out once so that the
/// event stage compares no strings per token.
struct ProcliticFlags {
    let conjunction: Bool
    /// Whether the stack opens with ف, which joins what follows as the sequel of what stands before (فقتلت).
    let sequel: Bool
    let preposition: Bool
    let lam: Bool
    let future: Bool
    let article: Bool

    /// The flags of every stack, by its index.
    static let table: [ProcliticFlags] = Clitics.proclitics.map { stack in
        ProcliticFlags(conjunction: stack.segments.first == "و", sequel: stack.segments.first == "ف", preposition: stack.segments.contains("ب"),
                       lam: stack.segments.contains("ل"), future: stack.segments.contains("س"),
                       article: stack.hasArticle)
    }

    /// The flags of a token's proclitics.
    @inline(__always)
    static func of(_ token: Token) -> ProcliticFlags { table[Int(token.segmentation.proclitics)] }
}
