import MarsadCore
import MarsadText

extension EventDetector {
    /// The spans with و unjoined where it opens a clause of its own rather than a compound
    /// actor: the span stands right before a verb of the lexicon, and an act's word stands before
    /// the span it would join (الدعم السريع تقصف الفاشر بالمسيرات والجيش السوداني يتوعد بالرد: the
    /// army threatens, and is not bombed with El Fasher). A compound subject before its one verb
    /// keeps its joins (مصر والأردن وإسرائيل توافق على الاتفاق), and so does a compound before a verb
    /// of two or more (أوباما وإردوغان اتفقا) or a verb joined by و (قتل ثلاثة من الجيش والشرطة وجرح تسعة).
    func unjoiningClauses(_ spans: [ArgumentSpan], _ hits: [Hit], _ forms: TokenForms) -> [ArgumentSpan] {
        var spans = spans
        for i in spans.indices.dropFirst() where spans[i].joined && spans[i].actor != nil {
            let end = spans[i].tokens.upperBound, previous = spans[i - 1].tokens.lowerBound
            guard hits.contains(where: { $0.tokens.lowerBound == end && readsAsVerb($0, forms) && takesOneSubject($0, forms) }),
                  hits.contains(where: { $0.tokens.upperBound <= previous }) else { continue }
            spans[i].joined = false
        }
        return spans
    }

    /// Whether a verb hit opens no clause of its own with و or ف, and has no dual's or plural's
    /// ending: it takes the one actor before it as its subject.
    func takesOneSubject(_ hit: Hit, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[hit.tokens.lowerBound]
        guard !hit.conjunction, !ProcliticFlags.of(token).conjunction, !Self.hasPluralSubject(token, forms.norms) else { return false }
        let word = Self.stem(token, forms.norm(hit.tokens.lowerBound))
        return !(word.count >= 8 && (word.ends(with: TokenForms.accusative) || word.ends(with: Self.dualPresent)))
    }

    /// ان in UTF-8: the ending of a present verb's dual subject (its past's is `TokenForms.accusative`'s alef).
    static let dualPresent = Array("ان".utf8)

    /// Whether a hit is a verb of the lexicon in a verb's shape (`readsAsVerb`): a verb row's noun is not (اشتباكات).
    func readsAsVerb(_ hit: Hit, _ forms: TokenForms) -> Bool {
        lexicon.triggers[Int(hit.entry)].kind == .verb && Self.readsAsVerb(forms.tokens[hit.tokens.lowerBound], forms.norms)
    }
}
