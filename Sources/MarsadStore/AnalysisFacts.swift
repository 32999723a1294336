/// The facts of one analysis as rows: what DESIGN.md's document model names, with Unicode
/// scalar offsets into the document's text and entity ids that resolve within the
/// analysis. Stored in their own tables so that views across documents (timelines, actor
/// networks, exports) need not parse every analysis.
public struct AnalysisFacts: Sendable, Equatable {
    public var mentions: [Mention] = []
    public var entities: [Entity] = []
    public var times: [Time] = []
    public var quotes: [Quote] = []
    public var events: [Event] = []
    public var stances: [Stance] = []
    public var tone: Tone?

    public init(mentions: [Mention] = [], entities: [Entity] = [], times: [Time] = [], quotes: [Quote] = [],
                events: [Event] = [], stances: [Stance] = [], tone: Tone? = nil) {
        self.mentions = mentions
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
        self.stances = stances
        self.tone = tone
    }

    /// A span of the text and the words it covers.
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
        public init(start: Int, end: Int, text: String) { (self.start, self.end, self.text) = (start, end, text) }
    }

    /// A mention of an entity (`PER`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP`, `EVENT`).
    public struct Mention: Sendable, Equatable {
        public var id: String
        public var span: Span
        public var type: String
        public var entity: String?
        public var confidence: Double?
        public init(id: String, span: Span, type: String, entity: String? = nil, confidence: Double? = nil) {
            (self.id, self.span, self.type, self.entity, self.confidence) = (id, span, type, entity, confidence)
        }
    }

    /// An entity the analysis refers to: a knowledge-base entity or a document-local one.
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var nameEN: String?
        public var nameAR: String?
        public var type: String
        /// ISO 3166-1 alpha-3.
        public var country: String?
        public var wikidata: String?
        /// A CAMEO actor code such as `USAGOV`.
        public var cameo: String?
        public init(id: String, nameEN: String? = nil, nameAR: String? = nil, type: String,
                    country: String? = nil, wikidata: String? = nil, cameo: String? = nil) {
            (self.id, self.nameEN, self.nameAR, self.type) = (id, nameEN, nameAR, type)
            (self.country, self.wikidata, self.cameo) = (country, wikidata, cameo)
        }
    }

    /// A time expression and its ISO 8601 / TIMEX3-style value.
    public struct Time: Sendable, Equatable {
        public var span: Span
        public var value: String
        public init(span: Span, value: String) { (self.span, self.value) = (span, value) }
    }

    /// Quoted words and who said them (an entity id).
    public struct Quote: Sendable, Equatable {
        public var span: Span
        public var speaker: String?
        public init(span: Span, speaker: String? = nil) { (self.span, self.speaker) = (span, speaker) }
    }

    /// An event: PLOVER type (with mode and context) and CAMEO root code, actors as entity
    /// ids, trigger and sentence.
    public struct Event: Sendable, Equatable {
        public var id: String
        public var type: String
        public var mode: String?
        /// A PLOVER context (`military`, `diplomatic`, …), when the trigger determines one.
        public var context: String?
        public var cameo: String
        public var sources: [String]
        public var targets: [String]
        public var location: String?
        public var time: String?
        /// `asserted` or `negated`.
        public var polarity: String
        /// `happened`, `planned`, `demanded`, `hypothetical`, `denied` or `historical`.
        public var modality: String
        public var trigger: Span
        public var sentence: Span
        public var confidence: Double
        public init(id: String, type: String, mode: String? = nil, context: String? = nil, cameo: String, sources: [String], targets: [String],
                    location: String? = nil, time: String? = nil, polarity: String, modality: String,
                    trigger: Span, sentence: Span, confidence: Double) {
            (self.id, self.type, self.mode, self.context, self.cameo) = (id, type, mode, context, cameo)
            (self.sources, self.targets) = (sources, targets)
            (self.location, self.time, self.polarity, self.modality) = (location, time, polarity, modality)
            (self.trigger, self.sentence, self.confidence) = (trigger, sentence, confidence)
        }
    }

    /// A stance: who holds it towards what (an entity or event id), and the words that show it.
    public struct Stance: Sendable, Equatable {
        public var holder: String
        public var target: String
        /// `support`, `welcome`, `concern`, `criticism`, `rejection` or `neutral`.
        public var label: String
        public var span: Span
        public init(holder: String, target: String, label: String, span: Span) {
            (self.holder, self.target, self.label, self.span) = (holder, target, label, span)
        }
    }

    /// The document's tone, GDELT-style: positive and negative word shares per 100 words.
    public struct Tone: Sendable, Equatable {
        public var positive: Double
        public var negative: Double
        public var polarity: Double
        public var words: Int
        public init(positive: Double, negative: Double, polarity: Double, words: Int) {
            (self.positive, self.negative, self.polarity, self.words) = (positive, negative, polarity, words)
        }
    }
}
