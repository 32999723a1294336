/// The attitudes a stance can express.
public enum StanceLabel: String, Sendable, CaseIterable {
    case support, welcome, concern, criticism, rejection
    case neutralInterest = "neutral_interest"
}

/// What a stance is about: an entity, or an event or topic named by a phrase (القمة، اللقاء).
public enum StanceTarget: Sendable, Equatable {
    /// An index into `AnnotatedDocument.entities`.
    case entity(Int)
    /// UTF-8 offsets of the phrase naming the event or topic.
    case topic(Range<Int>)
}

/// Who reacted how to what, and the words that say so.
public struct Stance: Sendable, Equatable {
    /// The holder: an index into `AnnotatedDocument.entities`.
    public var holder: Int
    public var target: StanceTarget?
    public var label: StanceLabel
    /// UTF-8 offsets of the evidence: from the stance word to the end of its clause.
    public var range: Range<Int>
    /// UTF-8 offsets of the stance word or phrase itself.
    public var trigger: Range<Int>
    /// Whether a negation changed the label (لم ينتقد).
    public var negated: Bool

    public init(holder: Int, target: StanceTarget?, label: StanceLabel, range: Range<Int>, trigger: Range<Int>, negated: Bool) {
        self.holder = holder
        self.target = target
        self.label = label
        self.range = range
        self.trigger = trigger
        self.negated = negated
    }
}
