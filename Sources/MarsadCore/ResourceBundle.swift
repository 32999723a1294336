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
    /// Each resource's name and version, recorded with every analysis.
    public let versions: [String: String]

    /// The format of the stem lexicon this build reads.
    public static let stemsFormat = 1

    init(stems: StemLexicon, kb: KnowledgeBase, dates: DateVocabulary, tone: ToneLexicon, versions: [String: String]) {
        self.stems = stems
        self.kb = kb
        self.dates = dates
        self.tone = tone
        self.versions = versions
    }

    /// Loads the resources from `directory`, else from `$MARSAD_RESOURCES`, else from the
    /// resources built into Marsad.
    public static func load(from directory: URL? = nil) throws(MarsadError) -> ResourceBundle {
        let base: URL
        if let directory {
            base = directory
        } else if let env = ProcessInfo.processInfo.environment["MARSAD_RESOURCES"], !env.isEmpty {
            base = URL(fileURLWithPath: env)
        } else if let bundled = Bundle.module.resourceURL {
            base = bundled
        } else {
            throw MarsadError(.badResource, "Marsad's resources are missing; set MARSAD_RESOURCES to the folder that holds stems.tsv, kb.tsv, dates.tsv and tone.tsv")
        }
        let stemsFile = try read(base.appendingPathComponent("stems.tsv"), name: "stems", format: stemsFormat)
        let kbFile = try read(base.appendingPathComponent("kb.tsv"), name: "kb", format: KnowledgeBase.format)
        let datesFile = try read(base.appendingPathComponent("dates.tsv"), name: "dates", format: DateVocabulary.format)
        let toneFile = try read(base.appendingPathComponent("tone.tsv"), name: "tone", format: ToneLexicon.format)
        let stems: StemLexicon, kb: KnowledgeBase
        // Segmentations worked out by other rules than this build's are worked out anew.
        let rules = stemsFile.header.first { $0.key == "segmenter-rules" }?.value
        do {
            stems = try StemLexicon(tsv: stemsFile.body, useSegmentations: rules == String(SegmentationRules.version))
        } catch {
            throw MarsadError(.badResource, "\(error)", input: "stems")
        }
        do { kb = try KnowledgeBase(tsv: kbFile.body) } catch { throw MarsadError(.badResource, "\(error)", input: "kb") }
        return ResourceBundle(stems: stems, kb: kb, dates: try DateVocabulary(tsv: datesFile.body), tone: try ToneLexicon(tsv: toneFile.body),
                              versions: ["stems": stemsFile.version, "kb": kbFile.version, "dates": datesFile.version, "tone": toneFile.version])
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
