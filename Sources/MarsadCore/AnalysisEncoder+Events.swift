import MarsadText

extension AnalysisEncoder {
    /// One event of the contract: `{id, type, mode?, context?, cameo, quad_class, score,
    /// source, target, location?, time?, polarity, modality, trigger, sentence, confidence}`;
    /// actors and location as entity ids, time as the time expression with its span.
    func writeEvent(_ index: Int, _ event: Event, _ annotated: AnnotatedDocument,
                    _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", "e\(index + 1)")
        w.field("type", event.type.rawValue)
        w.field("mode", event.mode)
        w.field("context", event.context?.rawValue)
        w.field("cameo", event.cameo)
        w.field("quad_class", event.type.quadClass.rawValue)
        w.key("score"); w.double(event.type.score(mode: event.mode))
        for (name, actors): (StaticString, [Int]) in [("source", event.source), ("target", event.target)] {
            w.key(name); w.beginArray()
            for actor in actors { w.string(annotated.entities[actor].entity.id) }
            w.endArray()
        }
        if let location = event.location { w.field("location", annotated.entities[location].entity.id) }
        if let time = event.time {
            let expression = annotated.times[time]
            w.key("time")
            writeSpan(expression.range, bytes, offsets, &w) { w in w.field("value", expression.value) }
        }
        w.field("polarity", event.polarity.rawValue)
        w.field("modality", event.modality.rawValue)
        w.key("trigger"); writeSpan(event.trigger, bytes, offsets, &w)
        w.key("sentence"); writeSpan(event.sentence, bytes, offsets, &w)
        w.key("confidence"); w.double((event.confidence * 1000).rounded() / 1000)
        w.endObject()
    }
}
