import GRDB
import GRDBSQLite
import MarsadCore

/// The FTS5 tokenizer of Marsad's stores (`tokenize='marsad'`): the terms of
/// `SearchTerms`, with byte offsets into the indexed text, for documents and queries alike.
final class ArabicTokenizer: FTS5CustomTokenizer {
    static let name = "marsad"

    /// The terms of the shipped resources (or `$MARSAD_RESOURCES`) and the version that
    /// the index records, loaded once: SQLite creates tokenizers by type, so they cannot be
    /// handed their resources.
    static let standard: Result<(terms: SearchTerms, version: String), MarsadError> = Result { () throws(MarsadError) in
        let resources = try ResourceBundle.load()
        return (SearchTerms(lexicon: resources.stems),
                "terms \(SearchTerms.version), stems \(resources.versions["stems"] ?? "?")")
    }

    private let terms: SearchTerms

    init(db: Database, arguments: [String]) throws {
        terms = try Self.standard.get().terms
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization,
                  pText: UnsafePointer<CChar>?, nText: CInt,
                  tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self)
        var status = SQLITE_OK
        terms.forEachTerm(in: UnsafeBufferPointer(start: bytes, count: Int(nText))) { term, range in
            guard status == SQLITE_OK else { return }
            status = term.withMemoryRebound(to: CChar.self) { chars in
                tokenCallback(context, 0, chars.baseAddress, CInt(chars.count), CInt(range.lowerBound), CInt(range.upperBound))
            }
        }
        return status
    }
}
