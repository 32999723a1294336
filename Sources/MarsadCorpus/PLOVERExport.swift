import MarsadCore
import MarsadStore

/// The stored events as PLOVER JSON records (the PLOVER manual's "PLOVER JSON" table), one
/// a line: `id`, `date`, `actor` and `recipient` (lists of entity objects: `code`, `sector`,
/// `entity_text`, `identifier_id`, `identifier_text`), `event`, `mode` and `context` (lists,
/// or null when not coded), `quad_code`, `event_scale`, `event_loc` (a location object, or
/// null), `event_text` (the sentence), `text_info` (the sentence's offsets) and `cite_info`
/// (the source document), `coder`. Marsad adds, as the manual allows, the fields PLOVER does
/// not name: `document`, `cameo`, `polarity`, `modality`, `trigger` and `confidence`.
/// Offsets are Unicode scalar offsets into the document's text.
public enum PLOVERExport {
    /// Writes one record a line per event of `store` through `write`.
    public static func write(from store: any Store, _ write: (String) -> Void) throws {
        let entities = Dictionary(try store.entities().map { ($0.entity.id, $0.entity) }, uniquingKeysWith: { a, _ in a })
        try store.forEachEvent { origin, event in
            var w = JSONWriter()
            record(event, origin, entities, &w)
            write(String(decoding: w.bytes, as: UTF8.self) + "\n")
        }
    }

    /// One event's record.
    static func record(_ event: AnalysisFacts.Event, _ origin: EventOrigin, _ entities: [String: AnalysisFacts.Entity], _ w: inout JSONWriter) {
        let type = PloverType(rawValue: event.type)
        w.beginObject()
        w.field("id", origin.document + "-" + event.id)
        w.key("date")
        if let date = PublicationTime(of: event, in: origin) { w.string(date.date) } else { w.null() }
        for (name, actors): (StaticString, [String]) in [("actor", event.sources), ("recipient", event.targets)] {
            w.key(name); w.beginArray()
            for actor in actors { entity(actor, entities[actor], event, origin, &w) }
            w.endArray()
        }
        w.key("event"); w.beginArray(); w.string(event.type); w.endArray()
        for (name, value): (StaticString, String?) in [("mode", event.mode), ("context", event.context)] {
            w.key(name)
            if let value { w.beginArray(); w.string(value); w.endArray() } else { w.null() }
        }
        if let type {
            w.field("quad_code", type.quadClass.rawValue)
            w.key("event_scale"); w.double(type.score(mode: event.mode))
        }
        w.key("event_loc")
        if let location = event.location { place(location, entities[location], event, origin, &w) } else { w.null() }
        w.key("event_text"); w.beginArray(); w.string(event.sentence.text); w.endArray()
        w.key("text_info"); w.beginObject()
        w.field("start", event.sentence.start)
        w.field("end", event.sentence.end)
        w.endObject()
        w.key("cite_info"); w.beginObject()
        w.field("citation", origin.document)
        w.field("url", origin.url)
        w.field("title", origin.title)
        w.endObject()
        w.field("coder", "Marsad \(Pipeline.version)")
        w.field("document", origin.document)
        w.field("cameo", event.cameo)
        w.field("polarity", event.polarity)
        w.field("modality", event.modality)
        w.key("trigger"); w.beginObject()
        w.field("start", event.trigger.start)
        w.field("end", event.trigger.end)
        w.field("text", event.trigger.text)
        w.endObject()
        w.key("confidence"); w.double(event.confidence)
        w.endObject()
    }

    /// An actor or recipient: its country (`code`) and sector from its CAMEO code, the words
    /// that name it in the event's sentence, its Wikidata id (else Marsad's) and name.
    static func entity(_ id: String, _ entity: AnalysisFacts.Entity?, _ event: AnalysisFacts.Event, _ origin: EventOrigin, _ w: inout JSONWriter) {
        let cameo = entity?.cameo ?? ""
        w.beginObject()
        w.field("code", entity?.country ?? CAMEOActorCode.primary(cameo))
        w.field("sector", cameo.count > 3 ? String(cameo.dropFirst(3)) : nil)
        w.field("entity_text", words(naming: id, in: event, origin))
        w.field("identifier_id", entity?.wikidata ?? id)
        w.field("identifier_text", entity?.nameEN ?? entity?.nameAR)
        w.field("entity", id)
        w.endObject()
    }

    /// The event's place: the words naming it, the place it resolves to and its country.
    static func place(_ id: String, _ entity: AnalysisFacts.Entity?, _ event: AnalysisFacts.Event, _ origin: EventOrigin, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("extracted_place", words(naming: id, in: event, origin))
        w.field("resolved_place", entity?.nameEN ?? entity?.nameAR)
        w.field("country_code", entity?.country)
        w.field("identifier_id", entity?.wikidata ?? id)
        w.endObject()
    }

    /// The first mention of entity `id` inside the event's sentence, if any.
    static func words(naming id: String, in event: AnalysisFacts.Event, _ origin: EventOrigin) -> String? {
        origin.mentions.first { $0.entity == id && $0.span.start >= event.sentence.start && $0.span.end <= event.sentence.end }?.span.text
    }
}
