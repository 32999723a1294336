import Foundation
import GRDB
import MarsadCore
@testable import MarsadStore
import MarsadTestSupport
import Testing

/// A new store at `path` holding `stored`, committed.
func storeHolding(_ stored: NewDocument, at path: String) throws -> SQLiteStore {
    let store = try SQLiteStore(path: path)
    #expect(try store.add([stored], nearDuplicateDistance: 3) == [.added])
    return store
}

/// What only the SQLite store does: its file, its schema versions, its errors.
@Suite struct SQLiteStoreTests {
    let text = "أكد وزير الخارجية السعودي أن المملكة تدعم الحل السياسي في اليمن."

    @Test func keepsEverythingAcrossReopening() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        let new = newDocument(text)
        _ = try storeHolding(new, at: path)
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.counts() == StoreCounts(documents: 1, nearDuplicates: 0, analyses: 1))
        #expect(try reopened.search("اليمن", limit: 5).map(\.id) == [new.document.id])
        #expect(try reopened.add([new], nearDuplicateDistance: 3) == [.duplicate])
    }

    @Test func usesWriteAheadLogging() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        _ = try SQLiteStore(path: path)
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func refusesAStoreFromANewerMarsad() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        _ = try SQLiteStore(path: path)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('7-timelines')")
        }
        let error = caught { try SQLiteStore(path: path) }
        #expect(error?.code == .storeVersion)
        #expect(error?.rendered == "\(path): the store was written by a newer Marsad (schema 7-timelines, unknown to Marsad \(Pipeline.version)); upgrade Marsad to use it")
    }

    @Test func saysWhyAStoreCannotBeOpened() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing-folder/store.sqlite")
        let error = caught { try SQLiteStore(path: path) }
        #expect(error?.code == .store)
        #expect(error?.input == path)
        let notAStore = folder.path("text.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: notAStore))
        #expect(caught { try SQLiteStore(path: notAStore) }?.code == .store)
    }

    @Test func rebuildsTheSearchIndexWhenTheTermsChange() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        let new = newDocument(text)
        _ = try SQLiteStore(path: path).add([new], nearDuplicateDistance: 3)
        // As if an older Marsad had built the index, and with terms that match nothing now.
        var configuration = Configuration()
        configuration.prepareDatabase { $0.add(tokenizer: ArabicTokenizer.self) }
        let emptied = try DatabaseQueue(path: path, configuration: configuration).write { db in
            try db.execute(sql: "UPDATE meta SET value = 'terms 0' WHERE key = 'search_terms'")
            try db.execute(sql: "INSERT INTO documents_fts(documents_fts) VALUES('delete-all')")
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'المملكة'")
        }
        #expect(emptied == 0)
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.search("المملكة", limit: 5).map(\.id) == [new.document.id])
        let version = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "SELECT value FROM meta WHERE key = 'search_terms'") }
        #expect(version?.hasPrefix("terms \(SearchTerms.version), stems ") == true)
    }
}

/// A store that cannot be written: the write fails whole, with a message naming the store,
/// and what was committed before is still there and readable.
@Suite struct SQLiteStoreWriteFailureTests {
    let first = "أكد وزير الخارجية السعودي أن المملكة تدعم الحل السياسي في اليمن."

    /// Later documents: long enough to need new pages.
    func later(_ count: Int) -> [NewDocument] {
        (0..<count).map { k in
            newDocument(String(repeating: "قالت مصادر في الميناء إن السفينة رقم \(k) أفرغت حمولتها من القمح بعد تأخير طويل. ", count: 60))
        }
    }

    func expectIntact(_ path: String, holding stored: NewDocument) throws {
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.counts() == StoreCounts(documents: 1, nearDuplicates: 0, analyses: 1))
        #expect(try reopened.document(stored.document.id)?.document.text == stored.document.text)
        #expect(try reopened.analysis(of: stored.document.id) == stored.analysis)
        #expect(try reopened.search("اليمن", limit: 5).map(\.id) == [stored.document.id])
        let check = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
    }

    @Test func aFullDiskEndsWithAnErrorAndAnIntactStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        let stored = newDocument(first)
        do {
            let store = try storeHolding(stored, at: path)
            // As a full disk does: the file may not grow past the pages it has.
            try store.pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                try db.execute(sql: "PRAGMA max_page_count = \(pages)")
            }
            let error = caught { try store.add(later(20), nearDuplicateDistance: 3) }
            #expect(error?.code == .store)
            #expect(error?.input == path)
            #expect(error?.message == "cannot add documents: database or disk is full", "\(String(describing: error))")
        }
        try expectIntact(path, holding: stored)
    }

    @Test func aReadOnlyStoreEndsWithAnErrorAndAnIntactStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("store.sqlite")
        let stored = newDocument(first)
        do {
            let store = try storeHolding(stored, at: path)
            // As a store opened read-only is.
            try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = 1") }
            let error = caught { try store.add(later(2), nearDuplicateDistance: 3) }
            #expect(error?.code == .store)
            #expect(error?.input == path)
            #expect(error?.message.hasPrefix("cannot add documents: ") == true, "\(String(describing: error))")
            #expect(error?.message.contains("readonly") == true, "\(String(describing: error))")
            #expect(caught { try store.replaceAnalyses([(stored.document.id, stored.analysis)]) }?.input == path)
            // Reading still works.
            #expect(try store.counts().documents == 1)
        }
        try expectIntact(path, holding: stored)
    }
}
