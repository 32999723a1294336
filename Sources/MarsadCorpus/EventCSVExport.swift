import MarsadCore
import MarsadStore

/// The stored events as CSV (RFC 4180), one row per event with its document's date and URL;
/// actor lists are joined with `;`, offsets are Unicode scalar offsets into the document's text.
public enum EventCSVExport {
    public static let columns = ["document", "published", "url", "event", "type", "mode", "cameo", "source", "target",
                                 "location", "time", "polarity", "modality", "trigger_start", "trigger_end", "trigger_text",
                                 "sentence_start", "sentence_end", "confidence"]

    /// Writes the header and a row per event of `store` through `write`.
    public static func write(from store: any Store, _ write: (String) -> Void) throws {
        write(columns.joined(separator: ",") + "\r\n")
        try store.forEachEvent { origin, event in
            let fields: [String] = [
                origin.document, origin.published ?? "", origin.url ?? "", event.id, event.type, event.mode ?? "", event.cameo,
                event.sources.joined(separator: ";"), event.targets.joined(separator: ";"), event.location ?? "", event.time ?? "",
                event.polarity, event.modality, String(event.trigger.start), String(event.trigger.end), event.trigger.text,
                String(event.sentence.start), String(event.sentence.end), String(event.confidence),
            ]
            write(fields.map(quote).joined(separator: ",") + "\r\n")
        }
    }

    /// A field, quoted when it holds a comma, a quote or a line break.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
