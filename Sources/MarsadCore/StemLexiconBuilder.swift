/// Counts the light-normalised Arabic words of a corpus and writes the stem lexicon that
/// the clitic segmenter reads (`marsad build stems`).
public struct StemLexiconBuilder {
    private var counts: [String: Int] = [:]
    private let tokenizer = Tokenizer()
    private let light = Normalizer(options: [.foldLatinCase])
    /// The number of texts added.
    public private(set) var documents = 0

    public init() {}

    /// Counts the words of one text.
    public mutating func add(_ text: String) {
        documents += 1
        for token in tokenizer.tokenize(text) where token.kind == .word && !token.isCompound {
            let utf8 = text.utf8
            let surface = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: Int(token.start))..<utf8.index(utf8.startIndex, offsetBy: Int(token.end))], as: UTF8.self)
            let word = light.normalized(surface)
            guard isArabic(word) else { continue }
            counts[word, default: 0] += 1
        }
    }

    /// The lexicon file: words seen at least `minimumCount` times, most frequent first, and
    /// every stop word (flagged `s`), light-normalised, each with the segmentation the
    /// segmenter's rules give it over this very lexicon.
    public func resource(stopWords: [String], minimumCount: Int, sources: [String], built: String) -> ResourceFile {
        let stops = Set(stopWords.map { light.normalized($0) }.filter(isArabic))
        var rows = counts.filter { $0.value >= minimumCount || stops.contains($0.key) }.map { ($0.key, $0.value) }
        for stop in stops where counts[stop] == nil { rows.append((stop, 0)) }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        let rules = SegmentationRules(lexicon: StemLexicon(entries: rows.map {
            StemLexicon.Entry(word: $0.0, count: $0.1, isStopWord: stops.contains($0.0))
        }))
        var body = ""
        for (word, count) in rows {
            var copy = word
            let segmentation = copy.withUTF8 { rules.analyze($0) }
            body += "\(word)\t\(count)\t\(stops.contains(word) ? "s" : "")\t\(segmentation.lexiconForm)\n"
        }
        return ResourceFile(name: "stems", format: ResourceBundle.stemsFormat, builtBy: "marsad build stems",
                            sources: sources, built: built,
                            columns: "word <TAB> count <TAB> s for a stop word <TAB> segmentation (و+ب+_ · _ة+ه)",
                            extra: [("segmenter-rules", String(SegmentationRules.version))], body: body)
    }

    private func isArabic(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { (0x0621...0x064A).contains($0.value) }
    }
}
