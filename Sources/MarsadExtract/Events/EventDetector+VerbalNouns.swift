import MarsadCore
import MarsadText

/// Nouns of acts and what they name: a verb row's form read as its verbal noun where only a noun can stand, the
/// state that aid's noun says it comes from, and the state a nisba after an act's noun says does it.
extension EventDetector {
    /// The state that aid comes from: named after من within `senderReach` tokens of the aid's noun in its clause (مساعدات
    /// طبية من الإمارات), as an actor or as a place.
    func aidSender(_ tokens: Range<Int>, _ spans: [ArgumentSpan], _ clause: Range<Int>, _ document: AnnotatedDocument) -> EventActor? {
        guard let span = spans.first(where: {
            $0.tokens.lowerBound >= tokens.upperBound && $0.tokens.lowerBound - tokens.upperBound <= Self.senderReach
                && clause.contains($0.tokens.lowerBound) && $0.marker == .origin
        }) else { return nil }
        if let actor = span.actor { return span.isState ? actor : nil }
        guard let place = span.place, document.entities[place].entity.isCountry else { return nil }
        return .entity(place)
    }

    /// The span of the state whose nisba stands right after the noun of an act at `tokens` as its adjective, in the
    /// feminine and as definite as the noun (اعتقالات إسرائيلية، العقوبات الأمريكية): the act's agent, as a war machine's
    /// nisba names its forces. A masculine one after a noun of an act on people names whom it befell (اعتقال فلسطيني).
    func nisbaAgent(_ tokens: Range<Int>, _ spans: [ArgumentSpan], _ document: AnnotatedDocument, _ forms: TokenForms) -> ArgumentSpan? {
        guard let span = spans.first(where: { $0.tokens.lowerBound == tokens.upperBound }), span.tokens.count == 1,
              case let .entity(e)? = span.actor, document.entities[e].entity.type == .geopolitical else { return nil }
        let k = span.tokens.lowerBound, noun = tokens.upperBound - 1
        let word = forms.norm(k)
        guard SentenceArguments.isSingularNisba(word), word.ends(with: Self.feminineNisba),
              Self.bearsArticle(k, forms) == Self.bearsArticle(noun, forms) else { return nil }
        return span
    }

    /// The span of the actor right after the noun of a statement (`statements`) that makes it, the noun's genitive as
    /// its subject, and the actor it is made against if one follows with ل or ب: so when the statement goes on past the
    /// genitive, with its complement (استنكار المملكة لهذا العمل، تنديد السعودية بالأعمال الإرهابية), its degree (استنكار
    /// المملكة الشديد) or another of its nouns with the genitive's pronoun (إدانة المملكة واستنكارها). A genitive that
    /// ends the clause is what is condemned (دعا إلى إدانة إسرائيل).
    func speakingGenitive(_ hit: Hit, _ spans: [ArgumentSpan], _ hits: [Hit], _ clause: Range<Int>,
                          _ forms: TokenForms) -> (speaker: ArgumentSpan, object: ArgumentSpan?)? {
        guard let speaker = spans.first(where: { $0.actor != nil && $0.tokens.lowerBound == hit.tokens.upperBound }),
              !speaker.isOblique, speaker.marker == nil else { return nil }
        var j = speaker.tokens.upperBound
        // The nisba of the genitive's own (المملكة العربية السعودية، الحكومة الأردنية).
        while let nisba = spans.first(where: { $0.isNisba && $0.tokens.lowerBound == j }) { j = nisba.tokens.upperBound }
        guard j < clause.upperBound, forms.tokens[j].kind == .word else { return nil }
        let flags = ProcliticFlags.of(forms.tokens[j])
        if flags.lam || ArgumentMarker.startsWithBa(j, forms) && !flags.conjunction {
            return (speaker, spans.first { $0.actor != nil && $0.tokens.lowerBound == j })
        }
        let another = (1...5).contains(forms.tokens[j].segmentation.enclitic) && hits.contains {
            $0.tokens.lowerBound == j && ($0.conjunction || flags.conjunction) && lexicon.triggers[Int($0.entry)].kind == .noun
        }
        return another || Self.bareStem(j, forms).isOne(of: Self.degrees) ? (speaker, nil) : nil
    }

    /// Adjectives of a statement's degree, in normal form without the article: strong, firm, utter, full.
    private static let degrees = ["شديد", "شديدة", "قاطع", "قاطعة", "بالغ", "بالغة", "كامل", "كاملة", "تام", "تامة", "صريح", "صريحة"]
        .map { Array($0.utf8) }

    /// ية, the feminine nisba's ending, in normal form.
    private static let feminineNisba = Array("ية".utf8)

    /// How many tokens after aid's noun the state it comes from may stand (مساعدات طبية عاجلة من).
    static let senderReach = 4

    /// Whether a verb row's form of three letters, spelt as its verbal noun, stands where only a noun can: right after a
    /// preposition written apart (في دعم الجيش، على دعم أوكرانيا), or after another trigger whose object it is, its
    /// subject between them (لبحث دعم، بحث الوزيران دعم الجيش اللبناني). Its genitive is then whom it concerns, not a
    /// subject after a verb: read so for the types whose noun's genitive undergoes the act (`undergoneGenitive`). Not a word in
    /// أ, a verb of a derived form whose verbal noun is spelt otherwise (أيد: supported; تأييد), and after a preposition
    /// another word (على أيد المهاجرين: at the hands of).
    func isGovernedNoun(_ hit: Hit, _ hits: [Hit], _ spans: [ArgumentSpan], _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound
        let word = Self.stem(forms.tokens[k], forms.norm(k))
        guard k > sentence.lowerBound, !hit.conjunction, !ProcliticFlags.of(forms.tokens[k]).conjunction,
              word.count == 6, !word.starts(with: Self.alef) else { return false }
        if forms.norm(k - 1).isOne(of: Self.separatePrepositions) { return true }
        var j = k
        while let span = spans.last(where: { $0.actor != nil && $0.tokens.upperBound == j }) { j = span.tokens.lowerBound }
        return hits.contains { $0.tokens.upperBound == j }
    }

    /// The types the classifier does not score whose noun's genitive undergoes the act (دعم الحكومة، طرد المسلحين، مساعدة
    /// اللاجئين، عقوبات روسيا). Not statements, whose genitive speaks (بناء على طلب الوزير، رفض جنوب أفريقيا تنفيذ المذكرة),
    /// nor talks, whose بحث after a preposition is most often research (ظهرت من بحث أجراه مختص).
    static let undergoneGenitive: Set<PloverType> = [.support, .aid, .coerce, .sanction]

    /// Prepositions written as words of their own, in normal form: في، على، إلى، من، عن، مع، حول.
    static let separatePrepositions = ["في", "علي", "الي", "من", "عن", "مع", "حول"].map { Array($0.utf8) }

    /// ا in UTF-8, as the normal form writes أ.
    static let alef = Array("ا".utf8)
}
