import MarsadCore

/// A possible event the detector found: a trigger with its arguments and cues, before
/// the classifier and the stage decide on it.
struct EventCandidate {
    let trigger: EventTrigger
    /// Tokens of the trigger and index of its sentence.
    let tokens: Range<Int>
    let sentence: Int
    var source: [EventActor]
    var target: [EventActor]
    /// An entity index: the place.
    var place: Int?
    /// An index into the document's times.
    var time: Int?
    var reading: CueReading
    /// Whether the sentence only tells more of an event reported before (a protest's chants,
    /// its known protesters' acts): its actors can be read, but it is no event of its own.
    let retold: Bool
    /// Hashed classifier features, filled only for types the model scores.
    var features: [UInt32]
    /// Whether it reads as the plain report of an act (`EventDetector.isPlainReport`).
    let plainReport: Bool
    /// Whether it is kept whatever the classifier says: a report of bombing, plain (`EventDetector.isBombingReport`)
    /// or in a passive whose bomber is named (`EventDetector.isStruckByBombing`), or a protest told plainly
    /// (`EventDetector.isPlainProtest`).
    var certain = false
    /// Whether its verb carries a plural subject of its own (بحثوا، يطالبون) and an actor is
    /// named before it in its sentence: they acted, though no actor stands beside the verb.
    let pluralSubject: Bool
    /// Whether a noun trigger is the object of a verb of doing before it, its subject between them (عقد وزراء الخارجية
    /// اجتماعا، فرضت واشنطن عقوبات): the verb reports the act (`EventDetector.isDoneByVerb`).
    var doneByVerb = false
}
