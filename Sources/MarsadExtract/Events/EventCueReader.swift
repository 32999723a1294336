import MarsadCore
import MarsadText

/// What the words before a trigger say about it.
struct CueReading: Equatable {
    var negated = false
    var denied = false
    var future = false
    /// A pledge stands before the trigger (تعهدت قطر بتقديم مساعدات): planned, for the types the classifier does not score.
    var pledged = false
    /// A refusal stands right before the trigger (رفضت إيران إجراء مفاوضات مع واشنطن): negated, for acts of cooperation.
    /// Unlike a negation it does not make a noun an event without its actors (رفض اتفاق الدائنين).
    var refused = false
    /// A hope or a possibility stands before the trigger (أظهر تفاؤلا بإمكانية التوصل إلى اتفاق، تأمل واشنطن التوصل إلى
    /// اتفاق): hypothetical, for the types the classifier does not score.
    var hoped = false
    /// A denial stands before the trigger past a pause (نفت الحركة، في بيان، أن تكون قصفت; نفت الحركة انسحابها، واتهمت
    /// الجيش): denied unless the trigger opens a clause of its own (`EventDetector`).
    var deniedBeforePause = false
    var demanded = false
    var hypothetical = false
    var reported = false
    /// The sentence names the term of an office holder whose offices had all ended by
    /// publication (في عهد جو بايدن): what it reports is historical.
    var pastEra = false
}

/// Reads the cue words before a trigger, in its clause: a negation reaches two words
/// (ما only the next one, and only opening its sentence: ما هاجم), a future, demand or supposition cue five (a verb
/// with the future's س too), a denial (نفى) or a reporting verb eight and across commas (and, if asked, eight before the
/// أن of the clause the trigger stands in). A relative pronoun between ends the clause as a comma does, for all but a
/// denial or a reporting verb.
struct EventCueReader {
    let lexicon: EventLexicon
    static let negationReach = 2, modalReach = 5, denialReach = 8
    /// How far before a purpose (ل + a noun of an act) a plan or a verb in the future reaches it in its clause, and a
    /// refusal an act after أي.
    static let farReach = 14

    /// The reading for the trigger at token `k` of the sentence starting at token `first`; with `overThat`, a denial
    /// reaches its أن clause from `denialReach` words before the أن.
    func read(trigger k: Int, sentenceStart first: Int, overThat: Bool = false, _ forms: inout TokenForms) -> CueReading {
        var reading = CueReading()
        var clauseBroken = false, inRelative = false
        // A trigger right after a preposition of time tells when the clause's act took place, not that act: no
        // negation, denial, demand, pledge or supposition before the preposition is its (دعا المجلس إلى التهدئة بعد
        // اشتباكات دامية: no demanded clashes). What is to come may be so after what is to come (سيذهب بعد زيارته لمصر).
        let ofTime = Self.followsPrepositionOfTime(k, sentenceStart: first, forms)
        // A purpose is as much to come as the act it is the purpose of, however many words that act's subject and
        // object take (ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة يوم الثلاثاء لبحث الوضع).
        // So is a refusal of any act, however long the refuser's title (رفض رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان
        // أي تفاوض).
        let purpose = ProcliticFlags.of(forms.tokens[k]).lam
        let afterAny = k > first && EventDetector.stem(forms.tokens[k - 1], forms.norm(k - 1)).isOne(of: EventDetector.any)
        // An act in the present after حتى is what is waited for, not had (الانتظار حتى تنسحب الولايات المتحدة).
        if k > first, forms.tokens[k - 1].kind == .word, forms.norm(k - 1).isOne(of: Self.until), presentTense(k, forms) {
            reading.hypothetical = true
        }
        var j = k - 1
        var floor = max(first, k - Self.denialReach), contrasted = false
        let farFloor = purpose || afterAny ? max(first, k - Self.farReach) : floor
        while j >= min(floor, farFloor) {
            let token = forms.tokens[j]
            if token.kind == .punctuation {
                clauseBroken = true
                j -= 1
                continue
            }
            if forms.norm(j).isOne(of: SentenceArguments.relativePronouns) {
                // The trigger stands in a relative clause, whose act is told, not governed by what stands before it
                // (المطالبة بالإفراج عن المختطفين الذين اختطفتهم الجماعة، سيحاكم الذين قتلوا).
                inRelative = true
            }
            let open = !clauseBroken && !inRelative
            if forms.norm(j).isOne(of: Self.buts) || forms.norm(j).isOne(of: EventDetector.contrasts) {
                // Another act's clause (نفى أي رغبة بأن يستقيل سلام لكن نصر الله أصر): the reach stays where it is.
                contrasted = true
            }
            if overThat, !clauseBroken, !contrasted, forms.norm(j).isOne(of: SentenceArguments.complementizers) {
                // A denial governs its أن clause from as far before it (نفى المتحدث باسم الخارجية الإيرانية أن تكون
                // بلاده تجري مفاوضات): its speaker's title stands between.
                floor = max(first, min(floor, j - Self.denialReach))
            }
            if j < floor {
                // Beyond the other cues' reach only a plan or a verb in the future reaches a purpose, and a refusal an
                // act after أي, in its clause.
                if open, !contrasted {
                    if purpose, plans(at: j, before: k, &forms) { reading.future = true }
                    if afterAny, let found = forms.match(lexicon.cueTable, at: j, limit: k), EventLexicon.cue(found.value) == .refusal,
                       Self.refuses(j + found.words, k, forms) {
                        reading.refused = true
                    }
                }
                j -= 1
                continue
            }
            if open, k - j <= Self.modalReach || (purpose || Self.isHoldingVerb(j, forms)) && !contrasted, ProcliticFlags.of(token).future {
                // A verb in the future before the trigger, in its clause: سيصل وفد … لاستئناف المفاوضات; one of holding
                // or signing before the act it holds, however long its subject (سيعقد وزراء الخارجية العرب … اجتماعا).
                reading.future = true
            }
            if let found = forms.match(lexicon.cueTable, at: j, limit: k) {
                let distance = k - (j + found.words)
                switch EventLexicon.cue(found.value) {
                case .denial where !ofTime:
                    if clauseBroken { reading.deniedBeforePause = true } else { reading.denied = true }
                case .report: reading.reported = true
                case .negation where open && !ofTime && !CountApproximation.isNoFewerThan(j, in: first..<k, forms.tokens, forms.norms):
                    if isMa(j, forms) {
                        if distance == 0, negatesWithMa(j, sentenceStart: first, forms) { reading.negated = true }
                    } else if distance <= Self.negationReach || distance <= Self.modalReach && Self.isSupportVerb(j + found.words, forms),
                              !Self.isSubjectOfYielding(k, verb: j + found.words, forms) {
                        reading.negated = true
                    }
                case .future where open && (distance <= Self.modalReach || purpose && !contrasted && Self.opensClause(j, forms)):
                    reading.future = true
                case .pledge where open && !ofTime && distance <= Self.modalReach: reading.pledged = true
                case .refusal where open && !ofTime && Self.refuses(j + found.words, k, forms):
                    // What one refuses to do: an act without the article right after the refusal and its subject (رفض
                    // البرهان أي تفاوض، رفض الرئيس لقاء الوزير), or past a verb of holding (رفضت الحكومة السودانية إجراء أي
                    // مفاوضات). Not an act named with the article, one had that the refusal opposes (رفضت المعارضة الاتفاق
                    // الذي وقعته الحكومة), nor what one refuses a hand in (رفضه للتدخل), nor an act after the refusal's
                    // own object or a clause of its own (رفضتا ذلك بسبب دعمه، رفض الكونغرس هذا وفاوض مجددا).
                    let holding = (j + found.words..<k).contains { Self.isSupportVerb($0, forms) }
                    if holding && distance <= Self.modalReach || afterAny
                        || distance <= Self.negationReach && !EventDetector.bearsArticle(k, forms) {
                        reading.refused = true
                    }
                case .hope where open && !ofTime && distance <= Self.modalReach: reading.hoped = true
                case .demand where open && !ofTime && distance <= Self.modalReach: reading.demanded = true
                case .grievance where open && !ofTime && distance <= Self.modalReach
                    && EventDetector.bareStem(j, forms).isOne(of: Self.demandingGrievances):
                    // A crowd's demand is one too (تجمعوا للمطالبة بإطلاق سراح النشطاء، مطالبين بالإفراج عن المعتقلين).
                    reading.demanded = true
                case .hypothetical where open && !ofTime && distance <= Self.modalReach:
                    // قد before a past verb affirms (قد هاجم); before a present one it supposes.
                    if isQad(j, forms) {
                        if j + 1 < forms.tokens.count, presentTense(j + 1, forms) { reading.hypothetical = true }
                    } else {
                        reading.hypothetical = true
                    }
                default: break
                }
            }
            j -= 1
        }
        return reading
    }

    /// Whether a verb in the future or a cue of a plan that opens its clause stands at token `j` (سيعقد، من المقرر،
    /// يعتزم), not an adjective of what is to come after its noun (الاجتماع المقبل، القمة المقررة): the act its clause names
    /// is to come, and with it the purpose after it, at `k`.
    private func plans(at j: Int, before k: Int, _ forms: inout TokenForms) -> Bool {
        if ProcliticFlags.of(forms.tokens[j]).future { return true }
        guard let found = forms.match(lexicon.cueTable, at: j, limit: k), EventLexicon.cue(found.value) == .future else { return false }
        return Self.opensClause(j, forms)
    }

    /// Whether the cue of what is to come at token `j` opens its clause (من المقرر، يعتزم), not an adjective after a noun
    /// (الاجتماع المقبل، القمة المقررة).
    private static func opensClause(_ j: Int, _ forms: TokenForms) -> Bool {
        let bare = EventDetector.bareStem(j, forms)
        return !bare.isOne(of: comingAdjectives) && !bare.isOne(of: decided)
    }

    /// مقرر (decided, scheduled) in normal form without the article: after a noun, its adjective.
    private static let decided = ["مقرر", "مقررة"].map { Array($0.utf8) }

    /// Whether a preposition of time stands right before token `k` (بعد، قبل، إثر، عقب, alone or with و); not بعد
    /// that means "yet" after a negation one or two words before it (لم تهدأ بعد، لا يوجد بعد توافق).
    static func followsPrepositionOfTime(_ k: Int, sentenceStart first: Int, _ forms: TokenForms) -> Bool {
        guard k > first, forms.tokens[k - 1].kind == .word, forms.norm(k - 1).isOne(of: prepositionsOfTime) else { return false }
        return !(max(first, k - 3)..<(k - 1)).contains { forms.tokens[$0].kind == .word && forms.norm($0).isOne(of: negations) }
    }

    /// The grievance cues that demand what follows them, in normal form without clitics or the article.
    private static let demandingGrievances = ["مطالبة", "مطالبين"].map { Array($0.utf8) }

    /// حتى (until) in normal form, with و.
    private static let until = ["حتي", "وحتي"].map { Array($0.utf8) }

    /// But, in normal form: لكن and لكنّ (the shadda folded), with و.
    private static let buts = ["لكن", "ولكن"].map { Array($0.utf8) }

    /// Prepositions of time before a noun of an act, in normal form.
    private static let prepositionsOfTime = ["بعد", "وبعد", "قبل", "وقبل", "اثر", "واثر", "عقب", "وعقب"].map { Array($0.utf8) }
    /// Negations before بعد in the sense of "yet", in normal form.
    private static let negations = ["لم", "ولم", "لا", "ولا", "لن", "ما", "ليس", "ليست"].map { Array($0.utf8) }

    /// Whether an adjective of what is to come stands right after the trigger at `tokens`, or after one adjective
    /// of it (زيارة مرتقبة، القمة المقبلة، لقاء ثنائي مرتقب): the event is planned. Cue words reach the trigger
    /// they stand before; these follow their noun (a verb row's verbal noun too: زيارة).
    static func plannedAfter(_ tokens: Range<Int>, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        (tokens.upperBound..<min(tokens.upperBound + 2, sentence.upperBound)).contains {
            forms.tokens[$0].kind == .word && EventDetector.bareStem($0, forms).isOne(of: comingAdjectives)
        }
    }

    /// Whether the trigger at `tokens`, with ل, is the purpose of a plan, a proposal, an effort or an invitation up to
    /// `planReach` words before it (خطة لوقف إطلاق النار، مقترح لتبادل الأسرى، جهود للتوصل إلى اتفاق، وجه الدعوة لقيادة حماس
    /// لزيارة موسكو), not one accepted (تلبية لدعوة): the event is sought, not yet had. So is what someone is to be brought
    /// to do, after على (سعيا لحمل الكونغرس على دعم الاتفاق، للمساعدة على إطلاق سراحه), an act another obstructs right
    /// before it (بعرقلة التوصل إلى اتفاق، إفشال المفاوضات), and one warned against, after the consequences of it or after a
    /// warning's من (حذر لافروف الدول الغربية من مغبة نشر قوات، حذرت من نشر قوات).
    static func sought(_ tokens: Range<Int>, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = tokens.lowerBound
        guard k > sentence.lowerBound, forms.tokens[k - 1].kind == .word else { return false }
        let before = EventDetector.bareStem(k - 1, forms)
        if before.isOne(of: obstructions) || before.isOne(of: consequences) { return true }
        if forms.norm(k - 1).equals(EventDetector.from), (max(sentence.lowerBound, k - warningReach)..<(k - 1)).contains(where: {
            forms.tokens[$0].kind == .word && EventDetector.isOne(EventDetector.stem(forms.tokens[$0], forms.norm($0)), withConjunction: warnings)
        }) { return true }
        let words = wordsBefore(k, in: sentence, forms)
        if forms.norm(k - 1).equals(onto), words.dropLast().contains(where: {
            ProcliticFlags.of(forms.tokens[$0]).lam && EventDetector.bareStem($0, forms).isOne(of: inducements)
        }) { return true }
        guard ProcliticFlags.of(forms.tokens[k]).lam || ProcliticLetters.lam.begins(forms.norm(k)) else { return false }
        guard let plan = words.last(where: { EventDetector.bareStem($0, forms).isOne(of: plans) }) else { return false }
        return !(plan > sentence.lowerBound && forms.tokens[plan - 1].kind == .word && EventDetector.bareStem(plan - 1, forms).isOne(of: acceptances))
    }

    /// The tokens of the words up to `planReach` before token `k`, as far back as a punctuation mark.
    private static func wordsBefore(_ k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Range<Int> {
        var j = k
        while j - 1 >= max(sentence.lowerBound, k - planReach), forms.tokens[j - 1].kind == .word { j -= 1 }
        return j..<k
    }

    /// How many words before a trigger its plan or its inducement may stand, whom it invites or induces between.
    static let planReach = 4

    /// على in normal form.
    private static let onto = Array("علي".utf8)

    /// Verbal nouns of bringing someone to do something, in normal form without clitics or the article: to make, persuade,
    /// force, encourage or help (لحمل، لإقناع، لإجبار، لتشجيع، للمساعدة).
    static let inducements = ["حمل", "اقناع", "اجبار", "ارغام", "اكراه", "تشجيع", "تحفيز", "مساعدة", "حث", "دفع"].map { Array($0.utf8) }

    /// Words of accepting an invitation before it, in normal form without clitics (تلبية لدعوة، استجابة لدعوة).
    static let acceptances = ["تلبية", "استجابة"].map { Array($0.utf8) }

    /// Whether the noun of an act at `tokens` is a topic of talks: after a word of a topic (ملف انسحاب إسرائيل، مسألة
    /// تبادل الأسرى) or the object of a verb of discussing up to `topicReach` words before it in its clause, its subject
    /// between (بحث الرئيس مع المبعوث انسحاب إسرائيل، ناقش الجانبان فرض عقوبات). What is discussed is not had. Not a
    /// noun with a preposition (جهود لدعم، ناقش أمس خلال اجتماعه), nor past a relative pronoun or تم (بحث الإصلاحات التي
    /// تم الاتفاق عليها), nor after a search (البحث عن الدعم).
    static func discussed(_ tokens: Range<Int>, in clause: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = tokens.lowerBound
        let flags = ProcliticFlags.of(forms.tokens[k])
        guard k > clause.lowerBound, !flags.preposition, !flags.lam, !forms.norm(k - 1).isOne(of: prepositions) else { return false }
        if EventDetector.bareStem(k - 1, forms).isOne(of: topics) { return true }
        for j in stride(from: k - 1, through: max(clause.lowerBound, k - topicReach), by: -1) {
            guard forms.tokens[j].kind == .word, !forms.norm(j).isOne(of: topicBarriers) else { return false }
            if !ProcliticFlags.of(forms.tokens[j]).article, EventDetector.stem(forms.tokens[j], forms.norm(j)).isOne(of: discussing) { return true }
        }
        return false
    }

    /// Words past which a noun is no verb of discussing's object, in normal form: relative pronouns and تم.
    static let topicBarriers = ["الذي", "التي", "الذين", "ما", "تم"].map { Array($0.utf8) }
    /// Prepositions whose object a noun right after them is, in normal form.
    static let prepositions = ["في", "خلال", "عن", "علي", "الي", "بعد", "قبل", "اثناء", "عقب"].map { Array($0.utf8) }

    /// How many words before the noun of an act a verb of discussing may stand (بحث الرئيس مع المبعوث الأميركي انسحاب).
    static let topicReach = 6

    /// Words of a topic, in normal form without the article: file, issue, question, subject.
    static let topics = ["ملف", "ملفات", "مسالة", "مسائل", "قضية", "قضايا", "موضوع"].map { Array($0.utf8) }

    /// Verbs of discussing in the past and the present, in normal form without clitics.
    static let discussing = ["بحث", "بحثت", "بحثا", "بحثوا", "يبحث", "تبحث", "ناقش", "ناقشت", "ناقشا", "ناقشوا", "يناقش", "تناقش",
                             "تناول", "تناولت", "تناولا", "يتناول", "استعرض", "استعرضت", "استعرضا", "يستعرض", "تباحث", "تباحثا",
                             "تطرق", "تطرقت", "تطرقا"].map { Array($0.utf8) }

    /// Obstructing, foiling and stalling, in normal form without the article.
    static let obstructions = ["عرقلة", "افشال", "تعطيل", "تعطل", "تقويض", "نسف"].map { Array($0.utf8) }

    /// The consequences of an act warned against, in normal form without the article (مغبة، عواقب، تبعات).
    static let consequences = ["مغبة", "عواقب", "تبعات", "مخاطر", "خطورة"].map { Array($0.utf8) }

    /// Verbs and participles of warning, in normal form without clitics (حذر، يحذر، محذرا).
    static let warnings = ["حذر", "حذرت", "حذرا", "حذروا", "يحذر", "تحذر", "يحذرون", "محذرا", "محذرة"].map { Array($0.utf8) }

    /// How many words before a warning's من its verb may stand, its subject and object between (حذر وزير الخارجية
    /// الروسي الدول الغربية من).
    static let warningReach = 8

    /// Plans, proposals and efforts, and talks held to reach something (يحاول التفاوض للتوصل إلى اتفاق), in normal form
    /// without the article.
    /// Not an attempt, which is made (محاولة لاغتيال الرئيس: an attack).
    static let plans = ["خطة", "خطط", "مقترح", "مقترحات", "اقتراح", "مبادرة", "مشروع", "جهود", "مساعي", "مساع", "سعي", "دعوة", "دعوات",
                        "فرصة", "شروط", "ورقة", "تفاوض", "مفاوضات", "محادثات", "مباحثات", "حوار", "وساطة"].map { Array($0.utf8) }

    /// Adjectives of what is to come, in normal form without the article: expected, next, intended.
    static let comingAdjectives = ["مرتقب", "مرتقبة", "مقبل", "مقبلة", "مزمع", "مزمعة"].map { Array($0.utf8) }

    /// Whether token `k` is ما, with a conjunction or not (وما أسفرت عنه: what it produced).
    private func isMa(_ k: Int, _ forms: TokenForms) -> Bool { EventDetector.stem(forms.tokens[k], forms.norm(k)).equals(ArgumentMarker.what) }

    /// Whether token `k` is a verb (or its noun) whose object is the act a noun names: reaching, producing,
    /// holding, signing, seeing one (توصل إلى اتفاق، أسفر عن اتفاق، عقد قمة، تم التوصل). A negation before it
    /// reaches the noun past its subject (لم يتوصل الجانبان إلى اتفاق، دون التوصل إلى اتفاق).
    static func isSupportVerb(_ k: Int, _ forms: TokenForms) -> Bool {
        guard k < forms.tokens.count, forms.tokens[k].kind == .word else { return false }
        return EventDetector.stem(forms.tokens[k], forms.norm(k)).isOne(of: supportVerbs)
    }

    /// Whether a refusal ending before `start` may refuse the trigger at `k`: the trigger has neither ل nor و, and the
    /// words between may be the refusal's subject and a verb of holding: no demonstrative (the refusal's own object),
    /// no word with a conjunction or a preposition, no preposition.
    static func refuses(_ start: Int, _ k: Int, _ forms: TokenForms) -> Bool {
        let flags = ProcliticFlags.of(forms.tokens[k])
        return !flags.lam && !flags.conjunction && !(start..<k).contains { j in
            let flags = ProcliticFlags.of(forms.tokens[j])
            return forms.tokens[j].kind != .word || flags.conjunction || flags.preposition || flags.lam
                || forms.norm(j).isOne(of: refusalBreaks) || forms.norm(j).isOne(of: prepositions)
        }
    }

    /// Demonstratives, a refusal's own object (رفض ذلك), and the prepositions `prepositions` leaves out, in normal form.
    private static let refusalBreaks = ["ذلك", "هذا", "هذه", "تلك", "ذاك", "من", "مع", "منذ"].map { Array($0.utf8) }

    /// Whether token `k` is a verb in the present that holds, conducts or signs the act its object names (يعقد، تجري،
    /// يوقع، يبرم), without its clitics.
    static func isHoldingVerb(_ k: Int, _ forms: TokenForms) -> Bool {
        forms.tokens[k].kind == .word && EventDetector.stem(forms.tokens[k], forms.norm(k)).isOne(of: holdingVerbs)
    }

    /// Verbs in the present of holding, conducting or signing an act, in normal form without clitics.
    private static let holdingVerbs = ["يعقد", "تعقد", "يجري", "تجري", "يجر", "تجر", "يوقع", "توقع", "يوقعا", "يبرم", "تبرم"]
        .map { Array($0.utf8) }

    /// Whether the trigger at `k` is the subject of a verb of yielding or reaching right after a negation, before the
    /// preposition of what it did not yield, عن or إلى, or ل on the act (لم يتوصل الطرفان لاتفاق): لم تسفر القمة عن أي
    /// اتفاق negates the agreement, not the summit.
    static func isSubjectOfYielding(_ k: Int, verb: Int, _ forms: TokenForms) -> Bool {
        guard verb < k, forms.tokens[verb].kind == .word, !ProcliticFlags.of(forms.tokens[k]).lam,
              isYieldingVerb(verb, forms) else { return false }
        return !(verb + 1..<k).contains { forms.tokens[$0].kind == .word && forms.norm($0).isOne(of: yieldedPrepositions) }
    }

    /// Whether token `k` is a verb of yielding or reaching (أسفر، توصل).
    static func isYieldingVerb(_ k: Int, _ forms: TokenForms) -> Bool {
        EventDetector.stem(forms.tokens[k], forms.norm(k)).isOne(of: yieldingVerbs)
    }

    /// Support verbs of yielding or reaching whose act stands after a preposition, in normal form without clitics.
    private static let yieldingVerbs = [
        "اسفر", "اسفرت", "يسفر", "تسفر", "توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "يتوصل", "تتوصل", "يتوصلا", "تتوصلا", "يتوصلوا",
    ].map { Array($0.utf8) }

    /// عن and إلى in normal form: what a verb of yielding or reaching yields or reaches.
    private static let yieldedPrepositions = ["عن", "الي"].map { Array($0.utf8) }

    /// Support verbs and their nouns in normal form without clitics (`isSupportVerb`); jussive forms after لم
    /// drop a final ي (لم يجر).
    private static let supportVerbs = yieldingVerbs + holdingVerbs + [
        "نتوصل", "ابرم", "ابرمت", "ابرام", "عقد", "عقدت", "اجري", "اجرت", "اجراء",
        "وقع", "وقعت", "توقيع", "تم", "يتم", "شهد", "شهدت", "يشهد", "تشهد",
    ].map { Array($0.utf8) }

    /// Whether ما at `k` negates the past verb after it (ما هاجم): only when it opens its
    /// sentence. Anywhere else news writes it as "what" or "which": after a pronoun, a
    /// preposition, a verb or a noun (وهو ما رفضته طهران، مع ما اتفقت عليه، بناء ما دمرته
    /// الحرب), after a comma (، ما دعا السلطات إلى), in متى ما and إذا ما, and before a present
    /// verb (غالبا ما يطلب، ما يساعد على). On 18,000 SaudiNewsNet articles none of the 253
    /// events ما had negated was a negation.
    private func negatesWithMa(_ k: Int, sentenceStart first: Int, _ forms: TokenForms) -> Bool {
        k == first && !(k + 1 < forms.tokens.count && presentTense(k + 1, forms))
    }
    private func isQad(_ k: Int, _ forms: TokenForms) -> Bool {
        let word = forms.norm(k)
        return word.elementsEqual("قد".utf8) || word.elementsEqual("وقد".utf8) || word.elementsEqual("فقد".utf8)
    }

    /// Whether the word after قد reads as a present verb: one in ي; one in ت or ن before a
    /// second ت (تتعرض، نتحدث); or one in ت that does not end as a past verb does, in ت or وا
    /// (قد تؤدي, but قد تمكنت، قد تعرضوا، قد توصلا). A word in ن without the second ت is a past verb whose
    /// root opens with ن (وقد نفذت، قد نجح): the first person plural is rare in news. أ is left
    /// out, as it would read a past verb in ا (قد انتقدت) as a first person present.
    static func presentTense(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if EventDetector.opensPresent(word) { return true }
        return word.count >= 6 && (word[0], word[1]) == EventDetector.ta
            && !word.ends(with: SentenceArguments.feminineEnding) && !word.ends(with: TokenForms.pluralSubject) && !word.ends(with: Self.dualPastEnding)
    }

    /// The dual's past ending (توصلا، تبادلا): the present dual ends in ان (تتوصلان).
    private static let dualPastEnding = Array("ا".utf8)

    private func presentTense(_ k: Int, _ forms: TokenForms) -> Bool { Self.presentTense(forms.norm(k)) }
}
