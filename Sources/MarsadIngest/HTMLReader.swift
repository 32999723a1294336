import CLibXML2
import Foundation
import MarsadCore

/// Reads an article page with libxml2's HTML parser (forgiving, never on the network): the
/// main text without navigation, ads, scripts or forms; the title; the publication date
/// from meta tags, JSON-LD or `time` elements; the byline; the canonical URL. The page's
/// declared encoding (`<meta charset>`, such as windows-1256) is honoured.
public struct HTMLReader: Sendable {
    public init() {}

    /// The article in the page `bytes`, read from `name`.
    public func document(_ bytes: [UInt8], name: String) throws(MarsadError) -> Document {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), name, nil, options) }
        }
        guard let parsed, let root = xmlDocGetRootElement(parsed) else {
            if let parsed { xmlFreeDoc(parsed) }
            throw MarsadError(.badRecord, "cannot be read as HTML", input: name)
        }
        defer { xmlFreeDoc(parsed) }
        var page = PageFacts()
        page.collect(root)
        let text = page.mainText(root)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw MarsadError(.emptyInput, "the page has no article text", input: name)
        }
        return Document(text: text, title: page.title, byline: page.byline,
                        published: page.dates.lazy.compactMap(PublicationTime.init(iso:)).first,
                        url: page.url, source: name)
    }
}

/// What the head, meta tags, JSON-LD and `time` elements of a page say about its article.
struct PageFacts {
    var titleElement: String?
    var metaTitle: String?
    var firstHeading: String?
    var byline: String?
    var canonical: String?
    var metaURL: String?
    /// Candidate publication dates, most trusted first.
    var dates: [String] = []
    private var metaDates: [String] = []
    private var ldDates: [String] = []
    private var timeDates: [String] = []

    var title: String? { metaTitle ?? titleElement ?? firstHeading }
    var url: String? { canonical ?? metaURL }

    /// Elements whose text is never the article's.
    static let skipped: Set<String> = ["head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "button", "select", "iframe", "svg", "template", "menu"]
    /// Words in a class or id that mark boilerplate: ads, sharing, related links, comments.
    static let boilerplate = ["advert", "ads", "-ad", "ad-", "banner", "share", "social", "related", "comment",
                              "sidebar", "menu", "nav", "footer", "promo", "newsletter", "breadcrumb", "cookie", "subscribe"]
    /// Elements whose text is one block of the article.
    static let blocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption"]

    /// Reads the facts of the page under `node`.
    mutating func collect(_ root: xmlNodePtr) {
        walk(root)
        dates = metaDates + ldDates + timeDates
    }

    private mutating func walk(_ node: xmlNodePtr) {
        var child: xmlNodePtr? = node
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
            child = current.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        let name = Self.name(node)
        switch name {
        case "title": if titleElement == nil { titleElement = Self.text(node) }
        case "h1": if firstHeading == nil { firstHeading = Self.text(node) }
        case "meta":
            let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop") ?? "").lowercased()
            guard let content = Self.attribute(node, "content"), !content.isEmpty else { break }
            switch key {
            case "og:title": metaTitle = content
            case "og:url": metaURL = content
            // A profile link is no byline, whichever of the two keys carries it.
            case "author", "article:author": if byline == nil, !content.hasPrefix("http") { byline = content }
            case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued":
                metaDates.append(content)
            default: break
            }
        case "link":
            if Self.attribute(node, "rel")?.lowercased() == "canonical" { canonical = Self.attribute(node, "href") }
        case "time":
            if let value = Self.attribute(node, "datetime") { timeDates.append(value) }
        case "script":
            if Self.attribute(node, "type")?.lowercased() == "application/ld+json", let json = Self.text(node) { readLinkedData(json) }
            return
        default: break
        }
        if let children = node.pointee.children { walk(children) }
    }

    /// Dates and the author from a JSON-LD block (an object, an array, or an `@graph`).
    private mutating func readLinkedData(_ json: String) {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return }
        var objects: [[String: Any]] = []
        func gather(_ value: Any) {
            if let object = value as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { gather(graph) }
            } else if let array = value as? [Any] {
                array.forEach(gather)
            }
        }
        gather(parsed)
        for object in objects {
            if let date = object["datePublished"] as? String { ldDates.append(date) }
            if byline == nil {
                let author = (object["author"] as? [Any])?.first ?? object["author"]
                byline = (author as? [String: Any])?["name"] as? String ?? author as? String
            }
        }
    }

    /// The article's text: the blocks of the `article` element with the most text, else of
    /// the element whose paragraphs hold the most text, one block a line.
    func mainText(_ root: xmlNodePtr) -> String {
        var best: (node: xmlNodePtr, score: Int)?
        var articles: [(node: xmlNodePtr, score: Int)] = []
        var scores: [xmlNodePtr: Int] = [:]
        func score(_ node: xmlNodePtr) {
            var child: xmlNodePtr? = node
            while let current = child {
                defer { child = current.pointee.next }
                guard current.pointee.type == XML_ELEMENT_NODE, !Self.isBoilerplate(current) else { continue }
                let name = Self.name(current)
                if name == "p", let parent = current.pointee.parent {
                    scores[parent, default: 0] += Self.visibleText(current)?.count ?? 0
                } else if let children = current.pointee.children {
                    score(children)
                }
                if name == "article" { articles.append((current, Self.blocks(of: current).joined().count)) }
            }
        }
        score(root)
        for (node, value) in scores where value > best?.score ?? 0 { best = (node, value) }
        let container = articles.max { $0.score < $1.score }.flatMap { $0.score > 0 ? $0.node : nil } ?? best?.node ?? root
        return Self.blocks(of: container).joined(separator: "\n")
    }

    /// The text of each block under `node`, boilerplate left out: block elements whole; an
    /// element holding blocks, block by block; any other element, or loose text, as one block.
    static func blocks(of node: xmlNodePtr) -> [String] {
        var found: [String] = []
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            if current.pointee.type == XML_TEXT_NODE {
                if let text = visibleText(current) { found.append(text) }
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE, !isBoilerplate(current) else { continue }
            if !blocks.contains(name(current)) && holdsBlocks(current) {
                found += Self.blocks(of: current)
            } else if let text = visibleText(current) {
                found.append(text)
            }
        }
        return found
    }

    /// Whether an element under `node` is a block or a `div`.
    static func holdsBlocks(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = name(current)
                if blocks.contains(name) || name == "div" || holdsBlocks(current) { return true }
            }
            child = current.pointee.next
        }
        return false
    }

    /// Whether `node` is never article text: a skipped element, or one whose class or id
    /// names boilerplate.
    static func isBoilerplate(_ node: xmlNodePtr) -> Bool {
        if skipped.contains(name(node)) { return true }
        let marks = ((attribute(node, "class") ?? "") + " " + (attribute(node, "id") ?? "")).lowercased()
        guard marks != " " else { return false }
        let words = marks.split(whereSeparator: { $0 == " " || $0 == "_" }).map { "-" + $0 + "-" }
        return words.contains { word in boilerplate.contains { word.contains($0.hasPrefix("-") || $0.hasSuffix("-") ? $0 : "-" + $0) } }
    }

    /// The text under `node` without boilerplate elements' text, whitespace collapsed, or
    /// nil when there is none.
    static func visibleText(_ node: xmlNodePtr) -> String? {
        var raw = ""
        func gather(_ node: xmlNodePtr) {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content { raw += String(cString: content) }
                return
            }
            guard node.pointee.type == XML_ELEMENT_NODE, !isBoilerplate(node) else { return }
            var child = node.pointee.children
            while let current = child { gather(current); child = current.pointee.next }
        }
        gather(node)
        let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The text under `node`, whitespace collapsed, or nil when there is none.
    static func text(_ node: xmlNodePtr) -> String? {
        guard let content = xmlNodeGetContent(node) else { return nil }
        defer { marsad_xmlFree(content) }
        let text = String(cString: content).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { marsad_xmlFree(value) }
        return String(cString: value)
    }
}
