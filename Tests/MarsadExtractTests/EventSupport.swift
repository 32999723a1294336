import Testing
import Foundation
import MarsadCore
import MarsadExtract

/// The stages before the event stage over the shipped resources.
let eventInputPipeline: Pipeline = {
    do { return try Pipeline.beforeEvents(resources: shippedResources) } catch { fatalError("\(error)") }
}()

/// An event stage over the shipped lexicon whose classifier keeps every candidate, so
/// that the rules are tested without the trained model.
let permissiveEventStage = EventStage(
    lexicon: shippedResources.triggers,
    model: EventModel(types: [.assault, .protest], buckets: 1, weights: [0, 0], thresholds: [0, 0]),
    kb: shippedResources.kb)

/// An event as the tests compare it, read back from the analysis JSON: actors and
/// location by entity id, with each entity's CAMEO code at hand.
struct FoundEvent: CustomStringConvertible {
    var type: String
    var mode: String?
    var source: [String]
    var target: [String]
    var location: String?
    var time: String?
    var polarity: String
    var modality: String
    var trigger: String
    /// The trigger's span, in Unicode scalars of the text.
    var triggerSpan: Range<Int>
    var confidence: Double
    var cameo: [String: String]
    /// Each entity's Arabic name: a generic actor's is the role noun it was read from.
    var names: [String: String] = [:]

    /// The text at the trigger's span of `text`, which should be its trigger.
    func triggerSurface(in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard triggerSpan.lowerBound >= 0, triggerSpan.upperBound <= scalars.count else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[triggerSpan])
        return String(out)
    }

    /// The CAMEO codes of the source or target entities.
    func codes(_ ids: [String]) -> [String] { ids.map { cameo[$0] ?? "?" } }

    /// The Arabic names of the source or target entities.
    func arabicNames(_ ids: [String]) -> [String] { ids.map { names[$0] ?? "?" } }

    var description: String {
        "\(type)\(mode.map { "/" + $0 } ?? "") \(source) → \(target) @\(location ?? "-") t=\(time ?? "-") \(polarity) \(modality) ‘\(trigger)’"
    }
}

/// The events of `text`, through the JSON the encoder writes; with `stage` (default: the
/// permissive one) after the shipped stages it reads.
func events(_ text: String, published: String = "2025-08-17", stage: EventStage = permissiveEventStage) -> [FoundEvent] {
    var annotated = eventInputPipeline.run(Document(text: text, published: PublicationTime(iso: published)))
    stage.run(&annotated)
    return decodeEvents(AnalysisEncoder(resources: [:]).encode(annotated))
}

/// The first event of `type` in `text` (through the permissive stage); an issue if there is none.
func event(_ text: String, _ type: String, published: String = "2025-08-17") throws -> FoundEvent {
    try #require(events(text, published: published).first { $0.type == type }, "no \(type) in \(text)")
}

/// The events of an encoded analysis.
func decodeEvents(_ bytes: [UInt8]) -> [FoundEvent] {
    guard let json = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
          let records = json["events"] as? [[String: Any]], let entities = json["entities"] as? [[String: Any]] else { return [] }
    var cameo: [String: String] = [:], names: [String: String] = [:]
    for entity in entities {
        guard let id = entity["id"] as? String else { continue }
        cameo[id] = entity["cameo"] as? String ?? ""
        names[id] = entity["name_ar"] as? String ?? ""
    }
    return records.map { r in
        let trigger = r["trigger"] as? [String: Any]
        let start = trigger?["start"] as? Int ?? 0
        return FoundEvent(type: r["type"] as? String ?? "", mode: r["mode"] as? String, source: r["source"] as? [String] ?? [],
                          target: r["target"] as? [String] ?? [], location: r["location"] as? String,
                          time: (r["time"] as? [String: Any])?["value"] as? String, polarity: r["polarity"] as? String ?? "",
                          modality: r["modality"] as? String ?? "", trigger: trigger?["text"] as? String ?? "",
                          triggerSpan: start..<max(start, trigger?["end"] as? Int ?? 0),
                          confidence: r["confidence"] as? Double ?? 0, cameo: cameo, names: names)
    }
}
