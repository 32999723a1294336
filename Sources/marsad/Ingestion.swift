import Foundation
import MarsadCore
import MarsadIngest
import MarsadStore

/// Pours documents into a store: content ids and analyses on every core, each batch
/// written in one transaction on a writer thread while the next batch is analysed. A
/// document already stored is a duplicate and is not analysed again, unless a newer
/// pipeline made it, in which case its analysis is replaced. Killed at any moment, the
/// store keeps every batch committed before, and a rerun adds exactly what is missing.
struct Ingestion {
    /// What happened to the documents read.
    struct Summary {
        var read = 0
        var added = 0
        var duplicates = 0
        var nearDuplicates = 0
        var reanalysed = 0
        var failed = 0
    }

    let store: any Store
    let pipeline: Pipeline
    let encoder: AnalysisEncoder
    let threads: Int
    let batchSize: Int

    /// The stamp of analyses made now; stored ones with another are replaced.
    var stamp: AnalysisStamp {
        AnalysisStamp(pipeline: Pipeline.version, stages: pipeline.stages.map(\.name), resources: encoder.resources)
    }

    /// Reads everything from `reader` into the store; `failed` hears each input that could
    /// not be read, `progress` the running summary after each batch.
    func run(_ reader: inout SourceReader, failed: (MarsadError) -> Void, progress: (Summary) -> Void) throws -> Summary {
        let writer = Writer(store: store)
        var summary = Summary()
        var batch: [Document] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let counted = try prepare(batch)
            summary.duplicates += counted.duplicates
            try writer.write(counted.new, counted.stale)
            batch.removeAll(keepingCapacity: true)
            writer.merge(into: &summary)
            progress(summary)
        }
        while let item = reader.next() {
            switch item {
            case .document(let document):
                summary.read += 1
                batch.append(document)
                if batch.count >= batchSize { try flush() }
            case .failure(let error):
                summary.failed += 1
                failed(error)
            }
        }
        try flush()
        try writer.finish()
        writer.merge(into: &summary)
        return summary
    }

    /// Gives each document its content id, drops those already stored under the current
    /// stamp, and analyses the rest: new documents, and stored ones whose analysis is stale.
    private func prepare(_ batch: [Document]) throws -> (new: [NewDocument], stale: [(id: String, analysis: AnalysisRecord)], duplicates: Int) {
        let identified = parallelMap(batch, threads: threads) { document -> (Document, String?) in
            var document = document
            let id = Document.contentID(of: document.text)
            let sourceID = document.id == id ? nil : document.id
            document.id = id
            return (document, sourceID)
        }
        let stored = try store.existing(identified.map(\.0.id))
        let current = stamp
        var seen = Set<String>()
        var duplicates = 0
        var work: [(document: Document, sourceID: String?, isStored: Bool)] = []
        for (document, sourceID) in identified {
            guard seen.insert(document.id).inserted else { duplicates += 1; continue }
            switch stored[document.id] {
            case nil: work.append((document, sourceID, false))
            case .some(let stamp?) where stamp != current: duplicates += 1; work.append((document, sourceID, true))
            default: duplicates += 1
            }
        }
        let analysed = parallelMap(work, threads: threads) { item -> (NewDocument, Bool) in
            let annotated = pipeline.run(item.document)
            return (NewDocument(document: item.document, sourceID: item.sourceID, fingerprint: Fingerprint.of(annotated.text),
                                analysis: AnalysisRecord(annotated, encoder: encoder)), item.isStored)
        }
        return (analysed.filter { !$0.1 }.map(\.0), analysed.filter(\.1).map { ($0.0.document.id, $0.0.analysis) }, duplicates)
    }
}

/// Writes batches on its own thread, one at a time, one transaction each, while the caller
/// prepares the next; the first error stops it and is thrown to the caller.
private final class Writer: @unchecked Sendable {
    private let store: any Store
    private let queue = DispatchQueue(label: "marsad.ingest.writer")
    /// Allows one batch in writing while the next one is prepared.
    private let slots = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var counts = Ingestion.Summary()
    private var error: (any Error)?

    init(store: any Store) { self.store = store }

    /// Queues a batch, waiting while the one before is still being written.
    func write(_ new: [NewDocument], _ stale: [(id: String, analysis: AnalysisRecord)]) throws {
        slots.wait()
        if let error = lock.withLock({ error }) { slots.signal(); throw error }
        queue.async { [self] in
            defer { slots.signal() }
            do {
                var counted = Ingestion.Summary()
                for outcome in try store.add(new, nearDuplicateDistance: Fingerprint.nearDuplicateDistance) {
                    switch outcome {
                    case .added: counted.added += 1
                    case .duplicate: counted.duplicates += 1
                    case .nearDuplicate: counted.nearDuplicates += 1
                    }
                }
                if !stale.isEmpty { try store.replaceAnalyses(stale) }
                counted.reanalysed = stale.count
                lock.withLock {
                    counts.added += counted.added
                    counts.duplicates += counted.duplicates
                    counts.nearDuplicates += counted.nearDuplicates
                    counts.reanalysed += counted.reanalysed
                }
            } catch {
                lock.withLock { self.error = error }
            }
        }
    }

    /// Waits for the last batch and throws the first error, if any.
    func finish() throws {
        queue.sync {}
        if let error = lock.withLock({ error }) { throw error }
    }

    /// Adds what was written since the last call to `summary`.
    func merge(into summary: inout Ingestion.Summary) {
        lock.withLock {
            summary.added += counts.added
            summary.duplicates += counts.duplicates
            summary.nearDuplicates += counts.nearDuplicates
            summary.reanalysed += counts.reanalysed
            counts = Ingestion.Summary()
        }
    }
}
