import GRDB
import MarsadCore

extension SQLiteStore {
    public func search(_ query: String, limit: Int) throws(MarsadError) -> [SearchHit] {
        let terms: SearchTerms
        switch ArabicTokenizer.standard {
        case .success(let standard): terms = standard.terms
        case .failure(let error): throw error
        }
        let queryTerms = terms.terms(of: query)
        guard !queryTerms.isEmpty, limit > 0 else { return [] }
        // Every word of the query, each quoted as an FTS5 string (the tokenizer reduces it to
        // its term), so punctuation in a query is never FTS5 syntax.
        let utf8 = Array(query.utf8)
        let match = queryTerms.map { term in
            "\"" + String(decoding: utf8[term.range], as: UTF8.self).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: " ")
        let wanted = Set(queryTerms.map(\.term))
        let rows = try attempt("cannot search the store") {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT d.id, d.title, d.url, d.published, d.text, -f.rank
                    FROM (SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) f
                    JOIN documents d ON d.seq = f.rowid ORDER BY f.rank
                    """, arguments: [match, limit])
            }
        }
        let snippet = Snippet(width: 30)
        return rows.map { row in
            let text: String = row[4]
            let (passage, highlights) = snippet.passage(of: text, terms: terms.terms(of: text), wanted: wanted)
            return SearchHit(id: row[0], title: row[1], url: row[2], published: row[3], score: row[5],
                             snippet: passage, highlights: highlights)
        }
    }
}
