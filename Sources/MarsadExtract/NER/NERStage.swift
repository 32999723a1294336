import MarsadCore
import MarsadText

/// Names the knowledge base does not know, found by the trained tagger and merged with the
/// mention stage's: where a tagged name overlaps a knowledge-base mention, the latter wins;
/// the rest are added unlinked, typed PERS → PER, ORG → ORG, LOC → the knowledge base's
/// type for the name (GPE, LOC, FAC) or else LOC, MISC → NORP for a demonym (known to the
/// knowledge base, or a nisba adjective) or EVENT for a known event; other MISC names have
/// no type in the mention model and are left out, as are names in lowercase Latin letters
/// alone. Proclitics and a pronoun are kept out of a mention's span, as the matcher does
/// (but a ك the stem lexicon keeps in the word: كريم), and so are last words in tanween. A
/// name quoted after an organisation's noun (حركة «حماس») is one ORG mention over the quoted
/// words. An office's holder is unlinked from a title that another's name follows (الرئيس
/// الأمريكي جيمي كارتر). In English text the names are runs of capitalised words
/// (`EnglishNames`), the tagger having learnt Arabic news.
public struct NERStage: Stage {
    public let name = "ner"
    public let requires: Set<AnnotationKind> = [.tokens, .segments, .sentences, .mentions]
    public let provides: Set<AnnotationKind> = [.mentions]
    let tagger: NERTagger
    let kb: KnowledgeBase
    /// The date vocabulary, whose month names the tagger may take for names.
    let dates: DateVocabulary?
    let matching = Normalizer(options: .matching)
    /// How sure a tagged name is, the knowledge base not knowing it.
    static let confidence = 0.6

    /// Tells a ك of a word's own (كريم) from ك "like" by the stem lexicon's counts.
    let kaf: ComparisonKaf?

    /// A stage tagging with `tagger` beside `kb`'s mentions; `dates` has the month names
    /// that are no names, `lexicon` the counts that keep a name's own ك in its span (وكريم: كريم).
    public init(tagger: NERTagger, kb: KnowledgeBase, dates: DateVocabulary? = nil, lexicon: StemLexicon? = nil) {
        self.tagger = tagger
        self.kb = kb
        self.dates = dates
        kaf = lexicon.map(ComparisonKaf.init)
    }

    public func run(_ document: inout AnnotatedDocument) {
        let analysis = document.text
        guard !analysis.tokens.isEmpty else { return }
        var text = document.document.text
        // English has its capitalised names; the tagger learnt Arabic news.
        let entities = analysis.language.language == "en" ? text.withUTF8 { EnglishNames.find(analysis, $0) }
            : NERScores.entities(tagger.tag(analysis, text: document.document.text, aliases: document.aliasMatches))
        var tagged: [(tokens: Range<Int>, span: Range<Int>, type: NERType)] = text.withUTF8 { bytes in
            entities.compactMap { entity in
                // A name ends before a word in tanween (سعود نائبًا: Saud, "as deputy").
                var tokens = entity.range
                while !tokens.isEmpty, analysis.tokens[tokens.upperBound - 1].hasTanween(in: bytes) { tokens = tokens.dropLast() }
                guard !tokens.isEmpty else { return nil }
                let range = span(tokens, analysis, bytes)
                return isNoName(tokens, span: range, analysis, bytes) ? nil : (tokens, range, entity.type)
            }
        }
        let people = tagged.indices.filter { tagged[$0].type == .person && tagged[$0].tokens.count >= 2 }
        let others = namesakes(people.map { (tagged[$0].tokens, tagged[$0].span) }, document) {
            self.matching.normalized(self.stem(of: analysis.tokens[$0], analysis))
        }
        if !others.isEmpty {
            for other in others where other.end < tagged[people[other.name]].tokens.upperBound {
                let k = people[other.name]
                tagged[k].tokens = tagged[k].tokens.lowerBound..<other.end
                tagged[k].span = tagged[k].span.lowerBound..<document.mentions[other.mention].range.upperBound
            }
            document.removeMentions(Set(others.map(\.mention)))
        }
        // An everyday word the linker did not take for its entity (الحد الأقصى) is no name either:
        // the tagger read the knowledge base's kind for it, not the context the linker weighed.
        let everyday = document.aliasMatches?.matches.filter(\.entry.isCommonWord).map(\.tokens) ?? []
        let found: [(tokens: Range<Int>, mention: Mention)] = tagged.compactMap { name in
            guard !document.mentions.contains(where: { $0.range.overlaps(name.span) }), !everyday.contains(name.tokens),
                  let type = type(of: name.type, name.tokens, analysis) else { return nil }
            return (name.tokens, Mention(range: name.span, type: type, entity: nil, confidence: Self.confidence))
        }
        if !found.isEmpty {
            document.mentions = (document.mentions + found.map(\.mention)).sorted { $0.range.lowerBound < $1.range.lowerBound }
            linkSurnames(found, in: &document)
        }
        // An office followed by another's name is left as the linker leaves one it finds no holder for.
        let titled = titlesOfOthers(found.filter { $0.mention.type == .person }.map { ($0.tokens, $0.mention.range) }, in: document)
        if !titled.isEmpty { document.unlinkMentions(titled, confidence: 0.5) }
        markQuotedNames(&document)
    }

    /// The UTF-8 span of `tokens` without the first token's proclitics (the article stays)
    /// and the last token's pronoun.
    func span(_ tokens: Range<Int>, _ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let first = analysis.tokens[tokens.lowerBound], last = analysis.tokens[tokens.upperBound - 1]
        let stack = Clitics.proclitics[Int(first.segmentation.proclitics)]
        // The letters before the article (ل + ال is written لل), or the whole stack.
        // A ك of the name's own stays, with what follows it (وكريم: كريم).
        let leading = kaf?.isWordOfItsOwn(first, bytes) == true ? ComparisonKaf.lettersBeforeKaf(first)
            : stack.segments.last == "ال" ? stack.segments.dropLast().joined().unicodeScalars.count
            : stack.surface.unicodeScalars.count
        let trailing = Clitics.enclitics[Int(last.segmentation.enclitic)].unicodeScalars.count
        let range = Int(first.start)..<Int(last.end)
        return AliasMatcher.trim(range, bytes, leading: leading, trailing: tokens.count == 1 ? trailing : 0)
    }

    /// The mention type of a tagged name, or nil when the mention model has none for it.
    func type(of type: NERType, _ tokens: Range<Int>, _ analysis: TextAnalysis) -> EntityType? {
        switch type {
        case .person: return .person
        case .organisation: return .organisation
        case .location:
            let known = entry(tokens, analysis)?.names.map { kb.entities[Int($0)].type }.first {
                $0 == .geopolitical || $0 == .location || $0 == .facility
            }
            return known ?? .location
        case .miscellaneous:
            if let entry = entry(tokens, analysis) {
                if !entry.demonymOf.isEmpty { return .group }
                if entry.names.contains(where: { kb.entities[Int($0)].type == .event }) { return .event }
            }
            let word = analysis.norm(of: analysis.tokens[tokens.upperBound - 1])
            return tokens.count == 1 && Self.nisbaEndings.contains(where: word.hasSuffix) ? .group : nil
        }
    }

    /// Endings of nisba adjectives and demonyms (عراقي، الروسية، السوريون).
    static let nisbaEndings = ["ي", "ية", "يون", "يين", "يان"]

    /// The knowledge-base entry of the tokens' matching forms, without the first token's clitics.
    func entry(_ tokens: Range<Int>, _ analysis: TextAnalysis) -> AliasEntry? {
        var words = tokens.map { analysis.norm(of: analysis.tokens[$0]) }
        words[0] = stem(of: analysis.tokens[tokens.lowerBound], analysis)
        return kb.entry(for: words.map { matching.normalized($0) }.joined(separator: " "))
    }

    /// A token's word without its clitics, the article kept.
    func stem(of token: Token, _ analysis: TextAnalysis) -> String {
        guard token.segmentation.isSplit, let stem = analysis.segments(of: token)?.first(where: { !$0.hasSuffix("+") && !$0.hasPrefix("+") }) else {
            return analysis.norm(of: token)
        }
        return (ProcliticFlags.of(token).article ? "ال" : "") + stem
    }
}
