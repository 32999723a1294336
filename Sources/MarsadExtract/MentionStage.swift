import MarsadCore
import MarsadText

/// Entity mentions and their links: knowledge-base aliases matched over clitic-stripped
/// token forms, then titles and roles resolved by the publication date, ambiguous names
/// settled by the rest of the document, partial names and capitals acting as governments.
public struct MentionStage: Stage {
    public let name = "mentions"
    public let requires: Set<AnnotationKind> = [.tokens, .segments]
    public let provides: Set<AnnotationKind> = [.mentions, .entities]
    let kb: KnowledgeBase
    let matcher: AliasMatcher

    /// A stage matching `kb`'s aliases; `lexicon`, the segmenter's stem lexicon, tells a word
    /// of its own from ك "like" + a name (كسرت "broke" is no ك + Sirte).
    public init(kb: KnowledgeBase, lexicon: StemLexicon? = nil) {
        self.kb = kb
        matcher = AliasMatcher(kb: kb, lexicon: lexicon)
    }

    public func run(_ document: inout AnnotatedDocument) {
        var text = document.document.text
        let analysis = document.text
        let day = document.document.published?.dayStamp
        let folded = AliasMatcher.foldTehMarbuta(analysis.norms)
        let (matches, resolved) = text.withUTF8 { bytes in
            folded.withUnsafeBufferPointer { folded in
                let matches = matcher.matches(analysis, folded, bytes)
                guard !matches.isEmpty else { return (matches, [ResolvedMention]()) }
                var linker = Linker(kb: kb, analysis: analysis, folded: folded, day: day)
                return (matches, linker.resolve(matches, bytes))
            }
        }
        document.aliasMatches = AliasMatches(kb: kb, matches: matches)
        guard !resolved.isEmpty else { return }
        var entities: [DocumentEntity] = []
        var slot: [Int32: Int] = [:]
        document.mentions = resolved.map { mention in
            var out = Mention(range: mention.range, type: mention.type, entity: nil, confidence: mention.confidence,
                              isMetonym: mention.isMetonym, isInTitle: mention.isInTitle, isRolePhrase: mention.isRolePhrase)
            if let entity = mention.entity {
                if slot[entity] == nil {
                    slot[entity] = entities.count
                    let record = kb.entities[Int(entity)]
                    entities.append(DocumentEntity(entity: record, roles: kb.roles(of: entity),
                                                   cameo: record.type == .person ? kb.actorCode(of: entity, on: day) : nil))
                }
                out.entity = slot[entity]
            }
            return out
        }
        document.entities = entities
    }
}
