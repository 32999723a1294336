import Foundation

/// One of the hand-curated TSV files of `Data/kb`: a `#` header naming the columns, then
/// one record a line. Reading checks the shape; the checks of each field are the caller's,
/// through `fail`, so every error names the file and line.
struct CuratedTable {
    struct Row {
        let line: Int
        let fields: [String: String]
        subscript(_ column: String) -> String { fields[column] ?? "" }
        /// The `|`-separated values of a list cell.
        func list(_ column: String) -> [String] { self[column].split(separator: "|").map(String.init) }
    }

    let path: String
    let rows: [Row]

    /// Reads `name` from `directory`, expecting exactly `columns`.
    init(_ name: String, in directory: URL, columns: [String]) throws(MarsadError) {
        let url = directory.appendingPathComponent(name)
        path = url.path
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MarsadError(.unreadable, "cannot read: \(error.localizedDescription)", input: url.path)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let expectedHeader = "#" + columns.joined(separator: "\t")
        guard let header = lines.first, header == expectedHeader else {
            throw MarsadError(.badRecord, "the header must be \(expectedHeader.debugDescription)", input: url.path, line: 1)
        }
        var rows: [Row] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            guard !line.isEmpty else { throw MarsadError(.badRecord, "blank line", input: url.path, line: number) }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == columns.count else {
                throw MarsadError(.badRecord, "\(cells.count) fields, expected \(columns.count) (\(columns.joined(separator: ", ")))", input: url.path, line: number)
            }
            var fields: [String: String] = [:]
            for (column, cell) in zip(columns, cells) {
                guard cell == cell.trimmingCharacters(in: .whitespaces) else {
                    throw MarsadError(.badRecord, "column \(column) has spaces around its value", input: url.path, line: number)
                }
                guard !cell.contains("||"), !cell.hasPrefix("|"), !cell.hasSuffix("|") else {
                    throw MarsadError(.badRecord, "column \(column) has an empty list item", input: url.path, line: number)
                }
                fields[column] = String(cell)
            }
            rows.append(Row(line: number, fields: fields))
        }
        self.rows = rows
    }

    /// An error about `row`.
    func fail(_ row: Row, _ reason: String) -> MarsadError {
        MarsadError(.badRecord, reason, input: path, line: row.line)
    }

    /// The value of a column that must not be empty.
    func required(_ row: Row, _ column: String) throws(MarsadError) -> String {
        let value = row[column]
        guard !value.isEmpty else { throw fail(row, "column \(column) is empty") }
        return value
    }

    /// Checks that every Arabic name of a list column is written in Arabic letters. With
    /// `commonWordMarks`, a name after the first (the entity's own) may carry the mark of an
    /// everyday word (`Assembly.commonWordMark`), which the caller reads.
    func arabicNames(_ row: Row, _ column: String, required: Bool = true, commonWordMarks: Bool = false) throws(MarsadError) -> [String] {
        let names = row.list(column)
        if required && names.isEmpty { throw fail(row, "column \(column) is empty") }
        for (k, name) in names.enumerated() where name.first == Assembly.commonWordMark {
            guard commonWordMarks, k > 0 else {
                throw fail(row, "\(column) \(name.debugDescription): only a name after the first of names_ar may be marked \(Assembly.commonWordMark) as an everyday word")
            }
        }
        for name in names where !ArabicScript.isArabicName(name.first == Assembly.commonWordMark ? String(name.dropFirst()) : name) {
            throw fail(row, "\(column) \(name.debugDescription) is not an Arabic name (Arabic letters, spaces, hyphens, digits, +)")
        }
        return names
    }

    /// Checks an id slug: lower-case ASCII letters and digits in hyphen-separated runs.
    func slug(_ row: Row, _ column: String) throws(MarsadError) -> String {
        let id = try required(row, column)
        let ok = id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
        guard ok else { throw fail(row, "id \(id.debugDescription) is not a slug (a-z, 0-9, single hyphens)") }
        return id
    }
}

/// Which scalars make an Arabic name worth keeping.
enum ArabicScript {
    /// Arabic letters (ء–ي), harakat, spaces, hyphens, dashes, digits and `+` (أوبك+) only.
    /// With `persianLetters`, the extended Arabic letters (پ چ ژ گ ک ی) are allowed too: a
    /// curated spelling may use them (پزشكيان), and the normaliser folds them to Arabic ones.
    static func isArabicName(_ name: String, persianLetters: Bool = true) -> Bool {
        var letters = 0
        for s in name.unicodeScalars {
            switch s.value {
            case 0x0621...0x063A, 0x0641...0x064A: letters += 1
            case 0x0671...0x06D3 where persianLetters: letters += 1
            case 0x064B...0x0652, 0x0640, 0x0670, 0x20, 0x2D, 0x2013, 0x2014, 0x2B, 0x30...0x39: continue
            default: return false
            }
        }
        return letters > 0
    }

    /// Whether a GeoNames alternate name can be trusted as Arabic: Arabic letters and spaces
    /// only, no Persian/Urdu letters (پ چ ژ گ ک ی ے ۀ), ى only at the end of a word (Uyghur writes it inside),
    /// at least `shortestGeoNamesName` letters, at most three words.
    /// The fewest letters of a GeoNames name kept: three, for حلب، حمص، جدة، عدن، تعز، دبي
    /// (four lost them all); such a short name is also tested as an everyday word (وان، قوم).
    static let shortestGeoNamesName = 3

    static func isReliableGeoNamesName(_ name: String) -> Bool {
        guard isArabicName(name, persianLetters: false),
              name.unicodeScalars.allSatisfy({ $0.value == 0x20 || $0.value >= 0x0621 }) else { return false }
        let words = name.split(separator: " ")
        guard words.count <= 3, name.unicodeScalars.filter({ $0.value != 0x20 }).count >= shortestGeoNamesName else { return false }
        return words.allSatisfy { !$0.dropLast().contains("ى") }
    }
}
