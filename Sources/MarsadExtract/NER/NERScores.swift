import MarsadCore

/// Entity-level scores as conlleval counts them: an entity is a maximal run of one type
/// that begins at a B- tag, or at an I- tag after O or another type; it counts as found
/// when a predicted entity has exactly its span and type. Micro-averaged over types.
public struct NERScores: Sendable, Equatable {
    /// Gold, predicted and correct entities of one type.
    public struct Counts: Sendable, Equatable {
        public var gold = 0, predicted = 0, correct = 0

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts per type, indexed by `NERType.rawValue`.
    public private(set) var perType = [Counts](repeating: Counts(), count: NERType.allCases.count)
    public private(set) var sentences = 0
    public private(set) var tokens = 0

    public init() {}

    /// All types together.
    public var total: Counts {
        perType.reduce(into: Counts()) { $0.gold += $1.gold; $0.predicted += $1.predicted; $0.correct += $1.correct }
    }

    /// Adds one sentence's gold and predicted tags.
    public mutating func add(gold: [NERTag], predicted: [NERTag]) {
        precondition(gold.count == predicted.count, "one predicted tag per gold tag")
        sentences += 1
        tokens += gold.count
        let g = Self.entities(gold), p = Self.entities(predicted)
        for e in g { perType[Int(e.type.rawValue)].gold += 1 }
        for e in p { perType[Int(e.type.rawValue)].predicted += 1 }
        let goldSet = Set(g.map { Key(range: $0.range, type: $0.type) })
        for e in p where goldSet.contains(Key(range: e.range, type: e.type)) { perType[Int(e.type.rawValue)].correct += 1 }
    }

    private struct Key: Hashable { let range: Range<Int>, type: NERType }

    /// The entities of a tag sequence, with conlleval's reading of a stray I-.
    public static func entities(_ tags: [NERTag]) -> [(range: Range<Int>, type: NERType)] {
        var out: [(range: Range<Int>, type: NERType)] = []
        var i = 0
        while i < tags.count {
            guard let type = tags[i].type else { i += 1; continue }
            var j = i + 1
            while j < tags.count, tags[j].isInside, tags[j].type == type { j += 1 }
            out.append((i..<j, type))
            i = j
        }
        return out
    }

    /// The contract's JSON: `{precision, recall, f1, per_type {PERS {precision, recall, f1}, …}, sentences, tokens}`.
    public var json: String {
        func scores(_ c: Counts) -> String {
            "\"precision\": \(Self.round(c.precision)), \"recall\": \(Self.round(c.recall)), \"f1\": \(Self.round(c.f1))"
        }
        let types = NERType.allCases.map { "\"\($0.label)\": {\(scores(perType[Int($0.rawValue)]))}" }.joined(separator: ", ")
        return "{\(scores(total)), \"per_type\": {\(types)}, \"sentences\": \(sentences), \"tokens\": \(tokens)}"
    }

    private static func round(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
}
