import MarsadCore
import MarsadText

/// One way to read a token for a lexicon lookup: a matching form (teh marbuta folded) with
/// some clitics taken off, and which.
struct WordKey: Sendable, Equatable {
    let key: String
    /// Whether a leading conjunction و or ف was taken off (وقال → قال).
    let conjoined: Bool
    /// Whether a preposition ب، ل or ك was taken off (بالقمة → القمة).
    let prepositional: Bool
}

/// The readings of every token a lexicon lookup tries: the whole form; without a leading
/// conjunction; without a preposition before the article (لل → ال); without an object or
/// possessive pronoun (وصفوه → وصفوا، قلقه → قلق); without a final tanween alef (قلقا → قلق).
/// The speech stages do not trust the segmenter with verbs, whose forms it rarely sees in
/// its stem lexicon, so they strip these few clitics themselves.
struct WordKeys: Sendable {
    /// The readings of each token, the whole form first; empty for punctuation.
    let readings: [[WordKey]]

    init(_ analysis: TextAnalysis) {
        readings = analysis.tokens.map { token in
            guard token.kind == .word else { return [] }
            return Self.readings(of: String(decoding: analysis.norms[token.normRange], as: UTF8.self))
        }
    }

    static func readings(of norm: String) -> [WordKey] {
        let whole = norm.replacingTehMarbuta
        var out = [WordKey(key: whole, conjoined: false, prepositional: false)]
        guard let first = whole.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return out }
        func add(_ key: String, _ conjoined: Bool, _ prepositional: Bool) {
            guard key.unicodeScalars.count >= 2, !out.contains(where: { $0.key == key }) else { return }
            out.append(WordKey(key: key, conjoined: conjoined, prepositional: prepositional))
        }
        var bases = [(whole, false)]
        if whole.unicodeScalars.count >= 4, whole.hasPrefix("و") || whole.hasPrefix("ف") {
            bases.append((String(whole.dropFirst()), true))
        }
        for (base, conjoined) in bases {
            add(base, conjoined, false)
            if base.hasPrefix("لل"), base.unicodeScalars.count >= 4 {
                add("ال" + base.dropFirst(2), conjoined, true)
            } else if base.hasPrefix("بال") || base.hasPrefix("كال") {
                add(String(base.dropFirst()), conjoined, true)
            }
            for pronoun in ["هما", "هم", "ها", "ه"] where base.hasSuffix(pronoun) && base.count > pronoun.count + 2 {
                let stem = String(base.dropLast(pronoun.count))
                add(stem, conjoined, false)
                if stem.hasSuffix("و") { add(stem + "ا", conjoined, false) }
                break
            }
            if base.hasSuffix("ا"), base.count >= 4 { add(String(base.dropLast()), conjoined, false) }
        }
        return out
    }
}

extension String {
    /// The string with ة folded to ه, as matching forms have it.
    var replacingTehMarbuta: String {
        guard contains("ة") else { return self }
        return String(unicodeScalars.map { $0 == "ة" ? "ه" : Character($0) })
    }
}
