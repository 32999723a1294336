/// What one alias key stands for. A key can name several entities (جورجيا: the country
/// and the US state), be a demonym (الروسية → Russia), a title (وزير الخارجية), or only
/// begin longer aliases.
public struct AliasEntry: Sendable, Equatable {
    /// Entities the key names (indices into `KnowledgeBase.entities`).
    public var names: [Int32] = []
    /// Entities the key is a demonym or nisba adjective of (Russia for الروسي).
    public var demonymOf: [Int32] = []
    /// The role a title key stands for (`foreign_minister`, `counterpart`).
    public var titleRole: String?
    /// Whether some longer alias begins with this key and a space.
    public var isPrefix = false
    /// Whether the key is also an everyday word (القاعدة "the base, the rule", الأقصى "the
    /// farthest"): it names its entities only where the document bears it out — in
    /// quotation marks, or in a document that names them by another alias.
    public var isCommonWord = false

    public init(names: [Int32] = [], demonymOf: [Int32] = [], titleRole: String? = nil, isPrefix: Bool = false,
                isCommonWord: Bool = false) {
        self.names = names
        self.demonymOf = demonymOf
        self.titleRole = titleRole
        self.isPrefix = isPrefix
        self.isCommonWord = isCommonWord
    }

    /// Whether the key itself is an alias, not only a prefix of one.
    public var isAlias: Bool { !names.isEmpty || !demonymOf.isEmpty || titleRole != nil }
}
