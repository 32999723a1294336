/// Whether the text asserts an event or says it did not (will not) happen.
public enum EventPolarity: String, Sendable {
    case asserted, negated
}

/// How the text holds an event: as having happened, planned, demanded by someone,
/// supposed, denied by someone, or long past.
public enum EventModality: String, Sendable, CaseIterable {
    case happened, planned, demanded, hypothetical, denied, historical
}

/// A coded event: who did what to whom, where and when, with the words behind it.
public struct Event: Sendable, Equatable {
    public var type: PloverType
    /// One of `type.modes`, when the trigger says which.
    public var mode: String?
    /// A PLOVER context, when the trigger determines one.
    public var context: PloverContext?
    /// Indices into `AnnotatedDocument.entities`; several when the actor is compound.
    public var source: [Int]
    public var target: [Int]
    /// An index into `AnnotatedDocument.entities`: the place the event happened.
    public var location: Int?
    /// An index into `AnnotatedDocument.times`.
    public var time: Int?
    public var polarity: EventPolarity
    public var modality: EventModality
    /// UTF-8 offsets of the trigger words and of the sentence.
    public var trigger: Range<Int>
    public var sentence: Range<Int>
    public var confidence: Double

    public init(type: PloverType, mode: String? = nil, context: PloverContext? = nil, source: [Int] = [], target: [Int] = [],
                location: Int? = nil, time: Int? = nil, polarity: EventPolarity = .asserted,
                modality: EventModality = .happened, trigger: Range<Int>, sentence: Range<Int>, confidence: Double) {
        self.type = type
        self.mode = mode
        self.context = context
        self.source = source
        self.target = target
        self.location = location
        self.time = time
        self.polarity = polarity
        self.modality = modality
        self.trigger = trigger
        self.sentence = sentence
        self.confidence = confidence
    }

    /// The CAMEO code of the type and mode.
    public var cameo: String { type.cameo(mode: mode) }
}
