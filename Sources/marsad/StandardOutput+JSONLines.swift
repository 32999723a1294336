import MarsadCore

extension StandardOutput {
    /// Writes one JSON object that `fill` writes the fields of, and a line break: the shape
    /// of every line the store commands print.
    func writeObjectLine(_ fill: (inout JSONWriter) -> Void) {
        var w = JSONWriter()
        w.beginObject()
        fill(&w)
        w.endObject()
        write(w.bytes + [0x0A])
    }
}
