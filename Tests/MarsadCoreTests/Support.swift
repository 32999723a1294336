import Foundation
import MarsadCore
import Testing

/// The shipped resources, loaded once for the whole test run.
let shippedResources: ResourceBundle = {
    do { return try ResourceBundle.load() } catch { fatalError("the shipped resources do not load: \(error)") }
}()

/// A pipeline with a small hand-made lexicon, so most tests need no shipped resource.
let smallPipeline: Pipeline = {
    let lexicon = StemLexicon(entries: lexiconEntries(
        ("موسكو", 900, false), ("رئيس", 4000, false), ("الرئيس", 5000, false), ("في", 90000, true), ("حكومة", 800, false)))
    do { return try Pipeline([TextStage(lexicon: lexicon)]) } catch { fatalError("\(error)") }
}()

/// Parses the JSON of one analysis.
func parseAnalysis(_ bytes: [UInt8]) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
}

/// Every span in the analysis JSON, checked as `text[start..<end] == surface` over Unicode
/// scalars; returns the problems found.
func spanProblems(in analysis: [String: Any]) -> [String] {
    guard let text = analysis["text"] as? String else { return ["no text"] }
    let scalars = Array(text.unicodeScalars)
    func slice(_ record: [String: Any]) -> String? {
        guard let start = record["start"] as? Int, let end = record["end"] as? Int,
              start >= 0, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
    var problems: [String] = []
    for kind in ["tokens", "mentions", "times", "quotes", "stances"] {
        for (k, record) in (analysis[kind] as? [[String: Any]] ?? []).enumerated() {
            guard let surface = slice(record) else { problems.append("\(kind)[\(k)] has a bad span"); continue }
            if surface != record["text"] as? String { problems.append("\(kind)[\(k)]: \(surface.debugDescription) ≠ \((record["text"] as? String).debugDescription)") }
        }
    }
    for (k, record) in (analysis["sentences"] as? [[String: Any]] ?? []).enumerated() where slice(record) == nil {
        problems.append("sentences[\(k)] has a bad span")
    }
    for (k, event) in (analysis["events"] as? [[String: Any]] ?? []).enumerated() {
        for part in ["trigger", "sentence"] {
            guard let record = event[part] as? [String: Any] else { continue }
            if let surface = slice(record), let expected = record["text"] as? String, surface != expected {
                problems.append("events[\(k)].\(part): \(surface.debugDescription) ≠ \(expected.debugDescription)")
            }
        }
    }
    return problems
}

/// Lexicon entries from `(word, count, isStopWord)` triples.
func lexiconEntries(_ rows: (String, Int, Bool)...) -> [StemLexicon.Entry] {
    rows.map { StemLexicon.Entry(word: $0.0, count: $0.1, isStopWord: $0.2) }
}

/// The text stage over the shipped stem lexicon.
let textPipeline: Pipeline = {
    do { return try Pipeline([TextStage(lexicon: shippedResources.stems)]) } catch { fatalError("\(error)") }
}()
