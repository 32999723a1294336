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
    /// form without white space at either end, so the same article with other harakat, alef
    /// forms or digits, or a trailing newline, has the same id.
    public static func contentID(of text: String) -> String {
        let normalized = contentNormalizer.normalized(text).utf8
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let start = normalized.firstIndex { !isSpace($0) } ?? normalized.endIndex
        let end = normalized.lastIndex { !isSpace($0) }.map(normalized.index(after:)) ?? start
        return String(SHA256.hex(normalized[start..<end]).prefix(32))
    }

    static let contentNormalizer = Normalizer(options: .matching)
}
