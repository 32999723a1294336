import Foundation

/// The resources a pipeline reads, loaded once and shared read-only across threads.
public final class ResourceBundle: Sendable {
    /// The stem lexicon for clitic segmentation.
    public let stems: StemLexicon
    /// Each resource's name and version, recorded with every analysis.
    public let versions: [String: String]

    /// The format of the stem lexicon this build reads.
    public static let stemsFormat = 1

    init(stems: StemLexicon, versions: [String: String]) {
        self.stems = stems
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
            throw MarsadError(.badResource, "Marsad's resources are missing; set MARSAD_RESOURCES to the folder that holds stems.tsv")
        }
        let file = try read(base.appendingPathComponent("stems.tsv"), name: "stems")
        guard file.format == stemsFormat else {
            throw MarsadError(.badResource, "format \(file.format), but this Marsad reads format \(stemsFormat); rebuild it with `marsad build stems`", input: "stems")
        }
        do {
            let rules = file.header.first { $0.key == "segmenter-rules" }?.value
            let stems = try StemLexicon(tsv: file.body, useSegmentations: rules == String(SegmentationRules.version))
            return ResourceBundle(stems: stems, versions: ["stems": file.version])
        } catch {
            throw MarsadError(.badResource, "\(error)", input: "stems")
        }
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
