import MarsadCore
import MarsadText

/// A visit and what is done during it: في زيارة يلتقي خلالها عراقجي, يلتقي غروسي خلال زيارته عراقجي.
extension EventDetector {
    /// Whether the verb `hit` is followed by a pronoun of the occasion it happens in (خلالها، أثناءها، فيها): it tells
    /// what is done during a visit named before it, an act of its own beside the visit, whose subject is the visitor.
    func isDoneDuringIt(_ hit: Hit, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let next = hit.tokens.upperBound
        return readsAsVerb(hit, forms) && next < sentence.upperBound && forms.tokens[next].kind == .word
            && forms.norm(next).isOne(of: Self.duringIt)
    }

    /// The visitor of the visit named just before a verb done during it (`isDoneDuringIt`): the source of the last
    /// candidate among `earlier`, the sentence's, when it is a visit with a source. Nil otherwise: the sentence's first
    /// actor is too often another (جمهورية مصر العربية، after a visitor the knowledge base does not know), and what is
    /// done during something else may name its subject after it (المحادثات التي توسط فيها الفاتيكان).
    static func visitor(before hit: Hit, among earlier: [EventCandidate]) -> [EventActor]? {
        guard let visit = candidate(before: hit, among: earlier), visit.trigger.mode == Self.visit, !visit.source.isEmpty
        else { return nil }
        return visit.source
    }

    /// Whether a visit stands just before the verb `hit` done during it: the last of the sentence's candidates before it
    /// (`earlier`) is a visit, or a word of a visit stands among the `visitReach` words before it.
    static func isDoneAfterVisit(_ hit: Hit, _ earlier: [EventCandidate], in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound
        return candidate(before: hit, among: earlier)?.trigger.mode == visit
            || (max(sentence.lowerBound, k - visitReach)..<k).contains { forms.tokens[$0].kind == .word && bareStem($0, forms).isOne(of: visitWords) }
    }

    /// The last of `earlier`, a sentence's candidates, that ends before `hit`.
    private static func candidate(before hit: Hit, among earlier: [EventCandidate]) -> EventCandidate? {
        earlier.last { $0.tokens.upperBound <= hit.tokens.lowerBound }
    }

    /// How many words before a verb done during a visit the visit's word may stand (في زيارة تستغرق يومين يلتقي خلالها).
    static let visitReach = 4

    /// Words of a visit in normal form without clitics or the article: زيارة، جولة.
    static let visitWords = ["زيارة", "جولة"].map { Array($0.utf8) }

    /// Who travels to a visit named after في, or to a meeting whose verb follows حيث, where the traveller arrived: the
    /// person right before or right after the last word of travelling before the trigger, its subject (وصل غروسي إلى
    /// طهران، اليوم الاثنين، في زيارة؛ وكان الوزير قد وصل إلى الدوحة في زيارة؛ وصل المبعوث الأممي هانس غروندبرغ إلى
    /// مسقط، حيث التقى وزير الخارجية العماني), or a delegation right after it (وصل وفد من حماس إلى القاهرة، حيث التقى).
    /// Without such a word في زيارة is often no one's journey (تشكل الصورة عنصرا أساسيا في زيارة ملفك), and a person
    /// farther off is someone else (لقاء نواز شريف بالرئيس التركي الذي وصل في زيارة).
    func traveller(before hit: Hit, in sentence: Range<Int>, _ spans: [ArgumentSpan], _ document: AnnotatedDocument,
                   _ forms: TokenForms) -> EventActor? {
        let k = hit.tokens.lowerBound
        guard k > sentence.lowerBound, forms.norm(k - 1).equals(readsAsVerb(hit, forms) ? Self.where : ArgumentMarker.inside),
              let travel = (sentence.lowerBound..<k).last(where: { forms.tokens[$0].kind == .word && Self.bareStem($0, forms).isOne(of: Self.travelling) })
        else { return nil }
        return spans.first { span in
            guard case let .entity(e)? = span.actor, !span.isOblique, !span.isSpeaker else { return false }
            let after = (travel + 1...travel + 2).contains(span.tokens.lowerBound)
            // A delegation of a group or a state travels too, as the subject right after the word (وصل وفد من حماس).
            return document.entities[e].entity.type == .person ? (travel - 1...travel).contains(span.tokens.upperBound) || after
                : after && Self.bareStem(span.tokens.lowerBound, forms).isOne(of: SentenceArguments.delegations)
        }?.actor
    }

    /// حيث in normal form: where, after a clause of arriving.
    static let `where` = Array("حيث".utf8)

    /// Words of arriving, visiting, going and leaving in normal form without clitics or the article (وصل، يصل، وصول، حل،
    /// زار، عاد، توجه، غادر).
    static let travelling = ["وصل", "وصلت", "يصل", "تصل", "وصول", "حل", "حلت", "يحل", "زار", "زارت", "يزور", "تزور", "عاد", "عادت",
                             "يعود", "توجه", "توجهت", "يتوجه", "تتوجه", "غادر", "غادرت", "يغادر", "تغادر", "مغادرة"].map { Array($0.utf8) }

    /// Whether `actor` is the state a visit takes place in, as its place or the country of its place: visited, not
    /// visiting (غادر الأمير مصر بعد زيارة عمل: Egypt is no visitor of Egypt). Not for hosting (`isHosting`), where the
    /// host is at home (واستضافت باكستان الجولة الافتتاحية من المحادثات).
    static func isVisitedState(_ actor: EventActor, place: Int, _ document: AnnotatedDocument) -> Bool {
        guard case let .entity(e) = actor, document.entities[e].entity.isCountry else { return false }
        return e == place || document.entities[place].entity.country == document.entities[e].entity.country
    }

    /// Whether a trigger of the visit mode receives or hosts rather than visits: its word holds the stem of استقبل or
    /// استضاف (واستقبلت، يستقبل، تستضيف).
    static func isHosting(_ hit: Hit, _ forms: TokenForms) -> Bool {
        let k = hit.tokens.lowerBound
        guard forms.tokens[k].kind == .word else { return false }
        let word = stem(forms.tokens[k], forms.norm(k))
        return hostingStems.contains { word.containsBytes($0) }
    }

    /// The stems of receiving and hosting in normal form: ستقبل، ستضاف، ستضيف.
    static let hostingStems = ["ستقبل", "ستضاف", "ستضيف"].map { Array($0.utf8) }

    /// Whether the trigger `other` names the occasion of an act, after a word of during (خلال زيارته، أثناء القمة),
    /// with its pronoun or the article, so that no genitive follows it (أثناء زيارة الوزير لافروف: the visit's), and
    /// with no complement of its own (لبولندا, after ل or another marker) as the next actor: the act's arguments go on
    /// past it (يلتقي غروسي خلال زيارته عراقجي).
    static func namesOccasion(_ other: Hit, _ spans: [ArgumentSpan], _ forms: TokenForms) -> Bool {
        let k = other.tokens.lowerBound - 1, noun = forms.tokens[other.tokens.lowerBound]
        guard k >= 0, forms.tokens[k].kind == .word, forms.norm(k).isOne(of: during),
              noun.segmentation.enclitic != 0 || ProcliticFlags.of(noun).article else { return false }
        return spans.first { $0.actor != nil && $0.tokens.lowerBound >= other.tokens.upperBound }.map { !$0.isOblique && $0.marker == nil } == true
    }

    /// خلالها، خلاله، أثناءها، أثناءه، فيها in normal form: the occasion an act is done in, as a pronoun.
    static let duringIt = ["خلالها", "خلاله", "اثناءها", "اثناءه", "فيها"].map { Array($0.utf8) }

    /// خلال and أثناء in normal form, also with و (during).
    static let during = ["خلال", "اثناء", "وخلال", "واثناء"].map { Array($0.utf8) }
}
