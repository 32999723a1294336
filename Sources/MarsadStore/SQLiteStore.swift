import Foundation
import GRDB
import MarsadCore

/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer; a
/// process killed at any moment loses no committed transaction), with FTS5 full-text
/// search through Marsad's Arabic tokenizer.
public final class SQLiteStore: Store {
    /// The file, as given.
    public let path: String
    let pool: DatabasePool

    /// Opens the store at `path`, creating it if missing and applying the migrations it
    /// lacks. Refuses a store written by a newer Marsad (one with migrations this one does
    /// not know), and rebuilds the search index if it was built with other search terms.
    public init(path: String) throws(MarsadError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            db.add(tokenizer: ArabicTokenizer.self)
            // In WAL mode, NORMAL keeps every commit across a process crash (not across a
            // power cut), without a sync per transaction.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw Self.storeError("cannot open the store", error, path: path)
        }
        try checkVersion()
        try attempt("cannot update the store's schema") { try Schema.migrator.migrate(pool) }
        try refreshSearchIndex()
    }

    /// Refuses a store that holds migrations this Marsad does not know.
    private func checkVersion() throws(MarsadError) {
        let migrator = Schema.migrator
        let unknown = try attempt("cannot read the store's schema") {
            try pool.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted() }
        }
        guard unknown.isEmpty else {
            throw MarsadError(.storeVersion, "the store was written by a newer Marsad (schema \(unknown.joined(separator: ", ")), unknown to Marsad \(Pipeline.version)); upgrade Marsad to use it", input: path)
        }
    }

    /// Rebuilds the search index when the search terms changed since it was built.
    private func refreshSearchIndex() throws(MarsadError) {
        let version: String
        switch ArabicTokenizer.standard {
        case .success(let standard): version = standard.version
        case .failure(let error): throw error
        }
        try attempt("cannot rebuild the search index") {
            try pool.write { db in
                let built = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_terms'")
                guard built != version else { return }
                if built != nil {
                    try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES('delete-all')")
                    try db.execute(sql: """
                        INSERT INTO documents_fts(rowid, title, text)
                        SELECT d.seq, d.title, d.text FROM documents d JOIN analyses a ON a.document_id = d.id
                        """)
                }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_terms', ?)", arguments: [version])
            }
        }
    }

    /// Runs `body`, turning any database error into a `MarsadError` that says `what` failed.
    func attempt<T>(_ what: String, _ body: () throws -> T) throws(MarsadError) -> T {
        do {
            return try body()
        } catch let error as MarsadError {
            throw error
        } catch {
            throw Self.storeError(what, error, path: path)
        }
    }

    static func storeError(_ what: String, _ error: any Error, path: String) -> MarsadError {
        let reason: String
        if let error = error as? DatabaseError {
            reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        } else {
            reason = "\(error)"
        }
        return MarsadError(.store, "\(what): \(reason)", input: path)
    }
}
