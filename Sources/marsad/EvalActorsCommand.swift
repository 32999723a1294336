import ArgumentParser
import Foundation
import MarsadCore
import MarsadExtract

/// `marsad eval actors`: the actor codes of the span records alone, with each record's
/// gold and found codes for error analysis.
struct EvalActors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Score the source and target country + sector on arabic_event_gsr's span records; prints JSON.",
        discussion: "The same figures as the `actors` part of `eval events`, without the cross-validation. With --records, first one JSON line per record: its type, text, trigger, gold and found codes, and the words the found actors were read from."
    )

    @OptionGroup var options: EventGoldOptions

    @Flag(help: "Print each record's gold and found codes before the totals.")
    var records = false

    func run() throws {
        let spans = try options.spans()
        let (_, evaluation) = try options.evaluation(types: Set(spans.map(\.type)))
        var accuracy = ActorAccuracy()
        for record in spans {
            let result = evaluation.actorResult(record)
            accuracy.add(result)
            if records { print(try line(result)) }
        }
        print("{\"records\": \(accuracy.records), \"source\": \(f(accuracy.sourceAccuracy)), \"target\": \(f(accuracy.targetAccuracy)), "
              + "\"both\": \(f(accuracy.bothAccuracy)), " + accuracy.fieldAccuracy.map { "\"\($0.field)\": \(f($0.share))" }.joined(separator: ", ") + "}")
    }

    private func line(_ result: ActorResult) throws -> String {
        func code(_ c: GoldSpanRecord.Code?) -> String { "\(c?.country ?? "-")/\(c?.sector ?? "-")" }
        let object: [String: Any] = [
            "type": result.record.type.rawValue, "text": result.record.text, "trigger": result.trigger ?? "",
            "gold_source": code(result.record.source), "gold_target": code(result.record.target),
            "source": code(result.source), "target": code(result.target),
            "source_words": result.sourceWords, "target_words": result.targetWords,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }
}
