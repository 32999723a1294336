import GRDB

/// The SQLite schema as named migrations, each applied in its own transaction and recorded
/// in the store (GRDB's `grdb_migrations`). Column types and constraints are plain SQL that
/// PostgreSQL shares (TEXT, INTEGER, REAL, BLOB → BYTEA), so its implementation can follow
/// the same shape.
enum Schema {
    /// The migrations this Marsad knows, in order. Never edit one that has shipped: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-documents", migrate: createDocuments)
        migrator.registerMigration("1-analyses", migrate: createAnalyses)
        migrator.registerMigration("1-search", migrate: createSearch)
        migrator.registerMigration("2-event-context", migrate: addEventContext)
        return migrator
    }

    /// Documents: identity is the content id; `seq` orders them and keys the search index;
    /// the fingerprint is kept whole and cut into six bands of 10 or 11 bits, each indexed
    /// with it, so that any fingerprint within 5 bits of another shares a band with it.
    static func createDocuments(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source_id TEXT,
                source TEXT,
                url TEXT,
                title TEXT,
                byline TEXT,
                published TEXT,
                text TEXT NOT NULL,
                fingerprint INTEGER,
                band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER, band4 INTEGER, band5 INTEGER,
                original_id TEXT REFERENCES documents(id),
                added_at TEXT NOT NULL
            );
            CREATE INDEX documents_band0 ON documents(band0, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_band1 ON documents(band1, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_band2 ON documents(band2, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_band3 ON documents(band3, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_band4 ON documents(band4, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_band5 ON documents(band5, fingerprint) WHERE original_id IS NULL;
            CREATE INDEX documents_original ON documents(original_id) WHERE original_id IS NOT NULL;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """)
    }

    /// One analysis per document (its JSON zlib-compressed, with its size) and its facts;
    /// deleting the analysis deletes its facts, so a newer pipeline's results replace the
    /// old ones cleanly.
    static func createAnalyses(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE analyses (
                document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                pipeline TEXT NOT NULL,
                stages TEXT NOT NULL,
                resources TEXT NOT NULL,
                json BLOB NOT NULL,
                json_size INTEGER NOT NULL,
                tone_positive REAL, tone_negative REAL, tone_polarity REAL, tone_words INTEGER,
                analysed_at TEXT NOT NULL
            );
            CREATE TABLE entities (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                name_en TEXT, name_ar TEXT, type TEXT NOT NULL,
                country TEXT, wikidata TEXT, cameo TEXT,
                PRIMARY KEY (document_id, id)
            );
            CREATE INDEX entities_id ON entities(id);
            CREATE TABLE mentions (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                type TEXT NOT NULL, entity_id TEXT, confidence REAL,
                PRIMARY KEY (document_id, id)
            );
            CREATE INDEX mentions_entity ON mentions(entity_id);
            CREATE TABLE times (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (document_id, position)
            );
            CREATE TABLE quotes (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT,
                PRIMARY KEY (document_id, position)
            );
            CREATE TABLE events (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                id TEXT NOT NULL,
                type TEXT NOT NULL, mode TEXT, cameo TEXT NOT NULL,
                location TEXT, time TEXT, polarity TEXT NOT NULL, modality TEXT NOT NULL,
                trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
                sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence_text TEXT NOT NULL,
                confidence REAL NOT NULL,
                PRIMARY KEY (document_id, id)
            );
            CREATE INDEX events_type ON events(type);
            CREATE TABLE event_actors (
                document_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('source', 'target')),
                position INTEGER NOT NULL,
                entity_id TEXT NOT NULL,
                PRIMARY KEY (document_id, event_id, role, position),
                FOREIGN KEY (document_id, event_id) REFERENCES events(document_id, id) ON DELETE CASCADE
            );
            CREATE INDEX event_actors_entity ON event_actors(entity_id);
            CREATE TABLE stances (
                document_id TEXT NOT NULL REFERENCES analyses(document_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                holder TEXT NOT NULL, target TEXT NOT NULL, label TEXT NOT NULL,
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                PRIMARY KEY (document_id, position)
            );
            """)
    }

    /// Events keep their PLOVER context. Events stored before have none until their
    /// document is analysed again.
    static func addEventContext(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE events ADD COLUMN context TEXT")
    }

    /// The full-text index over titles and texts of analysed originals, with Marsad's
    /// Arabic tokenizer; an external-content table, so the text is stored once.
    static func createSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE documents_fts USING fts5(
                title, text, content='documents', content_rowid='seq', tokenize='marsad'
            );
            """)
    }
}
