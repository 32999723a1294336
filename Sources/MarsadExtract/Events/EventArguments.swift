import MarsadCore
import MarsadText

/// An actor an event can name: an entity of the document, a generic actor read from a
/// role noun (الشرطة، مسلحون) with the country a demonym or place next to it gives, or a
/// person the knowledge base does not know.
enum EventActor: Hashable {
    case entity(Int)
    case generic(sector: String, country: String?, surface: Range<Int>)
    /// A state named by a nisba adjective (الروسية), by its ISO alpha-3 code.
    case state(String)
    /// A person the tagger named and the knowledge base does not know, by the UTF-8 range of the name, with the
    /// sector and country of the title named with them (المبعوث الأمريكي الخاص توم بيرييلو: USA, GOV), if any.
    case person(name: Range<Int>, sector: String?, country: String?)
    /// An organisation of the knowledge base named by its nisba after a role noun (المبعوث الأممي: the United Nations),
    /// by its entity's index in the knowledge base.
    case organisation(Int32)

    /// Whether the actor is the state `code`, named or as an entity of the document.
    func isState(_ code: String, _ document: AnnotatedDocument) -> Bool {
        switch self {
        case let .state(c): c == code
        case let .entity(e): document.entities[e].entity.type == .geopolitical && document.entities[e].entity.cameo == code
        case .generic, .person, .organisation: false
        }
    }

    /// The CAMEO-style code of a generic actor: country (or `---`) and sector.
    static func genericCode(sector: String, country: String?) -> String { (country ?? "---") + sector }

    static func == (a: Self, b: Self) -> Bool {
        switch (a, b) {
        case let (.entity(x), .entity(y)): x == y
        case let (.generic(s1, c1, _), .generic(s2, c2, _)): s1 == s2 && c1 == c2
        case let (.state(x), .state(y)): x == y
        case let (.person(x, _, _), .person(y, _, _)): x == y
        case let (.organisation(x), .organisation(y)): x == y
        default: false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case let .entity(x): hasher.combine(x)
        case let .generic(s, c, _): hasher.combine(s); hasher.combine(c)
        case let .state(c): hasher.combine(c)
        case let .person(name, _, _): hasher.combine(name.lowerBound); hasher.combine(name.upperBound)
        case let .organisation(x): hasher.combine(x)
        }
    }
}

/// An actor or a place in a sentence, with the tokens it covers.
struct ArgumentSpan {
    var tokens: Range<Int>
    var actor: EventActor?
    /// The entity a place mention links to.
    var place: Int?
    /// The role noun's sector, or the sector of the entity's actor code on the document's day.
    var sector: String?
    /// Whether the span starts with the conjunction و, joining it to the span before.
    var joined: Bool
    /// Whether the span names a state by its name, not acting through a metonym.
    var isState = false
    /// Whether the span is a nisba adjective standing for its state (وحدة إسرائيلية، صاروخ أمريكي).
    var isNisba = false
    /// Whether the span names a war machine or an air strike (دبابة إسرائيلية، ضربة جوية أميركية): attackers.
    var isArmed = false
    /// Whether a reporting verb stands just before the span (قالت الشرطة): a speaker.
    var isSpeaker = false
    /// What the word or two before the span tell of its part (ضد، على يد، أمام، استهدف…).
    var marker: ArgumentMarker?
    /// Whether the span starts with the proclitic ل or ب: a complement (دورية للشرطة، اتصل بالجيش),
    /// never a verb's subject.
    var isOblique = false
    /// Whether ضد stands right before the span (ضد إسرائيل): what a protest opposes, even a state.
    var isOpposed = false
    /// Where a person's name starts when the span reaches back over the organisation of their title
    /// (للأمم المتحدة أنطونيو غوتيريش): the name's first word, not the organisation's ل, tells its marker.
    var nameStart: Int?
    /// Whether the span is a role noun of one word in the singular (مسلح، انتحاري) as definite
    /// as the word before it: after an event noun, its adjective (هجوم مسلح: an armed attack;
    /// الهجوم الانتحاري), not an actor as a genitive is (دعم الجيش).
    var isAdjectival = false
    /// Whether the span is such an adjective of an event noun (هجوم انتحاري، العملية الإرهابية): it tells the
    /// kind of that event, and is no actor of it or of any other trigger (هجوم انتحاري بسيارة مفخخة استهدف).
    var describesEvent = false
    /// Whether the span is the town a meeting's noun in the construct state names as where it is held (محادثات جدة,
    /// `EventDetector.withVenues`): a place, which makes the noun as definite as the article does.
    var isVenue = false
    /// Whether the span is what a verb of storming or smashing before it struck (اقتحم المتظاهرون مقر الحزب):
    /// what a protest turned on.
    var isStormed = false
    /// Whether the span stands as the complement of a noun of casualties, counted or not (مقتل ثلاثة جنود،
    /// إصابة خمسة من المدنيين، مقتل جنديين): those it names were struck.
    var isCasualty = false
    /// Whether the span is the subject of لقي before مصرعه or حتفه, counted or not (لقي ستة من المقاتلين مصرعهم):
    /// those it names died, attackers too.
    var metDeath = false
    /// Where the words of the attack the span claims responsibility for start (أعلن التنظيم مسؤوليته عن التفجير:
    /// at التفجير; التفجير الذي استهدف المسجد وتبناه التنظيم: from the clause's start to تبناه), or of the verbal noun
    /// it carried out as the subject of قام (قام مسلحون بخطف: at بخطف): the span is the author of the triggers starting
    /// there, though it stands as a speaker or far from their words.
    var authored: Range<Int>?
    /// Whether `authored` is an attack the span claims responsibility for (not one it carried out as the subject of قام).
    var claimsAttack = false
    /// Whether the span stands right after a verb trigger whose suffix names its subject (خطفوا مصورا، اقتحموا
    /// مقرا): a subject after its verb leaves the verb singular (خطف مسلحون), so what follows such a verb is its object;
    /// or right after a verb trigger bearing the accusative (قتل شرطيين، طعن جنديا): the verb's object, its subject unnamed;
    /// or one man named by his title right after a verb in the feminine (فقتلت المدرس هاني نعيم، واعتقلت الشاب محمد
    /// أحمد): the verb's subject is the clause's before.
    var isObject = false
    /// Whether the span's first word is an indefinite singular in the accusative (موظفا، جنديا): after a verbal noun's
    /// genitive, that noun's object (اعتقال السلطات موظفا).
    var isIndefiniteAccusative = false
    /// Where the words of the attack that killed or wounded those the span names start, when a verb of casualties
    /// stands beside the span and a word of cause after it (أصيب أربعة جنود بجروح جراء انفجار عبوة: at انفجار):
    /// the span is the target of the triggers starting there, though a comma parts it from their clause.
    var sufferedFrom: Range<Int>?
    /// Whether the span is the agent of a relative clause's verb of carrying out (الجريمة التي نفذها مستوطنون): it made
    /// the noun before the clause, not the act of a verb that stands before that noun.
    var isRelativeMaker = false
    /// Where the relative clause the span stands in ends, at its punctuation mark, when one closes it (الحوثيون الذين
    /// يواجهون عملية بدعم من طيران التحالف، قصفوا: طيران التحالف): the span is no actor of a verb after that mark.
    var relativeClauseEnd: Int?
    /// Where the relative clause right after the span ends, at its punctuation mark: a verb right after the mark has
    /// the span as its subject (الحوثيون الذين يواجهون عملية…، قصفوا).
    var headsRelativeClause: Int?
    /// Whether the span stands right after a word of visiting (زيارة الجامعة، زار تونس), or one word on after إلى or with ل
    /// (زيارة إلى الإقليم، زيارة مرتقبة لطهران): where the visit goes, when it is a place.
    var isVisited = false
    /// Whether the span names a state or a body in the feminine right after a verb in the masculine (انتقد عراقجي صمت
    /// العالم، واتهم واشنطن بتوفير الغطاء؛ واتهم الحكومة بالخضوع), or a body in the masculine right after a verb in the
    /// feminine (واتهمت الجيش بقصف الأحياء): the verb's object, its subject another.
    var disagreesWithVerb = false
    /// Whether the span names a body the news calls upon far more often than it hears it act, the international community
    /// (`addressedBodies`): right after a verb of calling it is the one called upon (ودعت المجتمع الدولي إلى التحرك، كما
    /// دعا المجتمع الدولي إلى تحمل مسؤولياته), not its subject.
    var isAddressed = false
    /// Whether أن or إن without a pronoun stands right before the span (هدد بأن الحزب لن يقف مكتوف الأيدي): the subject
    /// of the clause they open, not of a verb before them. With its pronoun the clause has its subject, and the span may be
    /// what it is said to be (أطلق النار على مجموعة اعتقد أنهم سياح).
    var opensComplement = false
    /// Whether the span is a role noun that names an institution's house (الجامعة، المستشفى، السفارة): a body
    /// that may act, and a place one visits (زيارة الجامعة: the university is where, not who).
    var isInstitution = false
    /// Whether مع stands right before the span (التقى مع رئيس الوزراء، لقاء مع نظيره الأمريكي جون كيري): whom an act is
    /// done with, never its subject.
    var isPartner = false
    /// Whether the span stands right after a word of sponsorship or mediation (برعاية الأمم المتحدة، بوساطة قطرية، تحت
    /// رعاية مصر): who brokers an act, none of its parties.
    var isSponsor = false
}

/// Finds the actors and places of one sentence from the document's mentions, the event
/// lexicon's role nouns and the demonyms that name people (ثلاثة عراقيين).
struct SentenceArguments {
    let lexicon: EventLexicon
    let demonyms: DemonymReader
    /// How many words a title may stand past its head before the name it belongs to (بالرئيس الأمريكي السابق
    /// دونالد ترامب، المبعوث الأممي إلى سوريا غير بيدرسن).
    static let titleReach = 6

    /// The arguments of the sentence covering `tokenRange`, in text order; `firstMention`
    /// is the index of the first mention that may lie in it, advanced past the sentence; `bodies`, the
    /// state of each role noun named with one earlier in the document (`NamedBodies`).
    /// Role nouns are not read at the tokens of verb triggers (طالب: demanded, not a student);
    /// a noun that is both names its actor (المتظاهرون: the protest and who protests); no title reaches over
    /// any trigger of `events`.
    func arguments(_ tokenRange: Range<Int>, _ document: AnnotatedDocument, _ forms: inout TokenForms,
                   _ firstMention: inout Int, _ bodies: inout NamedBodies, skipping triggers: [Range<Int>], events: [Range<Int>]) -> [ArgumentSpan] {
        let tokens = document.text.tokens
        var spans: [ArgumentSpan] = []
        var k = tokenRange.lowerBound
        let sentenceEnd = tokenRange.isEmpty ? 0 : Int(tokens[tokenRange.upperBound - 1].end)
        while firstMention < document.mentions.count && document.mentions[firstMention].range.upperBound <= Int(tokens[k].start) {
            firstMention += 1
        }
        var m = firstMention
        // Where the organisation of the title of the person next named starts (الأمين العام للأمم المتحدة …).
        var titleOrganisation: (start: Int, end: Int)?
        // Where an organisation named by an office ends (مكتب رئيس الوزراء الإسرائيلي): the holder's name after it is its.
        var officeEnd: Int?
        // Where the title of the person next named starts (المبعوث الأممي إلى سوريا غير بيدرسن): the person stands there.
        var personTitle: Int?
        // Where the words of deputies (`deputies`) and spokespeople stand: the actor named next stands there.
        var proxies: [Int] = []
        while k < tokenRange.upperBound {
            let token = tokens[k]
            if m < document.mentions.count, document.mentions[m].range.lowerBound < Int(token.end),
               document.mentions[m].range.lowerBound < sentenceEnd {
                let mention = document.mentions[m]
                var end = k + 1
                while end < tokenRange.upperBound && Int(tokens[end].start) < mention.range.upperBound { end += 1 }
                m += 1
                if mention.type == .person, let titled = titledPerson(at: k, mention: m, in: tokenRange, document, &forms, skipping: events) {
                    // A title the linker read as its holder's is that of the person named after it (المبعوث الأمريكي إلى
                    // الشرق الأوسط ستيف ويتكوف): the name says who holds it.
                    personTitle = k
                    m = titled.mention
                    k = titled.name
                    continue
                }
                if Self.namesUnknownPerson(m - 1, over: k..<end, document, forms), !isTitle(k, in: tokenRange, &forms),
                   !triggers.contains(where: { $0.contains(k) }) {
                    addUnknownPerson(named: mention.range, at: k..<end, in: tokenRange, events: events, &spans, document, &forms)
                    titleOrganisation = nil
                    personTitle = nil
                    officeEnd = nil
                    k = end
                    continue
                }
                if let entity = mention.entity, !(mention.isRolePhrase && proxies.last == k - 1) {
                    // A named event (حرب أكتوبر) is neither an actor nor a place of another event, nor is the
                    // organisation in a person's title (رئيسة المفوضية الأوروبية أورسولا فون دير لاين);
                    // a demonym right after a place is that place's (في مدينة درنة الليبية), and right after a state part of its
                    // name (جمهورية مصر العربية). So is a nisba right after a word for a place (في العاصمة العراقية بغداد), and the
                    // state of a neighbourhood (دول الجوار الليبي), of an envoy's post (المبعوث الخاص إلى السودان) or of a tie or a
                    // course (السفن المرتبطة بإسرائيل، حافلة قادمة من البصرة) is neither.
                    if mention.type == .group, let last = spans.indices.last, spans[last].isState, spans[last].tokens.upperBound == k,
                       !ProcliticFlags.of(tokens[k]).conjunction {
                        spans[last].tokens = spans[last].tokens.lowerBound..<end
                    } else if mention.type != .event, !mention.isInTitle, !(mention.type == .person && officeEnd == k),
                       !(mention.type == .group && spans.last.map { $0.place != nil && $0.tokens.upperBound == k } == true),
                       !describesPlaceWord(mention, document.entities[entity].entity, k, forms), !followsNeighbourhood(k, forms),
                       !namesEnvoysPost(k, in: tokenRange, forms),
                       !(mention.type == .geopolitical && followsTieOrCourse(k, in: tokenRange, forms)) {
                        var argument = span(mention, entity, k..<end, sentence: tokenRange, document, forms)
                        // The person stands where the organisation of their title does, as near the verb as its words.
                        if let title = titleOrganisation, title.end == k {
                            argument.tokens = title.start..<end
                            argument.nameStart = k
                        }
                        if let title = personTitle { argument.tokens = title..<end }
                        if let delegation = delegation(before: k, in: tokenRange, forms) { argument.tokens = delegation..<end }
                        argument.isSpeaker = followsReport(argument.tokens.lowerBound, after: tokenRange.lowerBound, &forms)
                        if pairsNisba(k..<end, after: spans.last, &forms) { argument.joined = true }
                        spans.append(argument)
                    }
                    titleOrganisation = mention.isInTitle ? (k, end) : nil
                    personTitle = nil
                    officeEnd = mention.type == .organisation && namesOffice(k..<end, &forms) ? end : nil
                    k = end
                    continue
                }
                // A name the tagger found and nothing links may still be a role noun (انتحاريون): read on.
            }
            if token.kind == .word, !triggers.contains(where: { $0.contains(k) }),
               let titled = titledPerson(at: k, mention: m, in: tokenRange, document, &forms, skipping: events) {
                // A title before a person the knowledge base knows is theirs; before an unknown name a role
                // noun is the only code the person gets (اغتيال العميد فلان → MIL).
                personTitle = k
                m = titled.mention
                k = titled.name
                continue
            }
            if token.kind == .word, !triggers.contains(where: { $0.contains(k) }), let entity = antecedent(of: k, before: m, in: tokenRange, document, forms) {
                var argument = ArgumentSpan(tokens: k..<(k + 1), actor: .entity(entity), place: nil,
                                            sector: document.entities[entity].cameo.flatMap(CAMEOActorCode.sector),
                                            joined: startsWithAnd(k, document, forms))
                argument.isSpeaker = followsReport(k, after: tokenRange.lowerBound, &forms)
                spans.append(argument)
                k += 1
                continue
            }
            if token.kind == .word, k + 1 < tokenRange.upperBound, m < document.mentions.count, document.mentions[m].type == .person,
               document.mentions[m].range.lowerBound == Int(tokens[k + 1].start), forms.norm(k).isOne(of: Self.deputies),
               document.mentions[m].isRolePhrase || isTitle(k + 1, in: tokenRange, &forms) {
                // A deputy of the office named after him is neither its holder nor a member of parliament (نائب وزير
                // الخارجية الصيني): the office's words tell his state and sector, or the name after them who he is (نائب
                // خادم الحرمين الشريفين الأمير محمد بن نايف). Before a name it is a member's title (النائب عبد الحميد دشتي).
                proxies.append(k)
                k += 1
                continue
            }
            if token.kind == .word, !triggers.contains(where: { $0.contains(k) }),
               let found = forms.match(lexicon.sectorTable, at: k, limit: tokenRange.upperBound) ?? forms.matchIndefinite(lexicon.sectorTable, at: k, limit: tokenRange.upperBound) {
                var end = k + found.words
                if speaksFor(at: end, in: tokenRange, document, m, &forms) {
                    // A spokesperson speaks for the body named next, which acts in their words (المتحدث باسم قوات الدعم
                    // السريع، الناطق العسكري باسم الجيش السوداني).
                    proxies.append(k)
                    k = end
                    continue
                }
                var country: String?
                var sector = lexicon.sectors[Int(found.value)]
                // The role noun's last token: a count's role extends it (مئات الطلاب).
                var nounEnd = end
                let nextIsPerson = m < document.mentions.count && document.mentions[m].type == .person
                if sector == "CVL", nextIsPerson, end < tokenRange.upperBound, document.mentions[m].range.lowerBound < Int(tokens[end].end) {
                    // A crowd of a person is not that person: أنصار الحريري are supporters, civilians.
                    while end < tokenRange.upperBound && Int(tokens[end].start) < document.mentions[m].range.upperBound { end += 1 }
                    m += 1
                }
                if sector == "CVL", found.words == 1, end == k + 1, end < tokenRange.upperBound,
                   UnsafeBufferPointer(rebasing: forms.norms[token.normRange]).isOne(of: Self.crowdHeads) {
                    // A count of others (وأصيب عشرات آخرون) repeats the victims named before it; a count of acts
                    // (شنت عشرات الغارات، ثلاثة آلاف زيارة) names no people, unless they are its casualties (عشرات القتلى).
                    // A count before a verb in the plural is its subject (عشرات أصيبوا).
                    if UnsafeBufferPointer(rebasing: forms.norms[tokens[end].normRange]).isOne(of: Self.others)
                        || triggers.contains(where: { $0.lowerBound == end }) && !EventDetector.hasPluralSubject(tokens[end], forms.norms)
                            && !EventDetector.isCasualtyNoun(tokens[end], forms.norms) {
                        k = end + 1
                        continue
                    }
                    // The people of a count may follow من: العشرات من المتظاهرين الفلسطينيين، مئات من الطلاب.
                    let partitive = end + 1 < tokenRange.upperBound && UnsafeBufferPointer(rebasing: forms.norms[tokens[end].normRange]).equals(EventDetector.from)
                    let people = partitive ? end + 1 : end
                    // A count of people named by a demonym is those people: عشرات الفلسطينيين.
                    if let state = demonyms.people(at: people, &forms) {
                        // Its sector is a crowd's for the roles, the state its code.
                        spans.append(ArgumentSpan(tokens: k..<(people + 1), actor: .state(state), place: nil, sector: sector,
                                                  joined: startsWithAnd(k, document, forms), isSpeaker: followsReport(k, after: tokenRange.lowerBound, &forms)))
                        // The tagger may have named the demonym: it is read.
                        while m < document.mentions.count && document.mentions[m].range.lowerBound < Int(tokens[people].end) { m += 1 }
                        k = people + 1
                        continue
                    }
                    // A count or the supporters of a role are of that role: مئات الطلاب، عشرات المسلحين، أنصار المعارضة; after
                    // من of its own sector too, for the demonym after it (العشرات من المتظاهرين الفلسطينيين).
                    if !triggers.contains(where: { $0.contains(people) }),
                       let role = forms.match(lexicon.sectorTable, at: people, limit: tokenRange.upperBound),
                       partitive || lexicon.sectors[Int(role.value)] != sector {
                        sector = lexicon.sectors[Int(role.value)]
                        end = people + role.words
                        nounEnd = end
                        // The tagger may have named the role (المعارضة): it is read.
                        while m < document.mentions.count && document.mentions[m].range.lowerBound < Int(tokens[end - 1].end) { m += 1 }
                    }
                }
                // A demonym or a place right after the noun gives its country: الشرطة العراقية، شرطة بغداد; residents
                // take their place's past a word for its kind too (سكان مدينة الموصل، أهالي بلدة تلعفر).
                let ofKind = end + 1 < tokenRange.upperBound && forms.norm(nounEnd - 1).isOne(of: Self.residents)
                    && EventDetector.stem(tokens[end], forms.norm(end)).isOne(of: Self.kindsOfPlace)
                if m < document.mentions.count, end < tokenRange.upperBound,
                   document.mentions[m].range.lowerBound < Int(tokens[ofKind ? end + 1 : end].end),
                   let entity = document.mentions[m].entity,
                   ofKind ? document.mentions[m].type == .geopolitical
                       : [.geopolitical, .group].contains(document.mentions[m].type) || document.mentions[m].isMetonym {
                    // A continent names no state: forces so called serve a union of states (القوات الأفريقية).
                    country = document.entities[entity].entity.country
                        ?? (demonyms.isForeign(at: end, ofForces: sector == EventDetector.armedForces, forms) ? DemonymReader.international : nil)
                    while end < tokenRange.upperBound && Int(tokens[end].start) < document.mentions[m].range.upperBound { end += 1 }
                    m += 1
                }
                // An office of the state in the construct state reaches its state's name past its department and the
                // state's title (وزارة خارجية البحرين، وزارة خارجية مملكة البحرين); past دول, a union of states, whose
                // officers act together as its council (وزراء خارجية دول مجلس التعاون الخليجي، قادة دول الاتحاد الأوروبي).
                var union: Int?
                if country == nil, Self.stateSectors.contains(sector), !ProcliticFlags.of(tokens[nounEnd - 1]).article,
                   let first = (end..<min(tokenRange.upperBound, end + 3)).first(where: { !forms.norm($0).isOne(of: Self.departments) }) {
                    let ofStates = first < end + 2 && forms.norm(first).equals(Self.statesOf)
                    let name = ofStates ? first + 1 : first
                    if name > end, name < tokenRange.upperBound, m < document.mentions.count,
                       document.mentions[m].range.lowerBound >= Int(tokens[name].start), document.mentions[m].range.lowerBound < Int(tokens[name].end),
                       let entity = document.mentions[m].entity,
                       ofStates ? document.entities[entity].cameo?.hasPrefix(Self.intergovernmental) == true
                           : document.mentions[m].type == .geopolitical && document.entities[entity].entity.isCountry {
                        if ofStates { union = entity } else { country = document.entities[entity].entity.country }
                        end = name
                        while end < tokenRange.upperBound && Int(tokens[end].start) < document.mentions[m].range.upperBound { end += 1 }
                        m += 1
                    }
                }
                // The nisba of an organisation names it, not a state: المبعوث الأممي is the United Nations' envoy.
                var organisation: Int32?
                if country == nil, union == nil, end < tokenRange.upperBound, let body = demonyms.organisation(at: end, forms) {
                    organisation = body
                    end += 1
                } else if country == nil, end < tokenRange.upperBound, DemonymReader.agreesInNumber(tokens[nounEnd - 1], tokens[end], forms),
                   let adjective = demonyms.country(at: end, &forms) {
                    country = adjective
                    end += 1
                } else if country == nil, end < tokenRange.upperBound, demonyms.isForeign(at: end, ofForces: sector == EventDetector.armedForces, forms) {
                    country = DemonymReader.international
                    end += 1
                } else if country == nil, end < tokenRange.upperBound, let place = demonyms.place(at: end, &forms) {
                    country = place
                    end += 1
                }
                if country == nil, end + 1 < tokenRange.upperBound, !ProcliticFlags.of(tokens[end - 1]).article,
                   ProcliticFlags.of(tokens[end]).article, m >= document.mentions.count || document.mentions[m].range.lowerBound >= Int(tokens[end].end),
                   let adjective = demonyms.country(at: end + 1, &forms) {
                    // A noun in the construct state shares the demonym of its genitive: وزارة الدفاع الأميركية،
                    // جنود الاحتلال الإسرائيلي.
                    country = adjective
                    end += 2
                    // The tagger may have named the demonym: it is read.
                    while m < document.mentions.count && document.mentions[m].range.lowerBound < Int(tokens[end - 1].end) { m += 1 }
                }
                if country == nil, organisation == nil, end < tokenRange.upperBound, !ProcliticFlags.of(tokens[end - 1]).article,
                   tokens[end].kind == .word, forms.norm(end).equals(Self.occupation) {
                    // The occupation in the construct state, with no state's nisba after it, is Israel's in Arabic news
                    // (قوات الاحتلال، سلطات الاحتلال، جنود الاحتلال); another's names its state (قوات الاحتلال الأمريكي).
                    country = Self.occupyingState
                    end += 1
                }
                if country == nil, organisation == nil, union == nil, Self.stateSectors.contains(sector), tokens[nounEnd - 1].segmentation.enclitic == 0,
                   !Self.diplomatic.contains(where: forms.norm(nounEnd - 1).containsBytes) {
                    // An office of the state in a place is that place's state's (مدير مكتب وزير الداخلية في رام الله،
                    // قاضٍ في بغداد، مقر للشرطة في مدينة سامراء), past the genitive of a ministry; the place stays a span of its own. Not an office
                    // with its owner's pronoun (ممثلياتها في طرابلس) or a mission abroad (السفارة في بغداد).
                    let ministry = end + 2 < tokenRange.upperBound && tokens[end].kind == .word && ProcliticFlags.of(tokens[end]).article
                    let inside = ministry && forms.norm(end + 1).equals(ArgumentMarker.inside) ? end + 1 : end
                    // A word for the place's kind may stand before its name: قاعدة للشرطة في مدينة بعقوبة.
                    let name = inside + 2 < tokenRange.upperBound && tokens[inside + 1].kind == .word
                        && EventDetector.stem(tokens[inside + 1], forms.norm(inside + 1)).isOne(of: Self.kindsOfPlace) ? inside + 2 : inside + 1
                    if name < tokenRange.upperBound, forms.norm(inside).equals(ArgumentMarker.inside),
                       m < document.mentions.count, document.mentions[m].range.lowerBound < Int(tokens[name].end),
                       document.mentions[m].range.lowerBound >= Int(tokens[inside + 1].start),
                       document.mentions[m].type == .geopolitical, let entity = document.mentions[m].entity {
                        country = document.entities[entity].entity.country
                    }
                }
                if country == nil, (1...5).contains(tokens[nounEnd - 1].segmentation.enclitic),
                   let owner = spans.last(where: { ownerCountry($0, of: sector, document) != nil }) {
                    // A role noun with a pronoun of its owner is the owner's (أعلن الجيش الأمريكي مقتل اثنين من
                    // جنوده، قالت إسرائيل إن قواتها): the nearest actor before it of its sector, or a state.
                    country = ownerCountry(owner, of: sector, document)
                }
                let head = EventDetector.bareStem(k, forms)
                if country == nil, sector != "CVL", nounEnd == k + 1, end == nounEnd, token.segmentation.enclitic == 0,
                   EventDetector.bearsArticle(k, forms) {
                    // A body named again by its noun alone is the one named before with its state (بحسب وزارة الدفاع السورية …
                    // واتهمت الوزارة).
                    country = bodies.state(of: head)
                } else if let country {
                    bodies.name(head, country)
                }
                let surface = Int(token.start)..<Int(tokens[nounEnd - 1].end)
                var argument = ArgumentSpan(tokens: k..<end, actor: union.map(EventActor.entity) ?? organisation.map(EventActor.organisation) ?? .generic(sector: sector, country: country, surface: surface),
                                            place: nil, sector: sector, joined: startsWithAnd(k, document, forms),
                                            isSpeaker: followsReport(k, after: tokenRange.lowerBound, &forms))
                argument.isArmed = Self.isArmedNoun(k, forms)
                if argument.isArmed, Self.isRiddenIn(k, after: tokenRange.lowerBound, forms) {
                    // A war machine one rides in or a bomb was planted in is no attacker (اغتيل في متفجرة زرعت في طائرة
                    // هليكوبتر كان يستقلها).
                    argument.actor = nil
                    argument.sector = nil
                    argument.isArmed = false
                }
                argument.isInstitution = EventDetector.stem(token, forms.norm(k)).isOne(of: Self.institutions)
                let word = UnsafeBufferPointer(rebasing: forms.norms[token.normRange])
                let agrees = nounEnd == k + 1 && k > tokenRange.lowerBound && !Self.isSoundPlural(word)
                    && ProcliticFlags.of(token).article == ProcliticFlags.of(tokens[k - 1]).article
                argument.describesEvent = agrees && followsEventNoun(k, &forms)
                argument.isAdjectival = argument.describesEvent || agrees && Self.isSingularNisba(word) && !Self.followsVerb(k, triggers, forms)
                spans.append(argument)
                k = end
                continue
            }
            if token.kind == .word, let country = demonyms.people(at: k, &forms) {
                spans.append(ArgumentSpan(tokens: k..<(k + 1), actor: .state(country), place: nil, sector: nil,
                                          joined: startsWithAnd(k, document, forms), isSpeaker: followsReport(k, after: tokenRange.lowerBound, &forms)))
            }
            k += 1
        }
        firstMention = m
        for proxy in proxies {
            if let next = spans.firstIndex(where: { $0.tokens.lowerBound > proxy }), spans[next].actor != nil,
               spans[next].tokens.lowerBound - proxy <= Self.titleReach + 3 {
                spans[next].tokens = proxy..<spans[next].tokens.upperBound
            }
        }
        joinTitlesAfterNames(&spans, forms)
        let places = spans.filter { $0.place != nil }.map(\.tokens)
        for i in spans.indices {
            let start = spans[i].nameStart ?? spans[i].tokens.lowerBound
            spans[i].marker = ArgumentMarker.of(start, after: tokenRange.lowerBound, forms)
            spans[i].isRelativeMaker = spans[i].marker == .agent && start - 3 >= tokenRange.lowerBound
                && ArgumentMarker.relativeMaker(after: start - 3, in: tokenRange, forms) == start
            let flags = ProcliticFlags.of(tokens[start])
            spans[i].isOblique = flags.lam || flags.preposition
            spans[i].isOpposed = ArgumentMarker.followsOpposing(start, after: tokenRange.lowerBound, forms)
            spans[i].opensComplement = Self.followsThat(start, tokenRange, forms)
            spans[i].isPartner = spans[i].tokens.lowerBound > tokenRange.lowerBound && forms.norm(spans[i].tokens.lowerBound - 1).equals(EventDetector.with)
            // Those joined to a sponsor sponsor with it (برعاية الولايات المتحدة والصين).
            spans[i].isSponsor = spans[i].tokens.lowerBound > tokenRange.lowerBound
                && EventDetector.bareStem(spans[i].tokens.lowerBound - 1, forms).isOne(of: Self.sponsorships)
                || i > 0 && spans[i].joined && spans[i - 1].isSponsor && spans[i - 1].tokens.upperBound == spans[i].tokens.lowerBound
            // The casualty noun stands before the count (and من, and the members' word before it: مقتل أربعة عناصر من حزب
            // الله), and the words that make it approximate (مقتل ما لا يقل عن 15 مدنيا), or right before the span.
            let count = spans[i].marker == .partitive
                ? ArgumentMarker.partitiveCount(before: spans[i].tokens.lowerBound, after: tokenRange.lowerBound, forms) : spans[i].tokens.lowerBound - 1
            let noun = [.partitive, .counted].contains(spans[i].marker) && count >= tokenRange.lowerBound
                ? CountApproximation.start(before: count, in: tokenRange, tokens, forms.norms) - 1 : spans[i].tokens.lowerBound - 1
            spans[i].isCasualty = noun >= tokenRange.lowerBound
                && (EventDetector.isCasualtyNoun(tokens[noun], forms.norms) || spans[i].marker == .partitive && Self.isCasualtyVerb(noun, forms))
            spans[i].metDeath = noun >= tokenRange.lowerBound && tokens[noun].kind == .word
                && EventDetector.stem(tokens[noun], UnsafeBufferPointer(rebasing: forms.norms[tokens[noun].normRange])).isOne(of: Self.metDeath)
            spans[i].isStormed = followsStorming(spans, i, after: tokenRange.lowerBound, forms)
            spans[i].isVisited = followsVisit(spans[i].tokens.lowerBound, after: tokenRange.lowerBound, forms)
            if case let .entity(e)? = spans[i].actor { spans[i].isAddressed = Self.addressedBodies.contains(document.entities[e].entity.id) }
            if let verb = Self.verb(before: spans[i].tokens.lowerBound, triggers, after: tokenRange.lowerBound, forms) {
                spans[i].isObject = Self.hasItsSubject(verb, forms) || isAccusative(spans[i], after: verb, spans, in: tokenRange, &forms)
                    || Self.titlesAMan(spans[i], document, forms) && Self.isFeminineSingularPast(verb, forms)
                spans[i].disagreesWithVerb = (Self.isFeminineState(spans[i], document, forms) || Self.isFeminineBody(spans[i], forms))
                    && Self.isMasculineSingular(verb, forms)
                    || (Self.isMasculineBody(spans[i], forms) || Self.isMasculinePlural(spans[i], document, forms)) && Self.isFeminineSingularPast(verb, forms)
            } else if Self.namesPerson(spans[i], document), spans[i].tokens.lowerBound - 1 > tokenRange.lowerBound, Self.isManTitle(spans[i].tokens.lowerBound - 1, forms),
                      let verb = Self.verb(before: spans[i].tokens.lowerBound - 1, triggers, after: tokenRange.lowerBound, forms) {
                // A man named after a title that is no actor of its own stands where the title does (فقتلت المدرس هاني نعيم).
                spans[i].isObject = Self.isFeminineSingularPast(verb, forms)
            }
            spans[i].isIndefiniteAccusative = bearsTanwinAlef(spans[i], in: tokenRange, &forms)
                && !forms.norm(spans[i].tokens.lowerBound).isOne(of: Self.mannerAdverbs)
            if spans[i].actor != nil {
                let claimed = claim(spans[i].tokens, in: tokenRange, places: places, forms)
                spans[i].claimsAttack = claimed != nil
                spans[i].authored = claimed ?? performed(by: spans[i].tokens, in: tokenRange, places: places, forms)
                spans[i].sufferedFrom = cause(of: spans[i].tokens, in: tokenRange, forms)
            }
        }
        keepFirstSurvivor(&spans)
        joinMembersToTheirGroups(&spans, document, forms)
        markRelativeClauses(&spans, in: tokenRange, forms)
        return spans
    }

    /// Who survived (نجا) is the first actor after the verb: an actor right after that one, which the words of a name
    /// may reach too, is its genitive or its adjective (نجا رئيس حزب حليف، نجا وزير التعليم العالي العراقي), not
    /// another survivor.
    private func keepFirstSurvivor(_ spans: inout [ArgumentSpan]) {
        var previous: ArgumentSpan?
        for i in spans.indices where spans[i].actor != nil {
            if spans[i].marker == .undergoer, let previous, previous.marker == .undergoer,
               spans[i].tokens.lowerBound - previous.tokens.upperBound <= ArgumentMarker.nameWords {
                spans[i].marker = nil
            }
            previous = spans[i]
        }
    }

    /// لقي، لقيت، لقوا: met (death), in normal form without clitics.
    private static let metDeath = ["لقي", "لقيت", "لقوا", "يلقي", "لقيا"].map { Array($0.utf8) }

    /// How many tokens may stand between a claimant and its claim: days, punctuation, في and a place
    /// (أعلن فرع التنظيم في اليمن أمس، مسؤوليته).
    static let claimReach = 5

    /// The tokens where the attack the actor at `span` claims starts: the word after عن when مسؤولية with its
    /// pronoun and عن follow the actor within `claimReach` tokens of days, punctuation or places (أعلنت الجماعة
    /// أمس مسؤوليتها عن الهجوم); the clause before when a verb of adopting stands before the actor or the noun of
    /// its kind (وتبنته حركة طالبان) or the claim ends in عنه; none after a verb of denying (نفت الحركة مسؤوليتها).
    private func claim(_ span: Range<Int>, in sentence: Range<Int>, places: [Range<Int>], _ forms: TokenForms) -> Range<Int>? {
        func stem(_ j: Int) -> UnsafeBufferPointer<UInt8> { EventDetector.stem(forms.tokens[j], forms.norm(j)) }
        func isWord(_ j: Int) -> Bool { j >= sentence.lowerBound && forms.tokens[j].kind == .word }
        // The clause before token `j`: from after the last punctuation before it.
        func clause(before j: Int) -> Range<Int> {
            let start = (sentence.lowerBound..<j).last { forms.tokens[$0].kind == .punctuation }.map { $0 + 1 } ?? sentence.lowerBound
            return start..<j
        }
        let denied = (max(sentence.lowerBound, span.lowerBound - Self.claimReach)..<span.lowerBound).contains { isWord($0) && stem($0).isOne(of: Self.denying) }
        if denied { return nil }
        let verb = isWord(span.lowerBound - 1) && stem(span.lowerBound - 1).isOne(of: Self.organisationKinds) ? span.lowerBound - 2 : span.lowerBound - 1
        if isWord(verb), !ProcliticFlags.of(forms.tokens[verb]).preposition, forms.norm(verb).containsBytes(Self.adopted) {
            return clause(before: verb)
        }
        var j = span.upperBound
        while j < min(sentence.upperBound - 1, span.upperBound + Self.claimReach) {
            let word = forms.norm(j)
            if forms.tokens[j].kind == .word, Self.responsibility.contains(where: word.containsBytes) {
                let about = forms.norm(j + 1)
                if about.equals(EventDetector.about) { return j + 2 < sentence.upperBound ? (j + 2)..<(j + 3) : nil }
                return about.isOne(of: Self.aboutIt) ? clause(before: span.lowerBound) : nil
            }
            guard forms.tokens[j].kind == .punctuation || word.isOne(of: ArgumentMarker.days) || word.equals(ArgumentMarker.inside)
                    || places.contains(where: { $0.contains(j) }) else { return nil }
            j += 1
        }
        return nil
    }

    /// مسؤولية (also written مسئولية) in normal form, with or without its pronoun.
    private static let responsibility = ["مسؤولي", "مسئولي"].map { Array($0.utf8) }
    /// عنه، عنها: what responsibility is claimed for, an attack named before (after عن, `EventDetector.about`, one named next).
    private static let aboutIt = ["عنه", "عنها", "عنهما"].map { Array($0.utf8) }
    /// تبنى، تبنت، وتبنته: adopted (an attack), in normal form.
    private static let adopted = Array("تبن".utf8)
    /// Verbs of denying without their clitics: نفى، نفت، ينفي، تنفي، نفوا.
    private static let denying = ["نفي", "نفت", "ينفي", "تنفي", "نفوا", "نفيا"].map { Array($0.utf8) }

    /// How many tokens may stand between a verb of casualties and those it names (وأصيب صباح أمس أربعة جنود), or
    /// between them and the word of cause (جنود أجانب بجروح، من جراء).
    static let causeReach = 4

    /// The tokens where the attack that killed or wounded those at `span` starts: the word or two after جراء، نتيجة،
    /// إثر، بسبب or بفعل, which follows the span within `causeReach` tokens of punctuation, days, بجروح, من or على
    /// الأقل, when a past verb of killing or wounding stands within `causeReach` tokens before the span or right after it
    /// (20 مدنيا قتلوا نتيجة القصف). Nil without either.
    private func cause(of span: Range<Int>, in sentence: Range<Int>, _ forms: TokenForms) -> Range<Int>? {
        var j = span.lowerBound - 1, struck = false
        while j >= max(sentence.lowerBound, span.lowerBound - Self.causeReach), forms.tokens[j].kind != .punctuation {
            if Self.isCasualtyVerb(j, forms) { struck = true; break }
            j -= 1
        }
        var k = span.upperBound
        if !struck, k < sentence.upperBound, Self.isCasualtyVerb(k, forms) { struck = true; k += 1 }
        guard struck else { return nil }
        let end = min(sentence.upperBound - 1, k + Self.causeReach)
        while k < end {
            let word = forms.norm(k)
            if forms.tokens[k].kind == .word, word.isOne(of: Self.causes) { return (k + 1)..<min(sentence.upperBound, k + 3) }
            guard forms.tokens[k].kind == .punctuation || word.isOne(of: ArgumentMarker.days) || word.isOne(of: Self.besideCause)
                    || word.starts(with: Self.withWounds) else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether token `j` is a past verb of killing or wounding (أصيب، قتلوا), with و or ف the segmenter may have left
    /// on it (وأصيب).
    static func isCasualtyVerb(_ j: Int, _ forms: TokenForms) -> Bool {
        forms.tokens[j].kind == .word && EventDetector.isOne(EventDetector.stem(forms.tokens[j], forms.norm(j)), withConjunction: casualtyVerbs)
    }

    /// Past verbs of killing and wounding in normal form without clitics: أصيب، قتلوا، جرح.
    private static let casualtyVerbs = ["اصيب", "اصيبت", "اصيبوا", "اصيبا", "قتل", "قتلت", "قتلوا", "قتلا", "جرح", "جرحت", "جرحوا", "جرحا", "توفي", "توفوا"]
        .map { Array($0.utf8) }
    /// Words of cause before the attack that caused casualties: جراء، نتيجة، إثر، بسبب، بفعل.
    private static let causes = ["جراء", "نتيجة", "اثر", "بسبب", "بفعل"].map { Array($0.utf8) }
    /// Words that may stand between casualties and the word of cause: من جراء، على الأقل، آخرون.
    private static let besideCause = ["من", "علي", "الاقل", "اخرون", "اخرين"].map { Array($0.utf8) }
    /// بجر: the start of بجروح، بجراح (with wounds).
    private static let withWounds = Array("بجر".utf8)

    /// How many words a verb of storming may stand before what it struck (هاجم آلاف المتظاهرين مكتب رئيس الوزراء).
    static let stormReach = 4

    /// Whether a verb of storming or smashing stands within `stormReach` words before span `i` with no
    /// punctuation between and at most one other actor, its subject: حطموا يوم الأحد مقر الحزب، وهاجم
    /// المتظاهرون محافظ العاصمة، هاجم آلاف المتظاهرين مكتب رئيس الوزراء.
    private func followsStorming(_ spans: [ArgumentSpan], _ i: Int, after start: Int, _ forms: TokenForms) -> Bool {
        let k = spans[i].tokens.lowerBound
        var j = k - 1
        while j >= max(start, k - Self.stormReach), forms.tokens[j].kind == .word {
            if Self.storming.contains(where: forms.norm(j).containsBytes) {
                // Spans that follow one another name one subject: آلاف | المتظاهرين.
                let between = spans[..<i].filter { $0.actor != nil && $0.tokens.lowerBound > j }
                return between.indices.filter { $0 == 0 || between[$0].tokens.lowerBound != between[$0 - 1].tokens.upperBound }.count <= 1
            }
            j -= 1
        }
        return false
    }

    /// Stems of verbs of storming or smashing in normal form: هاجم، اقتحم، حطم، أحرق، حاصر، رشق.
    private static let storming = ["هاجم", "اقتحم", "حطم", "احرق", "حاصر", "رشق"].map { Array($0.utf8) }

    /// The country of `span` as the owner of a role noun of `sector` with a possessive pronoun: a generic actor or
    /// a named body of that sector (أعلن الجيش السوداني أن طائراته) or a government's owning its forces (أعلنت وزارة
    /// الدفاع التركية أن طائراتها), or a state named by its name.
    private func ownerCountry(_ span: ArgumentSpan, of sector: String, _ document: AnnotatedDocument) -> String? {
        let owns = { (owner: String?) in owner == sector || owner == "GOV" && Self.stateForces.contains(sector) }
        switch span.actor {
        case let .generic(s, country, _)?: return owns(s) ? country : nil
        case let .entity(e)? where span.isState || owns(span.sector): return document.entities[e].entity.country
        default: return nil
        }
    }

    /// Sectors of a state's forces, which its government commands: the army, the police, intelligence.
    private static let stateForces: Set<String> = ["MIL", "COP", "SPY"]

    /// Sectors of the state's own offices, which serve the state of the place they are in: government, police,
    /// courts, parliament. Armies and others may be abroad (القوات في أفغانستان).
    private static let stateSectors: Set<String> = ["GOV", "COP", "JUD", "LEG"]
    /// The departments of a ministry in the construct state and the titles of states, in normal form: what may stand
    /// between an office and its state's name (وزارة خارجية مملكة البحرين).
    private static let departments = ["خارجية", "داخلية", "دفاع", "عدل", "مالية", "اعلام", "مملكة", "جمهورية", "دولة", "سلطنة", "امارة"]
        .map { Array($0.utf8) }

    /// دول (states) in normal form, between an office and the union of states it serves.
    private static let statesOf = Array("دول".utf8)
    /// The start of an intergovernmental organisation's actor code.
    private static let intergovernmental = "IGO"

    /// The stems of embassies, consulates and missions, which serve the state that sends them, in normal form.
    private static let diplomatic = ["سفار", "قنصلي", "ممثلي", "بعث"].map { Array($0.utf8) }

    /// Sectors of the members a group named after them stands for: gunmen, fighters, activists, staff.
    static let memberSectors: Set<String> = ["UAF", "REB", "CRM", "OPP", "LAB"]

    /// Gunmen, fighters, activists or staff of a named organisation are that organisation: ناشطا في كتائب الأقصى، موظفا في
    /// الأمم المتحدة، 150 متمردا من طالبان، مسلحو حماس، مسلحا من تنظيم «القاعدة»، متشددين موالين لحركة طالبان; so are its war
    /// machines (مقاتلات التحالف العربي، طائرات حلف الناتو), and a state's forces' (طائرة بدون طيار تابعة للقوات الأمريكية).
    /// Members of a body of their own sector named after من or في are that body (خمسة جنود من الجيش السوري، نواب في البرلمان
    /// الإيراني). The organisation's or body's span joins the role noun's.
    private func joinMembersToTheirGroups(_ spans: inout [ArgumentSpan], _ document: AnnotatedDocument, _ forms: TokenForms) {
        var i = 0
        while i + 1 < spans.count {
            let role = spans[i], next = spans[i + 1]
            if Self.isOwnBody(of: role, next, forms) || Self.isGroup(of: role, next, document, forms) || Self.isForces(of: role, next, forms) {
                spans[i].actor = next.actor
                spans[i].sector = next.sector ?? role.sector
                spans[i].tokens = role.tokens.lowerBound..<next.tokens.upperBound
                spans.remove(at: i + 1)
            }
            i += 1
        }
    }

    /// Whether `next` names, right after من or في, a body of the sector of `role`, a role noun with no state of its own:
    /// خمسة جنود من الجيش السوري، نواب في البرلمان الإيراني.
    private static func isOwnBody(of role: ArgumentSpan, _ next: ArgumentSpan, _ forms: TokenForms) -> Bool {
        guard case .generic(let sector, nil, _)? = role.actor, case .generic(sector, .some, _)? = next.actor else { return false }
        return next.tokens.lowerBound == role.tokens.upperBound + 1 && forms.norm(role.tokens.upperBound).isOne(of: membership)
    }

    /// Whether `next` names the organisation the members or war machines of `role` belong to, right after them in the
    /// construct state or after من، في or a word of loyalty (مسلحو حماس، مسلحا من تنظيم «القاعدة»، طائرات تابعة لقوات الدعم السريع).
    private static func isGroup(of role: ArgumentSpan, _ next: ArgumentSpan, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        guard case .generic = role.actor, role.sector.map(memberSectors.contains) == true || role.isArmed,
              case let .entity(e)? = next.actor, document.entities[e].entity.type == .organisation else { return false }
        let gap = role.tokens.upperBound
        // Right after it, a noun in the construct state, without the article, is the name's (مسلحو حماس), and so is one
        // whose adjective the name is (المتمردين الحوثيين); otherwise they are two actors (تتهم المعارضة الأمم المتحدة).
        let adjective = next.tokens.count == 1 && (isSingularNisba(forms.norm(gap)) || isSoundPlural(forms.norm(gap)))
        return next.tokens.lowerBound == gap && (!EventDetector.bearsArticle(role.tokens.lowerBound, forms) || adjective)
            || next.tokens.lowerBound > gap
            && (forms.norm(gap).isOne(of: membership) || forms.norm(gap).isOne(of: loyalty) && ProcliticFlags.of(forms.tokens[gap + 1]).lam)
            && namesItsKind(gap + 1..<next.tokens.lowerBound, forms)
    }

    /// Whether `next` names the armed forces of a state that a war machine of `role`, with no state of its own, belongs to,
    /// right after a word of loyalty with ل (طائرة بدون طيار تابعة للقوات الأمريكية).
    private static func isForces(of role: ArgumentSpan, _ next: ArgumentSpan, _ forms: TokenForms) -> Bool {
        guard role.isArmed, case .generic(_, nil, _)? = role.actor, case .generic(_, .some, _)? = next.actor,
              next.sector == EventDetector.armedForces else { return false }
        let gap = role.tokens.upperBound
        return next.tokens.lowerBound == gap + 1 && forms.norm(gap).isOne(of: loyalty) && ProcliticFlags.of(forms.tokens[gap + 1]).lam
    }

    /// من، في in normal form: between members and their organisation.
    private static let membership = ["من", "في"].map { Array($0.utf8) }
    /// Loyal to, belonging to, in normal form: between members or war machines and their organisation with ل (موالين
    /// لحركة طالبان، التابعين للتنظيم، طائرات مسيرة تابعة لقوات الدعم السريع).
    private static let loyalty = ["موالين", "الموالين", "موالون", "الموالون", "التابعين", "تابعين", "التابعون", "تابعون",
                                  "تابعة", "التابعة", "تابع", "التابع"].map { Array($0.utf8) }

    /// Whether the tokens between من or في and an organisation's name are at most a noun of its kind
    /// and the quotation marks or brackets around the name (من تنظيم «القاعدة»، في حركة (حماس)).
    private static func namesItsKind(_ between: Range<Int>, _ forms: TokenForms) -> Bool {
        var words = 0
        for j in between {
            switch forms.tokens[j].kind {
            case .punctuation: continue
            case .word where words == 0:
                let word = EventDetector.stem(forms.tokens[j], forms.norm(j))
                guard word.isOne(of: organisationKinds) else { return false }
                words += 1
            default: return false
            }
        }
        return true
    }

    /// Nouns of the kinds of armed or political organisations, in normal form without clitics.
    private static let organisationKinds = ["تنظيم", "حركة", "جماعة", "جبهة", "حزب", "منظمة", "كتائب", "سرايا", "جيش", "ميليشيا", "فصيل"].map { Array($0.utf8) }

    /// Whether a verb trigger without the marks of a noun stands right before token `k`: the role noun after it
    /// is its subject (فجر انتحاري نفسه), though it ends as a nisba adjective does.
    private static func followsVerb(_ k: Int, _ triggers: [Range<Int>], _ forms: TokenForms) -> Bool {
        triggers.contains { $0.contains(k - 1) } && !EventDetector.isVerbalNoun(forms.tokens[k - 1], forms.norms)
    }

    /// The first token of the verb trigger (no verbal noun) that ends right before token `k`, a day between at most
    /// (خطفوا أمس مصورا).
    private static func verb(before k: Int, _ triggers: [Range<Int>], after start: Int, _ forms: TokenForms) -> Int? {
        var end = k
        if end - 1 > start, forms.tokens[end - 1].kind == .word, forms.norm(end - 1).isOne(of: ArgumentMarker.days) { end -= 1 }
        guard let verb = triggers.first(where: { $0.upperBound == end && $0.lowerBound >= start })?.lowerBound,
              !EventDetector.isVerbalNoun(forms.tokens[verb], forms.norms) else { return nil }
        return verb
    }

    /// Whether the verb at token `verb` has the suffix وا of its plural subject (خطفوا، أطلقوا، هاجموا): a subject after
    /// its verb leaves the verb singular (خطف مسلحون), so what follows such a verb is its object.
    private static func hasItsSubject(_ verb: Int, _ forms: TokenForms) -> Bool {
        let word = forms.norm(verb)
        return word.count > TokenForms.pluralSubject.count + 4 && word.ends(with: TokenForms.pluralSubject)
    }

    /// Whether the span names a state or a city by its name, which takes a verb in the feminine (اتهمت واشنطن، رفضت
    /// مصر): after a verb in the masculine it is no subject but the object (انتقد عراقجي صمت العالم، واتهم واشنطن بتوفير
    /// الغطاء). Not a state whose name often takes the masculine (العراق، لبنان، السودان…), nor its people
    /// (استقبل اليونانيون النبأ).
    private static func isFeminineState(_ span: ArgumentSpan, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        guard case let .entity(e)? = span.actor, !span.isNisba, document.entities[e].entity.type == .geopolitical else { return false }
        let word = EventDetector.bareStem(span.tokens.lowerBound, forms)
        // A state's delegation is named by the masculine وفد (ويزور وفد سعودي صنعاء: the Saudis visit).
        return !word.isOne(of: masculineStates) && !word.isOne(of: maleDelegations) && !word.ends(with: peopleNominative) && !word.ends(with: dualOrPluralAccusative)
    }

    /// Delegations named in the masculine, in normal form without clitics: وفد، وفود.
    static let maleDelegations = ["وفد", "وفدا", "وفود"].map { Array($0.utf8) }

    /// The names of states, in normal form without their article, that take a verb in the masculine as often as in the
    /// feminine or more (أعلن العراق، رفض لبنان).
    static let masculineStates = ["عراق", "لبنان", "اردن", "سودان", "يمن", "مغرب", "صومال", "كويت", "بحرين", "عمان",
                                  "فاتيكان", "كونغو", "سنغال", "غابون", "كاميرون", "نيجر", "برازيل", "جزائر"].map { Array($0.utf8) }

    /// Whether the span is a body named by a masculine noun in the singular (الجيش، الرئيس، البرلمان), which takes a verb
    /// in the masculine: after a verb in the feminine it is the object (ونفت قوات الدعم السريع انسحابها، واتهمت الجيش بقصف
    /// الأحياء: the army is accused).
    private static func isMasculineBody(_ span: ArgumentSpan, _ forms: TokenForms) -> Bool {
        guard case .generic? = span.actor else { return false }
        return EventDetector.bareStem(span.tokens.lowerBound, forms).isOne(of: masculineBodies)
    }

    /// Whether the span opens with a title of one man (`isManTitle`) right before a person's name (الشاب محمد أحمد),
    /// who takes a verb in the masculine: after a verb in the feminine he is its object.
    private static func titlesAMan(_ span: ArgumentSpan, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        let k = span.tokens.lowerBound
        guard k + 1 < forms.tokens.count, isManTitle(k, forms) else { return false }
        let name = Int(forms.tokens[k + 1].start)
        return document.mentions.contains { $0.type == .person && $0.range.lowerBound == name }
    }

    /// Whether token `k` may title one man: a word with the article, not in the feminine (ة) nor a sound plural
    /// (المدرس، الشاب، المطلوب).
    private static func isManTitle(_ k: Int, _ forms: TokenForms) -> Bool {
        forms.tokens[k].kind == .word && EventDetector.bearsArticle(k, forms) && !EventDetector.bareStem(k, forms).ends(with: tehMarbuta)
            && !isSoundPlural(forms.norm(k))
    }

    /// Whether the span's actor is a person, known to the knowledge base or not.
    private static func namesPerson(_ span: ArgumentSpan, _ document: AnnotatedDocument) -> Bool {
        switch span.actor {
        case .person?: true
        case let .entity(e)?: document.entities[e].entity.type == .person
        default: false
        }
    }

    /// Masculine nouns in the singular of bodies that act, in normal form without the article.
    static let masculineBodies = ["جيش", "رئيس", "وزير", "برلمان", "مجلس", "نظام", "كونغرس", "حزب", "تحالف", "احتلال", "جانب"]
        .map { Array($0.utf8) }

    /// Whether the span is a body named by a feminine noun in the singular (الحكومة، الشرطة، المعارضة), which takes a verb
    /// in the feminine: after a verb in the masculine it is the object (رفض قاسم تسليم السلاح، واتهم الحكومة بالخضوع).
    private static func isFeminineBody(_ span: ArgumentSpan, _ forms: TokenForms) -> Bool {
        guard case .generic? = span.actor else { return false }
        return EventDetector.bareStem(span.tokens.lowerBound, forms).isOne(of: feminineBodies)
    }

    /// Whether the span is people or a group named by a sound masculine plural (الحوثيين، المسلحين، المتظاهرون), which takes a verb in
    /// the masculine: after a verb in the feminine it is the object, the verb's subject a state or a body named before it
    /// (نفت طهران أن تكون قد زودت الحوثيين بالأسلحة: the Houthis are armed). Not a state, whose name may end so (البحرين).
    private static func isMasculinePlural(_ span: ArgumentSpan, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        switch span.actor {
        case .generic?: break
        case let .entity(e)?: guard [.group, .organisation].contains(document.entities[e].entity.type) else { return false }
        default: return false
        }
        let word = EventDetector.bareStem(span.tokens.lowerBound, forms)
        return word.count >= 10 && (word.ends(with: peopleNominative) || word.ends(with: dualOrPluralAccusative))
    }

    /// Feminine nouns in the singular of bodies that act, in normal form without the article.
    static let feminineBodies = ["حكومة", "شرطة", "معارضة", "سلطة", "وزارة", "خارجية", "داخلية", "لجنة", "محكمة", "ادارة", "رئاسة", "قيادة"]
        .map { Array($0.utf8) }

    /// Whether the verb at token `verb` is in the feminine singular of the third person past (اتهمت، أدانت), its clitics and
    /// a conjunction off: ت after a stem of three letters or more (قتلت، اتهمت), the ت of a root of three (صوت) not read.
    private static func isFeminineSingularPast(_ verb: Int, _ forms: TokenForms) -> Bool {
        let word = EventDetector.withoutConjunction(EventDetector.stem(forms.tokens[verb], forms.norm(verb)))
        return word.count > 6 && forms.tokens[verb].segmentation.enclitic == 0 && word.ends(with: feminineEnding)
    }

    /// Whether the verb at token `verb` is in the masculine singular of the third person past or present, its clitics and a
    /// conjunction off (اتهم، يتهم، واتهم): no ending of a subject (ت، ا، ن، وا) and no ت of the feminine present before it;
    /// not a noun the lexicon lists among a verb's forms (غارة).
    /// A verb that starts with ت in the past (تعهد، تبنى) or ends in ت by its root (صوت) is not told so, and not read; nor
    /// is a verb of three letters, spelt as its verbal noun, whose genitive is its subject (دعم إيران للأسد، رفض مصر).
    private static func isMasculineSingular(_ verb: Int, _ forms: TokenForms) -> Bool {
        let word = EventDetector.withoutConjunction(EventDetector.stem(forms.tokens[verb], forms.norm(verb)))
        guard word.count > 6, forms.tokens[verb].segmentation.enclitic == 0 else { return false }
        return !word.ends(with: feminineEnding) && !word.ends(with: TokenForms.accusative) && !word.ends(with: nun)
            && !word.ends(with: tehMarbuta) && !word.starts(with: feminineEnding)
    }

    /// أن and إن in normal form, with ب or not (the segmenter may leave بأن whole); without the pronouns
    /// `complementizers` holds, which give the clause its subject.
    static let that = ["ان", "بان"].map { Array($0.utf8) }

    /// Whether أن or بأن with no pronoun on it stands right before token `k` of `sentence`: `k` opens its clause.
    static func followsThat(_ k: Int, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        k > sentence.lowerBound && forms.tokens[k - 1].segmentation.enclitic == 0
            && EventDetector.stem(forms.tokens[k - 1], forms.norm(k - 1)).isOne(of: that)
    }

    /// ت, ن and ة in UTF-8.
    static let feminineEnding = Array("ت".utf8), nun = Array("ن".utf8), tehMarbuta = Array("ة".utf8)

    /// Whether the span's first word, a role noun or a demonym naming people, bears the accusative after the verb at token
    /// `verb`: the tanwin's alef of an indefinite singular (شابا، جنديا), which never stands before a genitive (ضابطا شرطة
    /// and رجلا الأمن are duals in the construct state, subjects), or the ين of a dual or a sound masculine plural
    /// (شرطيين، مسلحين) after a verb that opens its clause or follows its subject — after a verbal noun ين is also the
    /// genitive of its author (دانت قصف المتمردين). A subject bears neither (طعن شاب شرطيين، قتل مسلحون شابا).
    private func isAccusative(_ span: ArgumentSpan, after verb: Int, _ spans: [ArgumentSpan], in sentence: Range<Int>,
                              _ forms: inout TokenForms) -> Bool {
        guard let (word, _) = Self.firstWord(of: span, forms) else { return false }
        // Arabic letters are two bytes each in the norms.
        if word.count >= 10, word.ends(with: Self.dualOrPluralAccusative) {
            return Self.opensClause(verb, sentence.lowerBound, forms) || spans.contains { $0.actor != nil && $0.tokens.upperBound == verb }
        }
        return bearsTanwinAlef(span, in: sentence, &forms)
    }

    /// Nisbas in the accusative that tell the manner of an act more often than they name someone (دعم كييف عسكريا،
    /// عزلها سياسيا), in normal form: no object after a verbal noun's genitive.
    static let mannerAdverbs = ["عسكريا", "سياسيا", "اقتصاديا", "ماليا", "لوجستيا", "امنيا", "اعلاميا", "دبلوماسيا", "انسانيا",
                                "ميدانيا", "دوليا", "اقليميا", "محليا", "رسميا", "شعبيا"].map { Array($0.utf8) }

    /// Whether the span's first word, a role noun or a demonym naming people, is an indefinite singular in the accusative
    /// (موظفا، جنديا): the tanwin's alef, not before a genitive.
    private func bearsTanwinAlef(_ span: ArgumentSpan, in sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        guard let (word, flags) = Self.firstWord(of: span, forms), !flags.article, !flags.preposition, word.count >= 8,
              word.ends(with: TokenForms.accusative), !word.ends(with: Self.brokenPluralAlef), !word.isOne(of: Self.alefNouns) else { return false }
        let k = span.tokens.lowerBound
        return k + 1 >= sentence.upperBound || !beginsGenitive(k + 1, in: sentence, &forms)
    }

    /// The first word of a span naming a role noun or a state, without its clitics and article, and its proclitics; nil for
    /// a span of another actor.
    private static func firstWord(of span: ArgumentSpan, _ forms: TokenForms) -> (word: UnsafeBufferPointer<UInt8>, flags: ProcliticFlags)? {
        switch span.actor {
        case .generic?, .state?: break
        default: return nil
        }
        let k = span.tokens.lowerBound
        let flags = ProcliticFlags.of(forms.tokens[k])
        var word = EventDetector.stem(forms.tokens[k], forms.norm(k))
        if !flags.article, word.starts(with: TokenForms.article) { word = UnsafeBufferPointer(rebasing: word[TokenForms.article.count...]) }
        return (word, flags)
    }

    /// Whether token `j` may be the genitive of the noun before it: a word with the article alone before it (not a day)
    /// or a role noun (ضابطا شرطة، رجلا الأمن).
    private func beginsGenitive(_ j: Int, in sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        guard forms.tokens[j].kind == .word, !forms.norm(j).isOne(of: ArgumentMarker.days) else { return false }
        let flags = ProcliticFlags.of(forms.tokens[j])
        let article = flags.article && !flags.conjunction && !flags.sequel && !flags.preposition && !flags.lam
            || forms.tokens[j].segmentation.procliticBytes == 0 && forms.norm(j).starts(with: TokenForms.article)
        return article || forms.match(lexicon.sectorTable, at: j, limit: sentence.upperBound) != nil
    }

    /// Whether the verb at token `verb` opens its clause: the sentence's or a punctuation mark's first word, with و or ف,
    /// or after a complementizer or a particle of time (إنه، قد، عندما).
    private static func opensClause(_ verb: Int, _ start: Int, _ forms: TokenForms) -> Bool {
        let flags = ProcliticFlags.of(forms.tokens[verb])
        return verb == start || forms.tokens[verb - 1].kind == .punctuation || flags.conjunction || flags.sequel
            || forms.norm(verb - 1).isOne(of: complementizers) || forms.norm(verb - 1).isOne(of: clauseParticles)
    }

    /// Particles before a verb that opens a clause: قد، لقد، ثم، حيث، عندما، بعدما، حين، بينما، فيما، كما.
    private static let clauseParticles = ["قد", "لقد", "ثم", "حيث", "عندما", "بعدما", "حين", "حينما", "بينما", "فيما", "كما"]
        .map { Array($0.utf8) }

    /// ين: the accusative (and genitive) of the dual and the sound masculine plural.
    private static let dualOrPluralAccusative = Array("ين".utf8)
    /// The ون of a sound masculine plural in the nominative (اليونانيون).
    private static let peopleNominative = Array("ون".utf8)
    /// ايا: the ending of broken plurals whose alef is their own (ضحايا، رعايا), no tanwin.
    private static let brokenPluralAlef = Array("ايا".utf8)
    /// Role nouns whose last alef is their own, in normal form: ميليشيا.
    private static let alefNouns = ["مليشيا", "ميليشيا"].map { Array($0.utf8) }

    /// Whether an event noun stands right before token `k` (هجوم، التفجير، عملية انتحارية): a role noun
    /// agreeing with it is its adjective, as a nisba is after any noun (العملية الإرهابية). After a verb or a noun of
    /// no event a role noun of another form names an actor (أطلقت دبابة، قالت إن انتحاريا).
    private func followsEventNoun(_ k: Int, _ forms: inout TokenForms) -> Bool {
        guard let found = forms.match(lexicon.triggerTable, at: k - 1, limit: k + 1) else { return false }
        return lexicon.triggers[Int(found.value)].kind == .noun || EventDetector.isVerbalNoun(forms.tokens[k - 1], forms.norms)
    }

    /// The argument a linked mention makes: a place where it names one as a setting
    /// (a location or facility, a state after في or ب, a dateline's place), else an actor.
    private func span(_ mention: Mention, _ entity: Int, _ range: Range<Int>, sentence: Range<Int>, _ document: AnnotatedDocument,
                      _ forms: TokenForms) -> ArgumentSpan {
        let isSetting: Bool
        switch mention.type {
        case .geopolitical where Dateline.opens(range, sentence: sentence, forms.tokens, forms.norms): isSetting = true
        // A region named by its states (الدول الغربية) acts as they do, unless it is where something happens.
        case .location where EventDetector.bareStem(range.lowerBound, forms).isOne(of: Self.states):
            isSetting = namesSetting(range.lowerBound, document, forms)
        case .location, .facility: isSetting = true
        // An institution named by its building is where one is in it (استقبل الملك في قصر اليمامة الرئيس اليمني، في البيت
        // الأبيض), and so is a seat standing for a state's executive after في opening its clause (وفي بعبدا، استقبل الرئيس);
        // one's members are in others (القيادي في حركة حماس، مصدر في الخارجية الأميركية), and a statement from one (بيان من
        // وزارة الخارجية) is its.
        case .organisation:
            let k = range.lowerBound
            let opensClause = k - 1 == sentence.lowerBound || k >= 2 && forms.tokens[k - 2].kind == .punctuation
            isSetting = k > sentence.lowerBound && forms.norm(k - 1).isOne(of: Self.inside)
                && (EventDetector.bareStem(k, forms).isOne(of: Self.buildings) || opensClause && document.entities[entity].entity.metonymOf != nil)
        // A capital standing for its state is a setting only after a word for a kind of place or a direction
        // (وسط بغداد، جنوب بغداد): a preposition before it may make it a complement (اتصل بواشنطن).
        case .geopolitical:
            isSetting = mention.isMetonym ? followsPlaceWord(range.lowerBound, forms) : namesSetting(range.lowerBound, document, forms)
        default: isSetting = false
        }
        if isSetting {
            return ArgumentSpan(tokens: range, actor: nil, place: entity, sector: nil, joined: false)
        }
        let cameo = document.entities[entity].cameo
        let sector = cameo.flatMap(CAMEOActorCode.sector)
        let k = range.lowerBound
        // The tagger calls the nisba a group or, after some nouns (مقاتلة تركية), a state.
        let isNisba = [.group, .geopolitical].contains(mention.type) && document.entities[entity].entity.type == .geopolitical
            && range.count == 1 && Self.isSingularNisba(forms.norm(k))
            && Self.followsForceNoun(k, forms)
        var argument = ArgumentSpan(tokens: range, actor: .entity(entity), place: nil, sector: sector,
                                    joined: startsWithAnd(k, document, forms),
                                    isState: mention.type == .geopolitical && !mention.isMetonym, isNisba: isNisba)
        // The nisba of a war machine or an air strike, right after it or its adjective (ضربة جوية أميركية).
        argument.isArmed = isNisba && (Self.isArmedNoun(k - 1, forms) || k >= 2 && Self.isArmedNoun(k - 2, forms))
        return argument
    }

    /// Whether a unit, force, war machine or its fire stands right before token `k`, or before one of
    /// its adjectives there (وحدة إسرائيلية، طائرات حربية روسية، بنيران هندية): a nisba after it
    /// names the state's armed forces, after other nouns a state or people (الدولة التونسية، شاب أرمني).
    static func followsForceNoun(_ k: Int, _ forms: TokenForms) -> Bool {
        func stem(_ j: Int) -> UnsafeBufferPointer<UInt8> {
            EventDetector.stem(forms.tokens[j], forms.norm(j))
        }
        func isWord(_ j: Int) -> Bool { j >= 0 && forms.tokens[j].kind == .word }
        guard isWord(k - 1) else { return false }
        // The second of two nisbas joined by و shares the first one's noun: القوات الهندية والباكستانية.
        if ProcliticFlags.of(forms.tokens[k]).conjunction, isSingularNisba(forms.norm(k - 1)) {
            return followsForceNoun(k - 1, forms)
        }
        let previous = stem(k - 1)
        if previous.isOne(of: forceNouns) { return true }
        return isWord(k - 2) && previous.isOne(of: forceAdjectives) && stem(k - 2).isOne(of: forceNouns)
    }

    /// Units, forces, war machines and the fire and strikes they deliver, in normal form without clitics.
    private static let forceNouns = [
        "وحدة", "وحدات", "قوة", "قوات", "جيش", "كتيبة", "كتائب", "فرقة", "سرية", "دورية", "دوريات", "مدفعية",
        "سفينة", "سفن", "صاروخ", "صواريخ", "قذيفة", "قذائف", "نيران", "رصاص", "غارة", "غارات", "قصف",
    ].map { Array($0.utf8) } + armedNouns

    /// War machines and air strikes, in normal form without clitics: they only ever strike, so
    /// they are an attack's source wherever the sentence names them (قامت دبابة إسرائيلية بقصف).
    private static let armedNouns = [
        "طائرة", "طائرات", "مقاتلة", "مقاتلات", "مروحية", "مروحيات", "قاذفة", "قاذفات", "دبابة", "دبابات", "مدرعة", "مدرعات",
        "زورق", "زوارق", "بارجة", "بوارج", "مدمرة", "فرقاطة", "غواصة", "طيران", "ضربة", "ضربات", "غارة", "غارات", "هليكوبتر", "مدفعية",
    ].map { Array($0.utf8) }

    /// Whether token `k`, without its clitics, is a war machine or an air strike.
    static func isArmedNoun(_ k: Int, _ forms: TokenForms) -> Bool {
        let word = EventDetector.stem(forms.tokens[k], forms.norm(k))
        return word.isOne(of: armedNouns)
    }
    /// Whether the war machine at token `k` stands right after في, داخل or على متن: a vehicle someone rides or something
    /// is in, not one that strikes; not an air strike's word (قتل في غارة جوية), which names the attack.
    private static func isRiddenIn(_ k: Int, after start: Int, _ forms: TokenForms) -> Bool {
        k > start && forms.tokens[k - 1].kind == .word && forms.norm(k - 1).isOne(of: insideVehicle)
            && !EventDetector.stem(forms.tokens[k], forms.norm(k)).isOne(of: strikes)
    }

    /// في، داخل، بداخل and متن (على متن): inside a vehicle, in normal form.
    private static let insideVehicle = ["في", "داخل", "بداخل", "متن"].map { Array($0.utf8) }
    /// The armed nouns that name a strike, not a machine: ضربة، غارة.
    private static let strikes = ["ضربة", "ضربات", "غارة", "غارات"].map { Array($0.utf8) }

    /// Adjectives that may stand between a force noun and its nisba: طائرات حربية روسية، وحدة خاصة أمريكية.
    private static let forceAdjectives = ["حربية", "عسكرية", "خاصة", "مسيرة", "بحرية", "جوية", "برية", "مسلحة"].map { Array($0.utf8) }

    /// Whether an organisation's name at `tokens` holds a role noun past its first word: the office of an
    /// officer (مكتب رئيس الوزراء الإسرائيلي), whose name may follow as the rest of the organisation's.
    private func namesOffice(_ tokens: Range<Int>, _ forms: inout TokenForms) -> Bool {
        tokens.dropFirst().contains { forms.tokens[$0].kind == .word && forms.match(lexicon.sectorTable, at: $0, limit: tokens.upperBound) != nil }
    }

    /// "States", "countries": the first word of a region named by its states, in normal form without clitics or the article.
    static let states = ["دول", "بلدان"].map { Array($0.utf8) }

    /// Whether token `k` names a setting: it follows في (وفي)، من، إلى or carries the proclitic ب (بألاسكا),
    /// or follows a word for a kind of place or a direction (في مدينة درنة، بجنوب شرقي تركيا، ريف إدلب).
    private func namesSetting(_ k: Int, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        let tokens = document.text.tokens
        if ProcliticFlags.of(tokens[k]).preposition { return true }
        guard k > 0 else { return false }
        // من after backing names who backs, not where from (بدعم من تركيا والأردن، بطلب من بريطانيا).
        if k >= 2, forms.norm(k - 1).equals(EventDetector.from),
           EventDetector.stem(tokens[k - 2], forms.norm(k - 2)).isOne(of: Self.backing) { return false }
        return forms.norm(k - 1).isOne(of: Self.settingPrepositions) || followsPlaceWord(k, forms) || followsBorderWith(k, forms)
    }

    /// Nouns of backing, asking and mediating before من and whom they come from, in normal form without clitics (the
    /// segmenter may leave ب on them).
    private static let backing = ["دعم", "بدعم", "طلب", "بطلب", "مبادرة", "بمبادرة", "وساطة", "بوساطة", "تمويل", "بتمويل",
                                  "مساعدة", "بمساعدة", "دعوة", "بدعوة", "رعاية", "برعاية"].map { Array($0.utf8) }

    /// Whether a border with the state at token `k` is named right before it, its nisba between (على الحدود مع النيجر،
    /// حدودها مع العراق، الحدود اللبنانية مع إسرائيل): where something happens, not who acts.
    private func followsBorderWith(_ k: Int, _ forms: TokenForms) -> Bool {
        guard k >= 2, forms.norm(k - 1).equals(EventDetector.with) else { return false }
        let border = k >= 3 && Self.isSingularNisba(forms.norm(k - 2)) ? k - 3 : k - 2
        return forms.tokens[border].kind == .word && EventDetector.stem(forms.tokens[border], forms.norm(border)).isOne(of: Self.borders)
    }

    /// The words for a border without clitics.
    private static let borders = ["حدود", "الحدود", "حدوده", "حدودها"].map { Array($0.utf8) }

    /// Whether the word for a neighbourhood stands right before token `k` (دول الجوار الليبي، دول جوار سوريا): its state
    /// is none of those that make it, neither an actor nor a place.
    private func followsNeighbourhood(_ k: Int, _ forms: TokenForms) -> Bool {
        k > 0 && forms.tokens[k - 1].kind == .word && EventDetector.stem(forms.tokens[k - 1], forms.norm(k - 1)).equals(Self.neighbourhood)
    }

    /// جوار in normal form: the neighbourhood of a state.
    private static let neighbourhood = Array("جوار".utf8)

    /// Whether a word for a kind of place or a direction stands right before token `k` (مدينة، وسط، جنوب).
    /// The word's nisba may stand between (العاصمة العراقية بغداد).
    private func followsPlaceWord(_ k: Int, _ forms: TokenForms) -> Bool {
        guard k > 0, forms.tokens[k - 1].kind == .word else { return false }
        return Self.isPlaceWord(k - 1, forms) || Self.isSingularNisba(forms.norm(k - 1)) && Self.isPlaceWord(k - 2, forms)
    }

    /// Whether token `j` is a word for a kind of place or a direction (مدينة، العاصمة، جنوب).
    private static func isPlaceWord(_ j: Int, _ forms: TokenForms) -> Bool {
        j >= 0 && forms.tokens[j].kind == .word && EventDetector.stem(forms.tokens[j], forms.norm(j)).isOne(of: placeWords)
    }

    /// Whether `mention`, one word at token `k`, is a nisba right after a word for a kind of place: that place's
    /// adjective (العاصمة العراقية، المدينة الليبية), neither an actor nor a place of its own. A city whose name
    /// ends as a nisba does is a place (مدينة القامشلي).
    private func describesPlaceWord(_ mention: Mention, _ entity: KBEntity, _ k: Int, _ forms: TokenForms) -> Bool {
        [.group, .geopolitical].contains(mention.type) && (mention.type == .group || entity.isCountry)
            && Int(forms.tokens[k].end) >= mention.range.upperBound
            && Self.isSingularNisba(forms.norm(k)) && Self.isPlaceWord(k - 1, forms)
    }

    /// في، من، إلى in normal form: before a state named as a setting.
    private static let settingPrepositions = ["في", "وفي", "الي", "من"].map { Array($0.utf8) }
    /// في, alone or with و (normal form): what one is in.
    private static let inside = ["في", "وفي"].map { Array($0.utf8) }
    /// The first words of institutions named by their building (normal form without clitics or the article).
    private static let buildings = ["قصر", "مقر", "مبني", "بيت", "كرملين", "ديوان"].map { Array($0.utf8) }

    /// Words for a kind of place or a direction before a place's name, in normal form without clitics.
    private static let placeWords = [
        "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "اقليم", "مقاطعة", "عاصمة", "ريف", "ضواحي", "اطراف", "مخيم",
        "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "داخل", "انحاء", "حدود",
        "قبالة", "سواحل", "ساحل", "شواطئ",
    ].map { Array($0.utf8) }

    /// Sponsorship and mediation, in normal form without clitics or with the ب the segmenter may leave on: whom they
    /// name brokers an act.
    private static let sponsorships = ["رعاية", "وساطة", "برعاية", "بوساطة", "وبرعاية", "وبوساطة"].map { Array($0.utf8) }

    /// Residents of a place, in normal form: سكان، أهالي.
    private static let residents = ["سكان", "السكان", "اهالي", "الاهالي"].map { Array($0.utf8) }
    /// The words of a deputy, an assistant or an undersecretary, in normal form: before a title, of the office's holder.
    static let deputies = ["نائب", "ونائب", "النائب", "والنائب", "نائبة", "ونائبة", "مساعد", "ومساعد", "مساعدة", "ومساعدة",
                                   "وكيل", "ووكيل", "وكيلة", "ووكيلة"].map { Array($0.utf8) }
    /// Words for a kind of inhabited place before its name, in normal form without clitics (مدينة، قرية، مخيم).
    private static let kindsOfPlace = ["مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "اقليم", "مقاطعة", "مخيم", "حي"]
        .map { Array($0.utf8) }

    /// Whether a word of visiting stands right before token `k`, or two words before it when `k` bears ل or follows إلى
    /// (زيارة للمستشفى، زيارة إلى الإقليم، زيارة مرتقبة لطهران).
    private func followsVisit(_ k: Int, after start: Int, _ forms: TokenForms) -> Bool {
        func visits(_ j: Int) -> Bool {
            guard j >= start, forms.tokens[j].kind == .word else { return false }
            let word = EventDetector.stem(forms.tokens[j], forms.norm(j))
            return word.isOne(of: Self.visitVerbs) || word.starts(with: Self.visitNoun) || word.starts(with: Self.theVisitNoun)
        }
        if visits(k - 1) { return true }
        let linked = ProcliticFlags.of(forms.tokens[k]).lam || k - 1 >= start && forms.norm(k - 1).equals(ArgumentMarker.to)
        return linked && visits(k - 2)
    }

    /// Forms of the verb زار in normal form without clitics; its noun starts with زيار (زيارة، زيارته، زيارات).
    private static let visitVerbs = ["زار", "زارت", "زاروا", "يزور", "تزور", "يزورون", "نزور", "ازور"].map { Array($0.utf8) }
    private static let visitNoun = Array("زيار".utf8), theVisitNoun = TokenForms.article + visitNoun

    /// Role nouns that name an institution's house, in normal form without clitics, the article too, which the segmenter
    /// may leave on (الجامعة، مستشفى، السفارة).
    private static let institutions = ["جامعة", "جامعات", "مدرسة", "مدارس", "مستشفي", "مستشفيات", "محكمة", "محاكم", "سفارة", "قنصلية",
                                       "بلدية", "كنيسة", "شركة", "شركات", "بنوك", "مصارف", "بنك", "مصرف"]
        .flatMap { [Array($0.utf8), Array("ال\($0)".utf8)] }

    /// Counts that name a crowd (عشرات، مئات، آلاف) and the supporters of someone (أنصار، مؤيدو), in normal form.
    private static let crowdHeads = ["عشرات", "العشرات", "مئات", "المئات", "الاف", "الالاف", "انصار", "الانصار", "مؤيدو", "مؤيدي", "مناصرو", "مناصري"]
        .map { Array($0.utf8) }
    /// آخرون، آخرين: others, in normal form.
    private static let others = ["اخرون", "اخرين"].map { Array($0.utf8) }

    /// Whether a word ends as a singular nisba adjective does (أمريكي، الإسرائيلية), not as the
    /// people a plural or dual names (تركيين، أمريكيان).
    static func isSingularNisba(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
        nisbaEndings.contains { norm.count > $0.count + 4 && norm.ends(with: $0) }
    }

    /// ي، ية: the endings of a singular nisba.
    private static let nisbaEndings = ["ي", "ية"].map { Array($0.utf8) }
    /// ون، ين، ات: the endings of a sound plural.
    private static let soundPluralEndings = ["ون", "ين", "ات"].map { Array($0.utf8) }

    /// Whether a word ends as a sound plural does: ون، ين، ات.
    static func isSoundPlural(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
        norm.count >= 6 && soundPluralEndings.contains { norm.ends(with: $0) }
    }

    /// How many words a speaker may stand after its reporting verb (أعلنت مصادر أمنية وأخرى طبية عراقية).
    static let speakerReach = 5

    /// Whether a reporting verb (قال، أعلن، أفاد) stands before token `k` within `speakerReach`
    /// words, with no punctuation, complementizer (إن، أنه) or event word between: what follows
    /// those is reported; or token `k` is a statement's author after its noun.
    func followsReport(_ k: Int, after start: Int, _ forms: inout TokenForms) -> Bool {
        // The author of a statement named with ل after its noun speaks, though a verb stands before (ودعت في بيان
        // لوزارة الخارجية جميع الأطراف: the ministry does not call for itself).
        if k - 1 >= start, ProcliticFlags.of(forms.tokens[k]).lam, forms.tokens[k - 1].kind == .word,
           EventDetector.bareStem(k - 1, forms).isOne(of: Self.statements) { return true }
        var j = k - 1
        while j >= max(start, k - Self.speakerReach) {
            let token = forms.tokens[j]
            guard token.kind == .word else { return false }
            let norm = UnsafeBufferPointer(rebasing: forms.norms[token.normRange])
            // What follows إن or a noun with ب (أفادت تقارير بتعرض الوزير) is what is reported.
            if norm.isOne(of: Self.complementizers) || (j < k - 1 && ProcliticFlags.of(token).preposition) { return false }
            if let found = forms.match(lexicon.cueTable, at: j, limit: j + 1), EventLexicon.cue(found.value) == .report { return true }
            // Past an event word the actor is that event's (أعلنت الشرطة مقتل مسلحين).
            if forms.match(lexicon.triggerTable, at: j, limit: k) != nil { return false }
            j -= 1
        }
        return false
    }

    /// Nouns of a statement in normal form without clitics, whose author follows with ل (بيان لوزارة الخارجية).
    static let statements = ["بيان", "تصريح", "تصريحات"].map { Array($0.utf8) }

    /// إن، أن، أنه، بأن… in normal form: what follows them is what is reported.
    static let complementizers = ["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها"].map { Array($0.utf8) }

    /// The organisation a definite head noun standing alone refers back to (الحركة for حركة حماس, الجماعة for جماعة
    /// الحوثي, المنظمة for منظمة العفو الدولية, الوزارة for وزارة الخارجية الروسية): the nearest of the document's
    /// mentions before `mention` (the index of the next one), within `antecedentReach` of them, of an organisation the
    /// knowledge base knows whose name starts with that noun. A noun with a nisba after it is no such reference (الحركة التجارية، الحركة الإسلامية),
    /// nor one that names no organisation before it; a noun with the article after it may be its object (وأدانت الوزارة
    /// الهجوم).
    private func antecedent(of k: Int, before mention: Int, in sentence: Range<Int>, _ document: AnnotatedDocument,
                            _ forms: TokenForms) -> Int? {
        guard EventDetector.bearsArticle(k, forms), case let head = EventDetector.bareStem(k, forms), head.isOne(of: Self.organisationHeads)
        else { return nil }
        if k + 1 < sentence.upperBound, forms.tokens[k + 1].kind == .word, ProcliticFlags.of(forms.tokens[k + 1]).article,
           Self.isSingularNisba(forms.norm(k + 1)) { return nil }
        for earlier in document.mentions[max(0, mention - Self.antecedentReach)..<min(mention, document.mentions.count)].reversed() {
            guard let entity = earlier.entity, document.entities[entity].entity.type == .organisation,
                  case let first = document.text.token(at: earlier.range.lowerBound),
                  forms.tokens[first].kind == .word, EventDetector.bareStem(first, forms).elementsEqual(head) else { continue }
            return entity
        }
        return nil
    }

    /// The knowledge base's ids of the bodies the news calls upon far more often than it hears them act (`ArgumentSpan.isAddressed`).
    static let addressedBodies: Set<String> = ["international-community"]

    /// الاحتلال in normal form, and the state Arabic news means by it alone.
    static let occupation = Array("الاحتلال".utf8), occupyingState = "ISR"

    /// The head nouns of organisations' names that stand for them alone once named, in normal form without the article
    /// (الجامعة: the Arab League or a university, whichever was named).
    private static let organisationHeads = ["حركة", "جماعة", "منظمة", "تنظيم", "جبهة", "حزب", "ميليشيا", "شبكة", "هيئة", "وزارة", "جامعة", "مجلس"]
        .map { Array($0.utf8) }

    /// How many mentions back an organisation's head noun finds the organisation it refers to.
    static let antecedentReach = 40

    /// A lone و and the commas, which join what follows them to what stands before.
    private static let joiners = ["و", "،", ","].map { Array($0.utf8) }

    /// Whether token `k` starts with the conjunction و or follows a lone و or a comma, or a word for states with و
    /// before its nisba (إيران ودول عربية عدة: the Arab states are the other subject).
    func startsWithAnd(_ k: Int, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        if ProcliticFlags.of(document.text.tokens[k]).conjunction { return true }
        guard k > 0 else { return false }
        let previous = UnsafeBufferPointer(rebasing: forms.norms[document.text.tokens[k - 1].normRange])
        return previous.isOne(of: Self.joiners)
            || ProcliticFlags.of(document.text.tokens[k - 1]).conjunction && EventDetector.bareStem(k - 1, forms).isOne(of: Self.states)
    }
}

/// The state of each body a document names by a role noun with it (وزارة الدفاع السورية، الجيش اللبناني، القوات
/// الأمريكية), by the noun's first word without the article: the body named again by that noun alone is the same one
/// (الوزارة، الجيش، القوات), the last named.
struct NamedBodies {
    /// Few per document: a list, searched without copying the noun looked up.
    private var states: [(head: [UInt8], state: String)] = []

    /// Records that the noun `head` (its stem without the article) was named with `state`.
    mutating func name(_ head: UnsafeBufferPointer<UInt8>, _ state: String) {
        if let i = states.firstIndex(where: { head.elementsEqual($0.head) }) {
            states[i].state = state
        } else {
            states.append((Array(head), state))
        }
    }

    /// The state the noun `head` (its stem without the article) was last named with, if any.
    func state(of head: UnsafeBufferPointer<UInt8>) -> String? {
        states.first { head.elementsEqual($0.head) }?.state
    }
}
