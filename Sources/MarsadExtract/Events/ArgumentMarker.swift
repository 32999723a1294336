import MarsadText

/// A word before an actor that tells its part in the event whatever the word order:
/// the agent of a passive (على يد مسلحين، من قبل الشرطة، برصاص الجيش), what a protest is against or
/// addressed to (ضد الحكومة، أمام السفارة، مطالبين الحكومة), what an attack aimed at
/// (استهدف دورية للشرطة), who underwent or survived it (تعرضت القوات لهجوم، نجا الوزير من),
/// a part of a group (ثلاثة من الجنود) or a counted group (ثلاثة جنود، 12 شرطيا).
enum ArgumentMarker: Equatable {
    case agent, against, addressee, aim, undergoer, partitive, counted
    /// After من with no number before it: whom the people before come from (متظاهرون من الحزب).
    case origin
    /// After a building or convoy with no marker before it: its owner (مقر الشرطة), named as a thing's.
    case owner
    /// After a rank or membership and في: the organisation the person before belongs to (القيادي في حزب الله،
    /// عضو في حركة فتح), who stands for that person and is struck or acts as that person does.
    case affiliation

    /// Whether ضد stands right before the actor starting at token `first`, an opening quotation mark maybe between
    /// (ضد إسرائيل، ضد «الناتو»): what a protest opposes, a state too.
    static func followsOpposing(_ first: Int, after start: Int, _ forms: TokenForms) -> Bool {
        let k = pastOpeningQuote(first, after: start, forms)
        return k > start && forms.norm(k - 1).equals(opposing)
    }

    /// Where the words before the actor starting at token `first` end: before its opening quotation mark, if any, which
    /// stands between a marker and a name (ضد «الناتو»).
    private static func pastOpeningQuote(_ first: Int, after start: Int, _ forms: TokenForms) -> Int {
        first > start + 1 && forms.norm(first - 1).isOne(of: openingQuotes) ? first - 1 : first
    }

    /// The marker of the actor starting at token `k`, read from the one or two words before it.
    static func of(_ first: Int, after start: Int, _ forms: TokenForms) -> ArgumentMarker? {
        let k = pastOpeningQuote(first, after: start, forms)
        guard k > start else { return nil }
        if forms.tokens[k - 1].kind == .number { return .counted }
        let previous = forms.norm(k - 1)
        let beforePrevious = k - 1 > start ? forms.norm(k - 2) : nil
        // Some of a group after an exact count, its members' word maybe between: ثلاثة من الجنود، أربعة عناصر من حزب الله.
        if previous.equals(min), k - 1 > start, isExactCount(partitiveCount(before: k, after: start, forms), after: start, forms) { return .partitive }
        if followsRank(k, after: start, forms) || followsBelonging(k, after: start, forms) { return .affiliation }
        // ندد takes what it denounces with ب: a word after it without ب is its subject (ندد الوزير بالهجوم).
        if previous.isOne(of: denouncingWithBa), !startsWithBa(k, forms) { return nil }
        if let marker = single(previous, beforePrevious) { return marker }
        // A building or convoy between the marker and its owner: أمام مبنى الوزارة، استهدف دورية للشرطة، استهدفت
        // أمس قافلة لقوات التحالف، استهدف دورية مشتركة للقوات، لدى مرور دورية للجيش. Else the owner of a building
        // is no subject of the verb before it (هاجموا مقر الشرطة).
        if let building = building(before: k, after: start, ownerHasLam: ProcliticFlags.of(forms.tokens[k]).lam, forms) {
            var j = building - 1
            while j > start, forms.norm(j).isOne(of: days) { j -= 1 }
            // Near a building is before it, as أمام is: تجمعوا بالقرب من مبنى الوزارة، على مقربة من مقر البرلمان.
            if j > start, forms.norm(j).equals(min), forms.norm(j - 1).isOne(of: near) { return .addressee }
            if j >= start, let marker = forms.norm(j).isOne(of: passing) ? .aim : single(forms.norm(j), j > start ? forms.norm(j - 1) : nil),
               [.addressee, .against, .aim, .undergoer].contains(marker) {
                return marker
            }
            return .owner
        }
        // A petition handed to whom it names: رفعوا مذكرة للمجلس البلدي.
        if previous.isOne(of: petitions), ProcliticFlags.of(forms.tokens[k]).lam { return .addressee }
        // The thing a protest is against or asks for between the marker and its owner, a day too:
        // مطالبين برحيل الحكومة، ضد بقاء الرئيس، احتجاجا على زيارة الوزير، تطالب السبت باستقالة الرئيس; two words
        // after a verb of demanding or denouncing when the first is a complement with ب or ل or a noun of acts
        // (تطالب بوقف الاستيطان الإسرائيلي، شجبت عمليات القصف الإيراني), not a title of the verb's subject (ندد الرئيس
        // التركي فلان), nor after على or ضد, where the second word may be a verb with its subject (ردا على هجوم شنه المسلحون).
        for words in 1...2 where k - words > start && (k - words..<k).allSatisfy({ forms.tokens[$0].kind == .word }) {
            var j = k - words - 1
            if j > start, forms.norm(j).isOne(of: days) { j -= 1 }
            // What the protesters call it stands between the marker and the thing: احتجاجا على ما وصفوه بانتهاكات الرئيس.
            if j - 1 > start, forms.norm(j).isOne(of: describing), forms.norm(j - 1).equals(what), startsWithBa(j + 1, forms) { j -= 2 }
            let word = forms.norm(j)
            if word.isOne(of: denouncingWithBa), !startsWithBa(j + 1, forms) { break }
            // على before a word of where or how far is a place's (على الحدود السورية، على طريق المطار، على بعد أميال).
            if word.equals(on), (k - words..<k).contains(where: { isWhereabouts($0, forms) }) { break }
            if words == 2 {
                // ل may stay on a word the segmenter left whole, as ب may (بوقف).
                let first = forms.norm(k - 2)
                let complement = startsWithBa(k - 2, forms) || first.count >= 8 && ProcliticLetters.lam.begins(first)
                guard !(word.equals(on) || word.equals(opposing) || word.isOne(of: places)),
                      complement || EventDetector.stem(forms.tokens[k - 2], first).isOne(of: acts) else { break }
            }
            if let marker = single(word, j > start ? forms.norm(j - 1) : nil), [.addressee, .against].contains(marker) {
                return marker
            }
        }
        // Who survived may be named before the title that makes the actor: نجا محمد عمر ديري عمدة العاصمة.
        for words in 1...Self.nameWords where k - words - 1 >= start {
            let name = k - words..<k
            guard name.allSatisfy({ forms.tokens[$0].kind == .word && !forms.norm($0).equals(min) }) else { break }
            if forms.norm(k - words - 1).isOne(of: survived) { return .undergoer }
        }
        // Members between من and their body: متظاهرون من أنصار الحزب; after an exact count, a part of them, as
        // ثلاثة من الجنود is (قتل اثنان من عناصر قوات الصحوة), not the crowd of a protest (مئات من أعضاء الأحزاب).
        if let beforePrevious, previous.isOne(of: members), beforePrevious.equals(min) {
            return isExactCount(k - 3, after: start, forms) ? .partitive : .origin
        }
        return nil
    }

    /// Where the count of a part of a group starting at token `k` stands (`partitive`): before من, or before the
    /// members' word there (أربعة عناصر من حزب الله).
    static func partitiveCount(before k: Int, after start: Int, _ forms: TokenForms) -> Int {
        k - 3 >= start && forms.norm(k - 2).isOne(of: members) ? k - 3 : k - 2
    }

    /// Whether a rank or membership and في stand before token `k`, with a noun of the organisation's kind
    /// between (القيادي في حزب الله، عضو في حركة فتح، مسؤولا في تنظيم القاعدة).
    private static func followsRank(_ k: Int, after start: Int, _ forms: TokenForms) -> Bool {
        var j = k - 1
        if j > start, forms.norm(j).isOne(of: organisationKinds) { j -= 1 }
        guard j > start, forms.norm(j).equals(inside), forms.tokens[j - 1].kind == .word else { return false }
        let word = forms.tokens[j - 1]
        return EventDetector.stem(word, forms.norm(j - 1)).isOne(of: ranks)
    }

    /// Whether a word of belonging and إلى stand before token `k`, with a noun of the organisation's kind between
    /// (أحدهم ينتمي إلى لجان المقاومة الشعبية، المنتمين إلى حركة فتح): the body someone named before belongs to.
    private static func followsBelonging(_ k: Int, after start: Int, _ forms: TokenForms) -> Bool {
        var j = k - 1
        if j > start, forms.norm(j).isOne(of: organisationKinds) { j -= 1 }
        guard j > start, forms.norm(j).equals(to), forms.tokens[j - 1].kind == .word else { return false }
        return forms.norm(j - 1).isOne(of: belonging)
    }

    /// The token of the building or convoy that stands before an owner starting at token `k` (مقر الشرطة، مقرا
    /// لمغاوير الشرطة), or before an adjective of it when the owner takes ل (دورية مشتركة للقوات).
    private static func building(before k: Int, after start: Int, ownerHasLam: Bool, _ forms: TokenForms) -> Int? {
        func isBuilding(_ j: Int) -> Bool {
            guard j >= start, forms.tokens[j].kind == .word else { return false }
            let word = forms.norm(j)
            return buildings.contains { word.equals($0) || stripsTo(word, $0) || accusative(word, $0) }
        }
        if isBuilding(k - 1) { return k - 1 }
        if ownerHasLam, k - 2 > start, forms.tokens[k - 1].kind == .word, isBuilding(k - 2) { return k - 2 }
        return nil
    }

    /// Whether `word` is `base` with the accusative alef (مقرا، موكبا).
    private static func accusative(_ word: UnsafeBufferPointer<UInt8>, _ base: [UInt8]) -> Bool {
        word.count == base.count + 2 && word.starts(with: base) && word.suffix(2).elementsEqual("ا".utf8)
    }

    /// Where the maker of an act named by the noun at token `k` starts, when a relative clause right after the noun opens
    /// with the words of making it: reaching or concluding an agreement (الاتفاق الذي توصلت إليه الحكومة، الاتفاقية التي
    /// أبرمتها السعودية), carrying out or organising an act (الهجوم الذي شنه المسلحون). Nil for any other word after it.
    static func relativeMaker(after k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Int? {
        let r = k + 1
        guard r + 2 < sentence.upperBound, forms.tokens[r].kind == .word, forms.tokens[r + 1].kind == .word,
              forms.norm(r).isOne(of: SentenceArguments.relativePronouns) else { return nil }
        let verb = forms.norm(r + 1)
        if verb.isOne(of: concludedIt) || single(verb, forms.norm(r)) == .agent { return r + 2 }
        guard verb.isOne(of: reached), r + 3 < sentence.upperBound, forms.norm(r + 2).isOne(of: toIt) else { return nil }
        return r + 3
    }

    /// The marker a word makes, given the word before it (على before يد، من before قبل).
    private static func single(_ word: UnsafeBufferPointer<UInt8>, _ before: UnsafeBufferPointer<UInt8>?) -> ArgumentMarker? {
        if word.isOne(of: hands), let before, before.equals(on) { return .agent }
        if word.isOne(of: handsWithBa) || word.isOne(of: byFireOf) { return .agent }
        if word.equals(qibal), let before, before.equals(min) { return .agent }
        if word.equals(min) {
            // Fire from someone is theirs: تعرضت الدورية لإطلاق نار من الجيش الإسرائيلي.
            if let before, before.isOne(of: fire) { return .agent }
            return before.map { b in b.isOne(of: counts) } == true ? .partitive : .origin
        }
        if word.equals(opposing) || word.equals(on) || word.isOne(of: denouncing) { return .against }
        if contains(word, carriedOut) || word.isOne(of: organised) || word.isOne(of: launchedIt) { return .agent }
        // Who launched it, past the war machine's noun: بغارة شنتها مسيرة إسرائيلية.
        if let before, before.isOne(of: launchedIt) { return .agent }
        if word.isOne(of: places) || word.isOne(of: callingOn) || (contains(word, demanding) && !contains(word, taliban)) { return .addressee }
        if word.equals(to), let before, before.isOne(of: petitions) { return .addressee }
        if contains(word, aimed) { return .aim }
        if contains(word, underwent) || word.isOne(of: survived) { return .undergoer }
        if word.isOne(of: counts) { return .counted }
        return nil
    }

    /// Whether token `k` carries the proclitic ب, also left on a word of `letters` letters or more that the segmenter
    /// left whole (بوقف), not on a shorter word that begins with the letter.
    static func startsWithBa(_ k: Int, _ forms: TokenForms, letters: Int = 4) -> Bool {
        let word = forms.norm(k)
        // Arabic letters are two bytes each in the norms.
        return ProcliticFlags.of(forms.tokens[k]).preposition || word.count >= 2 * letters && ProcliticLetters.ba.begins(word)
    }

    /// Whether token `j`, not before `start`, is an exact count: a number or a number word (ثلاثة، 12).
    private static func isExactCount(_ j: Int, after start: Int, _ forms: TokenForms) -> Bool {
        j >= start && (forms.tokens[j].kind == .number || forms.norm(j).isOne(of: numbers))
    }

    /// Whether `word` is a number word before a counted noun (ثلاثة، عشرات، عدد), in normal form.
    static func isCount(_ word: UnsafeBufferPointer<UInt8>) -> Bool { word.isOne(of: counts) }

    /// Whether `word` says where people stand or go to (أمام، خارج، نحو): before whom they protest.
    static func isPlaceOfAddress(_ word: UnsafeBufferPointer<UInt8>) -> Bool { word.isOne(of: places) }

    private static func contains(_ word: UnsafeBufferPointer<UInt8>, _ part: [UInt8]) -> Bool {
        word.containsBytes(part)
    }

    /// Whether `word` is `base` with the proclitic و or ل.
    private static func stripsTo(_ word: UnsafeBufferPointer<UInt8>, _ base: [UInt8]) -> Bool {
        word.count == base.count + 2 && ProcliticLetters([.waw, .lam]).begins(word)
            && UnsafeBufferPointer(rebasing: word[2...]).equals(base)
    }

    // The words in the tokens' normal form (alef and alef maksura folded).
    private static let on = Array("علي".utf8), opposing = Array("ضد".utf8), min = Array("من".utf8), qibal = Array("قبل".utf8)
    private static let hands = ["يد", "ايدي", "يدي"].map { Array($0.utf8) }
    private static let handsWithBa = ["بيد", "بايدي"].map { Array($0.utf8) }
    /// Whose fire struck: قتل برصاص قناص، أصيب بنيران مسلحين.
    /// Fire and shells, in normal form: من after them names who fired (نار من، قذائف من).
    private static let fire = ["نار", "النار", "نيران", "النيران", "قذائف", "القذائف", "صواريخ", "الصواريخ", "رصاص", "الرصاص"].map { Array($0.utf8) }
    private static let byFireOf = ["برصاص", "بنيران", "بقذائف", "بصواريخ"].map { Array($0.utf8) }
    /// Before the actor that carried out an attack: نفذه، نفذته، الذي نفذه.
    private static let carriedOut = Array("نفذ".utf8)
    /// Launched or carried it out, with the pronoun of the attack before it (الهجوم الذي شنه المسلحون، بغارة شنتها مسيرة،
    /// في غارة نفذتها مسيرة إسرائيلية), in normal form.
    private static let launchedIt = ["شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها"]
        .map { Array($0.utf8) }
    /// Concluded or signed it, with the pronoun of the agreement, in normal form (الاتفاقية التي وقعها البلدان، أبرمته).
    private static let concludedIt = ["ابرمه", "ابرمها", "ابرمته", "ابرمتها", "ابرماه", "ابرماها", "ابرموه", "ابرموها",
                                      "وقعه", "وقعها", "وقعته", "وقعتها", "وقعاه", "وقعاها", "وقعوه", "وقعوها"].map { Array($0.utf8) }
    /// Reached, before إليه (الاتفاق الذي توصلت إليه الحكومة), in normal form.
    private static let reached = ["توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "يتوصل", "تتوصل"].map { Array($0.utf8) }
    /// To it, in normal form: إليه، إليها.
    private static let toIt = ["اليه", "اليها"].map { Array($0.utf8) }
    /// Before who organised a protest: نظمها، نظمته، التي نظمتها (not منظمة or تنظيم, which name bodies).
    private static let organised = ["نظم", "نظمها", "نظمه", "نظمته", "نظمتها", "نظمتهما", "ينظمها", "تنظمها", "نظموا", "نظموها"].map { Array($0.utf8) }
    /// Words that denounce or oppose whom they name: تندد بـ، معادية لـ، شجبت، تستنكر.
    private static let denouncing = ["ندد", "تندد", "يندد", "منددة", "منددين", "منددا", "تدين", "يدين", "معادية", "معادي", "المعادية",
                                     "شجب", "شجبت", "تشجب", "يشجب", "شاجبين", "استنكر", "استنكرت", "تستنكر", "يستنكر", "مستنكرين", "مستنكرة"]
        .map { Array($0.utf8) }
    /// Forms of ندد, which take what they denounce with ب (تندد بالغارات), in normal form.
    private static let denouncingWithBa = ["ندد", "تندد", "يندد", "منددة", "منددين", "منددا"].map { Array($0.utf8) }
    /// Forms of دعا that call on whom follows them, not a subject after them: هتافات تدعو الحكومة، داعين الأمم المتحدة.
    private static let callingOn = ["تدعو", "يدعو", "داعين", "داعيا", "داعية", "لدعوة", "مناشدين", "تناشد", "يناشد"].map { Array($0.utf8) }
    /// Nouns of the acts of a state or body a protest denounces or asks to stop, in normal form without clitics.
    private static let acts = ["عمليات", "عملية", "سياسة", "سياسات", "قرار", "قرارات", "اجراءات", "ممارسات", "اعتداءات", "انتهاكات", "جرائم"]
        .map { Array($0.utf8) }
    /// Words of where or how far after على, in normal form without clitics: على الحدود، على طريق، على بعد، على متن.
    private static let whereabouts = ["حدود", "الحدود", "طريق", "الطريق", "بعد", "مقربة", "متن", "اطراف", "مشارف", "مسافة", "جانب", "الجانب",
                                      "طول", "امتداد", "ارض", "الارض", "خط", "ضفاف", "ساحل", "شاطئ"].map { Array($0.utf8) }
    /// Whether token `j`, without its clitics, is a word of where or how far (الحدود، طريق، بعد).
    private static func isWhereabouts(_ j: Int, _ forms: TokenForms) -> Bool {
        forms.tokens[j].kind == .word && EventDetector.stem(forms.tokens[j], forms.norm(j)).isOne(of: whereabouts)
    }

    /// ما in normal form (على ما وصفوه ب; the relative ما of `EventDetector.hasWhatAsSubject`).
    static let what = Array("ما".utf8)
    /// Verbs of describing or calling with their object pronoun, in normal form: ما وصفوه ب، ما يصفونه ب، ما اعتبروه.
    private static let describing = ["وصفوه", "وصفوها", "وصفه", "وصفها", "وصفته", "يصفونه", "يصفونها", "يصفه", "يصفها", "تصفه", "تصفها",
                                     "اعتبروه", "اعتبروها", "يعتبرونه", "يعتبرونها", "سموه", "يسمونه"].map { Array($0.utf8) }
    /// Petitions handed to whom they name after إلى or ل: مذكرة إلى المجلس، عريضة للبرلمان، رسالة إلى الرئيس.
    private static let petitions = ["مذكرة", "مذكرات", "عريضة", "رسالة"].map { Array($0.utf8) }
    /// إلى in normal form.
    static let to = Array("الي".utf8)
    /// Where a protest stands or marches to: أمام السفارة، ساروا نحو السفارة.
    private static let places = ["امام", "خارج", "قرب", "بالقرب", "عند", "وامام", "نحو", "باتجاه"].map { Array($0.utf8) }
    /// Near, before من: بالقرب من، على مقربة من، قريبا من.
    private static let near = ["بالقرب", "قرب", "مقربة", "قريبا"].map { Array($0.utf8) }
    /// مطالبين، يطالبون، تطالب، لمطالبة: whom a protest makes its demand of.
    private static let demanding = Array("طالب".utf8), taliban = Array("طالبان".utf8)
    /// استهدف، استهدفت، مستهدفا، تستهدف.
    private static let aimed = Array("ستهدف".utf8)
    /// تعرض، تعرضت، يتعرض: underwent.
    private static let underwent = Array("تعرض".utf8)
    /// How many words of a name may stand between نجا and the title after it.
    static let nameWords = 3
    /// نجا، نجت: survived (an attack).
    private static let survived = ["نجا", "ونجا", "نجت", "ونجت"].map { Array($0.utf8) }
    /// Number words of an exact count (alef folded).
    private static let numbers = ["احد", "اثنين", "اثنان", "ثلاثة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
                                  "عشرين", "ثلاثين", "اربعين", "خمسين", "مئة", "مائة"].map { Array($0.utf8) }
    /// Number words before a counted noun, exact or not (alef folded).
    private static let counts = numbers + ["عشرات", "مئات", "الاف", "عدد", "بعض"].map { Array($0.utf8) }
    /// Days that may stand between a marker and what it names (استهدفت أمس قافلة، تطالب السبت باستقالة الرئيس)
    /// or between a claimant and its claim, in normal form.
    static let days = ["امس", "اليوم", "الليلة", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"]
        .map { Array($0.utf8) }
    /// The passing of a convoy an attack struck: لدى مرور دورية للجيش.
    private static let passing = ["مرور"].map { Array($0.utf8) }
    static let openingQuotes = ["«", "\"", "“"].map { Array($0.utf8) }
    /// في: between a rank and the organisation it is held in, or between a claimant and the place it is in.
    static let inside = Array("في".utf8)
    /// Ranks and memberships held in an organisation, in normal form without clitics (القيادي، عضوا).
    private static let ranks = ["قيادي", "قياديا", "عضو", "عضوا", "مسؤول", "مسؤولا", "قائد", "قائدا", "كادر", "كادرا", "زعيم", "زعيما",
                                "قادة", "قياديين", "مسؤولين", "اعضاء"]
        .map { Array($0.utf8) }
    /// Nouns of the kinds of organisations that may stand between في or إلى and the name: حركة، حزب، تنظيم، لجان.
    private static let organisationKinds = ["حركة", "حزب", "تنظيم", "جماعة", "جبهة", "منظمة", "لجان"].map { Array($0.utf8) }
    /// Words of belonging to a body, in normal form: ينتمي، ينتمون، المنتمين.
    private static let belonging = ["ينتمي", "ينتمون", "تنتمي", "ينتميان", "تنتميان", "المنتمي", "المنتمين", "منتمين", "المنتمون", "منتمون"]
        .map { Array($0.utf8) }
    private static let members = ["انصار", "اعضاء", "مؤيدي", "مناصري", "عناصر", "كوادر", "قادة", "افراد"].map { Array($0.utf8) }
    /// Buildings, convoys, strongholds and meetings (اجتماعا لزعماء العشائر، معقل الحركة): their owner is whom an attack
    /// on them struck, and no one who acts where they stand (قتلوا في سوق بإقليم أوروزجان معقل حركة طالبان).
    /// Gathering words that are also verbs (تجمع، حشد) are left out: after them stand their subjects.
    private static let buildings = ["مبني", "مقر", "مكتب", "مقار", "منزل", "سفارة", "السفارة", "دورية", "قافلة", "موكب", "مركز", "مراكز", "ضريح",
                                    "حافلة", "سيارة", "سيارات", "آليات", "اليات", "نقطة", "حاجز", "قاعدة", "ثكنة", "معسكر", "موقع", "مواقع",
                                    "مخزن", "مخازن", "مستودع", "مستودعات", "معقل", "معاقل",
                                    "اجتماع"].map { Array($0.utf8) }
}
