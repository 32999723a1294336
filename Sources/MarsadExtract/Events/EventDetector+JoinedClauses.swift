import MarsadCore
import MarsadText

extension EventDetector {
    /// The spans with و unjoined where it opens a clause of its own rather than a compound
    /// actor: the span stands right before a verb of the lexicon, and an act's word stands before
    /// the span it would join (الدعم السريع تقصف الفاشر بالمسيرات والجيش السوداني يتوعد بالرد: the
    /// army threatens, and is not bombed with El Fasher), or between them (غروسي في طهران لبحث التفتيش وإسرائيل
    /// تهدد: Israel is not in Tehran with him). A compound subject before its one verb
    /// keeps its joins (مصر والأردن وإسرائيل توافق على الاتفاق), and so does a compound before a verb
    /// of two or more (أوباما وإردوغان اتفقا), unless a sound plural stands for them alone (`isOwnPluralSubject`),
    /// or a verb joined by و (قتل ثلاثة من الجيش والشرطة وجرح تسعة).
    func unjoiningClauses(_ spans: [ArgumentSpan], _ hits: [Hit], in sentence: Range<Int>, _ document: AnnotatedDocument,
                          _ forms: TokenForms) -> [ArgumentSpan] {
        var spans = spans
        let headline = Self.isHeadline(sentence, forms.tokens)
        for i in spans.indices.dropFirst() where spans[i].joined && spans[i].actor != nil {
            let end = spans[i].tokens.upperBound
            guard hits.contains(where: { hit in
                hit.tokens.lowerBound == end && readsAsVerb(hit, forms) && (takesOneSubject(hit, forms) || isOwnPluralSubject(spans[i], of: hit, forms))
            }) || headline && isUnlistedPresentVerb(end, in: sentence, document, forms),
                  hits.contains(where: { $0.tokens.upperBound <= spans[i].tokens.lowerBound }) else { continue }
            spans[i].joined = false
        }
        return spans
    }

    /// Whether token `k`, inside `sentence`, has the shape of a present verb of one subject that the lexicon does not list (ترد in
    /// الحوثيون يستهدفون سفينة وواشنطن ترد بغارات): a word of three letters or more, with no clitic, that opens with ي، ت
    /// or ن and has no noun's ending or pattern, and no time's word (يوم، تموز). A headline joins its clauses by و
    /// with no pause, each with its own subject before such a verb.
    func isUnlistedPresentVerb(_ k: Int, in sentence: Range<Int>, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        guard k < sentence.upperBound else { return false }
        let token = forms.tokens[k]
        guard token.kind == .word, !token.segmentation.isSplit else { return false }
        let word = forms.norm(k)
        // Arabic letters take two bytes each.
        return word.count >= 6 && Self.opensAsPresent(word) && Self.readsAsVerb(token, forms.norms)
            && !Self.hasPluralSubject(token, forms.norms) && !(word.count >= 8 && word.ends(with: Self.dualPresent))
            && !document.times.contains { $0.range.contains(Int(token.start)) }
    }

    /// The first tokens of the subjects that open clauses joined by و, right before their verb
    /// (`opensJoinedClause`), in text order: in a headline (اشتباكات في السويداء وإسرائيل تقصف محيط القصر), where the
    /// verb may be one the lexicon does not list (`isUnlistedPresentVerb`: وواشنطن ترد بغارات), or after a pause.
    /// Elsewhere such a verb as often describes what comes before it (زيارة إلى كينيا وإثيوبيا يبحث خلالها).
    /// A headline's clause may open with an act's noun too, maybe with its genitive, before such a verb (الدعم السريع
    /// تقصف الفاشر ومحادثات جدة تستأنف): the talks are none of the bombing's, nor is El Fasher theirs. Not the noun of a
    /// type the classifier scores, whose features read its roles as they stand, unless it bombs and its side's nisba
    /// follows it, which needs no verb (وغارات أمريكية على الحديدة).
    func joinedClauseSubjects(_ spans: [ArgumentSpan], _ hits: [Hit], _ sentence: Range<Int>, _ document: AnnotatedDocument,
                              _ forms: TokenForms) -> [Int] {
        let headline = Self.isHeadline(sentence, forms.tokens)
        let opensVerb = { (k: Int) in
            hits.contains { $0.tokens.lowerBound == k && self.readsAsVerb($0, forms) }
                || headline && self.isUnlistedPresentVerb(k, in: sentence, document, forms)
        }
        let actors = spans.filter { span in
            let start = span.tokens.lowerBound
            return span.actor != nil && Self.opensJoinedClause(span, forms)
                && (headline || start > sentence.lowerBound && forms.tokens[start - 1].kind == .punctuation)
                && opensVerb(span.tokens.upperBound)
        }.map(\.tokens.lowerBound)
        guard headline else { return actors }
        let acts = hits.filter { hit in
            let noun = forms.tokens[hit.tokens.lowerBound]
            let trigger = lexicon.triggers[Int(hit.entry)]
            guard hit.tokens.lowerBound > sentence.lowerBound, hit.conjunction || ProcliticFlags.of(noun).conjunction else { return false }
            let genitive = spans.first { $0.tokens.lowerBound == hit.tokens.upperBound }
            // Bombing with its side's nisba reports an act of its own (الحوثيون يستهدفون سفينة وغارات أمريكية على الحديدة).
            if scored.contains(trigger.type) { return trigger.mode == Self.aerial && !readsAsVerb(hit, forms) && genitive?.isNisba == true }
            return trigger.kind == .noun && opensVerb(genitive?.tokens.upperBound ?? hit.tokens.upperBound)
        }.map(\.tokens.lowerBound)
        return (actors + acts).sorted()
    }

    /// Whether a verb hit opens no clause of its own with و or ف, and has no dual's or plural's
    /// ending: it takes the one actor before it as its subject.
    func takesOneSubject(_ hit: Hit, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[hit.tokens.lowerBound]
        guard !hit.conjunction, !ProcliticFlags.of(token).conjunction, !Self.hasPluralSubject(token, forms.norms) else { return false }
        let word = Self.stem(token, forms.norm(hit.tokens.lowerBound))
        return !(word.count >= 8 && (word.ends(with: TokenForms.accusative) || word.ends(with: Self.dualPresent)))
    }

    /// Whether a span is on its own the subject a plural verb agrees with: a sound plural in the nominative
    /// (والحوثيون يطلقون صاروخا), which no compound after a preposition's object would be.
    func isOwnPluralSubject(_ span: ArgumentSpan, of hit: Hit, _ forms: TokenForms) -> Bool {
        let verb = forms.tokens[hit.tokens.lowerBound]
        guard !hit.conjunction, !ProcliticFlags.of(verb).conjunction, Self.hasPluralSubject(verb, forms.norms) else { return false }
        let head = Self.stem(forms.tokens[span.tokens.lowerBound], forms.norm(span.tokens.lowerBound))
        return head.count >= 8 && head.ends(with: Self.soundPluralNominative)
    }

    /// ون in UTF-8: the ending of a sound masculine plural in the nominative (الحوثيون، المتظاهرون).
    static let soundPluralNominative = Array("ون".utf8)

    /// ان in UTF-8: the ending of a present verb's dual subject (its past's is `TokenForms.accusative`'s alef).
    static let dualPresent = Array("ان".utf8)

    /// Whether a hit is a verb of the lexicon in a verb's shape (`readsAsVerb`): a verb row's noun is not (اشتباكات).
    func readsAsVerb(_ hit: Hit, _ forms: TokenForms) -> Bool {
        lexicon.triggers[Int(hit.entry)].kind == .verb && Self.readsAsVerb(forms.tokens[hit.tokens.lowerBound], forms.norms)
    }
}
