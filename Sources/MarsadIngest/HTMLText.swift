/// The plain text of the HTML fragments that feeds put in their items: tags dropped
/// (block-level ones become line breaks), `script` and `style` contents dropped, character
/// references decoded, runs of spaces collapsed.
enum HTMLText {
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            out += rest[..<open]
            rest = rest[open...]
            if rest.first == "&" {
                let (decoded, after) = reference(rest)
                out += decoded
                rest = after
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { rest = ""; break }
            let tag = rest[rest.index(after: rest.startIndex)..<close].lowercased()
            let tagName = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })
            rest = rest[rest.index(after: close)...]
            if tagName == "script" || tagName == "style", !tag.hasPrefix("/") {
                if let end = rest.range(of: "</\(tagName)", options: .caseInsensitive) {
                    rest = rest[end.upperBound...]
                    rest = rest.firstIndex(of: ">").map { rest[rest.index(after: $0)...] } ?? ""
                }
                continue
            }
            if blockTags.contains(String(tagName)) { out += "\n" }
        }
        out += rest
        return collapse(out)
    }

    static let blockTags: Set<String> = ["p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section", "article", "figure", "figcaption"]

    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                           "laquo": "«", "raquo": "»", "hellip": "…", "mdash": "—", "ndash": "–"]

    /// The character a reference at the start of `text` stands for and what follows it; an
    /// unknown or unterminated one is kept as written.
    static func reference(_ text: Substring) -> (String, Substring) {
        guard let semicolon = text.prefix(12).firstIndex(of: ";") else { return ("&", text.dropFirst()) }
        let body = text[text.index(after: text.startIndex)..<semicolon]
        let after = text[text.index(after: semicolon)...]
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value), value != 0 { return (String(Character(scalar)), after) }
        } else if let named = named[String(body)] {
            return (named, after)
        }
        return ("&", text.dropFirst())
    }

    /// Spaces and tabs collapsed to one space, blank lines to one line break, ends trimmed.
    static func collapse(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}
