import Foundation

/// The resources a pipeline reads, loaded once and shared read-only across threads.
public final class ResourceBundle: Sendable {
    /// The stem lexicon for clitic segmentation.
    public let stems: StemLexicon
    /// The knowledge base of entities, roles and aliases.
    public let kb: KnowledgeBase
    /// Month names, weekdays, units and relative words for the time stage.
    public let dates: DateVocabulary
    /// Positive and negative words for the tone stage.
    public let tone: ToneLexicon
    /// Stance words, event nouns and negators for the stance stage.
    public let stances: StanceLexicon
    /// Role nouns of generic actors (الشرطة، مسؤولون) for speakers and stance holders.
    public let actors: GenericActorLexicon
    /// Word clusters from unlabelled news, for the named-entity tagger.
    public let clusters: WordClusters
    /// The named-entity tagger's weights.
    public let ner: NERModel
    /// Event triggers, cue words and role nouns for the event stage.
    public let triggers: EventLexicon
    /// The event sentence classifier; nil only when loaded without it, to train one.
    public let events: EventModel?
    /// Each resource's name and version, recorded with every analysis.
    public let versions: [String: String]

    /// The format of the stem lexicon this build reads.
    public static let stemsFormat = 1

    init(stems: StemLexicon, kb: KnowledgeBase, dates: DateVocabulary, tone: ToneLexicon,
         stances: StanceLexicon, actors: GenericActorLexicon,
         clusters: WordClusters, ner: NERModel, triggers: EventLexicon, events: EventModel?, versions: [String: String]) {
        self.stems = stems
        self.kb = kb
        self.dates = dates
        self.tone = tone
        self.stances = stances
        self.actors = actors
        self.clusters = clusters
        self.ner = ner
        self.triggers = triggers
        self.events = events
        self.versions = versions
    }

    /// Loads the resources from `directory`, else from `$MARSAD_RESOURCES`, else from the
    /// resources built into Marsad; without `eventModel`, the event classifier is left out
    /// (to train one).
    public static func load(from directory: URL? = nil, eventModel: Bool = true) throws(MarsadError) -> ResourceBundle {
        let base = try Self.directory(directory)
        // The lexicons and the tagger's files take about as long to read and check: side by side.
        let (lexicons, tagger) = try inParallel({ () throws(MarsadError) in
            let (stems, kb, versions) = try loadLexicons(base)
            let datesFile = try read(base.appendingPathComponent("dates.tsv"), name: "dates", format: DateVocabulary.format)
            let toneFile = try read(base.appendingPathComponent("tone.tsv"), name: "tone", format: ToneLexicon.format)
            let (speech, speechVersions) = try loadSpeechLexicons(base)
            let triggersFile = try read(base.appendingPathComponent("triggers.tsv"), name: "triggers", format: EventLexicon.format)
            return (stems, kb, try DateVocabulary(tsv: datesFile.body), try ToneLexicon(tsv: toneFile.body), speech,
                    try EventLexicon(tsv: triggersFile.body),
                    versions.merging(["dates": datesFile.version, "tone": toneFile.version, "triggers": triggersFile.version]) { $1 }
                        .merging(speechVersions) { $1 })
        }, { () throws(MarsadError) in
            let (clusters, clustersVersion) = try loadClusters(base.appendingPathComponent("clusters.tsv"))
            let (ner, nerVersion) = try loadModel(base.appendingPathComponent("ner.model"))
            try check(ner, clustersVersion: clustersVersion)
            var versions = ["clusters": clustersVersion, "ner": nerVersion]
            var events: EventModel?
            if eventModel {
                let loaded = try loadEventModel(base.appendingPathComponent("events.model"))
                try check(loaded.model, clustersVersion: clustersVersion)
                events = loaded.model
                versions["events"] = loaded.version
            }
            return (clusters, ner, events, versions)
        })
        let (stems, kb, dates, tone, speech, triggers, versions) = lexicons
        let (clusters, ner, events, taggerVersions) = tagger
        return ResourceBundle(stems: stems, kb: kb, dates: dates, tone: tone, stances: speech.stances, actors: speech.actors,
                              clusters: clusters, ner: ner, triggers: triggers, events: events,
                              versions: versions.merging(taggerVersions) { $1 })
    }

    /// The folder resources are read from: `directory`, else `$MARSAD_RESOURCES`, else the
    /// resources built into Marsad.
    public static func directory(_ directory: URL? = nil) throws(MarsadError) -> URL {
        if let directory { return directory }
        if let env = ProcessInfo.processInfo.environment["MARSAD_RESOURCES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let bundled = Bundle.module.resourceURL { return bundled }
        throw MarsadError(.badResource, "Marsad's resources are missing; set MARSAD_RESOURCES to the folder that holds stems.tsv, kb.tsv, dates.tsv, tone.tsv, stances.tsv, actors.tsv, clusters.tsv, ner.model, triggers.tsv and events.model")
    }

    /// The stem lexicon and the knowledge base in `base`, with their versions: what
    /// training a tagger needs before there is a model.
    public static func loadLexicons(_ base: URL) throws(MarsadError) -> (stems: StemLexicon, kb: KnowledgeBase, versions: [String: String]) {
        let stemsFile = try read(base.appendingPathComponent("stems.tsv"), name: "stems", format: stemsFormat)
        let stems: StemLexicon
        // Segmentations worked out by other rules than this build's are worked out anew.
        let rules = stemsFile.header.first { $0.key == "segmenter-rules" }?.value
        do {
            stems = try StemLexicon(tsv: stemsFile.body, useSegmentations: rules == String(SegmentationRules.version))
        } catch {
            throw MarsadError(.badResource, "\(error)", input: "stems")
        }
        let (kb, kbVersion) = try loadKnowledgeBase(base)
        return (stems, kb, ["stems": stemsFile.version, "kb": kbVersion])
    }

    /// The knowledge base in `base` and its version.
    public static func loadKnowledgeBase(_ base: URL) throws(MarsadError) -> (kb: KnowledgeBase, version: String) {
        let kbFile = try read(base.appendingPathComponent("kb.tsv"), name: "kb", format: KnowledgeBase.format)
        do { return (try KnowledgeBase(tsv: kbFile.body), kbFile.version) } catch { throw MarsadError(.badResource, "\(error)", input: "kb") }
    }

    /// The stance lexicon and the generic actor lexicon in `base`, with their versions.
    static func loadSpeechLexicons(_ base: URL) throws(MarsadError) -> ((stances: StanceLexicon, actors: GenericActorLexicon), [String: String]) {
        let stancesFile = try read(base.appendingPathComponent("stances.tsv"), name: "stances", format: StanceLexicon.format)
        let actorsFile = try read(base.appendingPathComponent("actors.tsv"), name: "actors", format: GenericActorLexicon.format)
        return ((try StanceLexicon(tsv: stancesFile.body), try GenericActorLexicon(tsv: actorsFile.body)),
                ["stances": stancesFile.version, "actors": actorsFile.version])
    }

    /// Refuses a model trained with other word clusters than those of version `clustersVersion`.
    public static func check(_ model: NERModel, clustersVersion: String) throws(MarsadError) {
        guard model.clustersVersion == clustersVersion else {
            throw MarsadError(.badResource, "the model was trained with clusters \(model.clustersVersion), but the clusters are \(clustersVersion); retrain it with `marsad train ner`", input: "ner")
        }
    }

    /// Refuses an event model whose weights read the groups of other word clusters than those of
    /// version `clustersVersion`.
    public static func check(_ model: EventModel, clustersVersion: String) throws(MarsadError) {
        guard let trained = model.clustersVersion, trained != clustersVersion else { return }
        throw MarsadError(.badResource, "the model was trained with clusters \(trained), but the clusters are \(clustersVersion); retrain it with `marsad train events`", input: "events")
    }

    /// Reads a named-entity model file and its version; a file of another format is refused.
    public static func loadModel(_ url: URL) throws(MarsadError) -> (model: NERModel, version: String) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw MarsadError(.badResource, "cannot read \(url.path): \(error.localizedDescription)", input: "ner")
        }
        let file = try BinaryResourceFile(parsing: [UInt8](data), name: "ner")
        return (try NERModel(resource: file), file.version)
    }

    /// Reads an event classifier file and its version.
    public static func loadEventModel(_ url: URL) throws(MarsadError) -> (model: EventModel, version: String) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw MarsadError(.badResource, "cannot read \(url.path): \(error.localizedDescription); train it with `marsad train events`", input: "events")
        }
        let file = try BinaryResourceFile(parsing: [UInt8](data), name: "events")
        return (try EventModel(resource: file), file.version)
    }

    /// Reads a word clusters file.
    public static func loadClusters(_ url: URL) throws(MarsadError) -> (clusters: WordClusters, version: String) {
        let file = try read(url, name: "clusters", format: WordClusters.format)
        return (try WordClusters(tsv: file.body), file.version)
    }

    /// Reads the resource `name` and checks that it has the `format` this build reads.
    static func read(_ url: URL, name: String, format: Int) throws(MarsadError) -> ResourceFile {
        let file = try read(url, name: name)
        guard file.format == format else {
            throw MarsadError(.badResource, "format \(file.format), but this Marsad reads format \(format); rebuild it with `marsad build \(name)`", input: name)
        }
        return file
    }

    static func read(_ url: URL, name: String) throws(MarsadError) -> ResourceFile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw MarsadError(.badResource, "cannot read \(url.path): \(error.localizedDescription)", input: name)
        }
        return try ResourceFile(parsing: text, name: name)
    }
}

/// Runs two loads on two threads and returns both results, or the first one's error.
func inParallel<A, B>(_ first: @Sendable () throws(MarsadError) -> A,
                      _ second: @Sendable () throws(MarsadError) -> B) throws(MarsadError) -> (A, B) {
    let results = ParallelResults<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            results.first = Result { () throws(MarsadError) in try first() }
        } else {
            results.second = Result { () throws(MarsadError) in try second() }
        }
    }
    return (try results.first!.get(), try results.second!.get())
}

/// The two results of `inParallel`, each written by one thread and read after both end.
private final class ParallelResults<A, B>: @unchecked Sendable {
    var first: Result<A, MarsadError>?
    var second: Result<B, MarsadError>?
}
