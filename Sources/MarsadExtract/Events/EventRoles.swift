import MarsadCore

/// Who acts and who is acted on: the source and target of a trigger among the actors of
/// its clause.
extension EventDetector {
    /// Source and target: a verb's subject after it (VSO) or before it (SVO), its object after; a noun's complement
    /// after it is its target, the actor before it its source. Spans joined by و make a compound actor. A meeting's
    /// compound subject with no other party becomes source and target (التقى ترامب وبوتين). `spans` are the sentence's;
    /// those of `reach` (the trigger's clause up to the next trigger) are its arguments, and a protest's target may
    /// stand later in the sentence (تجمعوا أمام المبنى، مطالبين الحكومة). `undergone`: the trigger follows a verb of
    /// undergoing (القوات تعرضت لهجوم), so the actor before it is struck, not striking. `voice`: an assault verb read
    /// in the passive (أصيب الوزير، قتل جندي في انفجار) has its subject struck. `eventSubject`: an event noun right
    /// after the verb is its subject (استهدف هجوم انتحاري القوات), so the actor after them is its object. `timeWords`:
    /// the sentence's tokens inside a time expression, and the words of a long approximation before a count
    /// (`CountApproximation.uncountedWords`), which do not count in an actor's distance from the trigger. `agreement`:
    /// a verb's subject agrees with it — a state in the feminine after a verb in the masculine is its object, and the
    /// subject of a clause after أن none of its actors; not read for the types the classifier scores, whose features it
    /// would move: read for them too, it changed which attacks the model trained on all sentences keeps (on the first
    /// 2,000 SaudiNewsNet articles 22 lost, 9 gained), its cross-validated F1 unchanged. `since`: the sentence's tokens
    /// of منذ outside its times, after which the actors name what the act is dated from, not its parties (في أول زيارة
    /// له إلى روسيا منذ سقوط نظام الأسد). `afterThat`: the verb opens a clause after أن, whose subject follows it
    /// (طالبت مصر بأن تفرج الخرطوم عن الصيادين); with `agreement`, no actor before it is its subject. `objectPronoun`:
    /// the verb bears its object's pronoun (قتلتهم); without it, a body called upon right after a verb of calling is its
    /// object (`ArgumentSpan.isAddressed`: دعا المجتمع الدولي إلى التحرك). `activeOnly`: the verb's spelling is no passive's (هاجم; its
    /// passive is هوجم). `joined`: the verb bears و or ف, going on from the clause before, whose words on على or ضد
    /// before it are no subject of its (أطلقت القوات صاروخا على المدرسة فقتلت المدرس: the school killed no one).
    func roles(_ trigger: EventTrigger, _ tokens: Range<Int>, _ spans: [ArgumentSpan], reach: Range<Int>,
               undergone: Bool, voice: AssaultVoice, eventSubject: Bool, timeWords: Set<Int> = [], agreement: Bool = false,
               since: [Int] = [], afterThat: Bool = false, objectPronoun: Bool = false, activeOnly: Bool = false,
               joined: Bool = false) -> ([EventActor], [EventActor]) {
        // Attackers right after a verb of aiming are its subject, not its aim: استهدف انتحاري اجتماعا.
        let spans = trigger.kind == .verb && spans.contains(where: { isSubjectOfAiming($0, tokens) }) ? spans.map { span in
            var span = span
            if isSubjectOfAiming(span, tokens) { span.marker = nil }
            return span
        } : spans
        // Speakers report events, states named as such are where protests happen, unless named with
        // ل or ب as what the protest denounces or is addressed to (هتافات معادية لإيران، منددين بإسرائيل), or after
        // ضد (ضد إسرائيل), with those joined to them (معادية لبريطانيا وإسرائيل); after على a state is too
        // often what the banners speak of (لنحافظ على البلد).
        func opposed(_ i: Int) -> Bool {
            spans[i].isOblique && [.against, .addressee].contains(spans[i].marker) || spans[i].isOpposed
                || spans[i].joined && i > 0 && spans[i].tokens.lowerBound - spans[i - 1].tokens.upperBound <= 1 && opposed(i - 1)
        }
        let candidates = spans.indices.filter { i in
            spans[i].actor != nil && !spans[i].isSpeaker && !(trigger.type == .protest && spans[i].isState && !opposed(i))
        }.map { spans[$0] }
        // A singular role noun right after a noun trigger is its adjective: هجوم مسلح، تفجير انتحاري; so is one
        // right after any event noun, an actor of no trigger (هجوم انتحاري بسيارة مفخخة استهدف قاعدة).
        // The subject of a clause after a verb's أن is none of the verb's, unless it is asked to act (طالب بأن تنسحب
        // إسرائيل): هدد بأن الحزب لن يقف مكتوف الأيدي.
        let actors = candidates.filter { span in
            reach.contains(span.tokens.lowerBound) && !span.describesEvent
                && !(trigger.kind == .noun && span.isAdjectival && span.tokens.lowerBound == tokens.upperBound)
                && !(agreement && trigger.kind == .verb && trigger.type != .request && span.opensComplement && span.tokens.lowerBound >= tokens.upperBound)
                && !since.contains { k in k >= tokens.upperBound && k < span.tokens.lowerBound }
        }
        // Arguments stand near their trigger: a subject before it within `reachBefore` words,
        // a subject or object after it within `reachAfter`; the words of a time between do not
        // count (فرضت الولايات المتحدة في يناير الماضي عقوبات).
        // A complement with ل or ب (دورية للشرطة) is not a verb's subject, nor, before a joined verb, what على or ضد governs.
        func words(_ between: Range<Int>) -> Int { between.count - (timeWords.isEmpty ? 0 : between.filter(timeWords.contains).count) }
        let before = agreement && afterThat && trigger.kind == .verb ? nil : actors.lastIndex {
            $0.tokens.upperBound <= tokens.lowerBound && words($0.tokens.upperBound..<tokens.lowerBound) <= Self.reachBefore
                && !(trigger.kind == .verb && ($0.isOblique || joined && $0.marker == .against))
        }
        let after = actors.firstIndex { $0.tokens.lowerBound >= tokens.upperBound && words(tokens.upperBound..<$0.tokens.lowerBound) <= Self.reachAfter }
        var source: [EventActor] = [], target: [EventActor] = []
        switch trigger.kind {
        case .verb:
            // The owner of a building after the verb is its object's, never its subject (هاجموا مقر الشرطة); after a verb
            // whose suffix names its subject the actor is its object (خطفوا مصورا). A verb with its object's pronoun
            // between two actors, a relative clause's, has its subject right after it and its object right before, or
            // past الذي (ثلاثة شبان قتلتهم القوات الإسرائيلية، الجماعة التي تدعمها إيران).
            let gapAfter = after.map { words(tokens.upperBound..<actors[$0].tokens.lowerBound) }
            if !eventSubject, let after, let gapAfter, gapAfter <= 3, actors[after].marker != .owner, !actors[after].isObject,
               !(agreement && actors[after].disagreesWithVerb), !(trigger.type == .request && actors[after].isAddressed && !objectPronoun),
               before == nil || tokens.lowerBound - actors[before!].tokens.upperBound > 2
                || objectPronoun && gapAfter == 0 && tokens.lowerBound - actors[before!].tokens.upperBound <= 1 {
                let group = compound(actors, from: after)
                source = group.actors
                // Whom an attack's subject comes from, right after it with من, is no object (قتل محمود سالم من كتائب القسام
                // في غارة: the verb has none, and reads as a passive); after a request من names whom it asks (طلب الرئيس
                // من وزير خارجيته).
                var next = group.next
                if trigger.type == .assault, next < actors.count, actors[next].marker == .origin,
                   actors[next].tokens.lowerBound == actors[next - 1].tokens.upperBound + 1 {
                    next += 1
                }
                if objectPronoun, let before, tokens.lowerBound - actors[before].tokens.upperBound <= 1 {
                    target = compoundBackward(actors, from: before)
                } else if next < actors.count, actors[next].tokens.lowerBound - tokens.upperBound <= Self.reachAfter * 2 {
                    target = compound(actors, from: next).actors
                }
            } else {
                if let before { source = compoundBackward(actors, from: before) }
                if let after { target = compound(actors, from: after).actors }
            }
        case .noun:
            // An attack's complement is whom it struck, also as a part of them (مقتل ثلاثة من الجنود), as the other
            // unscored types' is whom they are done to, also as some of its members (عقوبات على ثلاثة من قادة قوات الدعم
            // السريع، على قادة في الحركة),
            // unless it names attackers or their war machines (هجوم انتحاري، هجمات المسلحين، انفجارات لقنابل طائرات);
            // an assassination's is always its victim, a rebel commander too (اغتيال عماد مغنية).
            let attackers = trigger.type == .assault && trigger.mode != Self.targetedKilling
                && after.map { isAttacker(actors[$0]) || actors[$0].isArmed && !actors[$0].isOblique } == true
            // A count before the actor is its own word (عقوبات جديدة على ثمانية مسؤولين إيرانيين).
            if let after, !attackers, actors[after].tokens.lowerBound - tokens.upperBound - (actors[after].marker == .counted ? 1 : 0) <= 2
                || (trigger.type == .assault && actors[after].marker == .partitive)
                || (!scored.contains(trigger.type) && [.partitive, .affiliation].contains(actors[after].marker)) {
                target = compound(actors, from: after).actors
            }
            if let before { source = compoundBackward(actors, from: before) }
            // The actor after the genitive, past the nisba of the genitive's own (السلطات الفرنسية).
            let genitive = after.map { compound(actors, from: $0) }
            let object = genitive.flatMap { genitive in actors[genitive.next...].firstIndex { !$0.isNisba } }
            // The genitive follows the noun right away, so a marker read before it is the noun's (ردا على اعتقال).
            if let after, let genitive, let object, actors[after].tokens.lowerBound == tokens.upperBound, !actors[after].isOblique,
               actors[object].isIndefiniteAccusative, !actors[object].joined,
               actors[object].tokens.lowerBound - actors[object - 1].tokens.upperBound <= 1 {
                // A verbal noun's genitive with an accusative after it is its subject, the accusative its object
                // (اعتقال السلطات الفرنسية موظفا قنصليا: the French authorities arrested an employee).
                source = genitive.actors
                target = compound(actors, from: object).actors
            } else if attackers, let after, actors[after].tokens.lowerBound - tokens.upperBound <= 2 {
                // Attackers right after the noun are its authors, whoever stands before it (أدان هجمات المسلحين).
                source = compound(actors, from: after).actors
            } else if source.isEmpty, target.isEmpty, let after {
                if trigger.type == .assault && !attackers { target = compound(actors, from: after).actors } else { source = compound(actors, from: after).actors }
            }
        }
        if voice.isPassive(withObject: target.contains { actor in actors.first { $0.actor == actor }.map { !$0.isArmed } == true }) {
            (source, target) = passiveRoles(source + target, voice, tokens, actors, candidates)
        }
        if trigger.type == .assault, let died = actors.first(where: { $0.metDeath && source.contains($0.actor!) })?.actor {
            // Who met death died, attackers too: لقي ستة من مقاتلي المعارضة مصرعهم.
            source.removeAll { $0 == died }
            target = unique([died] + target)
        }
        // An attack's agent may stand past a word of the same attack: قتل برصاص مسلحين. Past another act's word it
        // is that act's (أدان الوزير الهجوم الذي نفذته حركة طالبان: the Taliban did not condemn).
        // After a verb of another type and its subject or object, a relative clause's maker made what the verb acts on
        // (أدانت المملكة الجريمة التي نفذها مستوطنون، أشاد المواطنون بالضربات التي نفذتها الداخلية: the settlers did not
        // condemn, the ministry did not praise).
        let agent = actors.first { span in
            span.marker == .agent && !(span.isRelativeMaker && trigger.type != .assault && trigger.kind == .verb && actors.contains {
                $0.marker != .agent && $0.tokens.lowerBound >= tokens.upperBound && $0.tokens.upperBound <= span.tokens.lowerBound
            })
        } ?? (trigger.type != .assault ? nil : candidates.first {
            $0.marker == .agent && $0.tokens.lowerBound >= tokens.upperBound && $0.tokens.lowerBound - tokens.upperBound <= Self.reachAfter
        })
        if trigger.type == .assault, trigger.kind == .verb, agent == nil, let first = source.first,
           let span = actors.first(where: { $0.actor == first }), [.counted, .partitive].contains(span.marker), !isAttacker(span) {
            // A counted subject is who was struck, in a passive: قتل ثلاثة من الجنود، جنديان قتلا.
            target = source
            source = []
        }
        if let agent {
            // The agent of a passive or of نفذ, with those joined to it: خطف على يد مسلحين، الهجوم الذي نفذته الحركة،
            // هجوما شنه مسلحون حوثيون وقوات موالية.
            let agents = candidates.firstIndex(where: { $0.tokens == agent.tokens }).map { compound(candidates, from: $0).actors } ?? [agent.actor!]
            target = (source + target).filter { !agents.contains($0) }
            source = agents
        }
        if trigger.type == .assault {
            // Who underwent an attack (تعرضت القوات لهجوم), what it aimed at (استهدف دورية للشرطة) or was
            // against (أطلقوا النار على الرئيس، هجوم ضد القوات) is its target.
            // Past a later word of the same attack too (انفجار أسفر عن مقتل أربعة من الجنود، غارة أسفرت عن
            // مقتل عشرة جنود), unless those counted are attackers (`struckWithNoTarget`). Who survived or
            // underwent it may stand before a comma (نجا الوزير، من انفجار).
            let struck = candidates.last { $0.marker == .undergoer && $0.tokens.upperBound <= tokens.lowerBound
                && tokens.lowerBound - $0.tokens.upperBound <= Self.reachAfter * 2 }
                ?? (undergone ? actors.last { $0.tokens.upperBound <= tokens.lowerBound && tokens.lowerBound - $0.tokens.upperBound <= Self.reachBefore } : nil)
                // The subject of undergoing may stand further, past its name in quotes (مروحية «أباتشي» من طراز… تعرضت لهجوم).
                ?? (undergone && target.isEmpty ? candidates.last { $0.tokens.upperBound <= tokens.lowerBound && tokens.lowerBound - $0.tokens.upperBound <= Self.reachAfter * 2 } : nil)
                ?? actors.first { [.aim, .against].contains($0.marker) && $0.tokens.lowerBound >= tokens.upperBound }
                ?? (target.isEmpty ? struckWithNoTarget(candidates, tokens, reach: reach, attackersAsSource: source.contains { sector($0, actors).map(Self.attackerSectors.contains) == true }) : nil)
            if let struck, !source.contains(struck.actor!) || source.count == 1 {
                source.removeAll { $0 == struck.actor! }
                target = [struck.actor!]
            }
        }
        if trigger.type == .assault, let claimant = spans.first(where: { $0.authored?.contains(tokens.lowerBound) == true })?.actor {
            // Who claims responsibility for the attack carried it out, wherever the sentence names it (أعلن التنظيم
            // مسؤوليته عن تفجير سيارة خارج مسجد يرتاده الحوثيون), as did the subject of قام before its verbal noun
            // (قام مسلحون مقنعون، في المدينة، بخطف): those near the attack's word are no longer its author.
            source = [claimant]
            target.removeAll { $0 == claimant }
        }
        if trigger.type == .assault, target.isEmpty,
           let victims = spans.first(where: { $0.sufferedFrom?.contains(tokens.lowerBound) == true })?.actor, !source.contains(victims) {
            // Who was killed or wounded as a result of the attack is its target, before a comma too (أصيب أربعة
            // جنود بجروح، جراء انفجار عبوة).
            target = [victims]
        }
        if trigger.kind == .verb, source.isEmpty,
           let head = candidates.last(where: { $0.headsRelativeClause.map { tokens.lowerBound - $0 <= 2 && tokens.lowerBound > $0 } == true }),
           !target.contains(head.actor!) {
            // A verb right after a relative clause closes has the clause's head as its subject (الحوثيون الذين يواجهون
            // عملية…، قصفوا).
            source = [head.actor!]
        }
        if trigger.type == .assault, source.isEmpty,
           let attacker = candidates.filter({ (isAttacker($0) || $0.isArmed && !$0.isOblique) && !$0.isAdjectival && !target.contains($0.actor!)
               && !($0.relativeClauseEnd.map { $0 < tokens.lowerBound } ?? false) })
               .min(by: { distance($0.tokens, tokens) < distance($1.tokens, tokens) }) {
            // Attackers, war machines and air strikes are the source of an attack wherever the sentence names
            // them: قتل خمسة من رجال الشرطة عندما فجر انتحاري نفسه، أدت ضربة جوية أميركية إلى مقتل ثمانية
            // (a war machine with ل or ب is a complement: مهبط للطائرات).
            source = [attacker.actor!]
        }
        if trigger.type == .protest, agent == nil, !source.contains(where: { isProtester($0, actors) }),
           let nearest = candidates.filter({ isProtester($0.actor!, candidates) }).min(by: { distance($0.tokens, tokens) < distance($1.tokens, tokens) }) {
            // Protesters are the source of a protest wherever the sentence names them, also
            // beyond the trigger's clause (رفعوا الشعارات… ورددها المتظاهرون).
            target = (source + target).filter { $0 != nearest.actor! }
            source = [nearest.actor!]
        }
        if trigger.type == .protest, source.count == 1, let protesters = actors.firstIndex(where: { $0.actor == source[0] }),
           isProtester(source[0], actors), protesters + 1 < actors.count, actors[protesters + 1].marker == .origin,
           actors[protesters + 1].sector.map({ $0 != "CVL" }) == true,
           actors[protesters + 1].tokens.lowerBound - actors[protesters].tokens.upperBound <= 3 {
            // Protesters from a party, movement or profession stand for it: متظاهرون من أنصار الحزب،
            // مئات من أعضاء الأحزاب.
            source = [actors[protesters + 1].actor!]
        }
        if trigger.type == .protest {
            // What a protest is against or addressed to is named after ضد or على (احتجاجا على), before
            // a building (أمام السفارة) or as whom demands are made of (مطالبين الحكومة), later in the
            // sentence too; else what the protesters stormed (اقتحم المتظاهرون مقر الحزب).
            let aims = candidates.filter { $0.tokens.lowerBound >= tokens.upperBound && !source.contains($0.actor!) && !isProtester($0.actor!, candidates) }
            // What it is against comes before where it stands or whom it asks (تجمعوا أمام مقر رئيس الوزراء البريطاني
            // للاحتجاج على انتهاكات الرئيس الباكستاني), with those joined to it (معادية لبريطانيا وإسرائيل).
            let aim = aims.first { $0.marker == .against } ?? aims.first { $0.marker == .addressee } ?? aims.first { $0.isStormed }
            target = aim.flatMap { aim in candidates.firstIndex { $0.tokens == aim.tokens } }
                .map { compound(candidates, from: $0).actors.filter { !source.contains($0) } } ?? []
        }
        if trigger.type == .assault, target.isEmpty, source.count == 1, isVictim(source[0], actors), !activeOnly {
            // A victim after the verb is its object in a passive: قتل جندي عراقي; civilians before an attack's
            // noun died in it (لقي 300 مواطن حتفهم في سلسلة تفجيرات). A verb no passive is spelt as has its subject
            // (هاجم مستوطنون قرية ترمسعيا: the settlers attacked).
            target = source
            source = []
        }
        if trigger.mode == Self.visit {
            // A state or an institution's house after a visit's word is where it goes, never who goes, as its genitive or
            // object, after إلى or ل too (زيارة ساركوزي تونس، يعتزم زيارة إيران، يتوقف عن زيارة الجامعة، بزيارة للمستشفى),
            // and so are the places joined to it (زار اليمن والسودان وليبيا).
            let isPlace = { (span: ArgumentSpan) in (span.isState || span.isInstitution) && span.tokens.lowerBound >= tokens.upperBound }
            if let visited = actors.firstIndex(where: { isPlace($0) && $0.isVisited && (source + target).contains($0.actor!) }) {
                let places = compound(actors, from: visited).actors.filter { actor in actors.contains { $0.actor == actor && isPlace($0) } }
                source.removeAll { places.contains($0) }
                target = unique(places + target)
            }
        }
        if trigger.type == .support {
            // Whom support or praise goes to follows it with ل or ب (دعمها لحزب الله، دعم لأوكرانيا، أشاد بالقوات الخاصة); who
            // gives it, right after it with من (بعد دعمه من أربعة اتحادات، بدعم من طيران التحالف), the actor named before it then
            // being whom it goes to.
            let next = actors.first { $0.tokens.lowerBound >= tokens.upperBound && $0.tokens.lowerBound - tokens.upperBound <= 2 }
            if let next, next.isOblique, next.marker == nil {
                source.removeAll { $0 == next.actor! }
                target = unique([next.actor!] + target)
            } else if let next, next.marker == .origin, next.tokens.lowerBound == tokens.upperBound + 1,
                      let first = actors.firstIndex(where: { $0.tokens == next.tokens }) {
                // With those joined to it: بدعم من تركيا والأردن.
                let givers = compound(actors, from: first).actors
                target = unique(source + target).filter { !givers.contains($0) }
                source = givers
            }
        }
        if !scored.contains(trigger.type) {
            // Who brokers an act is none of its parties (اتفاق مبدئي برعاية الأمم المتحدة، اتفاق سلام بوساطة قطرية).
            let sponsors = (source + target).filter { standsOnly($0, in: actors, as: \.isSponsor) }
            source.removeAll(where: sponsors.contains)
            target.removeAll(where: sponsors.contains)
        }
        if [.consult, .agree, .cooperate].contains(trigger.type), target.isEmpty != source.isEmpty, source.count + target.count > 1,
           trigger.mode != Self.visit || target.isEmpty {
            // Two parties joined by و meet or agree with each other (التقى ترامب وبوتين، مفاوضات بين إيران والولايات
            // المتحدة); places joined by و are all visited (زار اليمن والسودان).
            let parties = source + target
            source = [parties[0]]
            target = Array(parties.dropFirst())
        }
        if !scored.contains(trigger.type) {
            // Whom an act is done with is its target, though no one else is named (التقت باترسون مع رئيس الوزراء القطري);
            // before the trigger مع is another act's (بحث الرئيس مع المبعوث … انسحاب القوات).
            let partners = source.filter { standsOnly($0, in: actors) { $0.isPartner && $0.tokens.lowerBound >= tokens.upperBound } }
            source.removeAll(where: partners.contains)
            target += partners
        }
        return (unique(source), unique(target).filter { !source.contains($0) })
    }

    /// Whether `actor` has a span among `actors` and every one of them is `kind` (after مع, after رعاية): an actor
    /// taken from further away has none there, and is left where it is.
    private func standsOnly(_ actor: EventActor, in actors: [ArgumentSpan], as kind: (ArgumentSpan) -> Bool) -> Bool {
        let own = actors.filter { $0.actor == actor }
        return !own.isEmpty && own.allSatisfy(kind)
    }

    static let reachBefore = 4, reachAfter = 6

    /// The mode of visits and of hosting them (زيارة، زار، استقبل).
    static let visit = "visit"

    /// The mode of telephone calls (اتصال هاتفي، اتصل هاتفيا).
    static let phone = "phone"

    /// The mode of assassinations (اغتيال، اغتال), whose object is a person struck.
    static let targetedKilling = "targeted"

    /// Sectors of those who carry out attacks rather than suffer them: gunmen, rebels, criminals.
    static let attackerSectors: Set<String> = ["UAF", "REB", "CRM", "INS"]

    /// What an attack at `tokens` with no target yet struck, among `candidates`, in this order: past the
    /// reach of its roles, what it aimed at or was against past another event's word (شنت الطائرات غارات على مواقع
    /// الحوثيين، قتل 47 شخصا في هجوم على أنصار المعارضة), the owner of what it struck there (استهدف
    /// انتحاري اجتماعا لقادة الصحوة) or who was counted, unless attackers (غارة أسفرت عن مقتل عشرة جنود), and no
    /// adjective of an event (بعد أيام على هجوم انتحاري); the
    /// casualties anywhere later in the sentence (انفجرت سيارة مفخخة قرب السوق ما أسفر عن مقتل عشرة مدنيين);
    /// what it aimed at anywhere later; what it aimed at or was against in a clause before (فتحوا النار على
    /// دورية للشرطة فقتلوا ثلاثة). With attackers as its source, dead attackers are that source, not what it struck
    /// (فجر انتحاري نفسه … مقتل الانتحاري وإصابة اثنين من رجال الأمن).
    private func struckWithNoTarget(_ candidates: [ArgumentSpan], _ tokens: Range<Int>, reach: Range<Int>, attackersAsSource: Bool) -> ArgumentSpan? {
        candidates.first {
            ([.aim, .against, .partitive, .owner].contains($0.marker) || $0.marker == .counted && !isAttacker($0)) && $0.tokens.lowerBound >= reach.upperBound
                && $0.tokens.lowerBound - tokens.upperBound <= Self.reachAfter * 2 && !$0.isAdjectival
        }
            ?? candidates.first { $0.isCasualty && $0.tokens.lowerBound >= tokens.upperBound && !(attackersAsSource && isAttacker($0)) }
            ?? candidates.first { $0.marker == .aim && $0.tokens.lowerBound >= tokens.upperBound }
            ?? candidates.last {
                [.aim, .against].contains($0.marker) && $0.tokens.upperBound <= tokens.lowerBound
                    && tokens.lowerBound - $0.tokens.upperBound <= Self.reachAfter * 2
            }
    }

    /// Whether a span of attackers or of war machines stands right after the verb trigger at `tokens` with the marker
    /// of what it aims at (استهدف انتحاري، استهدفت الطائرات مواقع): the verb's subject in VSO order.
    private func isSubjectOfAiming(_ span: ArgumentSpan, _ tokens: Range<Int>) -> Bool {
        span.marker == .aim && span.tokens.lowerBound == tokens.upperBound && (span.sector.map(Self.attackerSectors.contains) == true || span.isArmed)
    }

    /// Whether a span names attackers without a marker that makes it the target (ضد المسلحين) or the
    /// organisation of a person named before it (اغتيل فلان القيادي في حزب الله).
    private func isAttacker(_ span: ArgumentSpan) -> Bool {
        span.sector.map(Self.attackerSectors.contains) == true && ![.against, .partitive, .aim, .undergoer, .owner, .affiliation].contains(span.marker)
    }

    /// Sectors of people who protest rather than of those who rule or fight.
    static let protesterSectors: Set<String> = ["CVL", "OPP", "LAB", "EDU", "REL", "REF", "HLH", "MED", "BUS", "NGO", "HRI", "AGR"]
    /// Sectors of people an assault strikes rather than carries out.
    static let victimSectors: Set<String> = ["CVL", "EDU", "HLH", "LAB", "MED", "REL", "REF", "BUS", "AGR"]

    private func sector(_ actor: EventActor, _ actors: [ArgumentSpan]) -> String? {
        actors.first { $0.actor == actor }?.sector
    }

    private func isProtester(_ actor: EventActor, _ actors: [ArgumentSpan]) -> Bool {
        sector(actor, actors).map(Self.protesterSectors.contains) ?? false
    }

    /// Whether an actor is of a sector an assault strikes, or people named by a demonym (ثلاثة عراقيين).
    private func isVictim(_ actor: EventActor, _ actors: [ArgumentSpan]) -> Bool {
        // Only a demonym's span has a state as its actor: a named state is an entity.
        if case .state = actor { return true }
        return sector(actor, actors).map(Self.victimSectors.contains) ?? false
    }

    /// Who acts and who is struck, among the actors `named`, when an assault verb at `tokens` reads as a passive. Its subject,
    /// before or after it, is who was struck; attackers and war machines named beside it are still the source (جنديان قتلا
    /// بانفجار، أصيب الوزير), not a war machine with في or ب (اغتيل في متفجرة زرعت في طائرة هليكوبتر كان يستقلها), nor those
    /// counted or the group they come from (قتل 13 مسلحا من ميليشيات الحوثي: both were struck), unless
    /// the attack the subject after the verb, or counted before it (15 مسلحا، 47 عنصرا من التنظيم), was struck in names
    /// its war machine or who launched it (قتل عنصر في حزب الله بغارة إسرائيلية، بغارة شنتها مسيرة إسرائيلية، 15 مسلحا قتلوا
    /// في غارة لطيران التحالف; not ميليشيات الحوثي قصفت بقذائف الهاون والدبابات).
    private func passiveRoles(_ named: [EventActor], _ voice: AssaultVoice, _ tokens: Range<Int>, _ actors: [ArgumentSpan],
                              _ candidates: [ArgumentSpan]) -> (source: [EventActor], target: [EventActor]) {
        let source: [EventActor]
        if let word = voice.attackWord, !named.contains(where: { actor in
               actors.contains { $0.actor == actor && $0.tokens.upperBound <= tokens.lowerBound && ![.counted, .partitive, .origin].contains($0.marker) }
           }),
           let armed = candidates.first(where: { ($0.isArmed || $0.marker == .agent) && $0.tokens.lowerBound >= word
               && $0.tokens.lowerBound - word <= Self.reachAfter }) {
            source = [armed.actor!]
        } else {
            source = named.filter { actor in
                actors.first { $0.actor == actor }.map { (isAttacker($0) || $0.isArmed && !$0.isOblique) && ![.counted, .origin].contains($0.marker) } == true
            }
        }
        return (source, named.filter { !source.contains($0) })
    }

    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    func compound(_ actors: [ArgumentSpan], from start: Int) -> (actors: [EventActor], next: Int) {
        var group = [actors[start].actor!]
        var i = start + 1
        while i < actors.count, actors[i].joined, actors[i].tokens.lowerBound - actors[i - 1].tokens.upperBound <= 1, group.count < 4 {
            group.append(actors[i].actor!)
            i += 1
        }
        return (group, i)
    }

    private func compoundBackward(_ actors: [ArgumentSpan], from end: Int) -> [EventActor] {
        var start = end
        while start > 0, actors[start].joined, actors[start].tokens.lowerBound - actors[start - 1].tokens.upperBound <= 1, end - start < 3 {
            start -= 1
        }
        return actors[start...end].map { $0.actor! }
    }

    private func unique(_ actors: [EventActor]) -> [EventActor] {
        var seen: [EventActor] = []
        for actor in actors where !seen.contains(actor) { seen.append(actor) }
        return seen
    }
}
