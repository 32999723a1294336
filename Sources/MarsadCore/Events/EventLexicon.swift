import MarsadText

/// A word or phrase that can report an event of one PLOVER type.
public struct EventTrigger: Sendable, Equatable {
    /// Whether the trigger is a verb (هاجم) or a noun (هجوم، قمة).
    public enum Kind: String, Sendable { case verb = "v", noun = "n" }

    public let type: PloverType
    public let mode: String?
    public let kind: Kind
    public let context: PloverContext?

    public init(type: PloverType, mode: String?, kind: Kind, context: PloverContext?) {
        self.type = type
        self.mode = mode
        self.kind = kind
        self.context = context
    }
}

/// A word that changes how an event is held: negates it, puts it in the future, makes it
/// a demand or a supposition, or reports it as denied.
public enum EventCue: String, Sendable, CaseIterable {
    case negation, denial, future, demand, hypothetical, report
    /// A phrase that starts like a negation but does not negate (لا يزال، ما زال، لا سيما).
    case affirmation
    /// An era named by the office holder after it (في عهد، إبان): the event belongs to their term.
    case era
    /// A manner that makes support material (عسكريا، ماليا، بالسلاح): SUPPORT becomes AID.
    case material
    /// A word for the dead or wounded (قتلى، جرحى، مصرع): what an attack left, evidence for the classifier.
    case casualty
    /// A word for what a crowd protests or how (احتجاجا، تنديدا، رافعين لافتات): evidence for the classifier.
    case grievance
    /// A word for a great many people (آلاف، مئات، حشود): evidence for the classifier.
    case multitude
    /// A pledge (تعهد، وعد): what it promises is planned. Not for the types the classifier scores, whose acts it names
    /// as done (تعهدت الحكومة بملاحقة منفذي الهجوم).
    case pledge
    /// A hope or a possibility (يأمل، أعرب عن أمله، إمكانية): what it hopes for is hypothetical. Not for the types the
    /// classifier scores, whose features it would move.
    case hope
    /// A refusal (رفض، رافضا): an act of cooperation refused right after it did not take place (رفض البرهان أي تفاوض مع
    /// قوات الدعم السريع). Not an act of conflict, which one refuses as done (رفضت الحكومة الغارات الأمريكية).
    case refusal

    var code: UInt32 { UInt32(Self.allCases.firstIndex(of: self)!) }
}

/// The event lexicon (`triggers.tsv`): trigger words and phrases with their PLOVER type,
/// cue words for polarity and modality, and role nouns with their CAMEO sector, all as
/// phrases of token norms.
public struct EventLexicon: Sendable {
    /// The format of `triggers.tsv` this build reads.
    public static let format = 1
    /// The body's columns.
    public static let columns = "T phrase type mode kind context | C phrase cue | S phrase sector"

    public let triggers: [EventTrigger]
    /// Trigger phrases → index into `triggers`.
    public let triggerTable: PhraseTable
    /// The first words of verb phrases whose subject may stand inside them (أطلقت قوات الأمن النار، توصلت مصر وإسرائيل
    /// إلى اتفاق): the first word of a verb row's phrase of two words or more that is no trigger alone, has no article
    /// and no teh marbuta (ضربة جوية, a noun's phrase). Not a verb and its preposition (شدد على، تحقق في), whose
    /// subject would split a verb of its own (شددت الوحدات الحصار على), nor a verb of undergoing (لقي مصرعه), whose
    /// noun names the act. Each maps to 0; the detector reads on in `triggerTable`.
    public let splitOpeners: ByteKeyTable
    /// Cue phrases → `EventCue`.
    public let cueTable: PhraseTable
    /// Role noun phrases → index into `sectors`.
    public let sectorTable: PhraseTable
    /// CAMEO sector codes (`COP`, `MIL`, `CVL`…).
    public let sectors: [String]

    /// Parses the body of `triggers.tsv`; phrases are normalised as token norms are.
    public init(tsv: String) throws(MarsadError) {
        let normalizer = Normalizer(options: .token)
        var triggers: [EventTrigger] = [], triggerRows: [([UInt8], UInt32)] = []
        var cueRows: [([UInt8], UInt32)] = [], sectorRows: [([UInt8], UInt32)] = []
        var sectors: [String] = [], sectorIndex: [String: UInt32] = [:]
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, !fields[1].isEmpty else {
                throw MarsadError(.badResource, "expected \(Self.columns)", input: "triggers", line: lineNumber)
            }
            let phrase = Array(normalizer.normalized(fields[1]).utf8)
            switch fields[0] {
            case "T":
                guard fields.count == 6 else { throw MarsadError(.badResource, "a trigger row has 6 fields", input: "triggers", line: lineNumber) }
                let trigger = try Self.trigger(fields, line: lineNumber)
                triggerRows.append((phrase, UInt32(triggers.count)))
                triggers.append(trigger)
            case "C":
                guard let cue = EventCue(rawValue: fields[2]) else {
                    throw MarsadError(.badResource, "unknown cue ‘\(fields[2])’", input: "triggers", line: lineNumber)
                }
                cueRows.append((phrase, cue.code))
            case "S":
                let index = sectorIndex[fields[2]] ?? UInt32(sectors.count)
                if index == UInt32(sectors.count) { sectors.append(fields[2]); sectorIndex[fields[2]] = index }
                sectorRows.append((phrase, index))
            default:
                throw MarsadError(.badResource, "a row starts with T, C or S, not ‘\(fields[0])’", input: "triggers", line: lineNumber)
            }
        }
        self.triggers = triggers
        self.sectors = sectors
        triggerTable = PhraseTable(triggerRows.map { ($0.0, $0.1) })
        splitOpeners = ByteKeyTable(Self.splitOpeners(triggerRows.map { ($0.0, triggers[Int($0.1)].kind) }).map { ($0, 0) })
        cueTable = PhraseTable(cueRows.map { ($0.0, $0.1) })
        sectorTable = PhraseTable(sectorRows.map { ($0.0, $0.1) })
    }

    /// The trigger of a `T` row (`T phrase type mode kind context`); `line` is for errors.
    public static func trigger(_ fields: [String], line: Int) throws(MarsadError) -> EventTrigger {
        guard let type = PloverType(rawValue: fields[2]) else {
            throw MarsadError(.badResource, "unknown PLOVER type ‘\(fields[2])’", input: "triggers", line: line)
        }
        let mode = fields[3].isEmpty ? nil : fields[3]
        if let mode, !type.accepts(mode: mode) {
            throw MarsadError(.badResource, "\(type.rawValue) has no mode ‘\(mode)’", input: "triggers", line: line)
        }
        guard let kind = EventTrigger.Kind(rawValue: fields[4]) else {
            throw MarsadError(.badResource, "kind must be v (verb) or n (noun), not ‘\(fields[4])’", input: "triggers", line: line)
        }
        let context = fields[5].isEmpty ? nil : PloverContext(rawValue: fields[5])
        if !fields[5].isEmpty && context == nil {
            throw MarsadError(.badResource, "unknown PLOVER context ‘\(fields[5])’", input: "triggers", line: line)
        }
        return EventTrigger(type: type, mode: mode, kind: kind, context: context)
    }

    /// The first words of `rows`' verb phrases a subject may split (`splitOpeners`).
    static func splitOpeners(_ rows: [(phrase: [UInt8], kind: EventTrigger.Kind)]) -> Set<[UInt8]> {
        let singles = Set(rows.lazy.filter { !$0.phrase.contains(0x20) }.map(\.phrase))
        let article = Array("ال".utf8), tehMarbuta = Array("ة".utf8)
        return Set(rows.compactMap { row -> [UInt8]? in
            guard row.kind == .verb, let space = row.phrase.firstIndex(of: 0x20),
                  let last = row.phrase.split(separator: 0x20).last, !prepositions.contains(Array(last)) else { return nil }
            let first = Array(row.phrase[..<space])
            return singles.contains(first) || undergoing.contains(first) || first.starts(with: article)
                || first.suffix(tehMarbuta.count).elementsEqual(tehMarbuta) ? nil : first
        })
    }

    /// Prepositions a verb's phrase can end with, in normal form.
    private static let prepositions: Set<[UInt8]> = Set(["علي", "في", "الي", "عن", "من", "مع"].map { Array($0.utf8) })
    /// The verb of undergoing death (لقي حتفه، لقوا مصرعهم), in normal form.
    private static let undergoing: Set<[UInt8]> = Set(["لقي", "لقيت", "لقوا"].map { Array($0.utf8) })

    /// The cue a table value stands for.
    public static func cue(_ value: UInt32) -> EventCue { EventCue.allCases[Int(value)] }
}
