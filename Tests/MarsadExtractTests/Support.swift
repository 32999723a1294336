import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The shipped resources, loaded once for the whole test run.
let shippedResources: ResourceBundle = {
    do { return try ResourceBundle.load() } catch { fatalError("the shipped resources do not load: \(error)") }
}()

/// The text stage, time stage and tone stage over the shipped resources.
let timeTonePipeline: Pipeline = {
    do {
        return try Pipeline([TextStage(lexicon: shippedResources.stems), TimeStage(vocabulary: shippedResources.dates),
                             ToneStage(lexicon: shippedResources.tone)])
    } catch { fatalError("\(error)") }
}()

/// A time expression as the tests compare it: surface text, value, resolution, modifier.
struct FoundTime: Equatable, CustomStringConvertible {
    var text: String
    var value: String
    var resolution: String
    var modifier: String? = nil
    var description: String { "\(text) → \(value) (\(resolution)\(modifier.map { ", " + $0 } ?? ""))" }
}

/// Analyses `text` published on `published` (YYYY-MM-DD) and returns its time expressions.
func times(_ text: String, published: String? = "2025-08-17") -> [FoundTime] {
    let document = Document(text: text, published: published.flatMap(PublicationTime.init(iso:)))
    let annotated = timeTonePipeline.run(document)
    let bytes = Array(text.utf8)
    return annotated.times.map {
        FoundTime(text: String(decoding: bytes[$0.range], as: UTF8.self), value: $0.value,
                  resolution: $0.resolution.rawValue, modifier: $0.modifier)
    }
}
