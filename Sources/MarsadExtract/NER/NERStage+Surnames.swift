import MarsadCore
import MarsadText

/// Surnames: a lone word the tagger took for a person, where the document names one person in full whose name ends
/// with it, is that person wherever it stands, in a headline before the full name too (عون يستقبل الموفد الفرنسي, then
/// الرئيس اللبناني جوزيف عون). The linker links such short forms after the full name only, and only where the tagger
/// found no name (`Linker.partialNames`).
extension NERStage {
    /// Links each of `found`, the tagger's new mentions, that is one word and a person's, to the one linked person
    /// of the document whose Arabic name has that word for its surname (`PersonNames.surname`), not a father's name
    /// after بن; left unlinked when two share it.
    func linkSurnames(_ found: [(tokens: Range<Int>, mention: Mention)], in document: inout AnnotatedDocument) {
        let lone = found.filter { $0.tokens.count == 1 && $0.mention.type == .person }
        guard !lone.isEmpty else { return }
        var owners: [String: Int] = [:], shared: Set<String> = []
        for (e, entity) in document.entities.enumerated() where entity.entity.type == .person {
            let words = matching.normalized(entity.entity.nameAr).split(separator: " ").map(String.init)
            // A father's name (محمد بن سلمان: not King Salman) names the person only with its بن.
            guard let surname = PersonNames.surname(of: words, country: entity.entity.country), !surname.patronymic else { continue }
            let word = words[surname.index]
            guard word.count >= Self.surnameLetters else { continue }
            if let owner = owners[word], owner != e { shared.insert(word) } else { owners[word] = e }
        }
        guard !owners.isEmpty else { return }
        let analysis = document.text
        for name in lone {
            let word = matching.normalized(stem(of: analysis.tokens[name.tokens.lowerBound], analysis))
            guard !shared.contains(word), let owner = owners[word],
                  let m = document.mentions.firstIndex(where: { $0.range == name.mention.range && $0.entity == nil }) else { continue }
            document.mentions[m].entity = owner
        }
    }

    /// The fewest letters a surname must have to stand for its person alone.
    static let surnameLetters = 3
}
