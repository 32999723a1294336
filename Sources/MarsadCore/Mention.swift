/// A name, title or adjective in the text that refers to an entity (or to one the
/// knowledge base does not know: then `entity` is nil).
public struct Mention: Sendable, Equatable {
    /// UTF-8 offsets into the document's text.
    public var range: Range<Int>
    public var type: EntityType
    /// An index into `AnnotatedDocument.entities`; nil when the mention is left unlinked.
    public var entity: Int?
    public var confidence: Double
    /// Whether the mention names a place or institution standing for its government
    /// (موسكو when Moscow acts): `entity` is then the state.
    public var isMetonym: Bool
    /// Whether the mention names the organisation in the title of the person named right
    /// after it (الأمين العام للأمم المتحدة أنطونيو غوتيريش): the person acts, not it.
    public var isInTitle: Bool
    /// Whether the mention is a title or role phrase standing for its holder (الرئيس الأمريكي، خادم الحرمين الشريفين),
    /// not a name: unlinked, it names no one in particular.
    public var isRolePhrase: Bool

    public init(range: Range<Int>, type: EntityType, entity: Int?, confidence: Double, isMetonym: Bool = false, isInTitle: Bool = false,
                isRolePhrase: Bool = false) {
        self.range = range
        self.type = type
        self.entity = entity
        self.confidence = confidence
        self.isMetonym = isMetonym
        self.isInTitle = isInTitle
        self.isRolePhrase = isRolePhrase
    }
}

/// An entity a document refers to, with the roles the knowledge base gives it.
public struct DocumentEntity: Sendable, Equatable {
    public let entity: KBEntity
    public let roles: [KBRole]
    /// The entity's actor code on the document's day: its own, or for a person the code
    /// of the office they held that day (see `KnowledgeBase.actorCode(of:on:)`).
    public let cameo: String?

    public init(entity: KBEntity, roles: [KBRole], cameo: String? = nil) {
        self.entity = entity
        self.roles = roles
        self.cameo = cameo ?? entity.cameo
    }
}
