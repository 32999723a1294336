import ArgumentParser
import MarsadCore
import MarsadStore

/// `marsad entities`: the entities the stored analyses refer to, as JSON Lines.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of the stored analyses, most documents first.",
        discussion: "One JSON object a line: {id, name_en?, name_ar?, type, country?, wikidata?, cameo?, documents, mentions}."
    )

    @OptionGroup var store: StoreOptionGroup

    func run() throws {
        let out = StandardOutput()
        for summary in try store.open().entities() {
            let e = summary.entity
            out.writeObjectLine { w in
                w.field("id", e.id)
                w.field("name_en", e.nameEN)
                w.field("name_ar", e.nameAR)
                w.field("type", e.type)
                w.field("country", e.country)
                w.field("wikidata", e.wikidata)
                w.field("cameo", e.cameo)
                w.field("documents", summary.documents)
                w.field("mentions", summary.mentions)
            }
        }
        out.flush()
    }
}

/// `marsad events`: the events of the stored analyses, as JSON Lines.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the events of the stored analyses, in the order their documents were added.",
        discussion: """
        One JSON object a line, as in an analysis's `events` with its `document` id: {document, id, type, mode?, cameo, \
        source, target, location?, time?, polarity, modality, trigger {start, end, text}, sentence {start, end, text}, confidence}.
        """
    )

    @OptionGroup var store: StoreOptionGroup

    func run() throws {
        let out = StandardOutput()
        try store.open().forEachEvent { origin, event in
            out.writeObjectLine { w in
                w.field("document", origin.document)
                w.field("id", event.id)
                w.field("type", event.type)
                w.field("mode", event.mode)
                w.field("cameo", event.cameo)
                w.key("source"); w.beginArray(); event.sources.forEach { w.string($0) }; w.endArray()
                w.key("target"); w.beginArray(); event.targets.forEach { w.string($0) }; w.endArray()
                w.field("location", event.location)
                w.field("time", event.time)
                w.field("polarity", event.polarity)
                w.field("modality", event.modality)
                w.key("trigger"); Search.write(event.trigger, &w)
                w.key("sentence"); Search.write(event.sentence, &w)
                w.key("confidence"); w.double(event.confidence)
            }
        }
        out.flush()
    }
}
