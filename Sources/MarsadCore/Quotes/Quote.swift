/// Words someone said or wrote: the quoted or reported words, who said them and the cue
/// that says so (قال، أكد، وصف … بأنه، نشر … مع تعليق).
public struct Quote: Sendable, Equatable {
    /// UTF-8 offsets of the quoted words (inside the quotation marks, when there are any).
    public var range: Range<Int>
    /// UTF-8 offsets of the cue word, or nil for a quotation without one.
    public var cue: Range<Int>?
    /// The speaker: an index into `AnnotatedDocument.entities`, or nil when unknown.
    public var speaker: Int?
    /// Whether the words stand in quotation marks (else they are reported speech).
    public var isQuoted: Bool

    public init(range: Range<Int>, cue: Range<Int>?, speaker: Int?, isQuoted: Bool) {
        self.range = range
        self.cue = cue
        self.speaker = speaker
        self.isQuoted = isQuoted
    }
}
