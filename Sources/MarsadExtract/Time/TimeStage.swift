import MarsadCore

/// Finds time expressions over the token stream and gives each a TIMEX3-style value,
/// resolved against the document's publication date where the text is relative.
public struct TimeStage: Stage {
    public let name = "time"
    public let requires: Set<AnnotationKind> = [.tokens]
    public let provides: Set<AnnotationKind> = [.times]
    let lexer: TimeLexer

    /// A time stage reading month names, units and relative words from `vocabulary`.
    public init(vocabulary: DateVocabulary) {
        lexer = TimeLexer(vocabulary: vocabulary)
    }

    public func run(_ document: inout AnnotatedDocument) {
        let analysis = document.text
        let anchor = document.document.published.flatMap { CivilDate(year: $0.year, month: $0.month, day: $0.day) }
        let grammar = TimeGrammar(items: lexer.items(analysis), tokens: analysis.tokens, norms: analysis.norms,
                                  values: TimeValues(anchor: anchor))
        document.times = grammar.expressions()
    }
}
