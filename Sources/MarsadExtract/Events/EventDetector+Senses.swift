import MarsadCore
import MarsadText

extension EventDetector {
    /// A trigger word with another common sense, told apart by the words around it (`senses`).
    struct Sense {
        /// The trigger's one-word forms, in normal form without clitics.
        let forms: [[UInt8]]
        /// What the event's sense needs among the next `reach` words.
        let needs: Complement?
        /// Stems (without the article) among the next `reach` words that give the other sense.
        let avoids: [[UInt8]]
        let reach: Int
        /// Whether opening the sentence, or a clause with و or ف, is enough for the event's
        /// sense: a verb comes first (وطالب الوزير …), a noun seldom does.
        var opening = false
        /// Whether a count right before the word gives the other sense: a verb is never
        /// counted (400 طالب، مائة ألف طالب).
        var countable = false
        /// Stems right after the word that give the other sense (طالب دكتوراه).
        var avoidsNext: [[UInt8]] = []
        /// Whether a pronoun of people on the word (هم، هن) gives the event's sense: أوقفهم (arrested them).
        var people = false
        /// Stems among the four words before the word that give the event's sense (قوات الأمن أوقفت).
        var needsBefore: [[UInt8]] = []
        /// Stems among the four words before the word that give the other sense (السياح الراغبين في زيارة).
        var avoidsBefore: [[UInt8]] = []
        /// Whether a charge right after the word, with ب, gives the other sense (إدانته بالإرهاب: convicted of
        /// terrorism); a manner with ب does not (إدانتها بشدة، بأشد العبارات).
        var avoidsCharge = false
    }

    /// A complement a sense needs.
    enum Complement {
        /// A word that opens with the preposition بـ (بالإفراج، بأن); past a subject and an
        /// object of a few words each (طالب الاتحاد الدولي للصحفيين اليوم المتمردين بالإفراج).
        case ba
        /// A word whose stem is one of these.
        case words([[UInt8]])
    }

    /// Whether the one-word trigger at `k` reads in a sense that is no event.
    func isOtherSense(_ found: TokenForms.Match, at k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard found.words == 1 else { return false }
        let stem = Self.stem(forms.tokens[k], forms.norm(k))
        let lookedUp = forms.tokens[k].segmentation.restoredTehMarbuta ? Self.withTehMarbuta(stem, Self.sense) : Self.sense(of: stem)
        guard let sense = lookedUp else { return false }
        // A day set off by commas right after the word does not count (زيارته، صباح أمس، مستشفى القوات المسلحة).
        let aside = Self.dayAside(opening: k + 1, in: sentence, forms.tokens, forms.norms).map { $0 - k } ?? 0
        let after = (k + 1)..<min(k + 1 + aside + sense.reach, sentence.upperBound)
        let stems = after.filter { forms.tokens[$0].kind == .word }
        if stems.contains(where: { Self.bareStem($0, forms).isOne(of: sense.avoids) }) { return true }
        if let next = stems.first, next == k + 1, Self.bareStem(next, forms).isOne(of: sense.avoidsNext) { return true }
        if sense.avoidsCharge, let next = stems.first, next == k + 1, ProcliticFlags.of(forms.tokens[next]).preposition,
           !Self.bareStem(next, forms).isOne(of: Self.manners) { return true }
        // Whether one of `words` stands among the four words before the trigger.
        func before(_ words: [[UInt8]]) -> Bool {
            !words.isEmpty && (max(sentence.lowerBound, k - 4)..<k).contains { forms.tokens[$0].kind == .word && Self.bareStem($0, forms).isOne(of: words) }
        }
        if before(sense.avoidsBefore) { return true }
        if sense.countable, k > sentence.lowerBound,
           forms.tokens[k - 1].kind == .number || ArgumentMarker.isCount(forms.norm(k - 1)) || forms.norm(k - 1).equals(Self.thousand) {
            return true
        }
        if sense.opening, k == sentence.lowerBound || ProcliticFlags.of(forms.tokens[k]).conjunction { return false }
        if sense.people, Self.peoplePronouns.contains(Clitics.enclitics[Int(forms.tokens[k].segmentation.enclitic)]) { return false }
        if before(sense.needsBefore) { return false }
        switch sense.needs {
        case nil: return false
        case .ba: return !stems.contains { ArgumentMarker.startsWithBa($0, forms, letters: 3) }
        case let .words(words): return !stems.contains { Self.bareStem($0, forms).isOne(of: words) }
        }
    }

    /// Whether the trigger's noun, with no article, is the genitive of a body's head noun right before it, in the
    /// construct state (جهاز دعم الاستقرار، برنامج دعم الصناعات، مركز احتجاز المهاجرين): it names the body, a unit or a
    /// programme, not an act. The noun stays among the sentence's triggers, which the classifier reads.
    func namesBody(_ hit: Hit, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound
        // A visit's programme is that of a visit made (برنامج زيارة الوزير).
        guard lexicon.triggers[Int(hit.entry)].mode != Self.visit,
              k > sentence.lowerBound, forms.tokens[k - 1].kind == .word, !Self.bearsArticle(k - 1, forms), !Self.bearsArticle(k, forms),
              forms.tokens[k - 1].segmentation.enclitic == 0,
              !ProcliticFlags.of(forms.tokens[k]).conjunction, !ProcliticFlags.of(forms.tokens[k]).preposition else { return false }
        return Self.bareStem(k - 1, forms).isOne(of: Self.bodyHeads)
    }

    /// The head nouns of bodies, units and programmes named by what they do, in normal form without clitics or the
    /// article.
    static let bodyHeads = ["جهاز", "صندوق", "برنامج", "مركز", "هيئة", "وحدة", "ادارة", "مكتب", "وكالة", "مؤسسة", "جمعية",
                            "شعبة", "قسم"].map { Array($0.utf8) }

    /// Whether a noun of a truce or an agreement names one that was broken, not its making (اعتبرها «خرقا فاضحا»
    /// لاتفاق وقف إطلاق النار، اتهم الجيش الحزب بانتهاك الهدنة): a word of breach stands among the `breachReach` words
    /// before it in its clause. The breach is an act of its own, read by its own words; the noun stays among the
    /// sentence's triggers, which the classifier reads.
    func namesBreachedAgreement(_ hit: Hit, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let trigger = lexicon.triggers[Int(hit.entry)]
        guard trigger.kind == .noun, trigger.type == .agree || trigger.mode == Self.ceasefire else { return false }
        let k = hit.tokens.lowerBound
        var j = k - 1
        while j >= max(sentence.lowerBound, k - Self.breachReach) {
            if forms.tokens[j].kind == .punctuation, forms.norm(j).isOne(of: Self.clauseMarks) { return false }
            if forms.tokens[j].kind == .word, Self.bareStem(j, forms).isOne(of: Self.breaches) { return true }
            j -= 1
        }
        return false
    }

    /// How many tokens before a truce a word of its breach may stand: an adjective, a quotation mark and the word for
    /// an agreement between (خرقا فاضحا" لاتفاق).
    static let breachReach = 5

    /// RETREAT's mode for a truce.
    static let ceasefire = "ceasefire"

    /// Words of breaking an agreement, in normal form without clitics and the article: breach, violation, and their verbs.
    static let breaches = ["خرق", "خرقا", "خروقات", "خروق", "انتهاك", "انتهاكا", "انتهاكات", "خرقت", "يخرق", "تخرق", "انتهك", "انتهكت",
                           "ينتهك", "تنتهك", "نقض", "ينقض", "تنقض"].map { Array($0.utf8) }

    /// Words of a manner with ب, in normal form without the article, with ب or split from it: strongly, in the strongest (terms).
    private static let manners = ["بشدة", "باشد", "بقوة", "بوضوح", "شدة", "اشد", "قوة", "وضوح"].map { Array($0.utf8) }

    /// The sense whose forms hold `word`, or the word past one proclitic letter the segmenter
    /// left on it, as the trigger table is matched (بزيارة، لزيارة).
    private static func sense(of word: UnsafeBufferPointer<UInt8>) -> Sense? {
        if let sense = senses.first(where: { word.isOne(of: $0.forms) }) { return sense }
        guard word.count > 2, TokenForms.peelable.begins(word) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: word[2...])
        return senses.first { rest.isOne(of: $0.forms) }
    }

    /// The stem of token `k` without the article, also where the segmenter left the word whole
    /// (اللغتين، الإدلاء), as the senses' words are written.
    static func bareStem(_ k: Int, _ forms: TokenForms) -> UnsafeBufferPointer<UInt8> {
        let stem = Self.stem(forms.tokens[k], forms.norm(k))
        return stem.count > TokenForms.article.count + 4 && stem.starts(with: TokenForms.article)
            ? UnsafeBufferPointer(rebasing: stem[TokenForms.article.count...]) : stem
    }

    /// Whether token `k` bears the article, split off or left on a word the segmenter kept whole (الرئيسان، الوزارة).
    static func bearsArticle(_ k: Int, _ forms: TokenForms) -> Bool {
        ProcliticFlags.of(forms.tokens[k]).article || bareStem(k, forms).count < stem(forms.tokens[k], forms.norm(k)).count
    }

    /// `word` without the conjunction و or ف the segmenter left on it, when three letters or more remain (واتهم: اتهم).
    static func withoutConjunction(_ word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        word.count >= 8 && ProcliticLetters.conjunctions.begins(word) ? UnsafeBufferPointer(rebasing: word[2...]) : word
    }

    /// `body` of `word` with its last letter ت put back as the ة the segmenter restored before
    /// a pronoun (زيارته: زيارة).
    static func withTehMarbuta<R>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { buffer in
            _ = buffer.initialize(from: word)
            if word.count >= 2, word[word.count - 2] == 0xD8, word[word.count - 1] == 0xAA { buffer[word.count - 1] = 0xA9 }
            return body(UnsafeBufferPointer(buffer))
        }
    }

    /// The trigger words with another common sense: طالب demands only with the بـ of what is
    /// demanded or opening its clause, and never after a count or before a degree (else a
    /// student: 400 طالب، طالب دكتوراه بجامعة، طالب وطالبة) or before a service or asylum sought
    /// (طالب الخدمة، طالب لجوء); حقق investigates only في or مع (else it achieves: حقق الفيلم
    /// إيرادات); بحث consults only when not followed by عن (searching: بحثا عن الترفيه); طلب with
    /// عدم asks not to be named, طلب العلم is seeking knowledge, and الطلب المتزايد is a market's demand; رفض before
    /// الكشف or التعليق declines to comment; إدانة of a court or of the accused convicts (قضت المحكمة بإدانة المتهم);
    /// أيده الله is a blessing (may God support him);
    /// اجتاح invades unless fires, floods or storms sweep (اجتاحت حرائق مساحات كبيرة); أوقف
    /// arrests only someone (`detainees`);
    /// رحب welcomes guests, no decision, before the attendance, guests or a visitor's honorific
    /// (رحب بالحضور، رحبوا بسموه); a device or program supports a feature or a language, which is
    /// no political support (تدعم اللغتين الفرنسية والألمانية، تدعم ميزة الشحن اللاسلكي);
    /// اتفق shares an opinion, no accord, before a view (لا يتفق الجميع مع شفير في تفاؤله،
    /// اتفق معه في الرأي); a visit is to someone, not to patients, a hospital, an exhibition or a museum, nor a
    /// pilgrimage or a tour, nor tourists' (زيارة ومعايدة المرضى، زاروا معرض، زيارته لأداء مناسك
    /// العمرة، السياح الراغبين في زيارة بريطانيا); استقبل receives a visitor, not a hospital or a beach or passport office its patients,
    /// visitors, pilgrims or refugees (استقبل مستشفى طريف الخادمة، تستقبل الولاية 140 ألف نازح).
    /// لوح threatens with the بـ of a threat, not with a hand, a flag or a branch (لوح بيده، يلوحون بأغصان الزيتون);
    /// داعيا calls on someone, not on God in a prayer (داعيا الله، داعيا المولى عز وجل، داعيا لهم بالشفاء);
    /// طرد expels, not before a centrifuge's or a parcel's word (أجهزة طرد مركزي، طرد مشبوه);
    /// استدعى summons only an envoy (`envoys`); فرض coerces only with restrictions after it; توسط mediates only
    /// with في or لدى; the present يطرد expels only envoys; أرسل gives aid only with its word close after it.
    static let senses: [Sense] = {
        let bytes = { (words: [String]) in words.map { Array($0.utf8) } }
        return [
            Sense(forms: bytes(["طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "طالبا"]), needs: .ba, avoids: [], reach: 12, opening: true, countable: true,
                  avoidsNext: bytes(["دكتوراه", "ماجستير", "بكالوريوس", "جامعي", "جامعية", "ثانوي", "مبتعث", "بكلية", "بجامعة", "بمدرسة",
                                     "وطالبة", "وطالبات", "خدمة", "لجوء", "علم"])),
            // An achievement close after it is achieved, not investigated (حققت المملكة نجاحا كبيرا في خفض …، حققت نتائج
            // متماشية مع التوقعات).
            Sense(forms: bytes(["حقق", "حققت", "يحقق", "حققوا"]), needs: .words(bytes(["في", "مع"])), avoids: bytes(Self.achievements), reach: 3),
            // A researcher's بحث is research (فريق بحثي من الجامعة، البحث العلمي، بحثه المقدم عام 1798).
            Sense(forms: bytes(["بحث", "بحثت", "بحثا", "بحثوا", "يبحث", "تبحث", "يبحثان"]), needs: nil, avoids: bytes(["عن"]), reach: 2,
                  avoidsNext: bytes(["علمي", "علمية", "ميداني", "اكاديمي", "مقدم", "منشور"]),
                  avoidsBefore: bytes(["فريق", "باحث", "باحثة", "باحثون", "باحثين", "علماء", "دراسة", "بروفيسور"])),
            Sense(forms: bytes(["طلب", "طلبت", "طلبوا", "يطلب", "تطلب"]), needs: nil, avoids: bytes(["عدم"]), reach: 2,
                  avoidsNext: bytes(["علم", "متزايد", "متنامي", "عالمي", "محلي", "كبير", "مرتفع"])),
            Sense(forms: bytes(["ايد", "ايدت"]), needs: nil, avoids: [], reach: 1, avoidsNext: bytes(["الله"])),
            // Aid suspended, frozen or cut is a sanction (تعليق مساعدات اقتصادية), not aid.
            Sense(forms: bytes(["مساعدات", "مساعدة"]), needs: nil, avoids: [], reach: 1,
                  avoidsBefore: bytes(["تعليق", "تجميد", "وقف", "قطع", "علقت", "علق", "جمدت", "اوقفت", "قطعت", "تعلق", "يعلق"])),
            // ودان is also a Libyan town (في مدينة ودان، قرب ودان والجفرة).
            // فدان is also a feddan (ثلاثة آلاف فدان، مشروع المليون فدان).
            // A court's إدانة convicts (قضت المحكمة بإدانة المتهم، إدانته بتهمة التجسس).
            Sense(forms: bytes(["ادانة"]), needs: nil, avoids: bytes(["متهم", "متهمين", "متهمون", "متهمة", "بتهمة", "بتهم", "بجريمة", "بجرائم", "محكمة"]), reach: 3,
                  avoidsBefore: bytes(["حكم", "حكما", "بحكم", "احكام", "قضت", "قضى", "محكمة", "المحكمة", "ثبوت", "القاضي", "قاضي", "هيئة", "حال"]),
                  avoidsCharge: true),
            // A court's or a jury's verb convicts (وأدانت المحكمة سيدة وثلاثة من أبنائها), and يدين بـ owes or professes
            // (وتدين بنما بالفضل لحارس مرماها، يدين بالإسلام).
            Sense(forms: bytes(["ادان", "ادانت", "دانت", "يدين", "تدين"]), needs: nil, avoids: bytes(Self.courts + ["محاكم"]), reach: 2,
                  avoidsNext: bytes(["فضل", "ولاء", "اسلام", "مسيحية", "يهودية", "دين", "ديانة"]), avoidsBefore: bytes(Self.courts)),
            Sense(forms: bytes(["دان"]), needs: nil, avoids: [], reach: 1, countable: true,
                  avoidsBefore: bytes(["مدينة", "بلدة", "منطقة", "قرب", "بين", "مليون", "الف", "الاف", "مساحة", "هكتار"])),
            Sense(forms: bytes(["رحب", "رحبت", "رحبوا", "يرحب", "ترحب"]), needs: nil,
                  avoids: bytes(["حضور", "حاضرين", "ضيوف", "زوار", "زائرين", "مشاركين", "جميع", "سمو", "معالي", "فخامة", "مرافقيه"]), reach: 2),
            // Subsidies, markets lifted and patronage of culture or sport are no political support either (دعم الوقود،
            // ساهم في دعم الأسهم الآسيوية، دعم المواهب والفعاليات السياحية).
            Sense(forms: bytes(["دعم", "دعمت", "يدعم", "تدعم"]), needs: nil,
                  avoids: bytes(["ميزة", "ميزات", "خاصية", "خصائص", "تقنية", "تقنيات", "لغة", "لغتين", "لغات", "تطبيق", "تطبيقات",
                                 "شحن", "متصفح", "اصدار", "صيغة", "صيغ", "دقة", "بطاقات", "وقود", "محروقات", "طاقة", "كهرباء", "خبز",
                                 "سلع", "اسهم", "اسعار", "مؤشر", "عملة", "سياحة", "مهرجان", "مهرجانات", "فعاليات", "انشطة", "نشاطات",
                                 "مواهب", "صادرات", "منتجات", "رياضة", "رياضيين", "اندية", "فنانين"]), reach: 3),
            Sense(forms: bytes(["اتفق", "اتفقت", "اتفقوا", "يتفق", "تتفق"]), needs: nil,
                  avoids: bytes(["راي", "تفاؤل", "وجهة", "تقييم", "تحليل", "قول", "فكرة"]), reach: 6),
            Sense(forms: bytes(["زار", "زارت", "زاروا", "يزور", "تزور", "زيارة"]), needs: nil,
                  avoids: bytes(["مستشفي", "مستشفيات", "مرضي", "معرض", "متحف", "مهرجان", "مناسك", "عمرة", "سياحية", "طبيب", "اطباء",
                                 "عيادة"]), reach: 3,
                  avoidsBefore: bytes(["سياح", "سائح", "زوار", "زائر", "معتمر", "معتمرا", "معتمرين", "حجاج", "عمرة"])),
            Sense(forms: bytes(["اوقف", "اوقفت"]), needs: .words(bytes(Self.detainees + Self.securityForces)), avoids: [], reach: 6, people: true,
                  needsBefore: bytes(Self.securityForces)),
            Sense(forms: bytes(["اجتاح", "اجتاحت"]), needs: nil, avoids: bytes(["حرائق", "حريق", "فيضانات", "فيضان", "سيول", "موجة", "عاصفة",
                                                                              "امطار", "وباء", "اعصار", "ثلوج", "جراد", "حمي"]), reach: 2),
            // A port, a court or a school receives ships, cases and students; a hospital's emergency room its wounded
            // (استقبل ميناء الأدبية السفينة، استقبلت المحاكم 96 قضية، طوارئ مستشفى عسير استقبلت يوم أمس 40 مصابا); a
            // quantity received is no visitor (استقبلت الوزارة ما يزيد على ستة ملايين معتمر).
            Sense(forms: bytes(["استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "ستستقبل", "استقبلوا", "يستقبلون"]), needs: nil,
                  avoids: bytes(["مستشفي", "مستشفيات", "شواطئ", "جوازات", "جامعات", "مطار", "مواقع", "مصابين", "جرحي", "مرضي", "نازح",
                                 "نازحين", "لاجئين", "زوار", "زواره", "زائرين", "مواطنين", "حجاج", "معتمرين", "سياح", "مسافرين",
                                 "رحلات", "جماهير", "مراجعين", "متسوقين", "حالات", "طلبات", "بلاغات", "شكاوي", "مهرجانات",
                                 "ميناء", "سفينة", "سفن", "طائرة", "طائرات", "شحنات", "بضائع", "قضية", "قضايا", "دعاوي", "مصابا",
                                 "جريحا", "معتمر", "مصلين", "طالب", "طلاب", "طالبات", "طلبة", "مرشحين", "متدربين", "متقدمين",
                                 "مصطافين", "اتصالات", "مكالمات", "نفايات"]), reach: 4,
                  avoidsNext: bytes(["ما", "اكثر", "نحو", "حوالي"]),
                  avoidsBefore: bytes(["مستشفي", "طوارئ", "عيادة", "عيادات", "كلية", "جامعة", "مدرسة", "محكمة", "محاكم", "ميناء",
                                       "منفذ", "متنزهات", "فندق", "فنادق", "مخيم", "مخيمات"])),
            // لوح threatens only with the بـ of what is brandished close after it (لوحت واشنطن بعقوبات); else one waves a
            // hand, a flag or a branch (لوح لأنصاره بيده، تلوح بذراعيها، يلوحون بأغصان الزيتون) or a sign looms (تلوح أمامك،
            // تلوح في الأفق).
            Sense(forms: bytes(["لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "يلوحون", "ملوحا", "ملوحة"]), needs: .ba,
                  avoids: bytes(["يد", "يدي", "يديه", "ايدي", "ذراع", "ذراعي", "ذراعيه", "ذراعها", "علم", "اعلام", "غصن", "اغصان",
                                 "كاميرا", "منديل", "شارة", "امام", "افق"]), reach: 6),
            // داعيا prays as well as calls on (داعيا الله أن يحفظ البلاد، داعيا المولى، داعيا لهم بالشفاء).
            Sense(forms: bytes(["داعيا", "داعية"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["الله", "لله", "مولي", "ربه", "لهم", "له", "لها", "باري"])),
            // طرد is also a parcel and the spin of a centrifuge (طرد مشبوه، أجهزة الطرد المركزي).
            Sense(forms: bytes(["طرد"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["مركزي", "مركز", "مشبوه", "بريدي", "ملغوم", "مفخخ"])),
            // فرض imposes much else (فرض الأمن، فرض سيطرته، فرض حظر التجول).
            // Restrictions only: the noun of sanctions is its own trigger, whose reading the verb would cut short (فرضت الولايات
            // المتحدة عقوبات على إيران); the verbal noun before them is talked of more than done (فرض بعض القيود).
            Sense(forms: bytes(["فرض", "فرضت", "فرضوا", "يفرض", "تفرض"]), needs: .words(bytes(["قيود", "قيودا"])), avoids: [], reach: 5,
                  avoidsNext: bytes(["قيود", "بعض", "مزيد"])),
            // احتجز also holds back money or water (احتجاز ودائعهم، احتجاز مياه السيول): no one is detained.
            Sense(forms: bytes(["احتجز", "احتجزت", "يحتجز", "تحتجز", "احتجاز"]), needs: nil,
                  avoids: bytes(["ودائع", "اموال", "ارصدة", "اصول", "مياه", "سيول", "امطار", "بضائع", "شحنات"]), reach: 2),
            // أرسل sends much else (أرسل رسالة، أرسلت قوات): aid only with its word close after it.
            Sense(forms: bytes(["ارسل", "ارسلت", "يرسل", "ترسل"]), needs: .words(bytes(["مساعدات", "مساعدة", "معونات", "اغاثة", "شحنة",
                                                                                          "شحنات", "قافلة", "قوافل"])), avoids: [], reach: 4),
            // زود supplies fuel, data and services too (تزود السفن بالوقود، زودت الشركة عملاءها بالمعلومات): aid only with
            // arms close after it.
            Sense(forms: bytes(["زود", "زودت", "زودوا", "يزود", "تزود"]),
                  needs: .words(bytes(["اسلحة", "سلاح", "صواريخ", "ذخيرة", "ذخائر", "عتاد", "مسيرات", "معدات", "قذائف"])), avoids: [], reach: 4),
            // توسط also stands in the middle of something, or between two places (يتوسطها نصب، يتوسط ما بين المحافظتين): it
            // mediates only in something or with someone (توسطت قطر في المفاوضات، يتوسط لدى الرئيس).
            Sense(forms: bytes(["توسط", "توسطت", "يتوسط", "تتوسط"]), needs: .words(bytes(["في", "لدي"])), avoids: [], reach: 3),
            // The present of طرد also fires staff, and تطّرد runs on (تطرد عددا منهم، أن تطّرد السمة): only an envoy's expulsion.
            Sense(forms: bytes(["يطرد", "تطرد"]), needs: .words(Self.envoys + Self.missions), avoids: [], reach: Self.envoyReach),
            // استدعى summons an envoy, or else calls for something or someone (استدعى الأمر تدخلا، استدعت الشرطة شاهدا).
            Sense(forms: Self.summons, needs: .words(Self.envoys), avoids: [], reach: Self.envoyReach),
            // فرق also divides or tells apart (فرق بين الأمرين) and فض breaks a seal or settles a dispute (فض النزاعات): they
            // disperse only a crowd or its gathering close after them (فرقت الشرطة المتظاهرين، فضت قوات الأمن الاعتصام).
            Sense(forms: bytes(["فرق", "فرقت", "فرقوا", "يفرق", "فض", "فضت", "فضوا", "يفض"]), needs: .words(bytes(Self.dispersed)),
                  avoids: [], reach: 4),
            // حذر warns of dangers as often as it threatens (حذر من خطورة الوضع، حذرت من أن الخطوة قد تعيد البلاد إلى
            // الانقسام): it threatens only with a penalty or a reprisal close after it.
            Sense(forms: bytes(["حذر", "حذرت", "حذروا", "يحذر", "تحذر"]), needs: .words(bytes(Self.reprisals)), avoids: [], reach: 9),
            Sense(forms: bytes(["رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون"]), needs: nil,
                  avoids: bytes(["كشف", "تعليق", "افصاح", "ادلاء", "ذكر", "تاكيد", "نفي"]), reach: 8),
            // What endangers a life, a state's security or a sector threatens no one (العجز بات يهدد قدرتها، مشكلات المياه
            // التي تهدد بتقويض قطاع الغذاء، سيول من الممكن أن تهدد حياة المواطنين): a threat is an actor's, told by هدد.
            Sense(forms: bytes(["يهدد", "تهدد", "يهددان", "تهددان", "يهددون"]), needs: nil, avoids: bytes(Self.endangered), reach: 2),
            // People gather to pray, to celebrate or to eat, which is no meeting of parties (اجتمع شباب أتراك وأكراد في
            // المركز الثقافي، يجتمع الناس للاحتفال، اجتمعوا لصلاة المغرب، تجتمع العائلة على مائدة الإفطار).
            Sense(forms: bytes(["اجتمع", "اجتمعت", "اجتمعوا", "يجتمع", "تجتمع", "يجتمعون"]), needs: nil,
                  avoids: bytes(["صلاة", "احتفال", "افطار", "سحور", "عشاء", "غداء", "مائدة", "عيد"]), reach: 3,
                  avoidsNext: bytes(["ناس", "شباب", "مصلين", "مصلون", "اهالي", "اسرة", "عائلة", "افراد", "اطفال", "اصدقاء", "جيران"])),
            // صادر is also the participle "issued" (بيان صادر عن الخارجية، قانون صادر في 2003): no seizure after a
            // statement's word or before its issuer or date.
            Sense(forms: bytes(["صادر"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["عن", "عنه", "عنها", "عنهم", "من", "في", "بحق", "بتاريخ", "منذ", "خلال", "عام", "سنة"]),
                  avoidsBefore: bytes(["بيان", "تقرير", "قرار", "قانون", "حكم", "امر", "مرسوم", "تعميم", "خطاب", "رسمي", "صحفي"])),
            // رحل also leaves or dies (رحل سعود الفيصل، رحل عن منافسه)، and أبعد is also "further" (أبعد من نهر الفرات، إلى
            // أبعد مدى): they deport only someone close after them, with them as its pronoun, or with the authorities
            // before or after them (رحلت السلطات 300 مخالف، أبعدت السلطات الفرنسية إماما), and never from, away or as far as.
            Sense(forms: bytes(["رحل", "رحلت", "رحلوا", "ابعد", "ابعدت", "ابعدوا"]), needs: .words(bytes(Self.deportees)), avoids: [],
                  reach: 6, avoidsNext: bytes(["من", "ما", "مدي", "عن", "عنا"]), people: true, needsBefore: bytes(Self.authorities)),
            // ترحيل also carries a course, a debt or rubble over (ترحيل الدراسة، ترحيل الأرباح).
            Sense(forms: bytes(["ترحيل"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["دراسة", "ديون", "ارباح", "خسائر", "نفايات", "مخلفات", "ركام", "انقاض", "مشروع", "موعد"])),
            // A summit is also a mountain's top, or the height of something (على قمة جبل، في قمة السعادة، قمة الدوري).
            Sense(forms: bytes(["قمة"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["جبل", "جبال", "هرم", "سلم", "اولويات", "شجرة", "برج", "تل", "راس", "جليد", "سعادة", "روعة",
                                     "اناقة", "جمال", "عطاء", "تالق", "مجد", "نشوة", "غضب", "توهج", "ترتيب", "جدول", "دوري",
                                     "هدافين", "موسم", "سلطة", "نظام", "سوق"]),
                  avoidsBefore: bytes(["اعلي"])),
            // يوافق also falls on a date and matches what is required (السبت الذي يوافق 15 أغسطس، توافق متطلبات السوق).
            Sense(forms: bytes(["يوافق", "توافق"]), needs: nil, avoids: [], reach: 1,
                  avoidsNext: bytes(["تاريخ", "يوم", "ذكري", "موعد", "ليلة", "اول", "عيد", "شهر", "متطلبات", "معايير", "مواصفات",
                                     "رغبات", "توقعات", "طبيعة"])),
            // يدعو also claims and prays (يدعون أن لديهم علماء، يدعون من دون الله) and gives cause for a feeling
            // (يدعو للقلق، تدعو إلى التفاؤل): a call is to an act.
            Sense(forms: bytes(["يدعو", "تدعو", "يدعون"]), needs: nil, avoids: bytes(Self.feelings), reach: 2,
                  avoidsNext: bytes(["ان", "انهم", "انه", "انها", "الله", "ربهم", "لهم", "له"])),
        ]
    }()

    /// Whom أوقف arrests, in normal form without the article: أوقف arrests only with one of
    /// them or a security force (`securityForces`) after it, a security force among the four
    /// words before it (قوات الأمن أوقفت)، or with them as its pronoun (أوقفهم); else it stops or suspends something (أوقفت الخطوط الجوية رحلاتها، أوقف
    /// البنك المركزي شراء الدولار).
    static let detainees = ["رجل", "رجلا", "رجلين", "رجال", "مدعو", "شخص", "شخصا", "شخصين", "اشخاص", "مشتبه", "مشتبها", "مشتبهين", "متهم", "متهما",
                            "متهمين", "مطلوب", "مطلوبا", "مطلوبين", "مواطن", "مواطنا", "مواطنين", "مقيم", "مقيما", "مقيمين", "امراة",
                            "سيدة", "شاب", "شابا", "شبان", "عنصر", "عنصرا", "عناصر", "ارهابي", "ارهابيا", "ارهابيين", "مهرب", "مهربين",
                            "سائق", "سائقا", "صحفي", "صحفيا", "ناشط", "ناشطا", "ناشطين", "نشطاء", "مسلح", "مسلحا", "مسلحين", "جندي",
                            "جنديا", "ضابط", "ضابطا", "وافد", "وافدين", "مخالف", "مخالفين", "متسلل", "متسللين", "لص", "لصوص", "جاني",
                            "قاتل", "تاجر", "تجار", "مروج", "مروجين", "مهاجر", "مهاجرين", "لاجئ", "لاجئين", "معارض", "معارضين", "داعشي"]

    /// Whom رحل and أبعد deport (`detainees`, foreign workers, nationals, families, preachers), or the authorities that deport
    /// them standing after the verb, in normal form without the article.
    static let deportees = detainees + authorities + ["عامل", "عمال", "عمالة", "اجنبي", "اجنبيا", "اجانب", "رعايا", "جالية",
                                                      "عائلة", "عائلات", "اسرة", "اسر", "امام", "اماما", "داعية"]

    /// The authorities whose رحل and أبعد deport: the security forces and the government, its ministries and passport offices.
    static let authorities = securityForces + ["سلطات", "حكومة", "وزارة", "داخلية", "جوازات", "ادارة"]

    /// What is achieved (حقق نجاحا، حققت أرباحا) rather than investigated, in normal form without the article.
    static let achievements = ["نجاح", "نجاحا", "نجاحات", "نتائج", "نتيجة", "ارباح", "ارباحا", "ايرادات", "تقدم", "تقدما", "انجاز",
                               "انجازا", "انجازات", "مكاسب", "فوز", "فوزا", "انتصار", "انتصارا", "انتصارات", "اهداف", "رقم", "رقما",
                               "مبيعات", "فائدة", "ارتفاع", "ارتفاعا", "ارتفاعات", "نمو", "نموا", "عوائد", "عائدا", "خسائر", "خسارة",
                               "حلم", "طموحات", "لقب", "بطولة", "صدارة", "تعادل", "طفرة", "طفرات", "مركز", "مراكز", "مرتبة"]

    /// Courts, judges and juries, whose أدان convicts, in normal form without clitics or the article.
    static let courts = ["محكمة", "قاضي", "قاضية", "محلفين", "محلفون"]

    /// What is endangered rather than threatened, in normal form without clitics or the article: lives, security, stability,
    /// a future, credibility, an ability, and the collapse or undermining of something (يهدد بانهيار، تهدد بتقويض).
    static let endangered = ["حياة", "امن", "سلامة", "استقرار", "مستقبل", "مصداقية", "قدرة", "قدرتها", "قدرته", "وجود", "سلم",
                             "اقتصاد", "صحة", "بيئة", "وحدة", "نسيج", "تقويض", "انهيار", "تفاقم", "زوال", "فشل", "اندلاع"]

    /// Feelings a thing gives cause for (يدعو للقلق، تدعو إلى التفاؤل), in normal form without the article.
    static let feelings = ["فخر", "قلق", "تفاؤل", "استغراب", "دهشة", "سخرية", "اطمئنان", "تساؤل", "حيرة", "ياس", "تشاؤم", "ارتياح",
                           "اعجاب", "عجب", "ضحك", "حزن", "خوف", "شك", "سخط", "اسف", "فرح", "ريبة", "استهجان"]

    /// The penalties and reprisals a warning threatens, in normal form without the article. Not a measure of one
    /// word that also names work or its doing (عمل، إجراء: وزارة العمل، إجراء رقابة) or an escalation warned against.
    static let reprisals = ["اجراءات", "عواقب", "عقوبات", "عقوبة", "رد", "ردا", "ردود", "انتقام", "ملاحقة", "مساءلة", "قطع", "طرد",
                            "اعتقال", "محاسبة"]

    /// The crowds and gatherings a verb of dispersal disperses, in normal form without the article.
    static let dispersed = ["متظاهرين", "محتجين", "معتصمين", "متجمهرين", "حشود", "حشد", "جموع", "جماهير", "مصلين", "طلاب", "انصار",
                            "مشيعين", "تظاهرة", "مظاهرة", "مظاهرات", "تظاهرات", "مسيرة", "مسيرات", "اعتصام", "اعتصامات", "تجمع",
                            "تجمعات", "تجمهر", "احتجاج", "احتجاجات", "وقفة"]

    /// The security forces whose أوقف is an arrest, in normal form without the article (أوقفت
    /// قوة من الشرطة، أوقفت دورية من مخابرات الجيش).
    static let securityForces = ["شرطة", "امن", "مخابرات", "استخبارات", "دورية", "دوريات", "حرس", "قوة", "قوات", "قوي", "حاجز", "جيش"]

    /// The enclitic pronouns of people (them).
    static let peoplePronouns: Set<String> = ["هم", "هن"]

    /// ألف (a thousand) in normal form, a count the number words of `ArgumentMarker` leave out.
    static let thousand = Array("الف".utf8)

    /// Whether a one-word noun trigger with the article, or named by its venue (`ArgumentSpan.isVenue`: اتفاق فيينا), refers
    /// to an event told before (الاتفاق النووي، القمة، العقوبات، الزيارة) rather than reporting one, as it does after a verb of
    /// taking place (تم الاتفاق، عقدت القمة، انطلقت المحادثات), after a round's word (جولة رابعة من المحادثات) or before a relative
    /// clause that names who made it (الاتفاق الذي توصلت إليه الحكومة وحكومة الإقليم). For the types the classifier
    /// does not score; a negated one still reports that something did not happen. The caller reads a verb of holding
    /// before it, its subject between, as well (`isHeldByVerb`).
    func refersBack(_ trigger: EventTrigger, _ hit: Hit, _ sentence: Range<Int>, _ spans: [ArgumentSpan], _ forms: TokenForms) -> Bool {
        // A penalty's article is the penalty's (حكمت عليه بالسجن), not an event told before.
        guard trigger.kind == .noun, trigger.mode != "convict", hit.tokens.count == 1,
              ProcliticFlags.of(forms.tokens[hit.tokens.lowerBound]).article
                || spans.contains(where: { $0.isVenue && $0.tokens.lowerBound == hit.tokens.upperBound }),
              ArgumentMarker.relativeMaker(after: hit.tokens.lowerBound, in: sentence, forms) == nil else { return false }
        let before = hit.tokens.lowerBound - 1
        guard before >= sentence.lowerBound, forms.tokens[before].kind == .word else { return true }
        if Self.isOne(Self.stem(forms.tokens[before], forms.norm(before)), withConjunction: Self.takingPlace) { return false }
        // A round of the talks is one held now (جولة رابعة من المحادثات، جولة جديدة من المفاوضات).
        return !(forms.norm(before).equals(Self.from) && (max(sentence.lowerBound, before - 2)..<before).contains {
            forms.tokens[$0].kind == .word && Self.bareStem($0, forms).isOne(of: Self.rounds)
        })
    }

    /// A round or series of an event, in normal form without clitics or the article (جولة، جولات، سلسلة).
    static let rounds = ["جولة", "جولات", "سلسلة"].map { Array($0.utf8) }

    /// Past verbs of an event taking place, in normal form without clitics: تم، جرى، أجري،
    /// عقد، انعقد، افتتح، انطلق، بدأ، استؤنف، استمر، تواصل، انتهى، اختتم, with their feminine;
    /// and their verbal nouns, the event's holding or resuming as its purpose or news (لاستئناف
    /// المفاوضات، إجراء المحادثات، انعقاد القمة).
    static let takingPlace = ["تم", "جري", "جرت", "اجري", "اجريت", "عقد", "عقدت", "انعقد", "انعقدت", "افتتح", "افتتحت", "انطلق", "انطلقت",
                              "بدا", "بدات", "استؤنف", "استؤنفت", "استمر", "استمرت", "تواصل", "تواصلت", "انتهي", "انتهت", "اختتم",
                              "اختتمت", "استئناف", "انعقاد", "اجراء", "بدء", "انطلاق", "مواصلة", "اختتام"].map { Array($0.utf8) }

    /// Whether the trigger at token `k` lies inside the name of an organisation, a facility or a
    /// person (مجلس التعاون الخليجي، منظمة الأمن والتعاون، دان جاكسون): a word of a name, no event.
    static func isInsideName(_ k: Int, _ document: AnnotatedDocument) -> Bool {
        let start = Int(document.text.tokens[k].start)
        return document.mentions.contains { [.organisation, .facility, .person].contains($0.type) && $0.range.contains(start) }
    }
}
