import MarsadCore

/// A mention while the linker works on it: its entity is a knowledge-base index.
struct ResolvedMention: Sendable, Equatable {
    var range: Range<Int>
    var tokens: Range<Int>
    var type: EntityType
    var entity: Int32?
    var confidence: Double
    var isMetonym = false
    /// Whether it names the organisation in the title of the person named next (`Mention.isInTitle`).
    var isInTitle = false
    /// The role the title before the name gave (الرئيس الروسي فلاديمير بوتين → head_of_state).
    var role: String?
    /// Whether the mention is a role phrase standing for its holder (وزير الخارجية الروسي),
    /// not a name: its last word is no surname.
    var isRolePhrase = false
}
