import MarsadCore
import MarsadText

/// Namesakes: a tagged person's name that ends with a knowledge-base person's surname but
/// begins with another given name (أحمد قاديروف, the father of Ramzan Kadyrov; جيمس
/// كاميرون, the film-maker; سهى عرفات), or that makes the knowledge-base person a father
/// (فيصل بن سلمان بن عبدالعزيز, not King Salman), names someone else.
extension NERStage {
    /// Letters that transliterations of one name swap (g as غ, ج or ق; t as ت or ط; s as
    /// س or ص), each folded to one.
    static let foldedLetters: [Character: Character] = ["غ": "ك", "ج": "ك", "ق": "ك", "ط": "ت", "ص": "س", "ذ": "ز", "ة": "ه"]
    /// The long vowels and hamza seats transliterations add or drop.
    static let droppedLetters: Set<Character> = ["ا", "أ", "إ", "آ", "و", "ي", "ى", "ء", "ؤ", "ئ"]

    /// A given name's consonants, as its transliterations share them (فرانسوا and فرنسوا:
    /// فرنس; موشيه and موشي: مش); a compound name's two halves are one (عبد الله: عبدلله).
    static func skeleton(_ name: String) -> String {
        var letters = String(name.compactMap { $0 == " " || droppedLetters.contains($0) ? nil : foldedLetters[$0] ?? $0 })
        if letters.count > 2, letters.hasSuffix("ه") { letters.removeLast() }
        return letters
    }

    /// The given names of a full name (its first word, or two for a compound), as skeletons.
    static func givenNames(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        var out: [String] = []
        for (k, word) in words.enumerated() {
            out.append(skeleton(word))
            if PersonNames.compoundHeads.contains(word), k + 1 < words.count { out.append(skeleton(word + words[k + 1])) }
        }
        return out
    }

    /// The mentions that link a person whom a tagged person's name shows to be someone
    /// else — a surname alone after another given name, or a full name after بن — each
    /// with the name (an index of `names`, tokens and UTF-8 span) and where that name ends:
    /// with the linked mention, as a tagged name can run on into a title after it
    /// (فيصل بن سلمان بن عبدالعزيز أمير). `word` gives a token's word in matching form,
    /// without clitics.
    func namesakes(_ names: [(tokens: Range<Int>, span: Range<Int>)], _ document: AnnotatedDocument,
                   word: (Int) -> String) -> [(mention: Int, name: Int, end: Int)] {
        let mentions = document.mentions, tokens = document.text.tokens
        var out: [(mention: Int, name: Int, end: Int)] = []
        for (n, name) in names.enumerated() {
            guard let k = mentions.firstIndex(where: {
                $0.type == .person && $0.entity != nil && $0.range.lowerBound > name.span.lowerBound && $0.range.upperBound <= name.span.upperBound
            }), !mentions.contains(where: { $0.range.overlaps(name.span.lowerBound..<mentions[k].range.lowerBound) }),
                  let entity = mentions[k].entity else { continue }
            // A name seldom takes ب before it, as words tagged with it may (بحضور، بفيتو).
            guard !ProcliticFlags.of(tokens[name.tokens.lowerBound]).preposition else { continue }
            let others = name.tokens.filter { Int(tokens[$0].end) <= mentions[k].range.lowerBound }.map(word)
            let linked = name.tokens.filter { Int(tokens[$0].start) < mentions[k].range.upperBound && Int(tokens[$0].end) > mentions[k].range.lowerBound }
            guard let last = others.last, let end = linked.last else { continue }
            let own = document.entities[entity].entity.nameAr
            let isNamesake: Bool
            if linked.count >= 2 {
                // A full name is the person's, unless it is a father's (فيصل بن سلمان بن عبدالعزيز).
                isNamesake = PersonNames.sonWords.contains(last)
            } else {
                let given = Self.givenNames(others.joined(separator: " ")), theirs = Self.givenNames(own)
                isNamesake = own.contains(" ") && !given.contains(where: theirs.contains)
            }
            if isNamesake { out.append((k, n, end + 1)) }
        }
        return out
    }
}
