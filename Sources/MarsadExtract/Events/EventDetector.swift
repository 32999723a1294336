import MarsadCore
import MarsadText

/// Finds candidate events: trigger words of the event lexicon in each sentence, with the
/// actors around them, the place and time of the sentence and the cues before them. One
/// candidate per sentence and type (a verb preferred to a noun, then the first), and one of crowd control.
struct EventDetector {
    let lexicon: EventLexicon
    let kb: KnowledgeBase
    /// Types whose candidates get classifier features.
    let scored: Set<PloverType>
    /// Flat word groups of unlabelled news (`WordClusters`): the classifier of a type that
    /// reads the whole sentence reads each word's group too, when there are groups.
    var clusters: WordClusters? = nil

    func candidates(_ document: AnnotatedDocument) -> [EventCandidate] {
        let analysis = document.text
        var out: [EventCandidate] = []
        var firstMention = 0
        var bodies = NamedBodies()
        var nextTime = 0
        analysis.norms.withUnsafeBufferPointer { norms in
            var forms = TokenForms(tokens: analysis.tokens, norms: norms)
            let demonyms = DemonymReader(kb: kb)
            let arguments = SentenceArguments(lexicon: lexicon, demonyms: demonyms)
            let cues = EventCueReader(lexicon: lexicon)
            for (s, sentence) in analysis.sentences.enumerated() {
                let range = sentence.tokenRange
                let found = triggers(range, &forms).filter { !Self.isInsideName($0.tokens.lowerBound, document) }
                guard !found.isEmpty else { continue }
                let read = arguments.arguments(range, document, &forms, &firstMention, &bodies,
                                               skipping: found.filter { lexicon.triggers[Int($0.entry)].kind == .verb }.map(\.tokens),
                                               events: found.map(\.tokens))
                let placed = withVenues(withoutTheAnswerable(read, found, in: range, forms), found, document, forms)
                let spans = unjoiningClauses(placed, found, in: range, document, forms)
                let accident = namesAnAccident(found, range, forms)
                let hits = withoutDeniedTolls(found.filter {
                    !gathersOtherThanACrowd($0, found, spans, range, document, &forms) && !namesAnOccasion($0, range, &forms)
                        && !setsOutWithoutProtest($0, found, spans, range, &forms) && !(accident && lexicon.triggers[Int($0.entry)].type == .assault)
                }, in: range, forms)
                guard !hits.isEmpty else { continue }
                let clauseSubjects = joinedClauseSubjects(spans, hits, range, document, forms)
                while nextTime < document.times.count && document.times[nextTime].range.upperBound <= Int(sentence.start) { nextTime += 1 }
                var times: [Int] = []
                var t = nextTime
                while t < document.times.count && document.times[t].range.lowerBound < Int(sentence.end) { times.append(t); t += 1 }
                // The words of the sentence's times, and the commas that set off a day (استقبله، صباح أمس، الرئيس).
                let timeWords: Set<Int> = times.isEmpty ? [] : Set(range.filter { k in
                    times.contains { document.times[$0].range.contains(Int(analysis.tokens[k].start)) }
                        || Self.dayAside(opening: k, in: range, analysis.tokens, norms) != nil
                        || Self.dayAside(closing: k, in: range, analysis.tokens, norms) != nil
                })
                let chosen = hits.count == 1 ? hits : choose(hits, range, clauseSubjects: clauseSubjects, spans, timeWords: timeWords, forms)
                let pastEra = namesPastEra(range, spans, document, &forms)
                // Read only where a type the classifier does not score is among the triggers kept.
                let aboutSport = chosen.contains { !scored.contains(lexicon.triggers[Int($0.entry)].type) } && Self.isAboutSport(range, forms)
                let retold = retellsProtest(hits, spans, &forms)
                // منذ before a time is that time's (اعتقل منذ مساء الاثنين 25 فلسطينيا), not a barrier to the actors after it.
                let sinceWords = range.filter { !timeWords.contains($0) && !timeWords.contains($0 + 1) && forms.norm($0).isOne(of: Self.since) }
                let first = out.count
                defer { Self.targetNamedActs(&out[first...], spans, forms) }
                let discussed = discussedTopics(hits, range, forms)
                let approximations = CountApproximation.uncountedWords(in: range, analysis.tokens, norms)
                for hit in chosen where !namesAnotherEventsActor(hit, hits, spans, range, analysis.tokens, norms)
                    && !gathersNoCrowd(hit, hits, spans, range, &forms) && !namesBreachedAgreement(hit, in: range, forms)
                    && !namesBody(hit, in: range, forms) {
                    var trigger = lexicon.triggers[Int(hit.entry)]
                    let casualties = trigger.kind == .verb && Self.isCasualtyNoun(analysis.tokens[hit.tokens.lowerBound], norms)
                    if trigger.kind == .verb, casualties || Self.isVerbalNoun(analysis.tokens[hit.tokens.lowerBound], norms)
                        || coordinatedWithNoun(hit, hits, analysis.tokens, norms) {
                        trigger = EventTrigger(type: trigger.type, mode: trigger.mode, kind: .noun, context: trigger.context)
                    }
                    let clause = Self.clause(around: hit.tokens, in: range, analysis.tokens, norms)
                    if trigger.type == .support, followedByMaterialManner(hit.tokens, clause, &forms) {
                        // Support given with arms or money is aid: دعم كييف عسكريا.
                        trigger = EventTrigger(type: .aid, mode: nil, kind: trigger.kind, context: trigger.context)
                    }
                    if let diplomatic = diplomaticSense(trigger, hit, range, forms) { trigger = diplomatic }
                    // The classifier judges the types it scores; rules that would move its features are for the others.
                    let isScored = scored.contains(trigger.type)
                    // A participle after a pause opens a clause of its own: the cues before the pause are the clause before's
                    // (نفت الحركة مسؤوليتها، متهمة الجيش: the accusation is no denial).
                    let circumstantial = Self.isCircumstantial(hit.tokens.lowerBound, forms)
                    // A clause joined by و or a participle goes on from the sentence's subject, not from a relative clause before it.
                    // Not for the scored types, whose features hold whether an act has a time; nor is a time far after
                    // the trigger in its clause theirs.
                    let opensWithAnd = hit.conjunction || ProcliticFlags.of(analysis.tokens[hit.tokens.lowerBound]).conjunction
                    let joinedClause = !isScored && (circumstantial || opensWithAnd)
                    // A duration is no point an act happened at (خلال 4 ساعات), nor is the time of a noun a participle
                    // describes after the trigger (حثت الأطراف على احترام اتفاق وقف إطلاق النار الموقع في أكتوبر 2020); the
                    // scored types' features count each as a time.
                    let points = isScored ? times : times.filter {
                        !Self.isDuration(document.times[$0].value) && !describesNounAfter(hit.tokens, document.times[$0].range, range, forms)
                    }
                    let time = nearestTime(joinedClause ? points.filter { !inRelativeClause(document.times[$0].range, before: clause, range, forms) } : points,
                                           to: hit.tokens,
                                           farther: isScored ? [] : timesLaterInClause(points, after: hit.tokens, clause, document, forms),
                                           document)
                    // Not for the scored types, whose candidates a denial takes out of the classifier's sentences.
                    var reading = cues.read(trigger: hit.tokens.lowerBound, sentenceStart: circumstantial ? hit.tokens.lowerBound : range.lowerBound,
                                            overThat: !isScored, &forms)
                    reading.future = reading.future || hit.future || reading.pledged && !isScored
                        || EventCueReader.plannedAfter(hit.tokens, in: range, forms)
                        || Self.scheduledTypes.contains(trigger.type) && (!isScored || trigger.type == .protest)
                            && time.map { namesComingTime(document.times[$0], after: hit.tokens, in: clause, document, forms) } == true
                    // A verb joined by و after a pause opens a clause of its own, which a denial before the pause does not reach
                    // (ونفت قوات الدعم السريع انسحابها من المدينة، واتهمت الجيش بقصف الأحياء); not for the scored types,
                    // whose features read the denial.
                    let ownClause = !isScored && trigger.kind == .verb && opensWithAnd
                    if reading.deniedBeforePause && !ownClause { reading.denied = true }
                    reading.hypothetical = reading.hypothetical || !isScored && (reading.hoped || EventCueReader.sought(hit.tokens, in: range, forms)
                        || readsAsNoun(trigger, hit, forms) && (discussed.contains(hit.tokens)
                            || !reading.negated && !reading.denied && Self.followsAny(hit, range, forms)))
                    reading.pastEra = pastEra
                    if !isScored, !reading.negated, refersBack(trigger, hit, range, spans, forms),
                       !isHeldByVerb(hit, spans, clause: clause, timeWords: timeWords, forms) { continue }
                    // An act of cooperation refused did not take place; one of conflict is refused as done, and so is a
                    // third party's act, its doer in the genitive and its recipient after ل (يرفضون دعم إيران لهم).
                    reading.refused = reading.refused && [.verbalCooperation, .materialCooperation].contains(trigger.type.quadClass)
                        && !spans.contains { span in
                            span.actor != nil && span.tokens.lowerBound == hit.tokens.upperBound && span.tokens.upperBound < range.upperBound
                                && ProcliticFlags.of(analysis.tokens[span.tokens.upperBound]).lam
                        }
                    // An attack's noun right after a verb of aiming, or after آخر, is its subject (استهدف هجوم انتحاري القوات
                    // الأجنبية، استهدف آخر هجوم): the actor after it is the verb's object. Not a noun that names its actor
                    // (انتحاري); other verbs take such a noun as their object (شنوا هجوما على مخفر، رفضهم لدعم إيران).
                    let subjectStart = hit.tokens.upperBound < range.upperBound && forms.norm(hit.tokens.upperBound).isOne(of: Self.last)
                        ? hit.tokens.upperBound + 1 : hit.tokens.upperBound
                    let verb = analysis.tokens[hit.tokens.lowerBound]
                    let aims = Self.isOne(Self.stem(verb, UnsafeBufferPointer(rebasing: norms[verb.normRange])), withConjunction: Self.aiming)
                    let eventSubject = trigger.kind == .verb && aims ? hits.first { other in
                        other.tokens.lowerBound == subjectStart && lexicon.triggers[Int(other.entry)].type == .assault
                            && (lexicon.triggers[Int(other.entry)].kind == .noun || Self.isVerbalNoun(analysis.tokens[other.tokens.lowerBound], norms))
                            && !spans.contains { $0.actor != nil && $0.tokens.contains(other.tokens.lowerBound) }
                    } : nil
                    // The arguments after a trigger end where the next trigger starts (فرض العقوبات ودعم كييف),
                    // unless that trigger is itself an actor (هتف المتظاهرون) or the verb's subject, names the same
                    // crowd control (استخدمت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين), or, for the types the
                    // classifier does not score, names the occasion after خلال (يلتقي غروسي خلال زيارته عراقجي).
                    let next = hits.first { other in
                        other.tokens.lowerBound >= hit.tokens.upperBound && other.tokens != eventSubject?.tokens
                            && !spans.contains { $0.actor != nil && $0.tokens.contains(other.tokens.lowerBound) }
                            && !(trigger.mode == Self.crowdControl && lexicon.triggers[Int(other.entry)].mode == Self.crowdControl)
                            && !(!isScored && Self.namesOccasion(other, spans, forms))
                    }?.tokens.lowerBound ?? clause.upperBound
                    // Nor past the subject of a clause joined by و (غارات على ميناء الحديدة والحوثيون يطلقون صاروخا).
                    let joinedSubject = clauseSubjects.first { $0 >= hit.tokens.upperBound }
                    let nextClause = joinedSubject ?? clause.upperBound
                    // Nor into a relative clause that describes an actor or a place past the first after the trigger (دعا
                    // أوباما دول شرق أفريقيا التي تحارب حركة الشباب: al-Shabaab is whom those states fight). The first may be
                    // the verb's subject, its object after the clause (وقتلت حركة الشباب التي تريد فرض تفسيرها عضوا بالبرلمان);
                    // a clause that describes a thing may name who did it, the one praised or condemned (استنكرت المنظمة
                    // التصريحات التي أدلى بها المالكي).
                    let named = spans.filter { ($0.actor != nil || $0.place != nil) && $0.tokens.lowerBound >= hit.tokens.upperBound }
                    let relative = named.dropFirst().first { span in
                        span.tokens.upperBound < clause.upperBound && analysis.tokens[span.tokens.upperBound].kind == .word
                            && forms.norm(span.tokens.upperBound).isOne(of: SentenceArguments.relativePronouns)
                    }?.tokens.upperBound ?? clause.upperBound
                    let reach = clause.lowerBound..<min(clause.upperBound, next, nextClause, relative)
                    // A verb row's form with a verbal noun's pattern takes its arguments as a noun does (اغتيال
                    // العميد: the general was killed), though the classifier and the rules for nouns still read it
                    // as its row's verb.
                    let first = analysis.tokens[hit.tokens.lowerBound]
                    // The speaker named right before the trigger, a reporting verb's subject, or before the time it gives
                    // (أعلنت وزارة الخارجية يوم الأحد طرد …).
                    // A verbal noun of doing may stand between too (أعلنت الإمارات تقديم مساعدات).
                    let speakerBefore = spans.last { span in
                        guard span.isSpeaker, span.actor != nil, span.tokens.upperBound <= hit.tokens.lowerBound else { return false }
                        let between = (span.tokens.upperBound..<hit.tokens.lowerBound).filter { !timeWords.contains($0) }
                        return between.isEmpty || between.count == 1 && forms.tokens[between[0]].kind == .word
                            && Self.hasVerbalNounPattern(Self.stem(forms.tokens[between[0]], forms.norm(between[0])))
                            && !hits.contains { $0.tokens.contains(between[0]) }
                    }?.actor
                    // So does one of the unscored types right after a reporting verb's subject, whose object it is: no verb
                    // follows them without أن (أعلنت ألمانيا دعم أوكرانيا: Germany announced support for Ukraine). The scored
                    // types keep their verb's reading there (أعلنت الشرطة قتل ثلاثة مسلحين: the gunmen were killed).
                    let roleTrigger = trigger.kind == .verb && (Self.hasVerbalNounPattern(Self.stem(first, UnsafeBufferPointer(rebasing: norms[first.normRange])))
                        || !isScored && speakerBefore != nil
                        || Self.undergoneGenitive.contains(trigger.type) && isGovernedNoun(hit, hits, spans, range, forms))
                        ? EventTrigger(type: trigger.type, mode: trigger.mode, kind: .noun, context: trigger.context) : trigger
                    let undergone = trigger.type == .assault && (ArgumentMarker.of(hit.tokens.lowerBound, after: range.lowerBound, forms) == .undergoer
                        || roleTrigger.kind == .noun && (followsPassive(hit, hits, range, forms) || followsUndergoing(hit, range, forms)))
                    // A verb opening its clause reads past the words of a time to the attack it happened in (قتل عنصر في حزب الله
                    // أمس الجمعة بغارة إسرائيلية); after its subject it is active more often (قد قتلت أول من أمس أربعة بالهجوم).
                    let opensClause = analysis.tokens[clause.lowerBound..<hit.tokens.lowerBound].allSatisfy { $0.kind == .punctuation }
                    let voice = trigger.type == .assault && roleTrigger.kind == .verb
                        ? voice(hit, hits, range, opensClause: opensClause, timeWords: timeWords, forms) : .active
                    // The words of a time do not count in an argument's reach, but for the scored types: an attack's toll
                    // would reach back to who denounced it (ندد الرئيس الفرنسي بالهجوم الذي أوقع أمس عشرين قتيلا).
                    // Nothing past the subject of a clause joined by و is this act's, though an attack's target may be
                    // past its reach (وإسرائيل ترد بغارات على الحديدة: Hodeidah is not whom the Houthis target).
                    // Nor is anything before an act's noun that opens such a clause (ومحادثات جدة تستأنف).
                    let opensOwnClause = clauseSubjects.contains(hit.tokens.lowerBound)
                    let ownSpans = (joinedSubject.map { subject in spans.filter { $0.tokens.lowerBound < subject } } ?? spans)
                        .filter { !opensOwnClause || $0.tokens.lowerBound >= hit.tokens.lowerBound }
                    var (source, target) = roles(roleTrigger, hit.tokens, ownSpans, reach: reach, undergone: undergone, voice: voice,
                                                 eventSubject: eventSubject != nil, timeWords: (isScored ? [] : timeWords).union(approximations),
                                                 agreement: !isScored,
                                                 since: isScored ? [] : sinceWords, afterThat: SentenceArguments.followsThat(hit.tokens.lowerBound, range, forms),
                                                 objectPronoun: roleTrigger.kind == .verb && hit.tokens.count == 1 && Self.bearsObjectPronoun(first, norms),
                                                 activeOnly: roleTrigger.kind == .verb && Self.isActiveOnly(first, norms), joined: opensWithAnd || ProcliticFlags.of(first).sequel)
                    if roleTrigger.kind == .verb, circumstantial {
                        // A participle after a pause: the subject of the clause before does it, to whom it names after it.
                        let subject = circumstantialSubject(hit.tokens, in: s, opening: range, out, spans, forms)
                        target = (source + target).filter { $0 != subject }
                        source = subject.map { [$0] } ?? []
                    }
                    // A subject set off before the verb by a comma is its subject (الرئيس الفرنسي، فرانسوا هولاند، دعا); not for
                    // the scored types, whose features read the roles.
                    if !isScored, roleTrigger.kind == .verb, voice == .active, let subject = frontedSubject(hit, hits, range, spans, forms) {
                        target = (source + target).filter { $0 != subject }
                        source = [subject]
                    }
                    // The antecedent of a relative pronoun right before the verb is its subject; an attack's only when the
                    // verb has an object, for its passive reads the same (الشاب الذي قتل في الاضطرابات: he was killed).
                    if roleTrigger.kind == .verb, voice == .active,
                       trigger.type != .assault || spans.contains(where: { span in
                           span.tokens.lowerBound >= hit.tokens.upperBound && (source + target).contains { $0 == span.actor }
                       }),
                       let subject = SentenceArguments.relativeSubject(of: hit.tokens.lowerBound, in: range, spans, forms) {
                        target = (source + target).filter { $0 != subject }
                        source = [subject]
                    }
                    if casualties {
                        // Who stands before a noun of casualties died or was hurt there (ستة جنود … وإصابة
                        // آخرين، عشرات العراقيين بين قتيل وجريح), unless they are attackers or armed (a war machine, an
                        // air strike: دبابة إسرائيلية … مقتل); who follows it
                        // did, attackers too when they stand as its complement or are counted (مقتل ثلاثة مسلحين،
                        // ألف قتيل بين المتمردين، مقتل ما لا يقل عن ثلاثة مسلحين), not as its agent (برصاص
                        // مسلحين), later in the sentence (مقتل مدنيين في قصف نسب للمتمردين) or past another
                        // trigger (حصيلة القتلى جراء قصف المتمردين).
                        let before = source.filter { actor in
                            spans.contains {
                                $0.actor == actor && $0.tokens.upperBound <= hit.tokens.lowerBound && !$0.isArmed
                                    && $0.sector.map(Self.attackerSectors.contains) != true
                            }
                        }
                        let after = source.filter { actor in
                            spans.contains {
                                $0.actor == actor && $0.tokens.lowerBound >= hit.tokens.upperBound && reach.contains($0.tokens.lowerBound) && $0.marker != .agent
                                    && $0.tokens.lowerBound - hit.tokens.upperBound
                                        <= ($0.sector.map(Self.attackerSectors.contains) == true && ![.counted, .partitive].contains($0.marker)
                                            ? Self.complementReach : Self.reachAfter)
                            }
                        }
                        source.removeAll { before.contains($0) || after.contains($0) }
                        target = after + target.filter { !after.contains($0) }
                        if target.isEmpty { target = before }
                        // With no one else named as its author, nor as whose fire killed him (برصاص الشرطة), a
                        // suicide bomber among the dead died by his own attack: he carried it out (أسفر الهجوم عن
                        // مقتل الانتحاري ومدنيين اثنين).
                        if source.isEmpty, !spans.contains(where: { $0.marker == .agent && $0.tokens.lowerBound >= hit.tokens.upperBound }),
                           let bomber = target.first(where: { actor in
                            spans.contains { $0.actor == actor && Self.isSuicideBomber(analysis.tokens[$0.tokens.lowerBound], norms) }
                        }) {
                            source = [bomber]
                            target.removeAll { $0 == bomber }
                        }
                    }
                    if trigger.type == .assault, source.isEmpty, let claim = spans.first(where: \.claimsAttack), let claimant = claim.actor,
                       claim.tokens.upperBound <= hit.tokens.lowerBound, claim.tokens.lowerBound >= reach.lowerBound {
                        // Who claims an attack carried out the attack whose word follows the claim in its clause, when no
                        // one else did: in a relative clause (تفجيرا انتحاريا أعلن تنظيم داعش مسؤوليته عنه قتل أكثر من 100
                        // شخص) or a verb after the claimant (الهجوم الذي تبناه التنظيم وأوقع 32 قتيلا: not the one struck).
                        // An attack in another clause may be another (قتل خمسة جنود في هجوم، وأعلنت الحركة مسؤوليتها عن
                        // خطف صحفي).
                        target.removeAll { $0 == claimant }
                        source = [claimant]
                    }
                    // Whether the noun's genitive or the actor after it does the act, not whoever else the sentence names first.
                    var namesGiver = false
                    if trigger.type == .retreat, Self.leavingModes.contains(trigger.mode ?? ""), roleTrigger.kind == .noun,
                       let first = target.first, spans.contains(where: { $0.actor == first && $0.tokens.lowerBound == hit.tokens.upperBound }) {
                        // Who withdraws or resigns is the genitive of its noun, no one it is done to (انسحاب قوات الدعم
                        // السريع من المدن، استقالة الحكومة), nor is who announces or discusses it (أعلن الجيش انسحاب القوات).
                        source = [first]
                        target.removeFirst()
                        namesGiver = true
                    }
                    if !isScored, Self.mutualTypes.contains(trigger.type), roleTrigger.kind == .noun,
                       let (parties, partner) = makers(of: hit.tokens, spans, range, forms) {
                        // The parties a relative clause names made the agreement with each other (الاتفاق الذي توصلت إليه
                        // الحكومة العراقية وحكومة الإقليم), or with whom مع names (أبرمته السعودية مع الولايات المتحدة);
                        // who speaks of it is none of them.
                        source = [parties[0]]
                        target = (Array(parties.dropFirst()) + (partner.map { [$0] } ?? [])).filter { $0 != parties[0] }
                        namesGiver = true
                    }
                    if let behest = behest(of: hit, roleTrigger, source: source, target: target, spans, in: range, forms) {
                        (source, target) = behest
                        namesGiver = true
                    }
                    let addressee = roleTrigger.kind == .verb && source.count == 1
                        ? spans.first(where: { $0.actor == source[0] && $0.tokens.lowerBound == hit.tokens.upperBound }) : nil
                    if !isScored, isDoneDuringIt(hit, in: range, forms), case let earlier = out.filter({ $0.sentence == s }),
                       Self.isDoneAfterVisit(hit, earlier, in: range, forms) {
                        // Who is met during a visit is met by the visitor (في زيارة يلتقي خلالها عراقجي: Araghchi is met); when
                        // the visit names no visitor, by the subject before the verb if any, never by whom it names after it.
                        let visitor = Self.visitor(before: hit, among: earlier) ?? source.filter { actor in
                            spans.contains { $0.actor == actor && $0.tokens.upperBound <= hit.tokens.lowerBound }
                        }
                        target = (source + target).filter { !visitor.contains($0) }
                        source = visitor
                    } else if trigger.type == .request, target.isEmpty, let addressee, addressee.tokens.upperBound < range.upperBound,
                       forms.norm(addressee.tokens.upperBound).isOne(of: Self.requestedWords),
                       let subject = sharedSubject(hit, spans, analysis.tokens, besides: source) {
                        // A request joined by و or ف to the clause before, whose one actor right after it is followed
                        // by what is asked (على، إلى), asks that actor: ودان غوتيريش العنف، وحث السلطات على ضبط النفس.
                        (source, target) = ([subject], source)
                    } else if trigger.type == .accuse, let addressee, isBlamed(addressee, range, spans, forms) {
                        // Blame's one actor before the responsibility is whom it blames, whatever for, by the speaker before if
                        // any (وأدانت الخارجية الهجوم، وحملت الحكومة المسؤولية عن إرهاب المستوطنين؛ الذين يحملون الشركات المعنية المسؤولية).
                        (source, target) = (sharedSubject(hit, spans, analysis.tokens, besides: source).map { [$0] } ?? [], source)
                    } else if source.isEmpty, roleTrigger.kind == .verb, [.assault, .protest].contains(trigger.type),
                       let subject = sharedSubject(hit, spans, analysis.tokens, besides: target) {
                        // A verb joined by ف or و with no subject of its own goes on from the clause before it, as its
                        // subject did: أطلقت القوات صاروخا على المدرسة فقتلت مدرسا، حاولت الشرطة تفريقهم، واعتدت عليهم.
                        source = [subject]
                    } else if source.isEmpty, let topic = sentenceTopic(clause, before: hit, range, spans, analysis.tokens) {
                        // A clause joined by و with no subject of its own shares the sentence's
                        // first actor: الإدارة … تجنبت قمة، وركزت على فرض العقوبات.
                        source = [topic]
                        target.removeAll { $0 == topic }
                    }
                    // A nisba after an event noun names its author: الحرب الروسية، الغارات الإسرائيلية
                    // (after a noun that also names actors, متظاهرون فلسطينيون, it is theirs).
                    if trigger.kind == .noun, hit.tokens.upperBound < range.upperBound,
                       !spans.contains(where: { $0.actor != nil && $0.tokens.contains(hit.tokens.lowerBound) }),
                       let (states, nisbaEnd) = demonyms.pairedNisbas(at: hit.tokens.upperBound, in: range, &forms),
                       states.count > 1 || !source.contains(where: { $0.isState(states[0], document) }) {
                        // Nisbas paired after it name all the parties (القمة الأمريكية الروسية، الغارات الأمريكية
                        // البريطانية): of a meeting, an agreement, a war or a clash the first acts on the others (الحرب العراقية
                        // الإيرانية), of the rest all act.
                        let isMutual = Self.mutualTypes.contains(trigger.type)
                            || trigger.type == .assault && (Self.isClash(first, norms) || Self.bareStem(hit.tokens.lowerBound, forms).equals(Self.war))
                        source = isMutual ? [.state(states[0])] : states.map(EventActor.state)
                        target.removeAll { actor in states.contains { actor.isState($0, document) } }
                        if isMutual { target = states.dropFirst().map(EventActor.state) + target }
                        // Its complement follows the nisba: الحرب الروسية على أوكرانيا.
                        if target.isEmpty, let next = spans.first(where: { span in
                            span.actor != nil && reach.contains(span.tokens.lowerBound) && span.tokens.lowerBound >= nisbaEnd
                                && span.tokens.lowerBound - nisbaEnd <= 2 && !states.contains { span.actor!.isState($0, document) }
                        }) {
                            target = [next.actor!]
                        }
                    }
                    if trigger.type == .assault {
                        // A state named by its nisba alone after a unit or a war machine strikes, and is struck, through
                        // its armed forces: وحدة إسرائيلية خاصة اغتالت، أصاب صاروخ أمريكي، فجر نفسه قرب دورية عسكرية ألمانية.
                        let armedForces = { (actor: EventActor) -> EventActor in
                            guard case let .entity(e) = actor, let country = document.entities[e].entity.country,
                                  let span = spans.first(where: { $0.actor == actor && $0.isNisba }) else { return actor }
                            let first = analysis.tokens[span.tokens.lowerBound], last = analysis.tokens[span.tokens.upperBound - 1]
                            return .generic(sector: Self.armedForces, country: country, surface: Int(first.start)..<Int(last.end))
                        }
                        source = source.map(armedForces)
                        target = target.map(armedForces)
                    }
                    // A state or its government protesting makes a formal complaint (احتجت الخارجية لدى
                    // السفير), not a demonstration.
                    if trigger.type == .protest, let first = source.first,
                       spans.contains(where: { $0.actor == first && ($0.isState || $0.sector == Self.governmentSector) }) { continue }
                    if !isScored, aboutSport { continue }
                    if [.support, .aid].contains(trigger.type), roleTrigger.kind == .noun,
                       let giver = spans.first(where: { $0.actor != nil && $0.tokens.lowerBound == hit.tokens.upperBound }),
                       giver.tokens.upperBound < range.upperBound, ProcliticFlags.of(analysis.tokens[giver.tokens.upperBound]).lam,
                       let receiver = spans.first(where: {
                           $0.actor != nil && (giver.tokens.upperBound...(giver.tokens.upperBound + 1)).contains($0.tokens.lowerBound)
                       })?.actor {
                        // Support or aid followed by an actor and then by an actor with ل is the first's, given to the other
                        // (مساعدات الولايات المتحدة لأوكرانيا، الدعم العسكري الإيراني لنظام الأسد); without ل the actor is who
                        // gets it (دعم أوكرانيا), and ل before no actor may be a purpose (لدعم الجمعيات لتحفيظ القرآن).
                        source = [giver.actor!]
                        target = [receiver]
                        namesGiver = true
                    } else if trigger.type == .aid, roleTrigger.kind == .noun, let sender = aidSender(hit.tokens, spans, clause, document) {
                        // Aid from a state, right after its noun (وصلت شحنة مساعدات طبية من الإمارات إلى مطار بورتسودان), is
                        // that state's, though the state stands as a place.
                        target = (source + target).filter { $0 != sender }
                        source = [sender]
                        namesGiver = true
                    } else if !isScored, roleTrigger.kind == .noun, Self.statements.contains(trigger.type),
                              let (speaker, object) = speakingGenitive(hit, spans, hits, clause, forms) {
                        // A statement's genitive past which it goes on makes it (استنكار المملكة الشديد لهذا العمل).
                        source = [speaker.actor!]
                        target = object.map { [$0.actor!] } ?? (source + target).filter { $0 != speaker.actor! }
                        namesGiver = true
                    } else if !isScored, roleTrigger.kind == .noun, let agent = nisbaAgent(hit.tokens, spans, document, forms) {
                        // A state's nisba right after the noun of an act names who does it (اعتقالات إسرائيلية، عقوبات أمريكية),
                        // however else its word was read.
                        let state: String? = if case let .entity(e)? = agent.actor { document.entities[e].entity.country } else { nil }
                        target = (source + target).filter { actor in
                            !spans.contains { $0.actor == actor && $0.tokens.overlaps(agent.tokens) } && actor != state.map(EventActor.state)
                        }
                        source = [agent.actor!]
                        namesGiver = true
                    }
                    // The speaker acts, and who was read besides is the object: a verb right after إنه، أنها… has the
                    // pronoun, its speaker, as its subject (قال الوزير إنه سيلتقي نظيره الروسي، أعلن الجيش أنه قصف مواقع);
                    // an act a speaker announces right after its name is its own (أعلنت الولايات المتحدة تعليق مساعدات
                    // للسودان، أعلنت النقابات تنظيم إضراب عام), not for attacks, whose reports name others' acts (أعلنت الشرطة
                    // مقتل مسلحين), nor for support that names its giver (أكد الوزير دعم فرنسا للجيش اللبناني).
                    if let speaker = roleTrigger.kind == .verb
                        ? pronounSubject(hit.tokens.lowerBound, spans, range, forms) ?? contrastedSubject(hit.tokens.lowerBound, s, range, out, forms)
                        : isScored && trigger.type != .protest || namesGiver ? nil : speakerBefore,
                       !source.contains(speaker) {
                        target = (source + target).filter { $0 != speaker }
                        source = [speaker]
                    }
                    if trigger.type == .accuse, trigger.mode == Self.allegation, !(source + target).isEmpty,
                       let charge = (hit.tokens.upperBound..<clause.upperBound).first(where: { j in
                           forms.tokens[j].kind == .word && ArgumentMarker.startsWithBa(j, forms) && !spans.contains { $0.tokens.contains(j) }
                       }) {
                        // What an accusation charges names no one accused, nor who accuses (متهما الحركة باستخدام المدنيين دروعا
                        // بشرية: not the civilians; واتهمه بالتمسك بالسلطة: not the authorities); the accused stand before the
                        // charge (اتهم مكتب نتنياهو حماس بعرقلة الاتفاق). A name that begins with ب is no charge (اتهمت باكستان الهند بانتهاك).
                        let charged = { (actor: EventActor, from: Int) in
                            !spans.contains { $0.actor == actor && $0.tokens.lowerBound >= from && $0.tokens.lowerBound < charge }
                                && spans.contains { $0.actor == actor && $0.tokens.lowerBound > charge }
                        }
                        target.removeAll { charged($0, hit.tokens.upperBound) }
                        source.removeAll { charged($0, range.lowerBound) }
                    }
                    if roleTrigger.kind == .verb {
                        goOnFromStatement(hit, trigger, first, s, out, source: &source, target: &target)
                        goOnFromJoinedVerb(hit, first, s, spans, out, source: &source, target: &target)
                        goOnAccusing(hit, trigger, first, s, range, spans, out, forms, source: &source, target: &target)
                        if !isScored { goOnWithCompanion(hit, first, s, range, out, forms, source: &source, target: &target) }
                        takePronounObject(hit, first, s, out, source: source, target: &target)
                    } else {
                        readAsStanceObject(hit, trigger, s, clause: clause, range, spans, out, forms, source: &source, reading: &reading)
                    }
                    if roleTrigger.kind == .noun, trigger.type == .consult, source.isEmpty, !target.isEmpty, hit.tokens.lowerBound > range.lowerBound,
                       forms.norm(hit.tokens.lowerBound - 1).isOne(of: Self.holding),
                       let visitor = spans.last(where: { span in
                           guard case let .entity(e)? = span.actor, !span.isOblique, !span.isSpeaker, span.tokens.upperBound <= hit.tokens.lowerBound,
                                 clause.contains(span.tokens.lowerBound), !target.contains(span.actor!) else { return false }
                           return document.entities[e].entity.type == .person || span.isState
                       }) {
                        // Talks with someone held (لإجراء، لعقد، لاستئناف) by the person or state before them in their clause, who
                        // travels to them (يصل ويتكوف إلى القاهرة لإجراء محادثات مع مسؤولين مصريين).
                        source = [visitor.actor!]
                    }
                    if !readsAsVerb(hit, forms), trigger.mode == Self.visit, source.isEmpty, let visitor = traveller(before: hit, in: range, spans, document, forms) {
                        // A visit after في is made by the person the sentence tells of travelling, past a pause too (وصل غروسي إلى
                        // طهران، اليوم الاثنين، في زيارة).
                        source = [visitor]
                    } else if !isScored, trigger.type == .consult, roleTrigger.kind == .verb, readsAsVerb(hit, forms), !Self.bearsObjectPronoun(first, norms),
                              let visitor = traveller(before: hit, in: range, spans, document, forms) {
                        // So is a meeting right after حيث, in the place the traveller reached: whom the verb names after it is
                        // met (وصل المبعوث الأممي هانس غروندبرغ إلى مسقط، حيث التقى وزير الخارجية العماني بدر البوسعيدي).
                        target = (source + target).filter { $0 != visitor }
                        source = [visitor]
                    }
                    if !isScored, trigger.type == .consult, roleTrigger.kind == .noun, source.isEmpty, !target.isEmpty,
                       let caller = subject(beforeAside: clause, of: hit, in: range, spans, forms) {
                        // A call or a meeting in an aside is the subject's before it, with whom it names.
                        target.removeAll { $0 == caller }
                        source = [caller]
                    } else if !isScored, Self.mutualTypes.contains(trigger.type), roleTrigger.kind == .noun, source.isEmpty,
                              let subject = subject(withPartner: hit, clause: clause, in: range, spans, besides: target, document, forms) {
                        source = [subject]
                    } else if !isScored, trigger.type == .consult, roleTrigger.kind == .verb, target.isEmpty, !source.isEmpty,
                              let met = metInAside(after: clause, hits, spans, in: range, source: source, forms) {
                        target = [met]
                    }
                    if trigger.mode == Self.phone, roleTrigger.kind == .noun, let caller = target.first,
                       let recipient = recipient(ofCall: hit, caller: caller, in: clause, spans, forms) {
                        (source, target) = ([caller], [recipient])
                    }
                    if trigger.type == .request, roleTrigger.kind == .verb, target.isEmpty, let asked = addresseeAfterThat(hit, hits, spans, clause, forms),
                       !source.contains(asked) {
                        // Whom a demand asks to act is the subject of the clause after its أن (طالبت مصر بأن تفرج الخرطوم عن
                        // الصيادين: Khartoum is asked).
                        target = [asked]
                    }
                    if trigger.type == .consult {
                        // Who takes part (بمشاركة) meets with who holds the meeting (عقد وزراء الخارجية اجتماعا في الرياض
                        // بمشاركة الولايات المتحدة وفرنسا). Not who attends (بحضور ولي العهد), most often on the host's side.
                        let present = participants(after: hit.tokens, spans, clause, forms).filter { !source.contains($0) && !target.contains($0) }
                        target += present
                    }
                    if trigger.mode == "convict", target.isEmpty, let roles = courtAndConvicted(hit.tokens, clause, spans) {
                        (source, target) = roles
                    }
                    if let summoner = summoner(hit.tokens, spans, forms), !source.contains(summoner) || source.count > 1 {
                        target = (source + target).filter { $0 != summoner }
                        source = [summoner]
                    }
                    if trigger.type == .sanction, trigger.mode == "withdraw", let host = recalledFrom(hit.tokens, range, spans, document, forms) {
                        target = [host]
                    }
                    if !isScored, let parties = dualParties(hit.tokens, nounTrigger: roleTrigger.kind == .noun, in: reach, before: s, out, document, forms) {
                        if Self.mutualTypes.contains(trigger.type) {
                            (source, target) = parties
                        } else {
                            source = parties.source + parties.target
                            target.removeAll { source.contains($0) }
                        }
                    } else if !isScored, [.agree, .consult, .cooperate].contains(trigger.type), trigger.mode == nil,
                              let parties = partiesBetween(hit.tokens, clause, spans, forms) {
                        (source, target) = parties
                    } else if trigger.type == .assault, Self.isClash(first, norms), let parties = partiesBetween(hit.tokens, clause, spans, forms) {
                        // Clashes between two sides are fought by both (اشتباكات بين الجيش ومسلحين): the first, on the others.
                        (source, target) = parties
                    } else if !isScored, roleTrigger.kind == .verb, target.isEmpty, source.count == 1,
                              let subject = spans.first(where: { $0.actor == source[0] && $0.tokens.lowerBound >= hit.tokens.upperBound }),
                              let both = dualObject(hit.tokens, subject: subject.tokens, in: reach, before: s, out, document, forms) {
                        target = both.filter { $0 != source[0] }
                    } else if !isScored, roleTrigger.kind == .verb, target.isEmpty,
                              let both = dualObject(hit.tokens, subject: hit.tokens.upperBound..<hit.tokens.upperBound, in: reach, before: s, out, document, forms) {
                        // Both sides right after the verb are its object (أدانت الخارجية السعودية الهجمات، ودعت الطرفين إلى
                        // العودة إلى المفاوضات); its subject is another, the speaker before.
                        source.removeAll { both.contains($0) }
                        target = both
                    }
                    // The state aid comes from is not where it is given, nor is a meeting's venue where another act is.
                    let near = nearestPlace(hit.tokens, spans.filter { span in
                        (!namesGiver || span.place.map { source.contains(.entity($0)) } != true)
                            && (!span.isVenue || span.tokens.lowerBound == hit.tokens.upperBound)
                    },
                                            within: ownPart(of: hit.tokens, in: range, clauseSubjects: clauseSubjects, forms))
                    let place = setting(of: hit.tokens, in: range, spans, nearest: near, document, forms) ?? near
                    if trigger.mode == Self.visit, let place, !Self.isHosting(hit, forms) {
                        source.removeAll { Self.isVisitedState($0, place: place, document) }
                    }
                    let suffered = undergone || voice != .active
                    // A plain report matters to the classifier's types only, a verb's own plural subject to the others.
                    let finiteVerb = trigger.kind == .verb && roleTrigger.kind == .verb
                    var candidate = EventCandidate(trigger: trigger, tokens: hit.tokens, sentence: s, source: source, target: target,
                                                   place: place, time: time, reading: reading,
                                                   retold: retold && trigger.type == .protest, features: [],
                                                   plainReport: isScored && isPlainReport(trigger, verb: finiteVerb, hit, hits, range, clause: clause,
                                                                                          source: source, target: target, spans,
                                                                                          suffered: suffered, document, forms),
                                                   pluralSubject: !isScored && finiteVerb
                                                       && Self.hasPluralSubject(analysis.tokens[hit.tokens.lowerBound], norms)
                                                       && spans.contains { $0.actor != nil && $0.tokens.upperBound <= hit.tokens.lowerBound },
                                                   doneByVerb: !isScored && roleTrigger.kind == .noun
                                                       && isDoneByVerb(hit, trigger.type, spans, clause: clause, timeWords: timeWords, forms))
                    if isScored, trigger.type == .protest, !suffered {
                        candidate.certain = isPlainProtest(hit, hits, range, clause: clause, source: candidate.source, spans, document, &forms)
                    } else if candidate.plainReport {
                        candidate.certain = isBombingReport(trigger, hit, hits, clause: clause, source: source, spans, document, forms)
                    } else if isScored, opensClause, let attack = voice.attackWord {
                        candidate.certain = isStruckByBombing(attack, hits, source: source, spans, document)
                    } else if isScored, roleTrigger.kind == .noun || !Self.readsAsVerb(first, norms), opensClause || opensOwnClause,
                              isStruckByBombing(hit.tokens.lowerBound, hits, source: source, spans, document) {
                        // A bombing whose side is named, opening a headline or a clause of its own in it without the article,
                        // reports it (غارات إسرائيلية على ميناء الحديدة، … وغارات أمريكية على الحديدة; الغارات الإسرائيلية على
                        // غزة names a topic);
                        // so does its noun as its verb's subject, which struck whom the verb names after it.
                        let verb = verbOfAttackingNoun(hit, hits, source: source, spans, clause: clause, forms)
                        candidate.certain = verb != nil || !ProcliticFlags.of(first).article && Self.isHeadline(range, analysis.tokens)
                        if let verb, candidate.target.isEmpty, let struck = spans.first(where: { span in
                            span.actor != nil && span.tokens.lowerBound >= verb.tokens.upperBound && clause.contains(span.tokens.lowerBound)
                                && span.tokens.lowerBound - verb.tokens.upperBound <= Self.reachAfter && !source.contains(span.actor!)
                        }) {
                            candidate.target = [struck.actor!]
                        }
                    }
                    if isScored {
                        let read = argumentReading(candidate, hit, spans, range, suffered: suffered, &forms)
                        candidate.features = features(candidate, hit, hits, spans, range, document, norms) + read.features(trigger.type)
                        if trigger.type == .protest { candidate.features += protestSceneFeatures(hit, spans, range, document, &forms) }
                    }
                    out.append(candidate)
                }
            }
        }
        return out
    }

    /// How many words after a noun of casualties attackers may stand as its complement: a count between.
    static let complementReach = 3

    /// The sector of a government and its ministries.
    static let governmentSector = "GOV"

    /// The sector of the armed forces that carry out a state's attacks.
    static let armedForces = "MIL"

    /// Whether a noun trigger that is also an actor (المتظاهرين) is the object of a verb
    /// trigger of another type in its clause, after that verb's subject: it names whom that
    /// event struck (اعتقلت الشرطة متظاهرين), not an event of its own. Protesters who act
    /// are still protesting (هاجم آلاف المتظاهرين المكتب، أحرق المتظاهرون الأعلام).
    private func namesAnotherEventsActor(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ sentence: Range<Int>,
                                         _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let trigger = lexicon.triggers[Int(hit.entry)]
        guard trigger.kind == .noun, spans.contains(where: { $0.actor != nil && $0.tokens.contains(hit.tokens.lowerBound) }) else { return false }
        let clause = Self.clause(around: hit.tokens, in: sentence, tokens, norms)
        return hits.contains { verb in
            let other = lexicon.triggers[Int(verb.entry)]
            return other.kind == .verb && other.type != trigger.type && clause.contains(verb.tokens.lowerBound)
                && verb.tokens.upperBound <= hit.tokens.lowerBound
                && spans.contains {
                    $0.actor != nil && $0.tokens.lowerBound >= verb.tokens.upperBound && $0.tokens.upperBound <= hit.tokens.lowerBound
                        && $0.sector.map(Self.protesterSectors.contains) != true
                }
        }
    }

    /// The subject a verb trigger `hit` that bears ف or و shares with the clause before it: the sentence's first
    /// actor before the verb that is no speaker, no complement with ل or ب, no adjective of an event and follows no
    /// marker (على، ضد، من…), nor one of `besides`; not a state by its name either, too often the setting of an opening
    /// phrase (وفي بلدة «بيت حانون»). Nil for a trigger without ف or و.
    func sharedSubject(_ hit: Hit, _ spans: [ArgumentSpan], _ tokens: [Token], besides: [EventActor]) -> EventActor? {
        let trigger = hit.tokens
        let flags = ProcliticFlags.of(tokens[trigger.lowerBound])
        guard flags.sequel || flags.conjunction || hit.conjunction else { return nil }
        return spans.first {
            $0.actor != nil && $0.tokens.upperBound <= trigger.lowerBound && !$0.isSpeaker && !$0.isOblique && !$0.isState
                && $0.marker == nil && !$0.isAdjectival && !besides.contains($0.actor!)
        }?.actor
    }

    /// The actor that opens the sentence (its first two words), when `clause` is a later
    /// clause that starts with و and names no actor before the trigger: the shared subject
    /// of coordinated clauses.
    private func sentenceTopic(_ clause: Range<Int>, before hit: Hit, _ sentence: Range<Int>, _ spans: [ArgumentSpan],
                               _ tokens: [Token]) -> EventActor? {
        let trigger = hit.tokens
        // The conjunction the segmenter left on the trigger's word counts too (واتهمته).
        guard clause.lowerBound > sentence.lowerBound,
              ProcliticFlags.of(tokens[clause.lowerBound]).conjunction || clause.lowerBound == trigger.lowerBound && hit.conjunction,
              !spans.contains(where: { $0.actor != nil && clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= trigger.lowerBound }),
              let first = spans.first(where: { $0.actor != nil }), !first.isSpeaker,
              first.tokens.lowerBound - sentence.lowerBound < 2 else { return nil }
        return first.actor
    }

    /// Whether a word of manner that makes support material (عسكريا، بالسلاح) follows the
    /// trigger within three words of its clause.
    private func followedByMaterialManner(_ trigger: Range<Int>, _ clause: Range<Int>, _ forms: inout TokenForms) -> Bool {
        hasCue(.material, in: trigger.upperBound..<max(trigger.upperBound, min(clause.upperBound, trigger.upperBound + 3)), limit: clause.upperBound, &forms)
    }

    /// Whether the sentence places what it reports in the term of an office holder whose
    /// offices had all ended by the publication day: an era cue (في عهد، إبان) with a
    /// person among the next three words.
    private func namesPastEra(_ sentence: Range<Int>, _ spans: [ArgumentSpan], _ document: AnnotatedDocument, _ forms: inout TokenForms) -> Bool {
        guard let published = document.document.published?.dayStamp else { return false }
        for span in spans {
            guard case let .entity(e)? = span.actor, document.entities[e].entity.type == .person else { continue }
            let roles = document.entities[e].roles
            guard !roles.isEmpty, roles.allSatisfy({ $0.end < published }) else { continue }
            let before = max(sentence.lowerBound, span.tokens.lowerBound - 3)..<span.tokens.lowerBound
            if hasCue(.era, in: before, limit: span.tokens.lowerBound, &forms) { return true }
        }
        return false
    }

    /// Whether أي (any) stands right before the trigger: أي تسوية، لأي هجوم، أية مفاوضات name an act of any kind, none
    /// that took place (رفض المحتجون أي تسوية مع المكون العسكري). The caller leaves a negation's alone: there أي only
    /// strengthens it (لم تسفر القمة عن أي اتفاق: no agreement came of it).
    static func followsAny(_ hit: Hit, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound - 1
        return k >= sentence.lowerBound && forms.tokens[k].kind == .word && stem(forms.tokens[k], forms.norm(k)).isOne(of: any)
    }

    /// أي and أية in normal form without clitics.
    static let any = ["اي", "اية", "ايه"].map { Array($0.utf8) }

    /// Whether a trigger is a noun, or a verb row's word with a verbal noun's pattern (انسحاب، اعتقال).
    private func readsAsNoun(_ trigger: EventTrigger, _ hit: Hit, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[hit.tokens.lowerBound]
        return trigger.kind == .noun || Self.hasVerbalNounPattern(Self.stem(token, forms.norm(hit.tokens.lowerBound)))
    }

    /// The tokens of the nouns of acts among `hits` that talks discuss (`EventCueReader.discussed`), and of those joined
    /// to one by و, a few words after it (`joinedTopicGap`): بحث الرئيس مع المبعوث وقف إطلاق النار وانسحاب القوات.
    private func discussedTopics(_ hits: [Hit], _ sentence: Range<Int>, _ forms: TokenForms) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for hit in hits where readsAsNoun(lexicon.triggers[Int(hit.entry)], hit, forms)
            || coordinatedWithNoun(hit, hits, forms.tokens, forms.norms) {
            let k = hit.tokens.lowerBound
            let joined = (hit.conjunction || ProcliticFlags.of(forms.tokens[k]).conjunction) && out.last.map { topic in
                (topic.upperBound...(topic.upperBound + Self.joinedTopicGap)).contains(k)
                    && (topic.upperBound..<k).allSatisfy { forms.tokens[$0].kind == .word }
            } == true
            if joined || EventCueReader.discussed(hit.tokens, in: Self.clause(around: hit.tokens, in: sentence, forms.tokens, forms.norms), forms) {
                out.append(hit.tokens)
            }
        }
        return out
    }

    /// Whether a verb form is joined by و to the event noun just before it: a verbal noun
    /// in a list (فرض العقوبات ودعم كييف).
    private func coordinatedWithNoun(_ hit: Hit, _ hits: [Hit], _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ProcliticFlags.of(tokens[hit.tokens.lowerBound]).conjunction,
              let previous = hits.last(where: { $0.tokens.upperBound == hit.tokens.lowerBound }) else { return false }
        let trigger = lexicon.triggers[Int(previous.entry)]
        return trigger.kind == .noun || Self.isVerbalNoun(tokens[previous.tokens.lowerBound], norms)
    }

    /// Whether a verb form carries what only a noun can: the article (الدعم) or the
    /// preposition ب (بدعم), or ل before a form that is not a present verb (لدعم).
    static func isVerbalNoun(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let flags = ProcliticFlags.of(token)
        if flags.article || flags.preposition { return true }
        guard flags.lam else { return false }
        let prefix = token.segmentation.procliticBytes
        let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
        return norm.count >= prefix + 2 && !TokenForms.isPresentPrefix(norm[prefix], norm[prefix + 1])
    }

    /// Whether a word without its clitics, in normal form, has the pattern of the verbal noun of a derived
    /// verb, with or without the plural ات: تفعيل (تفجير، تعذيب), إفعال (إحراق), افتعال، انفعال، استفعال
    /// (اغتيال، اختطاف، انفجار، استهداف). Not the past of a hollow verb: اغتال (افتعل)، استقال (استفعل).
    static func hasVerbalNounPattern(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // Arabic letters take two bytes each in UTF-8.
        guard word.count % 2 == 0 else { return false }
        var letters = stride(from: 0, to: word.count, by: 2).map { UInt16(word[$0]) << 8 | UInt16(word[$0 + 1]) }
        if letters.count >= 7, letters.suffix(2).elementsEqual([Letter.alef, Letter.teh]) { letters.removeLast(2) }
        let n = letters.count
        if n == 5, letters[0] == Letter.teh, letters[3] == Letter.yeh { return true }
        guard n >= 5, letters[0] == Letter.alef, letters[n - 2] == Letter.alef else { return false }
        let hollowPast = n == 5 && letters[2] == Letter.teh || n == 6 && letters[1] == Letter.seen && letters[2] == Letter.teh
        return !hollowPast
    }

    /// The letters of the verbal noun patterns, as their two UTF-8 bytes.
    private enum Letter {
        static let alef: UInt16 = 0xD8A7, teh: UInt16 = 0xD8AA, yeh: UInt16 = 0xD98A, seen: UInt16 = 0xD8B3
    }

    /// Whether a form of a verb row names the casualties or the death itself (مقتل، قتلى، جرحى،
    /// إصابة، مصرع، ضحايا): a noun whose complement is who was struck (مقتل جنديين ومدني), though
    /// the sentence still prefers it as its verb of killing.
    /// The segmenter may leave و or ف on the noun (وإصابة).
    static func isCasualtyNoun(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        isOne(stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange])), withConjunction: casualtyNouns)
    }

    /// Whether `word` is one of `words`, or و or ف and one of them: a conjunction the segmenter
    /// left on a word its counts saw whole (وأصيب، وإصابة).
    static func isOne(_ word: UnsafeBufferPointer<UInt8>, withConjunction words: [[UInt8]]) -> Bool {
        word.isOne(of: words) || word.count > 2 && ProcliticLetters.conjunctions.begins(word)
            && UnsafeBufferPointer(rebasing: word[2...]).isOne(of: words)
    }

    /// Whether a token is a suicide bomber's noun (انتحاري، الانتحاريين), without its clitics.
    static func isSuicideBomber(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange])).starts(with: suicideBomber)
    }

    /// انتحاري in normal form: the start of a suicide bomber's noun.
    private static let suicideBomber = Array("انتحاري".utf8)

    /// Nouns of killing and wounding in verb rows, in normal form (alef and alef maksura folded).
    private static let casualtyNouns = ["مقتل", "قتلي", "قتيل", "قتيلا", "جرحي", "اصابة", "مصرع", "ضحايا"].map { Array($0.utf8) }

    /// The tokens of the trigger's clause: between the punctuation marks (، ؛ : ( ) , ;)
    /// and quotation marks around it, within the sentence. Quotation marks that close
    /// within a few words of opening wrap a name (منظمة «هيومن رايتس ووتش»، تنظيم "داعش")
    /// and stay inside the clause, as do the commas around a day (`dayAside`: استقبل الملك، أمس، الرئيس المصري).
    static func clause(around tokens: Range<Int>, in sentence: Range<Int>, _ all: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        func text(_ k: Int) -> UnsafeBufferPointer<UInt8>? {
            all[k].kind == .punctuation ? UnsafeBufferPointer(rebasing: norms[all[k].normRange]) : nil
        }
        func breaks(_ k: Int) -> Bool {
            guard let mark = text(k) else { return false }
            if clauseMarks.contains(where: { mark.elementsEqual($0) }) {
                return dayAside(opening: k, in: sentence, all, norms) == nil && dayAside(closing: k, in: sentence, all, norms) == nil
            }
            guard let pair = quotePairs.first(where: { mark.elementsEqual($0.open) || mark.elementsEqual($0.close) }) else { return false }
            // A name's quotation marks pair within `nameWords` words; a straight quote may open or close.
            let after = (k + 1)..<min(sentence.upperBound, k + nameWords + 2)
            let before = max(sentence.lowerBound, k - nameWords - 1)..<k
            let sides = pair.open == pair.close ? [after, before] : mark.elementsEqual(pair.open) ? [after] : [before]
            let partner = mark.elementsEqual(pair.open) ? pair.close : pair.open
            return !sides.contains { side in side.contains { text($0)?.elementsEqual(partner) ?? false } }
        }
        var start = tokens.lowerBound
        while start > sentence.lowerBound && !breaks(start - 1) { start -= 1 }
        var end = tokens.upperBound
        while end < sentence.upperBound && !breaks(end) { end += 1 }
        return start..<end
    }

    /// The comma that closes an aside of a day opened by the comma at `k` (فرض الاتحاد الأوروبي، اليوم الاثنين، عقوبات;
    /// قال، أمس، إن), within `sentence`: at most three words between, each a day (`ArgumentMarker.days`) or a word for
    /// its part (`dayParts`), and no word that opens a clause of its own after it (زار بكين، أمس، حيث التقى). Such an
    /// aside interrupts a clause without ending it.
    static func dayAside(opening k: Int, in sentence: Range<Int>, _ all: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Int? {
        guard k < sentence.upperBound, isComma(k, all, norms) else { return nil }
        var j = k + 1
        while j < min(sentence.upperBound, k + 4), isDayWord(j, all, norms) { j += 1 }
        guard j > k + 1, j < sentence.upperBound, isComma(j, all, norms) else { return nil }
        let next = j + 1
        return next < sentence.upperBound && all[next].kind == .word && UnsafeBufferPointer(rebasing: norms[all[next].normRange]).isOne(of: clauseOpeners)
            ? nil : j
    }

    /// Words that open a clause of its own after a comma, in normal form: where, while, as, since, which, then.
    private static let clauseOpeners = ["حيث", "فيما", "بينما", "وبينما", "اذ", "كما", "مما", "وذلك", "ثم", "الذي", "التي", "الذين"]
        .map { Array($0.utf8) }

    /// The comma that opens an aside of a day closed by the comma at `k` (`dayAside(opening:)`).
    static func dayAside(closing k: Int, in sentence: Range<Int>, _ all: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isComma(k, all, norms) else { return nil }
        var j = k - 1
        while j >= max(sentence.lowerBound, k - 3), isDayWord(j, all, norms) { j -= 1 }
        return j < k - 1 && j >= sentence.lowerBound && dayAside(opening: j, in: sentence, all, norms) == k ? j : nil
    }

    /// Whether token `k` of `all` is a comma, Arabic or Latin.
    static func isComma(_ k: Int, _ all: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        all[k].kind == .punctuation && UnsafeBufferPointer(rebasing: norms[all[k].normRange]).isOne(of: commas)
    }

    private static func isDayWord(_ k: Int, _ all: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        guard all[k].kind == .word else { return false }
        let norm = UnsafeBufferPointer(rebasing: norms[all[k].normRange])
        return norm.isOne(of: ArgumentMarker.days) || norm.isOne(of: dayParts)
    }

    /// Words for a day or a part of it, in normal form, that stand in an aside with a day (، يوم الأحد، ، فجر اليوم،
    /// ، مساء أمس،).
    private static let dayParts = ["يوم", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة"].map { Array($0.utf8) }

    /// Punctuation that ends a clause, in UTF-8.
    static let clauseMarks: [[UInt8]] = ["،", "؛", ":", "(", ")", ",", ";"].map { Array($0.utf8) }

    /// Quotation marks, in UTF-8: they end a clause unless they wrap a name.
    static let quotePairs: [(open: [UInt8], close: [UInt8])] = [("\"", "\""), ("«", "»"), ("“", "”")].map {
        (Array($0.0.utf8), Array($0.1.utf8))
    }

    /// The most words a quoted name holds.
    static let nameWords = 4

    /// A trigger found in a sentence.
    struct Hit {
        let tokens: Range<Int>
        let entry: UInt32
        let future: Bool
        /// Whether the word bears a conjunction the segmenter left on it (`TokenForms.Match.conjunction`).
        var conjunction = false
    }

    /// The triggers of a sentence, in text order.
    private func triggers(_ range: Range<Int>, _ forms: inout TokenForms) -> [Hit] {
        var hits: [Hit] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard forms.tokens[k].kind == .word,
                  let found = forms.match(lexicon.triggerTable, at: k, limit: range.upperBound)
                    ?? (forms.startsLonger ? splitPhrase(at: k, in: range, &forms) : nil),
                  !isDawn(k, in: range, forms), !isIdiom(found, at: k, in: range, forms), !isOtherSense(found, at: k, in: range, forms),
                  !Self.isStrayParticiple(k, in: range, forms),
                  !(lexicon.triggers[Int(found.value)].kind == .verb && hasWhatAsSubject(at: k, in: range, forms)) else {
                k += 1
                continue
            }
            hits.append(Hit(tokens: k..<(k + found.words), entry: found.value, future: found.future, conjunction: found.conjunction))
            k += found.words
        }
        return hits
    }

    /// Whether the word at `k` is فجر the noun, dawn, not the verb (he detonated): with the article or after في (وفي
    /// فجر اليوم التالي، صحيفة الفجر), or before a day (فجر أمس، فجر يوم الجمعة، فجر اليوم). The verb takes its bomber
    /// or its charge after it (فجر انتحاري نفسه، فجروا عبوة).
    private func isDawn(_ k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard Self.stem(forms.tokens[k], forms.norm(k)).equals(Self.dawn) else { return false }
        let flags = ProcliticFlags.of(forms.tokens[k])
        if flags.article || flags.preposition { return true }
        if k > sentence.lowerBound, forms.norm(k - 1).equals(ArgumentMarker.inside) { return true }
        return k + 1 < sentence.upperBound && (forms.norm(k + 1).isOne(of: ArgumentMarker.days) || forms.norm(k + 1).equals(Self.day))
    }

    /// فجر (dawn, or he detonated) and يوم (day), in normal form.
    private static let dawn = Array("فجر".utf8), day = Array("يوم".utf8)

    /// Whether a verb of beating, striking or abducting is the first word of an idiom, its
    /// complement right after it or past a subject of up to two words: ضرب مثالا (gave an
    /// example), ضرب الرئيس موعدا (set a date), ضرب طوقا (threw a cordon), ضرب بعرض الحائط
    /// (brushed aside), ضرب رقما قياسيا (set a record); خطف الأنظار (caught the eye), خطف
    /// الفوز (snatched the win); and a verb of burning what a crowd burns (أحرقوا إطارات السيارات), no attack.
    /// A verb of beating also strikes as a force of nature, named right before it or among the
    /// three words after it (الزلزال ضرب على عمق 26 كلم، ضربت عاصفة رملية المنطقة).
    private func isIdiom(_ found: TokenForms.Match, at k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let mode = lexicon.triggers[Int(found.value)].mode ?? ""
        guard let complements = Self.idiomComplements[mode] else { return false }
        let after = (k + found.words)..<min(k + found.words + 3, sentence.upperBound)
        func isWord(_ j: Int, _ words: [[UInt8]]) -> Bool { forms.tokens[j].kind == .word && forms.norm(j).isOne(of: words) }
        if mode == "beat", k > sentence.lowerBound && isWord(k - 1, Self.forcesOfNature) || after.contains(where: { isWord($0, Self.forcesOfNature) }) {
            return true
        }
        return after.contains { isWord($0, complements) }
    }

    /// Forces of nature that strike (ضرب الزلزال), in normal form: earthquakes, tremors, storms, hurricanes, waves (of heat, cold).
    private static let forcesOfNature = ["زلزال", "الزلزال", "زلزالا", "هزة", "الهزة", "عاصفة", "العاصفة", "عواصف", "العواصف",
                                         "اعصار", "الاعصار", "موجة", "الموجة", "تسونامي", "الجفاف"].map { Array($0.utf8) }

    /// What follows the verbs of an idiom, in normal form, by the PLOVER mode of the verb's
    /// trigger: ضرب (beat) and أضرب (strike), خطف (abduct); and what a crowd burns, which burning harms no one
    /// (أحرق المحتجون إطارات السيارات، أضرموا النار في الإطارات، أحرقوا العلم).
    private static let idiomComplements: [String: [[UInt8]]] = {
        let striking = ["مثالا", "مثلا", "مثال", "المثل", "امثله", "امثلة", "موعدا", "طوقا", "بعرض", "رقما", "الرقم", "اطنابه", "اطنابها"]
        let snatching = ["الانظار", "انظار", "الاضواء", "الاهتمام", "الابصار", "الفوز", "فوزا", "اللقب", "لقبا", "النقاط", "البطولة", "البطوله", "الكاس", "الميدالية", "الميداليه"]
        // Not إطار, as often a frame (أحرقوا المنازل في إطار حملة) as a tyre.
        let burnt = ["اطارات", "الاطارات", "العلم", "علم", "الاعلام", "اعلام", "اعلاما", "دمية", "دمي", "مجسما", "مجسمات"]
        let bytes = { (words: [String]) in words.map { Array($0.utf8) } }
        return ["beat": bytes(striking), "strike": bytes(striking), "abduct": bytes(snatching), "primitive": bytes(burnt)]
    }()

    /// One trigger per type and clause (per sentence for the types the classifier scores):
    /// the first verb, else the first noun, or a noun a verb of doing carries out before a verb
    /// (`isDoneByVerb`); no noun of a type a verb of the sentence has.
    /// Crowd control is an act of its own beside the others of its type (أطلقت قوات الأمن خراطيم
    /// المياه على المحتجين … وأصيب خمسة معلمين: the water cannon, and the wounded).
    private func choose(_ hits: [Hit], _ sentence: Range<Int>, clauseSubjects: [Int], _ spans: [ArgumentSpan], timeWords: Set<Int>,
                        _ forms: TokenForms) -> [Hit] {
        let tokens = forms.tokens, norms = forms.norms
        var chosen: [(hit: Hit, clause: Int)] = []
        func part(_ hit: Hit) -> Int { ownPart(of: hit.tokens, in: sentence, clauseSubjects: clauseSubjects, forms).lowerBound }
        func opensContrast(_ hit: Hit) -> Bool {
            let k = hit.tokens.lowerBound
            return k > sentence.lowerBound && forms.norm(k - 1).isOne(of: Self.contrasts) && readsAsVerb(hit, forms)
        }
        func kind(_ trigger: EventTrigger) -> (PloverType, Bool) { (trigger.type, trigger.mode == Self.crowdControl) }
        func isCarriedOut(_ hit: Hit) -> Bool {
            let trigger = lexicon.triggers[Int(hit.entry)]
            return trigger.kind == .noun && !scored.contains(trigger.type)
                && isDoneByVerb(hit, trigger.type, spans, clause: Self.clause(around: hit.tokens, in: sentence, tokens, norms), timeWords: timeWords, forms)
        }
        for hit in hits {
            let trigger = lexicon.triggers[Int(hit.entry)]
            // The classifier judges a sentence: its types get one candidate per sentence, or per clause joined by و
            // with a subject of its own (اشتباكات في السويداء وإسرائيل تقصف محيط القصر) or opened by the act's noun
            // (وغارات أمريكية على الحديدة), or opened by a verb right after
            // a word of contrast (أعلنت الجماعة أنها استهدفت سفينة، فيما شنت الولايات المتحدة غارات).
            let clause = scored.contains(trigger.type) ? (opensContrast(hit) ? hit.tokens.lowerBound
                : clauseSubjects.last(where: { $0 <= hit.tokens.lowerBound }) ?? sentence.lowerBound) : Self.clause(around: hit.tokens, in: sentence, tokens, norms).lowerBound
            // What is done during a visit is an act of its own beside it (في زيارة يلتقي خلالها عراقجي).
            if let same = chosen.firstIndex(where: { kind(lexicon.triggers[Int($0.hit.entry)]) == kind(trigger) && $0.clause == clause }),
               lexicon.triggers[Int(chosen[same].hit.entry)].mode != Self.visit || !isDoneDuringIt(hit, in: sentence, forms) {
                let noun = chosen[same].hit
                if lexicon.triggers[Int(noun.entry)].kind == .noun && trigger.kind == .verb && !isCarriedOut(noun) { chosen[same].hit = hit }
            } else {
                chosen.append((hit, clause))
            }
        }
        // A noun of a type a verb of the sentence reports names that same event (التقى … قمة), unless a word of
        // contrast joins another act between them (أعلنت الإمارات تقديم مساعدات …، فيما أرسلت مصر قافلة).
        // A noun a verb of doing carries out is the act itself, which a verb of its type after it retells (عقد الوزراء
        // اجتماعا، بحثوا خلاله): the noun stays, with its doer.
        let carried = chosen.map(\.hit).filter(isCarriedOut).map { (type: lexicon.triggers[Int($0.entry)].type, part: part($0), start: $0.tokens.lowerBound) }
        let kept = chosen.map(\.hit).filter { hit in
            let trigger = lexicon.triggers[Int(hit.entry)]
            return trigger.kind == .noun || !carried.contains { $0.type == trigger.type && $0.part == part(hit) && $0.start < hit.tokens.lowerBound }
        }
        let verbs = kept.compactMap { hit -> (type: PloverType, part: Int, start: Int)? in
            let trigger = lexicon.triggers[Int(hit.entry)]
            return trigger.kind == .verb ? (trigger.type, part(hit), hit.tokens.lowerBound) : nil
        }
        return kept.filter { hit in
            let trigger = lexicon.triggers[Int(hit.entry)]
            guard trigger.kind == .noun, trigger.mode != Self.crowdControl, !Self.isVerbalNoun(tokens[hit.tokens.lowerBound], norms) else { return true }
            let own = part(hit), start = hit.tokens.lowerBound
            let isCarried = carried.contains { $0.start == start }
            return !verbs.contains { $0.type == trigger.type && $0.part == own && (!isCarried || $0.start < start) }
        }
    }

    /// The place nearest the trigger in its own part of the sentence (`ownPart`), preferring one after it.
    private func nearestPlace(_ tokens: Range<Int>, _ spans: [ArgumentSpan], within part: Range<Int>) -> Int? {
        let places = spans.filter { $0.place != nil && $0.tokens.lowerBound >= part.lowerBound && $0.tokens.upperBound <= part.upperBound }
        return (places.first { $0.tokens.lowerBound >= tokens.upperBound } ?? places.last)?.place
    }

    /// The tokens of the sentence on the trigger's side of the words of contrast that join another act to it
    /// (هدد الوزير …، فيما نفت طهران …، بينما اعتقلت الشرطة ناشطين في مشهد), of ردا على before the act it answers, and of
    /// the subjects of clauses joined by و (`joinedClauseSubjects`): that act's place is its own. Not its
    /// time, which بينما shares when it means while (أوقفت في فبراير 2014 بينما كانت تقود سيارة مفخخة).
    private func ownPart(of tokens: Range<Int>, in sentence: Range<Int>, clauseSubjects: [Int], _ forms: TokenForms) -> Range<Int> {
        func contrasts(_ k: Int) -> Bool {
            forms.tokens[k].kind == .word && (forms.norm(k).isOne(of: Self.contrasts)
                || k > sentence.lowerBound && forms.norm(k).equals(Self.while) && forms.norm(k - 1).equals(ArgumentMarker.inside)
                || k + 1 < sentence.upperBound && forms.norm(k).equals(Self.inResponse) && forms.norm(k + 1).equals(Self.to))
        }
        let start = (sentence.lowerBound..<tokens.lowerBound).last(where: contrasts) ?? sentence.lowerBound
        let end = (tokens.upperBound..<sentence.upperBound).first(where: contrasts) ?? sentence.upperBound
        return max(start, clauseSubjects.last { $0 <= tokens.lowerBound } ?? start)..<min(end, clauseSubjects.first { $0 > tokens.lowerBound } ?? end)
    }

    /// Words of contrast that join another act to a clause, in normal form: فيما، بينما، وبينما (and في حين).
    static let contrasts = ["فيما", "بينما", "وبينما"].map { Array($0.utf8) }
    /// ردا (in response), which before على names the act responded to, with its own place (استهدفت طائراته مواقع
    /// عسكرية، ردا على إطلاق صاروخ باتجاه مطار بن غوريون), and على, in normal form.
    static let inResponse = Array("ردا".utf8), to = Array("علي".utf8)
    /// حين, which joins another act after في (في حين) and tells when alone (كانت في هلسنكي حين التقى).
    static let `while` = Array("حين".utf8)

    /// A word's norm without the clitics the segmenter found.
    static func stem(_ token: Token, _ norm: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: norm[token.segmentation.stemBytes(ofLength: norm.count)])
    }

    /// Whether a verb ends in the plural subject's وا, or is a present يـ…ون (بحثوا، يطالبون),
    /// its clitics off; not a noun whose root ends so (تعاون).
    static func hasPluralSubject(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange]))
        return word.count >= 8
            && (word.ends(with: TokenForms.pluralSubject) || (word[0], word[1]) == Self.ya && word.ends(with: pluralPresent))
    }

    /// ون in UTF-8: the ending of a present verb's plural subject (its past's is `TokenForms.pluralSubject`).
    private static let pluralPresent = Array("ون".utf8)

    /// Whether a time expression after the trigger in its clause names a time to come, by a word of its own (أعلن
    /// الاتحاد إضرابا يوم الخميس المقبل، يزور الرئيس غدا كينيا), and its value starts after the day of publication: what
    /// happens then is planned. A bare day's name (الاثنين) is left alone: news tells of the past one. The caller leaves
    /// out attacks, whose planned candidates the classifier would no longer judge (مواجهات ودية غدا: friendly matches); a
    /// protest or a strike called for a day to come is planned, and kept by the rules for nouns with its organiser.
    func namesComingTime(_ time: TimeExpression, after trigger: Range<Int>, in clause: Range<Int>, _ document: AnnotatedDocument,
                         _ forms: TokenForms) -> Bool {
        guard time.resolution == .relativeToPublication, let published = document.document.published,
              time.range.lowerBound >= Int(forms.tokens[trigger.upperBound - 1].end),
              let first = CivilDay.firstDay(of: time.value), first > CivilDay.number(published.year, published.month, published.day) else { return false }
        return clause.contains { k in
            time.range.contains(Int(forms.tokens[k].start)) && forms.tokens[k].kind == .word && forms.norm(k).isOne(of: Self.comingWords)
        }
    }

    /// The types whose act a time after it schedules. A demand, an accusation, a refusal, a threat or praise is made
    /// now about what is to come (دعا الحزب إلى التظاهر غدا).
    static let scheduledTypes = Set(PloverType.allCases).subtracting(statements).subtracting([.support])

    /// The types of statements: demands, accusations and condemnations, refusals, threats.
    static let statements: Set<PloverType> = [.request, .accuse, .reject, .threaten]

    /// The actors named after a word of taking part (بمشاركة) after the trigger in its clause, with those joined to them
    /// by و.
    func participants(after tokens: Range<Int>, _ spans: [ArgumentSpan], _ clause: Range<Int>, _ forms: TokenForms) -> [EventActor] {
        guard let first = spans.firstIndex(where: { span in
            span.actor != nil && span.tokens.lowerBound > tokens.upperBound && clause.contains(span.tokens.lowerBound)
                && forms.norm(span.tokens.lowerBound - 1).isOne(of: Self.takingPart)
        }) else { return [] }
        return ([spans[first]] + spans[(first + 1)...].prefix { $0.joined && $0.actor != nil }).compactMap(\.actor)
    }

    /// Words of taking part in a meeting, in normal form: with the participation of.
    static let takingPart = ["بمشاركة", "وبمشاركة"].map { Array($0.utf8) }

    /// Whether a time's value is a duration in ISO 8601 (P3D, PT4H), not a point or a reference (PAST_REF).
    static func isDuration(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        guard scalars.first == "P", let next = scalars.dropFirst().first else { return false }
        return next == "T" || ("0"..."9").contains(next)
    }

    /// منذ with or without و, in normal form: what follows dates an act (`roles`' `since`), unless it opens a time
    /// expression (منذ يوم الجمعة), past which the act goes on.
    static let since = ["منذ", "ومنذ"].map { Array($0.utf8) }

    /// The verbal nouns of holding talks, with ل or not, in normal form (لإجراء محادثات، عقد اجتماع، لاستئناف المفاوضات).
    static let holding = ["اجراء", "لاجراء", "عقد", "لعقد", "بدء", "لبدء", "استئناف", "لاستئناف", "مواصلة", "لمواصلة"].map { Array($0.utf8) }

    /// How many words may stand between a discussed noun of an act and one joined to it, its complement's (وقف القصف على
    /// غزة وانسحاب القوات).
    static let joinedTopicGap = 3

    /// Words of a time to come in normal form: next (المقبل، القادم) and tomorrow (غدا، غد).
    static let comingWords = ["المقبل", "المقبلة", "القادم", "القادمة", "غدا", "غد", "مقبل", "قادم"].map { Array($0.utf8) }

    /// Whether a verb bears its object's pronoun (قتلتهم، تدعمها): not a noun's possessor, which a restored teh marbuta
    /// or a verbal noun's pattern shows (استقالته، زيارته، دعمها).
    static func bearsObjectPronoun(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let segmentation = token.segmentation
        return objectPronouns.contains(Clitics.enclitics[Int(segmentation.enclitic)]) && !segmentation.restoredTehMarbuta
            && !isVerbalNoun(token, norms) && isPresentOrFemininePast(stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange])))
    }

    /// Whether a past verb of the third form, alef its second letter (هاجم، هاجمت), stands at `token`: its passive is spelt
    /// otherwise (هوجم), so its subject is who acts.
    static func isActiveOnly(_ token: Token, _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = withoutConjunction(stem(token, UnsafeBufferPointer(rebasing: norms[token.normRange])))
        return (8...10).contains(word.count) && word[2] == 0xD8 && word[3] == 0xA7
    }

    /// Whether a verb's stem opens with a present tense's prefix (يدعم، تدعم) or closes with the past's feminine ت
    /// (قتلت، رفضت): a verb's form, not a noun's (دعم، قتل), nor a feminine plural's (غاراته).
    private static func isPresentOrFemininePast(_ stem: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stem.count >= 6, !stem.ends(with: femininePlural) else { return false }
        return TokenForms.isPresentPrefix(stem[0], stem[1]) && !(stem[0] == 0xD8 && stem[1] == 0xA7)
            || stem.ends(with: SentenceArguments.feminineEnding)
    }

    /// ات, a feminine plural's ending.
    static let femininePlural = Array("ات".utf8)

    /// Verbs of aiming in normal form without clitics: استهدف، استهدفت، يستهدف، تستهدف.
    static let aiming = ["استهدف", "استهدفت", "يستهدف", "تستهدف"].map { Array($0.utf8) }

    /// The speaker a verb at `k` has for its subject: the verb stands right after a complementizer with a
    /// pronoun (إنه، أنها، بأنهم; past قد، لن، لم، لا، سوف), and the speaker of the sentence is named before it.
    private func pronounSubject(_ k: Int, _ spans: [ArgumentSpan], _ sentence: Range<Int>, _ forms: TokenForms) -> EventActor? {
        guard let j = pronounBefore(k, among: Self.pronounComplementizers, sentence, forms) else { return nil }
        return spans.last { $0.isSpeaker && $0.actor != nil && $0.tokens.upperBound <= j }?.actor
    }

    /// أن and إن with a pronoun of a third person (normal form), with ب or و.
    static let pronounComplementizers = ["انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "وانه", "وانها", "وانهم"].map { Array($0.utf8) }
    /// Particles that may stand between such a pronoun and its verb (normal form).
    static let verbParticles = ["قد", "لن", "لم", "لا", "سوف"].map { Array($0.utf8) }

    /// على and إلى in normal form: what a request asks follows its addressee (حث السلطات على، دعا الأطراف إلى).
    static let requestedWords = ["علي", "الي"].map { Array($0.utf8) }

    /// The ACCUSE mode of charging someone with something (اتهم … بـ).
    static let allegation = "allege"

    /// Whether the actor of `span`, right after a verb, is whom blame lays the responsibility on: المسؤولية follows it
    /// within two words, with no other actor between (حملت الحكومة الإسرائيلية المسؤولية، يحملون الشركات المعنية المسؤولية).
    private func isBlamed(_ span: ArgumentSpan, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> Bool {
        let after = span.tokens.upperBound
        return (after..<min(sentence.upperBound, after + 2)).contains { r in
            forms.norm(r).equals(Self.responsibility) && !spans.contains { $0.actor != nil && (after..<r).contains($0.tokens.lowerBound) }
        }
    }

    /// المسؤولية in normal form: what blame lays on whom it names before it (حملت الحكومة المسؤولية).
    static let responsibility = Array("المسؤولية".utf8)

    /// آخر (another, the last) in normal form, with the article and its feminine: between a verb and the event noun
    /// that is its subject (استهدف آخر هجوم).
    static let last = ["اخر", "الاخر", "اخري", "الاخري"].map { Array($0.utf8) }

    /// What a number stands as in a word pair.
    static let numberMark: StaticString = "#"

    /// The types whose classifier reads every stem and stem pair of the sentence. PROTEST does
    /// not: with 45 positives among a thousand sentences, the words of the rest of the sentence
    /// are mostly noise to it (cross-validated F1 over 10 fold seeds .359 → .417), while ASSAULT
    /// needs them (.700 → .624 without).
    static let wholeSentenceTypes: Set<PloverType> = [.assault]

    /// The types whose classifier reads the words next to and near the trigger. PROTEST reads only
    /// its trigger, cues, actors, readings and scene: with some 36 yeses per training set, each
    /// near word is seen too seldom to be weighed, and its weights moved the probabilities and the
    /// cut from fold to fold (mean F1 over 10 fold seeds .515 → .539 without them, .551 with ضد
    /// read into the scene).
    static let nearWordTypes = Set(PloverType.allCases).subtracting([.protest])

    /// The level of `WordClass.groups` whose group of each word of the sentence the classifier
    /// reads (4,096 groups): words it was never trained on then weigh as their neighbours in
    /// news do. Mean ASSAULT F1 of `eval events --seeds 10` .712 → .726 (in a first trial .724, 8 seeds up, 1 down);
    /// 1,024 groups .718, 256 .713, 64 .709; 1,024 and 4,096 together .711; PROTEST, which reads
    /// no sentence words, fell .557 → .473 reading the groups.
    static let groupLevel = 3

    /// How many words either side of a trigger the classifier reads as near words.
    static let wordReach = 5

    /// The classifier's features of a candidate.
    private func features(_ candidate: EventCandidate, _ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ range: Range<Int>,
                          _ document: AnnotatedDocument, _ norms: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        typealias F = EventFeatures
        let tokens = document.text.tokens
        var out: [UInt32] = [F.flag(.bias)]
        out.reserveCapacity(range.count * 4 + 32)
        func norm(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: norms[tokens[k].normRange]) }
        let k = hit.tokens.lowerBound
        out.append(F.hash(.triggerWord, norm(k)))
        // The trigger as the lexicon lists it: its word without clitics, so that the feature does
        // not move when the lexicon gains or loses a row.
        out.append(F.hash(.triggerEntry, Self.stem(tokens[k], norm(k))))
        out.append(F.flag(.triggerMode, UInt32(candidate.trigger.type.index * 32 + (candidate.trigger.mode.flatMap { candidate.trigger.type.modes.firstIndex(of: $0) } ?? 31))))
        out.append(F.flag(.triggerKind, candidate.trigger.kind == .verb ? 1 : 2))
        let nearWords = Self.nearWordTypes.contains(candidate.trigger.type)
        for (family, offset) in [(F.Family.left1, -1), (.left2, -2), (.right1, hit.tokens.count), (.right2, hit.tokens.count + 1)] where nearWords {
            let j = k + offset
            if range.contains(j) { out.append(F.hash(family, norm(j))) } else { out.append(F.flag(family, 1)) }
        }
        var numbers = false, question = false, quote = false
        let wholeSentence = Self.wholeSentenceTypes.contains(candidate.trigger.type)
        // The stem before, for pairs; a number stands as #.
        var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        let numberMark = UnsafeBufferPointer(start: Self.numberMark.utf8Start, count: Self.numberMark.utf8CodeUnitCount)
        for j in range {
            switch tokens[j].kind {
            case .word:
                // "No fewer than" (ما لا يقل عن) holds no negation: the count after it reads as any count.
                if CountApproximation.isNoFewerThan(j, in: range, tokens, norms) { break }
                let word = norm(j)
                let stem = Self.stem(tokens[j], word)
                if wholeSentence {
                    out.append(F.hash(.sentenceWord, stem))
                    if previous.count > 0 { out.append(F.hash(.pair, previous, stem)) }
                    // The stem is looked up only when clitics make it another word.
                    if let group = (clusters?.wordClass(of: word) ?? (stem.count != word.count ? clusters?.wordClass(of: stem) : nil))?.group(Self.groupLevel) {
                        out.append(F.flag(.group, UInt32(group)))
                    }
                }
                previous = stem
                guard nearWords, abs(j - k) <= Self.wordReach else { break }
                out.append(F.hash(.word, word))
                if stem.count != word.count { out.append(F.hash(.word, stem)) }
            case .number:
                numbers = true
                if previous.count > 0 { out.append(F.hash(.pair, previous, numberMark)) }
                previous = numberMark
            case .punctuation:
                previous = UnsafeBufferPointer(start: nil, count: 0)
                let p = norm(j)
                if p.elementsEqual("؟".utf8) || p.elementsEqual("?".utf8) { question = true }
                if p.elementsEqual("«".utf8) || p.elementsEqual("\"".utf8) { quote = true }
            default: break
            }
        }
        let r = candidate.reading
        for (on, value) in [(r.negated, 1), (r.denied, 2), (r.future, 3), (r.demanded, 4), (r.hypothetical, 5), (r.reported, 6)] as [(Bool, UInt32)] where on {
            out.append(F.flag(.cue, value))
        }
        if numbers { out.append(F.flag(.number)) }
        if question { out.append(F.flag(.question)) }
        if quote { out.append(F.flag(.quote)) }
        if candidate.time != nil { out.append(F.flag(.time)) }
        if candidate.place != nil { out.append(F.flag(.place)) }
        for (family, kindFamily, actors) in [(F.Family.sourceSector, F.Family.sourceKind, candidate.source), (.targetSector, .targetKind, candidate.target)] {
            // People the knowledge base does not know tell the classifier nothing (reading them as people or as their
            // titles' generic actors cost PROTEST .572 → .563 and ASSAULT .726 → .723 in cross-validation).
            if actors.allSatisfy({ if case .person = $0 { true } else { false } }) { out.append(F.flag(kindFamily, 0)) }
            for actor in actors.prefix(2) {
                switch actor {
                case let .generic(sector, _, _):
                    out.append(F.hash(family, sector))
                    out.append(F.flag(kindFamily, 1))
                case let .entity(e):
                    let type = document.entities[e].entity.type
                    out.append(F.flag(kindFamily, 2 + UInt32(EntityType.allCases.firstIndex(of: type)!)))
                    if let sector = spans.first(where: { $0.actor == actor })?.sector {
                        out.append(F.hash(family, sector))
                    }
                case .person:
                    break
                case .organisation:
                    out.append(F.flag(kindFamily, 21))
                case .state:
                    out.append(F.flag(kindFamily, 20))
                    // A crowd named by its people (آلاف التونسيين) reads as the crowd it is.
                    if let sector = spans.first(where: { $0.actor == actor })?.sector {
                        out.append(F.hash(family, sector))
                    }
                }
            }
        }
        var sameType = 0
        for other in hits where other.tokens != hit.tokens {
            let trigger = lexicon.triggers[Int(other.entry)]
            if trigger.type == candidate.trigger.type {
                sameType += 1
                let j = other.tokens.lowerBound
                out.append(F.hash(.triggerEntry, Self.stem(tokens[j], norm(j)), 1))
            } else {
                out.append(F.flag(.otherTrigger, UInt32(trigger.type.index)))
            }
        }
        out.append(F.flag(.otherTrigger, UInt32(100 + min(sameType, 4))))
        out.append(F.flag(.length, UInt32(min(range.count / 8, 8))))
        out.append(F.flag(.position, UInt32(min((k - range.lowerBound) / 3, 6))))
        return out
    }
}
