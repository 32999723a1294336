/// Writes an analysis as the JSON object of the command-line contract (DESIGN.md), with
/// Unicode scalar offsets into `text` everywhere.
public struct AnalysisEncoder: Sendable {
    /// Resource names and versions, recorded under `pipeline.resources`.
    public let resources: [String: String]

    public init(resources: [String: String]) { self.resources = resources }

    /// The analysis as one line of JSON (no trailing newline).
    public func encode(_ annotated: AnnotatedDocument) -> [UInt8] {
        let document = annotated.document
        let analysis = annotated.text
        let offsets = ScalarOffsets(document.text)
        var text = document.text
        return text.withUTF8 { bytes in
            var w = JSONWriter(capacity: bytes.count * 8)
            w.beginObject()
            w.field("id", document.id)
            w.field("title", document.title)
            w.field("published", document.published?.iso)
            w.field("url", document.url)
            w.field("language", analysis.language.language)
            w.field("script", analysis.language.script)
            w.key("text"); w.string(utf8: bytes)
            w.key("sentences"); w.beginArray()
            for sentence in analysis.sentences {
                w.beginObject()
                w.field("start", offsets.scalarOffset(sentence.range.lowerBound))
                w.field("end", offsets.scalarOffset(sentence.range.upperBound))
                w.endObject()
            }
            w.endArray()
            w.key("tokens"); w.beginArray()
            for token in analysis.tokens { writeToken(token, analysis, bytes, offsets, &w) }
            w.endArray()
            w.key("mentions"); w.beginArray()
            for (i, mention) in annotated.mentions.enumerated() { writeMention(i, mention, annotated, bytes, offsets, &w) }
            w.endArray()
            w.key("entities"); w.beginArray()
            for entity in annotated.entities { writeEntity(entity, &w) }
            w.endArray()
            w.key("times"); w.beginArray()
            for time in annotated.times { writeTime(time, bytes, offsets, &w) }
            w.endArray()
            w.key("quotes"); w.beginArray()
            for quote in annotated.quotes { writeQuote(quote, annotated, bytes, offsets, &w) }
            w.endArray()
            w.key("events"); w.beginArray()
            for (i, event) in annotated.events.enumerated() { writeEvent(i, event, annotated, bytes, offsets, &w) }
            w.endArray()
            w.key("stances"); w.beginArray()
            for stance in annotated.stances { writeStance(stance, annotated, bytes, offsets, &w) }
            w.endArray()
            w.key("tone")
            if let tone = annotated.tone { writeTone(tone, &w) } else { w.null() }
            w.key("pipeline"); w.beginObject()
            w.field("version", Pipeline.version)
            w.key("stages"); w.beginArray()
            for stage in annotated.stages { w.string(stage) }
            w.endArray()
            w.key("resources"); w.beginObject()
            for (name, version) in resources.sorted(by: { $0.key < $1.key }) {
                w.key(name); w.string(version)
            }
            w.endObject()
            w.endObject()
            w.endObject()
            return w.bytes
        }
    }

    private func writeToken(_ token: Token, _ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>,
                            _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("start", offsets.scalarOffset(Int(token.start)))
        w.field("end", offsets.scalarOffset(Int(token.end)))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[token.range]))
        analysis.norms.withUnsafeBufferPointer { norms in
            let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
            w.key("norm"); w.string(utf8: norm)
            w.key("kind"); w.string(token.kind.staticName)
            if token.segmentation.isSplit {
                w.key("segments"); w.beginArray()
                token.segmentation.forEachSegment(ofNorm: norm) { w.string(utf8: $0) }
                w.endArray()
            }
        }
        if token.isCompound {
            w.key("parts"); w.beginArray()
            for part in token.parts(in: bytes) {
                w.beginObject()
                w.field("start", offsets.scalarOffset(part.lowerBound))
                w.field("end", offsets.scalarOffset(part.upperBound))
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }

    private func writeMention(_ index: Int, _ mention: Mention, _ annotated: AnnotatedDocument,
                              _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", "m\(index + 1)")
        w.field("start", offsets.scalarOffset(mention.range.lowerBound))
        w.field("end", offsets.scalarOffset(mention.range.upperBound))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[mention.range]))
        w.field("type", mention.type.rawValue)
        if let entity = mention.entity { w.field("entity", annotated.entities[entity].entity.id) }
        if mention.isMetonym { w.key("metonym"); w.bool(true) }
        if mention.isInTitle { w.key("in_title"); w.bool(true) }
        w.key("confidence"); w.double(mention.confidence)
        w.endObject()
    }

    private func writeEntity(_ record: DocumentEntity, _ w: inout JSONWriter) {
        let entity = record.entity
        w.beginObject()
        w.field("id", entity.id)
        w.field("name_en", entity.nameEn)
        w.field("name_ar", entity.nameAr)
        w.field("type", entity.type.rawValue)
        w.field("country", entity.country)
        w.field("wikidata", entity.wikidata)
        w.field("cameo", record.cameo)
        w.field("metonym_of", entity.metonymOf)
        if let lat = entity.latitude, let lon = entity.longitude {
            w.key("lat"); w.double(lat)
            w.key("lon"); w.double(lon)
        }
        if !record.roles.isEmpty {
            w.key("roles"); w.beginArray()
            for role in record.roles {
                w.beginObject()
                w.field("role", role.role)
                w.field("of", role.of)
                w.field("cameo", role.cameo)
                w.field("start", role.startText)
                w.field("end", role.endText)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }

    private func writeTime(_ time: TimeExpression, _ bytes: UnsafeBufferPointer<UInt8>,
                           _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("start", offsets.scalarOffset(time.range.lowerBound))
        w.field("end", offsets.scalarOffset(time.range.upperBound))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[time.range]))
        w.field("value", time.value)
        w.field("resolution", time.resolution.rawValue)
        w.field("modifier", time.modifier)
        w.field("hijri", time.hijri)
        w.endObject()
    }

    /// `{start, end, text}` of a span, as a JSON object.
    /// `{start, end, text, …}` of a UTF-8 range, in Unicode scalar offsets; `more` adds fields.
    func writeSpan(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ offsets: ScalarOffsets,
                   _ w: inout JSONWriter, more: (inout JSONWriter) -> Void = { _ in }) {
        w.beginObject()
        w.field("start", offsets.scalarOffset(range.lowerBound))
        w.field("end", offsets.scalarOffset(range.upperBound))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[range]))
        more(&w)
        w.endObject()
    }

    private func writeQuote(_ quote: Quote, _ annotated: AnnotatedDocument, _ bytes: UnsafeBufferPointer<UInt8>,
                            _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("start", offsets.scalarOffset(quote.range.lowerBound))
        w.field("end", offsets.scalarOffset(quote.range.upperBound))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[quote.range]))
        if let speaker = quote.speaker { w.field("speaker", annotated.entities[speaker].entity.id) }
        w.field("kind", quote.isQuoted ? "quoted" : "reported")
        if let cue = quote.cue { w.key("cue"); writeSpan(cue, bytes, offsets, &w) }
        w.endObject()
    }

    /// A stance; its target is an entity id, or the text of the event phrase with its span
    /// under `target_span`.
    private func writeStance(_ stance: Stance, _ annotated: AnnotatedDocument, _ bytes: UnsafeBufferPointer<UInt8>,
                             _ offsets: ScalarOffsets, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("holder", annotated.entities[stance.holder].entity.id)
        switch stance.target {
        case .entity(let e)?:
            w.field("target", annotated.entities[e].entity.id)
            w.field("target_kind", "entity")
        case .topic(let range)?:
            w.key("target"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[range]))
            w.field("target_kind", "event")
            w.key("target_span"); writeSpan(range, bytes, offsets, &w)
        case nil:
            w.key("target"); w.null()
        }
        w.field("label", stance.label.rawValue)
        w.field("start", offsets.scalarOffset(stance.range.lowerBound))
        w.field("end", offsets.scalarOffset(stance.range.upperBound))
        w.key("text"); w.string(utf8: UnsafeBufferPointer(rebasing: bytes[stance.range]))
        if stance.negated { w.key("negated"); w.bool(true) }
        w.key("trigger"); writeSpan(stance.trigger, bytes, offsets, &w)
        w.endObject()
    }

    private func writeTone(_ tone: DocumentTone, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("positive"); w.double(tone.positive)
        w.key("negative"); w.double(tone.negative)
        w.key("polarity"); w.double(tone.polarity)
        w.field("words", tone.words)
        w.field("positive_words", tone.positiveWords)
        w.field("negative_words", tone.negativeWords)
        w.endObject()
    }
}
