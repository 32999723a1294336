import MarsadCore
import MarsadText

extension NERStage {
    /// The role phrases linked to their office's holder that a name the tagger found (one the
    /// knowledge base does not know) follows at once, as a title its bearer: الرئيس الأمريكي
    /// جيمي كارتر، رئيس الوزراء اليوناني يوأنيس ميتاكساس، نظيره الإسرائيلي موشيه يعالون name
    /// someone other than the holder the linker found on the document's day.
    ///
    /// The name must read as one: its first word is tagged a name in more than 60% of its
    /// occurrences in news (the model's tag statistics, `namedShare`), so that a verb or noun the tagger took
    /// for a name (رئيس الوزراء العراقي تحدثا، نظيره الكويتي لبحث) leaves the holder linked. A
    /// phrase also stays linked when the name is the holder's own, spelt otherwise or in part
    /// (`isName`). Returns the indices of the phrases in `document.mentions`.
    func titlesOfOthers(_ names: [(tokens: Range<Int>, span: Range<Int>)], in document: AnnotatedDocument) -> Set<Int> {
        guard !names.isEmpty, let statistics = tagger.model.tagStatistics,
              let titles = document.aliasMatches?.matches.filter({ $0.entry.titleRole != nil }), !titles.isEmpty else { return [] }
        let analysis = document.text
        var out: Set<Int> = []
        for (k, phrase) in document.mentions.enumerated() {
            guard phrase.type == .person, let entity = phrase.entity,
                  titles.contains(where: { $0.range.lowerBound == phrase.range.lowerBound }),
                  let name = names.first(where: { $0.span.lowerBound > phrase.range.upperBound }),
                  document.document.surface(phrase.range.upperBound..<name.span.lowerBound) == " " else { continue }
            let first = analysis.tokens[name.tokens.lowerBound]
            let share = analysis.norms.withUnsafeBufferPointer { norms in
                NERFeatures.bareWord(first, norms) { word, _ in statistics.taggedShare(of: word) }
            }
            guard let share, share > Self.namedShare else { continue }
            if !isName(document.document.surface(name.span), of: document.entities[entity].entity.nameAr) { out.insert(k) }
        }
        return out
    }

    /// The share of its news occurrences a name's first word must be tagged in.
    static let namedShare = 0.6

    /// Whether `name` is the holder's, whose Arabic name is `holder` (matching forms): a word
    /// of both, of three letters or more; a word of four letters or more one edit (a letter
    /// added, dropped, changed or two swapped) from one of the holder's (نتنايهو، خامئني); or
    /// `name` without its spaces inside `holder` without its spaces (عبد ربه in عبدربه منصور هادي).
    func isName(_ name: String, of holder: String) -> Bool {
        let words = matching.normalized(name).split(separator: " ").map(Array.init)
        let theirs = matching.normalized(holder).split(separator: " ").map(Array.init)
        for word in words where word.count >= 3 {
            if theirs.contains(word) { return true }
            if word.count >= 4, theirs.contains(where: { $0.count >= 4 && Self.withinOneEdit(word, $0) }) { return true }
        }
        return String(theirs.joined()).contains(String(words.joined()))
    }

    /// Whether `a` becomes `b` by at most one edit: a letter inserted, deleted or replaced, or
    /// two neighbours swapped.
    static func withinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if abs(a.count - b.count) > 1 { return false }
        guard let i = a.indices.first(where: { $0 >= b.count || a[$0] != b[$0] }) else { return true }
        if a.count != b.count {
            let (long, short) = a.count > b.count ? (a, b) : (b, a)
            return long[(i + 1)...].elementsEqual(short[i...])
        }
        if a[(i + 1)...].elementsEqual(b[(i + 1)...]) { return true }
        return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...].elementsEqual(b[(i + 2)...])
    }
}
