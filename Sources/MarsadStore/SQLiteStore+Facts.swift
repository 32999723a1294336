import GRDB
import MarsadCore

extension SQLiteStore {
    public func entities() throws(MarsadError) -> [EntitySummary] {
        try attempt("cannot read the store") {
            try pool.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT e.id, e.name_en, e.name_ar, e.type, e.country, e.wikidata, e.cameo, c.documents,
                        (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
                    FROM (SELECT id, count(*) AS documents, max(rowid) AS latest FROM entities GROUP BY id) c
                    JOIN entities e ON e.rowid = c.latest
                    ORDER BY c.documents DESC, e.id
                    """).map { row in
                    EntitySummary(entity: AnalysisFacts.Entity(id: row[0], nameEN: row[1], nameAR: row[2], type: row[3],
                                                               country: row[4], wikidata: row[5], cameo: row[6]),
                                  documents: row[7], mentions: row[8])
                }
            }
        }
    }

    public func forEachEvent(_ body: (EventOrigin, AnalysisFacts.Event) throws -> Void) throws {
        do {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT d.id, d.title, d.published, d.url FROM documents d
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id) ORDER BY d.seq
                    """)
                while let row = try rows.next() {
                    let facts = try Self.facts(of: row[0], db)
                    let origin = EventOrigin(document: row[0], title: row[1], published: row[2], url: row[3], mentions: facts.mentions)
                    for event in facts.events { try body(origin, event) }
                }
            }
        } catch let error as DatabaseError {
            throw Self.storeError("cannot read the store", error, path: path)
        }
    }
}
