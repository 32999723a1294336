import ArgumentParser
import Foundation
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

    /// Opens (or creates) the store.
    func open() throws -> SQLiteStore { try SQLiteStore(path: path) }
}
