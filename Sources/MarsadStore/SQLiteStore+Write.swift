import Foundation
import GRDB
import MarsadCore

extension SQLiteStore {
    public func add(_ documents: [NewDocument], nearDuplicateDistance: Int) throws(MarsadError) -> [WriteOutcome] {
        let now = Self.timestamp()
        // Compress on every core before the transaction, which runs on one.
        let compressed = Deflate.compressAll(documents.map(\.analysis.json))
        var stamps = StampCoding.Columns()
        return try attempt("cannot add documents") {
            try pool.write { db in
                try zip(documents, compressed).map { new, json in
                    let id = new.document.id
                    if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ?"), arguments: [id]) == true {
                        return .duplicate
                    }
                    let original = try new.fingerprint.flatMap { try Self.original(of: new.document.text, near: $0, within: nearDuplicateDistance, db) }
                    try Self.insert(new, original: original, now: now, db)
                    if let original { return .nearDuplicate(original: original) }
                    let seq = db.lastInsertedRowID
                    try Self.insert(new.analysis, compressedJSON: json, stamp: stamps(new.analysis.stamp), of: id, now: now, db)
                    try db.cachedStatement(sql: "INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)")
                        .execute(arguments: [seq, new.document.title, new.document.text])
                    return .added
                }
            }
        }
    }

    public func replaceAnalyses(_ analyses: [(id: String, analysis: AnalysisRecord)]) throws(MarsadError) {
        let now = Self.timestamp()
        var stamps = StampCoding.Columns()
        try attempt("cannot replace analyses") {
            try pool.write { db in
                for (id, analysis) in analyses {
                    guard try Bool.fetchOne(db, sql: "SELECT original_id IS NULL FROM documents WHERE id = ?", arguments: [id]) == true else {
                        throw MarsadError(.store, "no analysed document \(id) to replace the analysis of", input: path)
                    }
                    try db.execute(sql: "DELETE FROM analyses WHERE document_id = ?", arguments: [id])
                    try Self.insert(analysis, compressedJSON: Deflate.compress(analysis.json), stamp: stamps(analysis.stamp), of: id, now: now, db)
                }
            }
        }
    }

    /// The bands of a fingerprint: two fingerprints up to 5 bits apart share at least one.
    static let bandWidths: [UInt64] = [11, 11, 11, 11, 10, 10]

    /// The text layer that compares candidate near-duplicates, without clitic segmentation
    /// (shingles are of whole normalised words).
    static let shingleLayer = TextLayer(lexicon: nil)

    /// The stored original of `text`: the one whose fingerprint is nearest `fingerprint`,
    /// within `distance` bits (at most 5), the earliest stored on a tie, among those whose
    /// text resembles `text` (`Fingerprint.minimumResemblance`).
    static func original(of text: String, near fingerprint: UInt64, within distance: Int, _ db: Database) throws -> String? {
        // One index search per band: an OR of them would scan the table.
        let rows = try Row.fetchCursor(db.cachedStatement(sql: (0..<bandWidths.count).map {
            "SELECT seq, fingerprint FROM documents WHERE band\($0) = ? AND original_id IS NULL"
        }.joined(separator: " UNION ALL ")), arguments: StatementArguments(bands(fingerprint)))
        var candidates: [(seq: Int64, distance: Int)] = []
        while let row = try rows.next() {
            let seq: Int64 = row[0]
            let d = Fingerprint.distance(UInt64(bitPattern: row[1] as Int64), fingerprint)
            if d <= distance, !candidates.contains(where: { $0.seq == seq }) { candidates.append((seq, d)) }
        }
        guard !candidates.isEmpty else { return nil }
        let analysis = shingleLayer.analyze(text)
        for candidate in candidates.sorted(by: { ($0.distance, $0.seq) < ($1.distance, $1.seq) }) {
            guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, text FROM documents WHERE seq = ?"), arguments: [candidate.seq])
            else { continue }
            if Fingerprint.resemblance(analysis, shingleLayer.analyze(row[1] as String)) >= Fingerprint.minimumResemblance {
                return row[0]
            }
        }
        return nil
    }

    /// The fingerprint cut into `bandWidths`, low bits first.
    static func bands(_ fingerprint: UInt64) -> [Int64] {
        var shift: UInt64 = 0
        return bandWidths.map { width in
            defer { shift += width }
            return Int64((fingerprint >> shift) & ((1 << width) - 1))
        }
    }

    static func insert(_ new: NewDocument, original: String?, now: String, _ db: Database) throws {
        let d = new.document
        let bands: [Int64?] = new.fingerprint.map { Self.bands($0) } ?? Array(repeating: nil, count: bandWidths.count)
        let fingerprint = new.fingerprint.map { Int64(bitPattern: $0) }
        try db.cachedStatement(sql: """
            INSERT INTO documents (id, source_id, source, url, title, byline, published, text,
                fingerprint, band0, band1, band2, band3, band4, band5, original_id, added_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.id, new.sourceID, d.source, d.url, d.title, d.byline, d.published?.iso, d.text,
                                     fingerprint, bands[0], bands[1], bands[2], bands[3], bands[4], bands[5], original, now])
    }

    static func insert(_ analysis: AnalysisRecord, compressedJSON: [UInt8], stamp columns: (stages: String, resources: String),
                       of id: String, now: String, _ db: Database) throws {
        let tone = analysis.facts.tone
        try db.cachedStatement(sql: """
            INSERT INTO analyses (document_id, pipeline, stages, resources, json, json_size,
                tone_positive, tone_negative, tone_polarity, tone_words, analysed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, analysis.stamp.pipeline, columns.stages, columns.resources,
                                     Data(compressedJSON), analysis.json.count, tone?.positive, tone?.negative, tone?.polarity, tone?.words, now])
        try insert(analysis.facts, of: id, db)
    }

    static func insert(_ facts: AnalysisFacts, of id: String, _ db: Database) throws {
        for e in facts.entities {
            try db.cachedStatement(sql: "INSERT INTO entities (document_id, id, name_en, name_ar, type, country, wikidata, cameo) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [id, e.id, e.nameEN, e.nameAR, e.type, e.country, e.wikidata, e.cameo])
        }
        for m in facts.mentions {
            try db.cachedStatement(sql: #"INSERT INTO mentions (document_id, id, start, "end", text, type, entity_id, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"#)
                .execute(arguments: [id, m.id, m.span.start, m.span.end, m.span.text, m.type, m.entity, m.confidence])
        }
        for (k, t) in facts.times.enumerated() {
            try db.cachedStatement(sql: #"INSERT INTO times (document_id, position, start, "end", text, value) VALUES (?, ?, ?, ?, ?, ?)"#)
                .execute(arguments: [id, k, t.span.start, t.span.end, t.span.text, t.value])
        }
        for (k, q) in facts.quotes.enumerated() {
            try db.cachedStatement(sql: #"INSERT INTO quotes (document_id, position, start, "end", text, speaker) VALUES (?, ?, ?, ?, ?, ?)"#)
                .execute(arguments: [id, k, q.span.start, q.span.end, q.span.text, q.speaker])
        }
        for e in facts.events {
            try db.cachedStatement(sql: """
                INSERT INTO events (document_id, id, type, mode, context, cameo, location, time, polarity, modality,
                    trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, sentence_text, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, e.id, e.type, e.mode, e.context, e.cameo, e.location, e.time, e.polarity, e.modality,
                                         e.trigger.start, e.trigger.end, e.trigger.text,
                                         e.sentence.start, e.sentence.end, e.sentence.text, e.confidence])
            for (role, actors) in [("source", e.sources), ("target", e.targets)] {
                for (k, actor) in actors.enumerated() {
                    try db.cachedStatement(sql: "INSERT INTO event_actors (document_id, event_id, role, position, entity_id) VALUES (?, ?, ?, ?, ?)")
                        .execute(arguments: [id, e.id, role, k, actor])
                }
            }
        }
        for (k, s) in facts.stances.enumerated() {
            try db.cachedStatement(sql: #"INSERT INTO stances (document_id, position, holder, target, label, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"#)
                .execute(arguments: [id, k, s.holder, s.target, s.label, s.span.start, s.span.end, s.span.text])
        }
    }

    /// Now, in ISO 8601 UTC.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

/// The stamp's lists and maps as JSON text in their columns.
enum StampCoding {
    /// The columns of the stamps of one write, each distinct stamp encoded once (a batch
    /// almost always has one).
    struct Columns {
        private var encoded: [AnalysisStamp: (stages: String, resources: String)] = [:]

        mutating func callAsFunction(_ stamp: AnalysisStamp) -> (stages: String, resources: String) {
            if let columns = encoded[stamp] { return columns }
            let columns = (StampCoding.encode(stamp.stages), StampCoding.encode(stamp.resources))
            encoded[stamp] = columns
            return columns
        }
    }

    static func encode(_ stages: [String]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: stages)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func encode(_ resources: [String: String]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: resources, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func stages(_ json: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
    }

    static func resources(_ json: String) -> [String: String] {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: String] ?? [:]
    }
}
