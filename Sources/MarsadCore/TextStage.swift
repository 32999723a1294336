/// The text layer as a stage: language, tokens with normalised forms and clitic segments,
/// and sentences.
public struct TextStage: Stage {
    public let name = "text"
    public let requires: Set<AnnotationKind> = [.text]
    public let provides: Set<AnnotationKind>
    let layer: TextLayer

    /// A text stage segmenting clitics with `lexicon`; without one, tokens are not segmented.
    public init(lexicon: StemLexicon?) {
        layer = TextLayer(lexicon: lexicon)
        provides = lexicon == nil ? [.language, .tokens, .sentences] : [.language, .tokens, .sentences, .segments]
    }

    public func run(_ document: inout AnnotatedDocument) {
        document.text = layer.analyze(document.document.text)
    }
}
