import MarsadCore
import MarsadText

/// The rules that tell a protest's crowd from other gatherings: a verb or noun of gathering
/// with no crowd (تجمعت المعلومات), a crowd that gathers for something else (تجمع الزوار),
/// and sentences that only retell a protest already reported (وهتف المتظاهرون).
extension EventDetector {
    /// Whether a protest trigger that only says people gathered, marched or chanted (تجمع،
    /// حشد، مسيرة، هتافات، شعارات) stands in a sentence that names no crowd, no other
    /// protest word and no grievance (مطالبين، منددين، احتجاجا على): then it is something else
    /// gathering (تجمعت المعلومات), a career (مسيرته) or a company's logos (شعارات المصارف),
    /// not a protest. People the lexicon has no role noun for (تجمع نحو مئتي متقاعد … مطالبين)
    /// still protest when the sentence says what they protest.
    func gathersNoCrowd(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        let tokens = forms.tokens, norms = forms.norms
        guard lexicon.triggers[Int(hit.entry)].type == .protest, Self.isGathering(hit, tokens, norms) else { return false }
        let crowd = Self.namesCrowd(spans)
        let otherProtest = hits.contains {
            $0.tokens != hit.tokens && lexicon.triggers[Int($0.entry)].type == .protest && !Self.isGathering($0, tokens, norms)
        }
        guard !crowd && !otherProtest else { return false }
        return !namesGrievance(sentence, &forms)
    }

    /// Whether a protest trigger that only says people went out, came down or streamed (خرج،
    /// نزل، تدفق، زحف) reports no protest of its own: another protest word of the sentence, not
    /// one of gathering or chanting, reports it (خرج آلاف المحتجين), or the sentence names no crowd (a
    /// people's role noun or a word of multitude in the trigger's clause) or no grievance
    /// (منددين، مطالبين، احتجاجا على). Most such verbs tell of anything but a protest (خرج
    /// المنتخب من البطولة، نزلت الأسعار).
    func setsOutWithoutProtest(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        let first = forms.tokens[hit.tokens.lowerBound]
        guard lexicon.triggers[Int(hit.entry)].type == .protest,
              Self.stem(first, UnsafeBufferPointer(rebasing: forms.norms[first.normRange])).isOne(of: Self.settingOutVerbs) else { return false }
        if hits.contains(where: {
            $0.tokens != hit.tokens && lexicon.triggers[Int($0.entry)].type == .protest && !Self.isGathering($0, forms.tokens, forms.norms)
        }) { return true }
        let clause = Self.clause(around: hit.tokens, in: sentence, forms.tokens, forms.norms)
        let crowd = spans.contains { clause.contains($0.tokens.lowerBound) && $0.sector.map(Self.crowdSectors.contains) == true }
            || hasCue(.multitude, in: clause, limit: clause.upperBound, &forms)
        return !crowd || !namesGrievance(sentence, &forms)
    }

    /// The trigger table's verbs of going out or streaming, in normal form.
    private static let settingOutVerbs = ["نزل", "نزلت", "نزلوا", "خرج", "خرجت", "خرجوا", "تدفق", "تدفقت", "تدفقوا", "زحف", "زحفت", "زحفوا"]
        .map { Array($0.utf8) }

    /// Whether a grievance cue (احتجاجا على، مطالبين، منددين) stands in `sentence`.
    func namesGrievance(_ sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        hasCue(.grievance, in: sentence, limit: sentence.upperBound, &forms)
    }

    /// Whether a cue of kind `cue` begins at a word of `range`, its phrase ending by `limit`.
    func hasCue(_ cue: EventCue, in range: Range<Int>, limit: Int, _ forms: inout TokenForms) -> Bool {
        range.contains { j in
            forms.tokens[j].kind == .word && forms.match(lexicon.cueTable, at: j, limit: limit).map { EventLexicon.cue($0.value) == cue } == true
        }
    }

    /// Whether a protest noun names an occasion, a festival or a parade, not a protest: one
    /// followed by an adjective of an occasion (تظاهرة ثقافية، مسيرة احتفالية), or a تظاهرة
    /// told among words of a festival, a fair, films or the stage with no grievance in its
    /// clause (انطلقت التظاهرة التي تعرض على شاشاتها أفلام الخيال العلمي, but تظاهرة احتجاجا
    /// على فيلم مسيء is a protest). No sentence of arabic_event_gsr's yes or no holds either.
    func namesAnOccasion(_ hit: Hit, _ sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        guard lexicon.triggers[Int(hit.entry)].type == .protest else { return false }
        let k = hit.tokens.upperBound
        if k < sentence.upperBound, forms.tokens[k].kind == .word,
           forms.norm(k).isOne(of: Self.occasionAdjectives) { return true }
        let first = forms.tokens[hit.tokens.lowerBound]
        guard Self.stem(first, UnsafeBufferPointer(rebasing: forms.norms[first.normRange])).isOne(of: Self.showNouns) else { return false }
        var occasion = false
        for j in Self.clause(around: hit.tokens, in: sentence, forms.tokens, forms.norms) where forms.tokens[j].kind == .word {
            if let found = forms.match(lexicon.cueTable, at: j, limit: sentence.upperBound), EventLexicon.cue(found.value) == .grievance { return false }
            let norm = forms.norm(j)
            if norm.isOne(of: Self.showWords) || Self.stem(forms.tokens[j], norm).isOne(of: Self.showWords) { occasion = true }
        }
        return occasion
    }

    /// The protest nouns that also name a show or a festival (تظاهرة ثقافية), in normal form.
    private static let showNouns = withAndWithoutArticle(["تظاهرة", "تظاهرات"])

    /// Words of a festival, a fair, films or the stage, with and without the article, in normal form.
    private static let showWords = withAndWithoutArticle(["مهرجان", "مهرجانات", "معرض", "معارض", "فيلم", "افلام", "سينما", "مسرح",
                                                          "مسرحية", "عروض", "شاشات", "شاشاتها", "موسيقي", "كرنفال", "زوار"])

    /// Adjectives of an occasion (cultural, artistic, festive, sporting, social…), with and without the article, in normal form.
    private static let occasionAdjectives = withAndWithoutArticle(["ثقافية", "فنية", "احتفالية", "رياضية", "سينمائية", "تراثية", "سياحية",
                                                                   "اجتماعية", "ادبية", "شبابية", "فكرية", "علمية", "كرنفالية"])

    /// The UTF-8 of each of `words` and of it after the article ال.
    private static func withAndWithoutArticle(_ words: [String]) -> [[UInt8]] {
        words.flatMap { [Array($0.utf8), Array(("ال" + $0).utf8)] }
    }

    /// Whether a verb of crowding (تجمع، تجمهر، حشد، احتشد) gathers no crowd in protest. Who
    /// or what gathers or is gathered stands right after it, past words of time and a count
    /// (المئات من المقاتلين): an actor of another kind (حشد المقاتلين، حشدت إسرائيل) or a definite
    /// noun that names no people of a crowd, the object of a transitive use (ديوان الزكاة تجمع
    /// المال) or people come for something else (احتشد البائعون، تجمع الزوار، تجمع المصلون), is
    /// none. Else people gather in protest only with evidence of it in the sentence: another
    /// protest word, a grievance (احتجاجا، مطالبين، رافعين لافتات), whom they stand before or
    /// against (أمام السفارة، ضد الحكومة) or people of a sector that protests (العمال، الطلاب,
    /// not just citizens or thousands, who also gather for a feast), these near the verb
    /// (`crowdReach`), as are the place they stand before (تجمعوا أمام الكاتدرائية) and
    /// protesters named in the accusative (50 متظاهرا تجمعوا). A noun of gathering
    /// (التجمع، بحشد) is left to `gathersNoCrowd`.
    func gathersOtherThanACrowd(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ sentence: Range<Int>,
                                        _ document: AnnotatedDocument, _ forms: inout TokenForms) -> Bool {
        let tokens = document.text.tokens
        let first = tokens[hit.tokens.lowerBound]
        guard lexicon.triggers[Int(hit.entry)].type == .protest, !Self.isVerbalNoun(first, forms.norms) else { return false }
        let word = UnsafeBufferPointer(rebasing: forms.norms[first.normRange])
        guard Self.crowdingStems.contains(where: { word.containsBytes($0) }) else { return false }
        var k = hit.tokens.upperBound
        while k < sentence.upperBound, document.times.contains(where: { $0.range.contains(Int(tokens[k].start)) }) { k += 1 }
        if k < sentence.upperBound, tokens[k].kind == .word {
            if var gatherers = spans.first(where: { $0.actor != nil && $0.tokens.contains(k) }) {
                // A part of a group: المئات من المقاتلين، مئات من العمال.
                if let part = spans.first(where: { $0.actor != nil && $0.tokens.lowerBound == gatherers.tokens.upperBound + 1 }),
                   UnsafeBufferPointer(rebasing: forms.norms[tokens[gatherers.tokens.upperBound].normRange]).equals(Self.from) {
                    gatherers = part
                }
                if gatherers.isState { return true }
                switch gatherers.actor {
                case .state?: break  // People named by a demonym: ثلاثة عراقيين.
                default: if let sector = gatherers.sector, !Self.crowdSectors.contains(sector) { return true }
                }
            } else if ProcliticFlags.of(tokens[k]).article && !spans.contains(where: { $0.tokens.contains(k) }) {
                return true
            }
        }
        if hits.contains(where: { lexicon.triggers[Int($0.entry)].type == .protest && !Self.isGathering($0, tokens, forms.norms) }) { return false }
        let near = max(sentence.lowerBound, hit.tokens.lowerBound - Self.crowdReach)..<min(sentence.upperBound, hit.tokens.upperBound + Self.crowdReach)
        if spans.contains(where: { span in
            near.contains(span.tokens.lowerBound) && (span.actor != nil && (span.marker == .addressee || span.marker == .against)
                || span.sector.map { $0 != Self.peopleSector && Self.crowdSectors.contains($0) } == true)
        }) { return false }
        for j in near where tokens[j].kind == .word {
            if j >= hit.tokens.upperBound, ArgumentMarker.isPlaceOfAddress(UnsafeBufferPointer(rebasing: forms.norms[tokens[j].normRange])) { return false }
            // Protesters named in a form the trigger table reads as its singular: 50 متظاهرا تجمعوا.
            if let found = forms.match(lexicon.triggerTable, at: j, limit: sentence.upperBound) ?? forms.matchIndefinite(lexicon.triggerTable, at: j, limit: sentence.upperBound),
               lexicon.triggers[Int(found.value)].type == .protest, !Self.isGathering(Hit(tokens: j..<(j + found.words), entry: found.value, future: false), tokens, forms.norms) {
                return false
            }
        }
        return !namesGrievance(sentence, &forms)
    }

    /// How many words from a verb of crowding who gather, or what they stand before, may stand.
    static let crowdReach = 8

    /// The sector of people named only as people (المواطنون، الآلاف), who gather for a feast as for a protest.
    static let peopleSector = "CVL"

    /// من, after a count (المئات من المقاتلين) or a round (جولة من المحادثات), before a delegation's sender.
    static let from = Array("من".utf8)

    /// Stems of the verbs of crowding, which may also gather a thing (تجمع المال، حشد المقاتلين).
    private static let crowdingStems = ["تجمع", "تجمهر", "حشد", "حتشد"].map { Array($0.utf8) }

    /// Whether the sentence's spans name a crowd: people of a protester sector, or people named
    /// by a demonym (the only spans whose actor is a state).
    static func namesCrowd(_ spans: [ArgumentSpan]) -> Bool {
        spans.contains { span in
            if case .state = span.actor { return true }
            return span.sector.map(crowdSectors.contains) == true
        }
    }

    /// Whether the sentence's protest words only tell more of a protest already reported: each
    /// is a word of chanting or slogans (هتف، رددوا، شعارات) or protesters named as known
    /// (المتظاهرون، المحتجين with the article, not counted), as in وهتف المتظاهرون «…» or ورفع
    /// المحتجون لافتات. Such a sentence goes on with an earlier one's protest; it reports none
    /// of its own (the annotators of arabic_event_gsr accept 2 of 48 that open so). A protest
    /// verb or noun (تظاهر، اعتصام، مسيرة، تجمع) or a counted crowd (مئات المتظاهرين، 40
    /// متظاهرا، الآلاف من المحتجين) reports one.
    func retellsProtest(_ hits: [Hit], _ spans: [ArgumentSpan], _ forms: inout TokenForms) -> Bool {
        var any = false
        for hit in hits where lexicon.triggers[Int(hit.entry)].type == .protest {
            any = true
            let k = hit.tokens.lowerBound
            let word = forms.norm(k)
            if Self.isChant(word) { continue }
            guard ProcliticFlags.of(forms.tokens[k]).article,
                  let span = spans.first(where: { $0.actor != nil && $0.tokens.contains(k) }),
                  span.marker != .counted, span.marker != .partitive, !counted(before: k, &forms) else { return false }
        }
        return any
    }

    /// Whether a number or a word of multitude (آلاف، مئات) stands in the two words before token `k`.
    private func counted(before k: Int, _ forms: inout TokenForms) -> Bool {
        for j in max(0, k - 2)..<k {
            switch forms.tokens[j].kind {
            case .number: return true
            case .word:
                if let found = forms.match(lexicon.cueTable, at: j, limit: k), EventLexicon.cue(found.value) == .multitude { return true }
            default: break
            }
        }
        return false
    }

    /// Stems of the protest words that only tell of chanting or slogans: هتف، هتاف، ردد، شعار.
    private static let chantStems = ["هتف", "هتاف", "ردد", "شعار"].map { Array($0.utf8) }

    /// Whether `word` (a norm, or a stem) is one of chanting or slogans (`chantStems`).
    static func isChant(_ word: UnsafeBufferPointer<UInt8>) -> Bool { chantStems.contains { word.containsBytes($0) } }

    /// Whether the hit's first word is one of gathering, marching or chanting.
    static func isGathering(_ hit: Hit, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: norms[tokens[hit.tokens.lowerBound].normRange])
        return gatheringStems.contains { word.containsBytes($0) }
    }

    /// Sectors of people who gather as a crowd: the protesters' sectors without businesses
    /// and organisations (شعارات المصارف: the banks' logos).
    static let crowdSectors = protesterSectors.subtracting(["BUS", "NGO"])

    /// Stems of the protest words that only say people came together: تجمع، تجمهر، حشد، احتشد، مسيرة، هتف، شعار.
    private static let gatheringStems = ["تجمع", "تجمهر", "حشد", "حتشد", "مسير", "هتف", "هتاف", "شعار"].map { Array($0.utf8) }
}
