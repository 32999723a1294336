import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// The standard pipeline over the shipped resources, built once.
let standardPipeline: Pipeline = {
    do { return try Pipeline.standard(resources: shippedResources) } catch { fatalError("\(error)") }
}()

/// The encoded analysis of `text`, as JSON, with every quote's and stance's
/// `text[start..<end] == surface` checked on the way.
func analysis(_ text: String, published: String? = "2025-08-17") throws -> [String: Any] {
    let document = Document(text: text, published: published.flatMap(PublicationTime.init(iso:)))
    let annotated = standardPipeline.run(document)
    #expect(Invariants.violations(in: annotated).isEmpty)
    let bytes = AnalysisEncoder(resources: shippedResources.versions).encode(annotated)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let scalars = Array(text.unicodeScalars)
    func slice(_ object: [String: Any]) -> String {
        let start = object["start"] as! Int, end = object["end"] as! Int
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
    let ids = Set((json["entities"] as! [[String: Any]]).map { $0["id"] as! String })
    for quote in json["quotes"] as! [[String: Any]] {
        #expect(slice(quote) == quote["text"] as? String)
        if let cue = quote["cue"] as? [String: Any] { #expect(slice(cue) == cue["text"] as? String) }
        if let speaker = quote["speaker"] as? String { #expect(ids.contains(speaker), "speaker \(speaker) is no entity") }
    }
    for stance in json["stances"] as! [[String: Any]] {
        #expect(slice(stance) == stance["text"] as? String)
        #expect(ids.contains(stance["holder"] as! String))
        if stance["target_kind"] as? String == "entity" { #expect(ids.contains(stance["target"] as! String)) }
        if let span = stance["target_span"] as? [String: Any] { #expect(slice(span) == span["text"] as? String) }
    }
    return json
}

/// A quote as the tests compare it.
struct FoundQuote: Equatable, CustomStringConvertible {
    var text: String
    var speaker: String?
    var cue: String?
    var description: String { "«\(text)» — \(speaker ?? "?") (\(cue ?? "no cue"))" }
}

/// A stance as the tests compare it.
struct FoundStance: Equatable, CustomStringConvertible {
    var holder: String
    var label: String
    var target: String?
    var text: String
    var description: String { "\(holder) \(label) \(target ?? "?"): \(text)" }
}

func quotes(_ text: String) throws -> [FoundQuote] {
    try (analysis(text)["quotes"] as! [[String: Any]]).map {
        FoundQuote(text: $0["text"] as! String, speaker: $0["speaker"] as? String, cue: ($0["cue"] as? [String: Any])?["text"] as? String)
    }
}

func stances(_ text: String) throws -> [FoundStance] {
    try (analysis(text)["stances"] as! [[String: Any]]).map {
        FoundStance(holder: $0["holder"] as! String, label: $0["label"] as! String, target: $0["target"] as? String, text: $0["text"] as! String)
    }
}

/// The entity of `id` in an analysis.
func entity(_ id: String, in json: [String: Any]) -> [String: Any]? {
    (json["entities"] as! [[String: Any]]).first { $0["id"] as? String == id }
}
