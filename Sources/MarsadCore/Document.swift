/// An article as extracted: its text exactly as read (never modified afterwards; every
/// annotation points into it) and what is known about it.
public struct Document: Sendable, Equatable {
    /// The caller's id, or the content id (`contentID`) when none was given.
    public var id: String
    public var text: String
    public var title: String?
    public var byline: String?
    public var published: PublicationTime?
    public var url: String?
    /// Where it was read from: a file path, a feed, `<stdin>`.
    public var source: String?

    public init(text: String, id: String? = nil, title: String? = nil, byline: String? = nil,
                published: PublicationTime? = nil, url: String? = nil, source: String? = nil) {
        self.text = text
        self.id = id ?? Document.contentID(of: text)
        self.title = title
        self.byline = byline
        self.published = published
        self.url = url
        self.source = source
    }

    /// The identity of a text: the first 128 bits of the SHA-256 of its matching-normalised
    /// form, so the same article with other harakat, alef forms or digits has the same id.
    public static func contentID(of text: String) -> String {
        String(SHA256.hex(contentNormalizer.normalized(text).utf8).prefix(32))
    }

    static let contentNormalizer = Normalizer(options: .matching)
}
