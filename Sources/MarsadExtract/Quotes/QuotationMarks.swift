import MarsadCore

/// Pairs the quotation marks of a text: «…», “…” and "…" (the straight mark opens when
/// none is open and closes otherwise), nested to any depth, never across a line break.
enum QuotationMarks {
    /// Whether `scalar` is one of the quotation marks (« » “ ” and the straight mark).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "«", "»", "“", "”", "\"": true
        default: false
        }
    }

    /// A quotation: the UTF-8 range inside its marks, the byte offsets of the marks, and the
    /// quotation it is nested in (an index into the result).
    struct Pair: Equatable {
        var inner: Range<Int>
        var open: Int
        var close: Int
        var outer: Int?
    }

    /// The quotations of `bytes`, in order of their opening marks.
    static func pairs(_ bytes: [UInt8], tokens: [Token]) -> [Pair] {
        var pairs: [Pair] = []
        var stack: [(scalar: Unicode.Scalar, offset: Int, slot: Int)] = []
        var previousEnd = 0
        for token in tokens {
            if token.newlineBefore || bytes[previousEnd..<Int(token.start)].contains(0x0A) {
                // Marks left open at a line break were no quotation.
                for entry in stack { pairs[entry.slot].close = -1 }
                stack.removeAll()
            }
            previousEnd = Int(token.end)
            // Every mark has one of these bytes (« » C2, “ ” E2): other punctuation is not decoded.
            guard token.kind == .punctuation || token.kind == .symbol,
                  bytes[token.range].contains(where: { $0 == 0x22 || $0 == 0xC2 || $0 == 0xE2 }) else { continue }
            var offset = Int(token.start)
            for scalar in String(decoding: bytes[token.range], as: UTF8.self).unicodeScalars {
                defer { offset += scalar.utf8.count }
                let closing: Unicode.Scalar?
                switch scalar {
                case "»": closing = "«"
                case "”": closing = "“"
                case "\"": closing = stack.contains { $0.scalar == "\"" } ? "\"" : nil
                default: closing = nil
                }
                if let closing, let index = stack.lastIndex(where: { $0.scalar == closing }) {
                    let entry = stack[index]
                    for unclosed in stack[(index + 1)...] { pairs[unclosed.slot].close = -1 }
                    stack.removeSubrange(index...)
                    pairs[entry.slot].close = offset
                } else if scalar == "«" || scalar == "“" || scalar == "\"" {
                    pairs.append(Pair(inner: 0..<0, open: offset, close: -1, outer: stack.last?.slot))
                    stack.append((scalar, offset, pairs.count - 1))
                }
            }
        }
        for entry in stack { pairs[entry.slot].close = -1 }
        // Drop the unclosed and empty ones, renumbering the nesting.
        var renumbered: [Int: Int] = [:]
        var out: [Pair] = []
        for (i, var pair) in pairs.enumerated() where pair.close >= 0 {
            pair.inner = (pair.open + scalarLength(bytes[pair.open]))..<pair.close
            guard !pair.inner.isEmpty else { continue }
            pair.outer = pair.outer.flatMap { renumbered[$0] }
            renumbered[i] = out.count
            out.append(pair)
        }
        return out
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }
}
