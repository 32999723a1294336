import MarsadCore
import MarsadStore

/// The actor network as GraphML, for Gephi and networkx: a directed graph whose nodes are
/// the stored entities and whose edges join each event's source to each of its targets,
/// one edge per (source, target, event type), weighted by how many events it stands for.
public enum GraphMLExport {
    /// Writes the network of the events in `store` through `write`.
    public static func write(from store: any Store, _ write: (String) -> Void) throws {
        var weights: [Edge: Int] = [:]
        var order: [Edge] = []
        try store.forEachEvent { _, event in
            for source in event.sources {
                for target in event.targets where target != source {
                    let edge = Edge(source: source, target: target, type: event.type)
                    if weights[edge] == nil { order.append(edge) }
                    weights[edge, default: 0] += 1
                }
            }
        }
        var nodes = try store.entities().map(\.entity)
        let known = Set(nodes.map(\.id))
        var extra: [String] = []
        for edge in order {
            for id in [edge.source, edge.target] where !known.contains(id) && !extra.contains(id) { extra.append(id) }
        }
        nodes += extra.map { AnalysisFacts.Entity(id: $0, type: "") }

        write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="name_ar" for="node" attr.name="name_ar" attr.type="string"/>
              <key id="entity_type" for="node" attr.name="type" attr.type="string"/>
              <key id="country" for="node" attr.name="country" attr.type="string"/>
              <key id="cameo" for="node" attr.name="cameo" attr.type="string"/>
              <key id="event_type" for="edge" attr.name="type" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
              <graph id="actors" edgedefault="directed">

            """)
        for node in nodes {
            write("    <node id=\"\(escape(node.id))\">")
            for (key, value) in [("label", node.nameEN ?? node.nameAR ?? node.id), ("name_ar", node.nameAR), ("entity_type", node.type),
                                 ("country", node.country), ("cameo", node.cameo)] {
                if let value, !value.isEmpty { write("<data key=\"\(key)\">\(escape(value))</data>") }
            }
            write("</node>\n")
        }
        for (k, edge) in order.enumerated() {
            write("    <edge id=\"e\(k)\" source=\"\(escape(edge.source))\" target=\"\(escape(edge.target))\">")
            write("<data key=\"event_type\">\(escape(edge.type))</data><data key=\"weight\">\(weights[edge]!)</data></edge>\n")
        }
        write("  </graph>\n</graphml>\n")
    }

    private struct Edge: Hashable {
        let source: String
        let target: String
        let type: String
    }

    /// `text` with XML's special characters escaped, for attributes and element content.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }
}
