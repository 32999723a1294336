import Foundation
import GRDB
import MarsadCore

extension SQLiteStore {
    public func existing(_ ids: [String]) throws(MarsadError) -> [String: AnalysisStamp?] {
        try attempt("cannot read the store") {
            try pool.read { db in
                var found: [String: AnalysisStamp?] = [:]
                for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min($0 + 500, ids.count)] }) {
                    let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT d.id, a.pipeline, a.stages, a.resources FROM documents d
                        LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id IN (\(marks))
                        """, arguments: StatementArguments(Array(chunk)))
                    while let row = try rows.next() { found[row[0]] = Self.stamp(row, from: 1) }
                }
                return found
            }
        }
    }

    public func document(_ id: String) throws(MarsadError) -> StoredDocument? {
        try attempt("cannot read the store") {
            try pool.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT d.id, d.source_id, d.source, d.url, d.title, d.byline, d.published, d.text,
                        d.fingerprint, d.original_id, a.pipeline, a.stages, a.resources
                    FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = ?
                    """, arguments: [id]) else { return nil }
                let published: String? = row[6]
                let document = Document(text: row[7], id: row[0], title: row[4], byline: row[5],
                                        published: published.flatMap(PublicationTime.init(iso:)), url: row[3], source: row[2])
                let fingerprint: Int64? = row[8]
                return StoredDocument(document: document, sourceID: row[1], fingerprint: fingerprint.map { UInt64(bitPattern: $0) },
                                      original: row[9], stamp: Self.stamp(row, from: 10))
            }
        }
    }

    public func analysis(of id: String) throws(MarsadError) -> AnalysisRecord? {
        try attempt("cannot read the store") {
            try pool.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT pipeline, stages, resources, json, tone_positive, tone_negative, tone_polarity, tone_words, json_size
                    FROM analyses WHERE document_id = ?
                    """, arguments: [id]), let stamp = Self.stamp(row, from: 0) else { return nil }
                let json = try Self.json(row[3], size: row[8], of: id)
                var facts = try Self.facts(of: id, db)
                if let words: Int = row[7] {
                    facts.tone = AnalysisFacts.Tone(positive: row[4], negative: row[5], polarity: row[6], words: words)
                }
                return AnalysisRecord(stamp: stamp, json: json, facts: facts)
            }
        }
    }

    public func nearDuplicates(of id: String) throws(MarsadError) -> [String] {
        try attempt("cannot read the store") {
            try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM documents WHERE original_id = ? ORDER BY seq", arguments: [id]) }
        }
    }

    public func counts() throws(MarsadError) -> StoreCounts {
        try attempt("cannot read the store") {
            try pool.read { db in
                StoreCounts(documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                            nearDuplicates: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE original_id IS NOT NULL") ?? 0,
                            analyses: try Int.fetchOne(db, sql: "SELECT count(*) FROM analyses") ?? 0)
            }
        }
    }

    public func forEachAnalysis(_ body: ([UInt8]) throws -> Void) throws {
        do {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT a.json, a.json_size, d.id FROM analyses a JOIN documents d ON d.id = a.document_id
                    WHERE d.original_id IS NULL ORDER BY d.seq
                    """)
                while let row = try rows.next() { try body(try Self.json(row[0], size: row[1], of: row[2])) }
            }
        } catch let error as DatabaseError {
            throw Self.storeError("cannot read the store", error, path: path)
        }
    }

    /// The analysis JSON of document `id`, from its compressed column.
    static func json(_ compressed: Data, size: Int, of id: String) throws -> [UInt8] {
        guard let json = Deflate.decompress(Array(compressed), size: size) else {
            throw MarsadError(.store, "the analysis of document \(id) is damaged (it does not decompress)")
        }
        return json
    }

    /// The stamp in columns `start` (pipeline), `start + 1` (stages), `start + 2`
    /// (resources), or nil when there is no analysis.
    static func stamp(_ row: Row, from start: Int) -> AnalysisStamp? {
        guard let pipeline: String = row[start] else { return nil }
        return AnalysisStamp(pipeline: pipeline, stages: StampCoding.stages(row[start + 1]), resources: StampCoding.resources(row[start + 2]))
    }

    static func facts(of id: String, _ db: Database) throws -> AnalysisFacts {
        typealias F = AnalysisFacts
        var facts = AnalysisFacts()
        func span(_ row: Row, _ k: Int) -> F.Span { F.Span(start: row[k], end: row[k + 1], text: row[k + 2]) }
        facts.entities = try Row.fetchAll(db, sql: "SELECT id, name_en, name_ar, type, country, wikidata, cameo FROM entities WHERE document_id = ? ORDER BY rowid", arguments: [id]).map {
            F.Entity(id: $0[0], nameEN: $0[1], nameAR: $0[2], type: $0[3], country: $0[4], wikidata: $0[5], cameo: $0[6])
        }
        facts.mentions = try Row.fetchAll(db, sql: #"SELECT id, start, "end", text, type, entity_id, confidence FROM mentions WHERE document_id = ? ORDER BY rowid"#, arguments: [id]).map {
            F.Mention(id: $0[0], span: span($0, 1), type: $0[4], entity: $0[5], confidence: $0[6])
        }
        facts.times = try Row.fetchAll(db, sql: #"SELECT start, "end", text, value FROM times WHERE document_id = ? ORDER BY position"#, arguments: [id]).map {
            F.Time(span: span($0, 0), value: $0[3])
        }
        facts.quotes = try Row.fetchAll(db, sql: #"SELECT start, "end", text, speaker FROM quotes WHERE document_id = ? ORDER BY position"#, arguments: [id]).map {
            F.Quote(span: span($0, 0), speaker: $0[3])
        }
        let actors = try Row.fetchAll(db, sql: "SELECT event_id, role, entity_id FROM event_actors WHERE document_id = ? ORDER BY event_id, role, position", arguments: [id])
        facts.events = try Row.fetchAll(db, sql: """
            SELECT id, type, mode, cameo, location, time, polarity, modality, trigger_start, trigger_end, trigger_text,
                sentence_start, sentence_end, sentence_text, confidence, context FROM events WHERE document_id = ? ORDER BY rowid
            """, arguments: [id]).map { row in
            let eventID: String = row[0]
            let mine = actors.filter { $0[0] == eventID }
            return F.Event(id: eventID, type: row[1], mode: row[2], context: row[15], cameo: row[3],
                           sources: mine.filter { $0[1] == "source" }.map { $0[2] }, targets: mine.filter { $0[1] == "target" }.map { $0[2] },
                           location: row[4], time: row[5], polarity: row[6], modality: row[7],
                           trigger: span(row, 8), sentence: span(row, 11), confidence: row[14])
        }
        facts.stances = try Row.fetchAll(db, sql: #"SELECT holder, target, label, start, "end", text FROM stances WHERE document_id = ? ORDER BY position"#, arguments: [id]).map {
            F.Stance(holder: $0[0], target: $0[1], label: $0[2], span: span($0, 3))
        }
        return facts
    }
}
