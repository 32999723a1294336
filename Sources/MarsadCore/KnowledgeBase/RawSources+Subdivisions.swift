import Foundation

/// First-level ISO 3166-2 subdivisions (governorates, provinces, regions, states) with
/// their CLDR 41 names (`cldr41/subdivisions/ar.xml`, `en.xml`) and iso-codes' types and
/// parents (`iso-codes/iso3166-2.json`).
extension RawSources {
    struct Subdivision {
        /// The ISO 3166-2 code (`IQ-AN`).
        let code: String
        /// The alpha-3 of the subdivision's state.
        let alpha3: String
        let nameEn: String
        /// CLDR's Arabic name (محافظة الأنبار).
        let nameAr: String
    }

    /// The first-level subdivisions CLDR names in Arabic, in code order. A subdivision is
    /// first-level when iso-codes gives it no parent, or when it has the type of its state's
    /// parentless entries (Iraq's Kurdish governorates under the Kurdistan Region; Morocco's
    /// provinces under its regions are not).
    func subdivisions() throws(MarsadError) -> [Subdivision] {
        let path = "iso-codes/iso3166-2.json"
        guard let list = (try Self.json(directory.appendingPathComponent(path)) as? [String: Any])?["3166-2"] as? [[String: String]] else {
            throw MarsadError(.badRecord, "expected an object with a `3166-2` list", input: path)
        }
        var topTypes: [String: Set<String>] = [:]
        for entry in list where entry["parent"] == nil {
            guard let code = entry["code"], let type = entry["type"] else { continue }
            topTypes[String(code.prefix(2)), default: []].insert(type)
        }
        let arabic = try Self.subdivisionNames(directory.appendingPathComponent("cldr41/subdivisions/ar.xml"))
        let english = try Self.subdivisionNames(directory.appendingPathComponent("cldr41/subdivisions/en.xml"))
        var out: [Subdivision] = []
        for entry in list {
            guard let code = entry["code"], let type = entry["type"], let name = entry["name"],
                  let a3 = alpha3Of[String(code.prefix(2))] else { continue }
            guard entry["parent"] == nil || topTypes[String(code.prefix(2))]?.contains(type) == true else { continue }
            let cldrCode = code.replacingOccurrences(of: "-", with: "").lowercased()
            guard let ar = arabic[cldrCode] else { continue }
            out.append(Subdivision(code: code, alpha3: a3, nameEn: english[cldrCode] ?? name, nameAr: ar))
        }
        return out.sorted { $0.code < $1.code }
    }

    /// The names of a CLDR subdivisions file by code (`iqan`). Every `<subdivision` line
    /// must read `<subdivision type="CODE" …>NAME</subdivision>`, perhaps followed by a
    /// comment (`<!-- deprecated -->`), with a code of ASCII letters and digits: a lower-case
    /// subdivision code (`iqan`) or an upper-case territory one (`AS`, American Samoa, a
    /// subdivision of the USA); another fails with the file and line.
    static func subdivisionNames(_ url: URL) throws(MarsadError) -> [String: String] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MarsadError(.unreadable, "cannot read: \(error.localizedDescription)", input: url.path)
        }
        let open = "<subdivision type=\"", close = "</subdivision>"
        var names: [String: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("<subdivision ") else { continue }
            if trimmed.hasSuffix("-->"), let comment = trimmed.range(of: "<!--", options: .backwards) {
                trimmed = trimmed[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            func fail(_ reason: String) -> MarsadError {
                MarsadError(.badRecord, "\(reason): \(trimmed.debugDescription)", input: url.path, line: index + 1)
            }
            guard trimmed.hasPrefix(open), trimmed.hasSuffix(close), let end = trimmed.firstIndex(of: ">") else {
                throw fail("expected <subdivision type=\"CODE\">NAME</subdivision>")
            }
            let attributes = trimmed[trimmed.index(trimmed.startIndex, offsetBy: open.count)..<end]
            guard let quote = attributes.firstIndex(of: "\"") else { throw fail("the type attribute is not closed") }
            let code = String(attributes[..<quote])
            guard code.count >= 2, code.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
                throw fail("\(code.debugDescription) is not a subdivision code (ASCII letters and digits)")
            }
            let name = trimmed[trimmed.index(after: end)..<trimmed.index(trimmed.endIndex, offsetBy: -close.count)]
            guard !name.isEmpty, !name.contains("<") else { throw fail("no name") }
            // Only the standard name (CLDR 41 has no `alt` subdivision names).
            if !attributes.contains("alt=") { names[code] = String(name) }
        }
        return names
    }
}
