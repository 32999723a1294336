import ArgumentParser
import Foundation
import MarsadCore
import MarsadStore

/// The `--db` option of the commands that use a store.
struct StoreOptionGroup: ParsableArguments {
    @Option(help: "The store: a SQLite file (default: $MARSAD_DB, else ./marsad.sqlite).")
    var db: String?

    /// The store's path: `--db`, else `$MARSAD_DB`, else `./marsad.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["MARSAD_DB"], !env.isEmpty { return env }
        return "marsad.sqlite"
    }

    /// Opens the store, creating it if `create`; else a missing store is an error.
    func open(create: Bool = false) throws -> SQLiteStore {
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw MarsadError(.store, "no store here; make one with `marsad ingest PATH ... --db \(path)`", input: path)
        }
        return try SQLiteStore(path: path)
    }
}
