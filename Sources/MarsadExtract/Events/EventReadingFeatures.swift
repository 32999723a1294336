import MarsadCore
import MarsadText

/// How a candidate reads, for the classifier: beyond its words, what the sentence says
/// happened. Each is one feature shared by every sentence that reads so, whatever its
/// words, so that few examples suffice to weigh it.
struct EventReading {
    /// How the trigger's word is formed.
    enum Form: UInt32 {
        /// A verb in the past (هاجم، قتلوا), a verb in the present (يهاجم، تتظاهر).
        case past = 1, present
        /// A noun with the article or a preposition (الهجوم، بالقصف), a bare noun (هجوم، غارة).
        case definiteNoun, bareNoun
    }

    let form: Form
    /// Whether the trigger reads as suffered, not done: a passive verb (قتل جندي في انفجار,
    /// أصيب) or its undergoer named before it (تعرض لهجوم).
    let suffered: Bool
    let hasSource: Bool
    let hasTarget: Bool
    /// The first source's and first target's sectors.
    let sourceSector: String?
    let targetSector: String?
    /// A span of people who gather as a crowd (متظاهرون، طلاب، سكان) or named by a demonym.
    let crowd: Bool
    /// Whether the source itself is such a crowd.
    let crowdActs: Bool
    /// Evidence words in the sentence (`EventCue.casualty`, `.grievance`, `.multitude`).
    let evidence: Set<EventCue>
    /// A casualty word with a number in digits beside it (12 قتيلا، مقتل 5 أشخاص).
    let countedCasualties: Bool

    /// The features of this reading for a candidate of `type`.
    func features(_ type: PloverType) -> [UInt32] {
        typealias F = EventFeatures
        var out: [UInt32] = []
        let base = UInt32(type.index) * 64
        // The trigger's form with whether it names who acted and on whom.
        let roles = (hasSource ? 2 : 0) + (hasTarget ? 1 : 0) as UInt32
        out.append(F.flag(.frame, base + form.rawValue * 8 + roles))
        out.append(F.flag(.form, base + form.rawValue * 2 + (suffered ? 1 : 0)))
        out.append(F.hash(.sectorPair, "\(sourceSector ?? "-")>\(targetSector ?? "-")"))
        if crowd { out.append(F.flag(.crowd, crowdActs ? 2 : 1)) }
        // In the cues' declared order, not the set's, which changes from run to run: the
        // order of a sum of floats decides its last bits, and training is to be reproducible.
        for cue in EventCue.allCases where evidence.contains(cue) { out.append(F.hash(.evidence, cue.rawValue)) }
        if countedCasualties { out.append(F.flag(.evidence, 1)) }
        return out
    }
}

extension EventDetector {
    /// How far a number may stand from a casualty word it counts, in tokens.
    static let countReach = 3

    /// The reading of a candidate whose trigger is `hit` in the sentence `range`.
    func argumentReading(_ candidate: EventCandidate, _ hit: Hit, _ spans: [ArgumentSpan], _ range: Range<Int>, suffered: Bool,
                          _ forms: inout TokenForms) -> EventReading {
        let token = forms.tokens[hit.tokens.lowerBound]
        let form: EventReading.Form
        if candidate.trigger.kind == .noun {
            let flags = ProcliticFlags.of(token)
            form = flags.article || flags.preposition || flags.lam ? .definiteNoun : .bareNoun
        } else {
            form = Self.isPresentVerb(token, forms.norms) ? .present : .past
        }
        var evidence: Set<EventCue> = []
        var casualties: [Int] = [], numbers: [Int] = []
        var k = range.lowerBound
        while k < range.upperBound {
            switch forms.tokens[k].kind {
            case .number: numbers.append(k)
            case .word:
                if let found = forms.match(lexicon.cueTable, at: k, limit: range.upperBound) {
                    let cue = EventLexicon.cue(found.value)
                    if Self.evidenceCues.contains(cue) { evidence.insert(cue) }
                    if cue == .casualty { casualties.append(k) }
                    k += found.words
                    continue
                }
            default: break
            }
            k += 1
        }
        let counted = casualties.contains { c in numbers.contains { abs($0 - c) <= Self.countReach } }
        func sector(_ actor: EventActor?) -> String? {
            guard let actor else { return nil }
            if case let .generic(sector, _, _) = actor { return sector }
            return spans.first { $0.actor == actor }?.sector
        }
        let sourceSector = sector(candidate.source.first)
        return EventReading(form: form, suffered: suffered, hasSource: !candidate.source.isEmpty, hasTarget: !candidate.target.isEmpty,
                            sourceSector: sourceSector, targetSector: sector(candidate.target.first), crowd: Self.namesCrowd(spans),
                            crowdActs: sourceSector.map(Self.crowdSectors.contains) == true, evidence: evidence,
                            countedCasualties: counted)
    }

    /// The cues that are evidence for the classifier, read anywhere in the sentence.
    static let evidenceCues: Set<EventCue> = [.casualty, .grievance, .multitude]

    /// Whether a verb's word, without its conjunction or future prefix, starts as only a present
    /// tense does: ي (يهاجم، سيقصف), or ت or ن before the ت of a verb of form V or VI (تتظاهر،
    /// نتعرض). A ت or ن alone starts past verbs too (تظاهر، نظم), and أ as well (أطلق).
    static func isPresentVerb(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        opensPresent(UnsafeBufferPointer(rebasing: norms[token.normRange].dropFirst(token.segmentation.procliticBytes)))
    }

    /// Whether a word in normal form starts as only a present verb does: ي, or ت or ن before a
    /// second ت; false for words of fewer than three letters.
    static func opensPresent(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 6 else { return false }
        let first = (word[0], word[1]), second = (word[2], word[3])
        return first == ya || (first == ta || first == nun) && second == ta
    }

    /// ي، ت، ن in UTF-8: the letters a present verb opens with.
    static let ya: (UInt8, UInt8) = (0xD9, 0x8A), ta: (UInt8, UInt8) = (0xD8, 0xAA), nun: (UInt8, UInt8) = (0xD9, 0x86)
}
