import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MarsadCore

/// Reads an RSS 2.0 or Atom feed: each item (entry) becomes a document whose text is its
/// content (`content:encoded`, `content`) or else its description (summary), as plain text.
/// Feeds are untrusted: external entities are never resolved, a feed that declares
/// entities of its own is refused (that is how entity-expansion bombs start), and text
/// beyond `maxBytes` stops the parse.
public struct FeedReader: Sendable {
    public let maxBytes: Int

    public init(maxBytes: Int) { self.maxBytes = maxBytes }

    /// The items of the feed in `bytes`, read from `name`; an item without text is a failure
    /// named `name[index]`.
    public func items(_ bytes: [UInt8], name: String) throws(MarsadError) -> [SourceItem] {
        if bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil {
            throw MarsadError(.badRecord, "the feed declares XML entities; feeds that do are refused", input: name)
        }
        let collector = FeedCollector(limit: maxBytes)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        guard parser.parse() else {
            if collector.overLimit {
                throw MarsadError(.inputTooLarge, "the feed's text is over the limit of \(maxBytes) bytes (see --max-bytes)", input: name)
            }
            let reason = parser.parserError.map { " (\($0.localizedDescription))" } ?? ""
            throw MarsadError(.badRecord, "not a well-formed feed\(reason)", input: name)
        }
        guard collector.depth == 0 else {
            throw MarsadError(.badRecord, "the feed ends inside an element (a truncated file?)", input: name)
        }
        guard collector.sawFeed else {
            throw MarsadError(.unsupportedFormat, "XML, but neither an RSS nor an Atom feed", input: name)
        }
        return collector.items.enumerated().map { index, item in
            let text = HTMLText.plain(item.content ?? item.summary ?? "")
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return .failure(MarsadError(.emptyInput, "the item has no text", input: "\(name)[\(index)]"))
            }
            return .document(Document(text: text, title: item.title.map(HTMLText.plain), byline: item.author,
                                      published: item.published.flatMap(FeedDate.publicationTime), url: item.link, source: name))
        }
    }
}

/// One feed item as read.
struct FeedItem {
    var title: String?
    var link: String?
    var author: String?
    var published: String?
    var summary: String?
    var content: String?
}

/// Collects items from the parser's events.
private final class FeedCollector: NSObject, XMLParserDelegate {
    let limit: Int
    var items: [FeedItem] = []
    var sawFeed = false
    var overLimit = false
    /// Elements open; not 0 at the end of a truncated feed.
    var depth = 0
    private var item: FeedItem?
    private var text = ""
    private var collected = 0

    init(limit: Int) { self.limit = limit }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        switch name {
        case "rss", "feed", "rdf:RDF": sawFeed = true
        case "item", "entry": item = FeedItem()
        case "link" where item != nil && attributes["href"] != nil:
            // Atom: the alternate link (the default relation) is the article.
            if attributes["rel"] == nil || attributes["rel"] == "alternate" { item?.link = attributes["href"] }
        default: break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { add(string, parser) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { add(String(decoding: block, as: UTF8.self), parser) }

    private func add(_ string: String, _ parser: XMLParser) {
        collected += string.utf8.count
        guard collected <= limit else { overLimit = true; parser.abortParsing(); return }
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        guard item != nil else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        switch name {
        case "item", "entry": items.append(item!); item = nil
        case "title": item?.title = value
        case "link" where item?.link == nil && !value.isEmpty: item?.link = value
        case "author", "dc:creator", "name": if !value.isEmpty, item?.author == nil { item?.author = value }
        case "pubDate", "published", "dc:date": item?.published = value
        case "updated": if item?.published == nil { item?.published = value }
        case "description", "summary": item?.summary = value
        case "content:encoded", "content": item?.content = value
        default: break
        }
    }
}
