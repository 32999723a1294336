import MarsadCore
import MarsadText

/// An actor an event can name: an entity of the document, or a generic actor read from a
/// role noun (الشرطة، مسلحون) with the country a demonym or place next to it gives.
enum EventActor: Hashable {
    case entity(Int)
    case generic(sector: String, country: String?, surface: Range<Int>)
    /// A state named by a nisba adjective (الروسية), by its ISO alpha-3 code.
    case state(String)

    /// Whether the actor is the state `code`, named or as an entity of the document.
    func isState(_ code: String, _ document: AnnotatedDocument) -> Bool {
        switch self {
        case let .state(c): c == code
        case let .entity(e): document.entities[e].entity.type == .geopolitical && document.entities[e].entity.cameo == code
        case .generic: false
        }
    }

    /// The CAMEO-style code of a generic actor: country (or `---`) and sector.
    static func genericCode(sector: String, country: String?) -> String { (country ?? "---") + sector }

    static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case let (.entity(x), .entity(y)): x == y
        case let (.generic(s1, c1, _), .generic(s2, c2, _)): s1 == s2 && c1 == c2
        case let (.state(x), .state(y)): x == y
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case let .entity(x): hasher.combine(x)
        case let .generic(s, c, _): hasher.combine(s); hasher.combine(c)
        case let .state(c): hasher.combine(c)
        }
    }
}

/// An actor or a place in a sentence, with the tokens it covers.
struct ArgumentSpan {
    var tokens: Range<Int>
    var actor: EventActor?
    /// The entity a place mention links to.
    var place: Int?
    /// The role noun's sector, or the sector of the entity's CAMEO code.
    var sector: String?
    /// Whether the span starts with the conjunction و, joining it to the span before.
    var joined: Bool
    /// Whether the span names a state by its name, not acting through a metonym.
    var isState = false
    /// Whether a reporting verb stands just before the span (قالت الشرطة): a speaker.
    var isSpeaker = false
    /// Whether ضد (against) or على stands just before the span.
    var followsAgainst = false
}

/// Finds the actors and places of one sentence from the document's mentions and the
/// event lexicon's role nouns.
struct SentenceArguments {
    let lexicon: EventLexicon
    let demonyms: DemonymReader
    /// How many words a title may stand before the name it belongs to (بالرئيس الأمريكي السابق دونالد ترامب).
    static let titleReach = 3

    /// The arguments of the sentence covering `tokenRange`, in text order; `firstMention`
    /// is the index of the first mention that may lie in it, advanced past the sentence.
    /// Role nouns are not read at the tokens of verb triggers (طالب: demanded, not a student);
    /// a noun that is both names its actor (المتظاهرون: the protest and who protests).
    func arguments(_ tokenRange: Range<Int>, _ document: AnnotatedDocument, _ forms: inout TokenForms,
                   _ firstMention: inout Int, skipping triggers: [Range<Int>]) -> [ArgumentSpan] {
        let tokens = document.text.tokens
        var spans: [ArgumentSpan] = []
        var k = tokenRange.lowerBound
        let sentenceEnd = tokenRange.isEmpty ? 0 : Int(tokens[tokenRange.upperBound - 1].end)
        while firstMention < document.mentions.count && document.mentions[firstMention].range.upperBound <= Int(tokens[k].start) {
            firstMention += 1
        }
        var m = firstMention
        while k < tokenRange.upperBound {
            let token = tokens[k]
            if m < document.mentions.count, document.mentions[m].range.lowerBound < Int(token.end),
               document.mentions[m].range.lowerBound < sentenceEnd {
                let mention = document.mentions[m]
                var end = k + 1
                while end < tokenRange.upperBound && Int(tokens[end].start) < mention.range.upperBound { end += 1 }
                // A named event (حرب أكتوبر) is neither an actor nor a place of another event.
                if let entity = mention.entity, mention.type != .event {
                    var argument = span(mention, entity, k..<end, document, forms)
                    argument.isSpeaker = followsReport(k, &forms)
                    spans.append(argument)
                }
                m += 1
                k = end
                continue
            }
            if token.kind == .word, !triggers.contains(where: { $0.contains(k) }), let found = forms.match(lexicon.sectorTable, at: k, limit: tokenRange.upperBound) {
                var end = k + found.words
                var country: String?
                if m < document.mentions.count, document.mentions[m].type == .person,
                   document.mentions[m].range.lowerBound < Int(tokens[min(end + Self.titleReach, tokenRange.upperBound) - 1].end) {
                    k = end
                    continue
                }
                // A demonym or a place right after the noun gives its country: الشرطة العراقية، شرطة بغداد.
                if m < document.mentions.count, end < tokenRange.upperBound,
                   document.mentions[m].range.lowerBound < Int(tokens[end].end),
                   let entity = document.mentions[m].entity,
                   [.geopolitical, .group].contains(document.mentions[m].type) || document.mentions[m].isMetonym {
                    country = document.entities[entity].entity.country
                    while end < tokenRange.upperBound && Int(tokens[end].start) < document.mentions[m].range.upperBound { end += 1 }
                    m += 1
                }
                if country == nil, end < tokenRange.upperBound, let adjective = demonyms.country(at: end, &forms) {
                    country = adjective
                    end += 1
                }
                let sector = lexicon.sectors[Int(found.value)]
                let surface = Int(token.start)..<Int(tokens[k + found.words - 1].end)
                spans.append(ArgumentSpan(tokens: k..<end, actor: .generic(sector: sector, country: country, surface: surface),
                                          place: nil, sector: sector, joined: startsWithAnd(k, document, forms),
                                          isSpeaker: followsReport(k, &forms)))
                k = end
                continue
            }
            k += 1
        }
        firstMention = m
        for i in spans.indices where spans[i].tokens.lowerBound > tokenRange.lowerBound {
            let previous = UnsafeBufferPointer(rebasing: forms.norms[tokens[spans[i].tokens.lowerBound - 1].normRange])
            spans[i].followsAgainst = previous.elementsEqual("ضد".utf8) || previous.elementsEqual("علي".utf8)
        }
        return spans
    }

    /// The argument a linked mention makes: a place where it names one as a setting
    /// (a location or facility, or a state after في or ب), else an actor.
    private func span(_ mention: Mention, _ entity: Int, _ range: Range<Int>, _ document: AnnotatedDocument,
                      _ forms: TokenForms) -> ArgumentSpan {
        let record = document.entities[entity].entity
        let isSetting: Bool
        switch mention.type {
        case .location, .facility: isSetting = true
        case .geopolitical: isSetting = !mention.isMetonym && followsPreposition(range.lowerBound, document, forms)
        default: isSetting = false
        }
        if isSetting {
            return ArgumentSpan(tokens: range, actor: nil, place: entity, sector: nil, joined: false)
        }
        let cameo = record.cameo ?? document.entities[entity].roles.last?.cameo
        let sector = cameo.flatMap { $0.count == 6 ? String($0.suffix(3)) : nil }
        return ArgumentSpan(tokens: range, actor: .entity(entity), place: nil, sector: sector,
                            joined: startsWithAnd(range.lowerBound, document, forms),
                            isState: mention.type == .geopolitical && !mention.isMetonym)
    }

    /// Whether token `k` follows في، من، إلى or carries the proclitic ب (بألاسكا).
    private func followsPreposition(_ k: Int, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        if ProcliticFlags.of(document.text.tokens[k]).preposition { return true }
        guard k > 0 else { return false }
        let previous = UnsafeBufferPointer(rebasing: forms.norms[document.text.tokens[k - 1].normRange])
        return previous.elementsEqual("في".utf8) || previous.elementsEqual("الي".utf8) || previous.elementsEqual("من".utf8)
    }

    /// Whether a reporting verb (قال، أعلن، أفاد) is the word before token `k`.
    private func followsReport(_ k: Int, _ forms: inout TokenForms) -> Bool {
        guard k > 0, let found = forms.match(lexicon.cueTable, at: k - 1, limit: k) else { return false }
        return EventLexicon.cue(found.value) == .report
    }

    /// Whether token `k` starts with the conjunction و or follows a lone و or a comma.
    private func startsWithAnd(_ k: Int, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        if ProcliticFlags.of(document.text.tokens[k]).conjunction { return true }
        guard k > 0 else { return false }
        let previous = UnsafeBufferPointer(rebasing: forms.norms[document.text.tokens[k - 1].normRange])
        return previous.elementsEqual("و".utf8) || previous.elementsEqual("،".utf8) || previous.elementsEqual(",".utf8)
    }
}
