import MarsadCore
import MarsadText

/// People the tagger names and the knowledge base does not know (توم بيرييلو، حسن فضل الله): actors by their names,
/// coded by the titles named with them.
extension SentenceArguments {
    /// Whether `mention` links to an entity of the knowledge base, not one the document made for it (a quote's or a
    /// stance's speaker the knowledge base does not know).
    static func isKnown(_ mention: Mention, _ document: AnnotatedDocument) -> Bool {
        guard let e = mention.entity else { return false }
        return !document.entities[e].entity.id.hasPrefix(LocalEntities.prefix)
    }

    /// Whether mention `m`, over `tokens`, names a person the knowledge base does not know: unlinked, or linked only to
    /// an entity of the document a quote or a stance made for it, and no title (`Mention.isRolePhrase`). Not a place
    /// named after a person (ضريح أتاتورك، حديقة الصحافي سمير قصير, a place's word before the name or its title), nor a
    /// lone word unless it ends a longer name of the document before it (بيرييلو after توم بيرييلو): the tagger's single
    /// words are often a word's part (كرامي).
    static func namesUnknownPerson(_ m: Int, over tokens: Range<Int>, _ document: AnnotatedDocument, _ forms: TokenForms) -> Bool {
        let mention = document.mentions[m]
        guard mention.type == .person, !mention.isRolePhrase, !isKnown(mention, document) else { return false }
        var j = tokens.lowerBound - 1
        while j >= 0, forms.tokens[j].kind == .word ? EventDetector.bareStem(j, forms).isOne(of: personsTitles)
                : forms.norm(j).isOne(of: ArgumentMarker.openingQuotes) { j -= 1 }
        if j >= 0, forms.tokens[j].kind == .word, EventDetector.bareStem(j, forms).isOne(of: namedPlaces) { return false }
        guard tokens.count == 1 else { return true }
        return document.document.text.utf8.withContiguousStorageIfAvailable { bytes in
            let word = bytes[mention.range]
            return document.mentions[..<m].contains { earlier in
                earlier.type == .person && earlier.range.count > word.count
                    && bytes[(earlier.range.upperBound - word.count)..<earlier.range.upperBound].elementsEqual(word)
                    && bytes[earlier.range.upperBound - word.count - 1] == 0x20
            }
        } ?? false
    }

    /// Words of places and prizes named after people, in normal form without clitics or the article: a tomb, a memorial,
    /// a garden, a street, a square, a mosque, a school, a hall, an airport, a university, a prize.
    private static let namedPlaces = ["ضريح", "نصب", "حديقة", "شارع", "ميدان", "ساحة", "مسجد", "جامع", "مدرسة", "قاعة", "مطار",
                                      "جامعة", "جائزة", "مقبرة", "تمثال", "قبر", "مستشفي", "مدينة", "مرفا", "ملعب", "استاد", "محلة",
                                      "غاليري"].map { Array($0.utf8) }
    /// Words of honour or office a place's person may bear before the name (الشهيد، الراحل، الصحافي، الرئيس).
    private static let personsTitles = ["شهيد", "راحل", "صحافي", "صحفي", "رئيس", "ملك", "امير", "شيخ", "امام", "زعيم"].map { Array($0.utf8) }

    /// Adds the span of a person the knowledge base does not know, named at `name` (UTF-8) over `tokens` of `sentence`.
    /// A title's role noun before the name within `titleReach` words, with only words and the organisation or place
    /// the title holds between (المبعوث الأمريكي الخاص إلى السودان توم بيرييلو، النائب عن كتلة الوفاء للمقاومة حسن فضل
    /// الله), is the person's: its span and theirs become the person's, coded with the title's sector and country. Not
    /// a crowd's noun, nor past a conjunction or an event's word (`events`). Without a title the person has no code.
    func addUnknownPerson(named name: Range<Int>, at tokens: Range<Int>, in sentence: Range<Int>, events: [Range<Int>],
                          _ spans: inout [ArgumentSpan], _ document: AnnotatedDocument, _ forms: inout TokenForms) {
        let k = tokens.lowerBound
        // Right after a person the knowledge base knows, the name is theirs, in another spelling (الرئيس الألماني يواخيم
        // جاوك, whose title the linker read as Gauck's).
        if let last = spans.indices.last, spans[last].tokens.upperBound == k, case let .entity(e)? = spans[last].actor,
           document.entities[e].entity.type == .person {
            spans[last].tokens = spans[last].tokens.lowerBound..<tokens.upperBound
            return
        }
        // The title's role noun: the last span before the name but for the title's organisation and place after it,
        // or the first generic actor among those when the span before them is none (قال إليامي إنه التقى بوزير حقوق
        // الإنسان في اليمن عز الدين الأصبحي: بوزير, not إليامي).
        var t = spans.count - 1
        while t > 0, spans[t].actor == nil || isTitlesComplement(spans[t].tokens.lowerBound, forms),
              spans[t].tokens.lowerBound - spans[t - 1].tokens.upperBound <= Self.titleReach { t -= 1 }
        if t >= 0, !Self.isGeneric(spans[t]), let first = spans.indices.dropFirst(t + 1).first(where: { Self.isGeneric(spans[$0]) }) { t = first }
        if !ProcliticFlags.of(forms.tokens[k]).conjunction, t >= 0,
           case let .generic(sector, country, _)? = spans[t].actor,
           spans[t].tokens.upperBound <= k, k - spans[t].tokens.upperBound <= Self.titleReach,
           !Self.isSoundPlural(forms.norm(spans[t].tokens.lowerBound)),
           (spans[t].tokens.upperBound..<k).allSatisfy({ j in
               forms.tokens[j].kind == .word ? !forms.norm(j).isOne(of: Self.complementizers) : isAbbreviationsPoint(j, forms)
           }),
           !events.contains(where: { spans[t].tokens.upperBound <= $0.lowerBound && $0.lowerBound < k }) {
            var person = spans[t]
            person.tokens = spans[t].tokens.lowerBound..<tokens.upperBound
            person.actor = .person(name: name, sector: sector, country: country)
            spans.removeSubrange(t...)
            spans.append(person)
            return
        }
        // A title with no role noun stands where the person does, uncoded (أمين العاصمة المقدسة د. أسامة البار).
        let after = spans.last?.tokens.upperBound ?? sentence.lowerBound
        let title = (max(after, k - Self.titleReach)..<k).first { j in
            isTitle(j, in: sentence, &forms) && (j..<k).allSatisfy { forms.tokens[$0].kind == .word || isAbbreviationsPoint($0, forms) }
                && !events.contains { j <= $0.lowerBound && $0.lowerBound < k }
        } ?? k
        spans.append(ArgumentSpan(tokens: title..<tokens.upperBound, actor: .person(name: name, sector: nil, country: nil), place: nil,
                                  sector: nil, joined: startsWithAnd(title, document, forms),
                                  isSpeaker: followsReport(title, after: sentence.lowerBound, &forms)))
    }

    private static func isGeneric(_ span: ArgumentSpan) -> Bool {
        if case .generic? = span.actor { true } else { false }
    }

    /// Gives a person the knowledge base does not know, named without a title before, the title right after the name or
    /// one word on that is no particle (a part of the name the tagger left out), in the construct state without the
    /// article (محمد عمر ديري عمدة العاصمة الصومالية: SOM GOV). With the article or a conjunction the title is another's,
    /// the verb's object or the next subject (استقبل فلان الرئيس المصري).
    func joinTitlesAfterNames(_ spans: inout [ArgumentSpan], _ forms: TokenForms) {
        var i = 0
        while i + 1 < spans.count {
            let next = spans[i + 1], k = next.tokens.lowerBound, flags = ProcliticFlags.of(forms.tokens[k])
            if case let .person(name, nil, nil)? = spans[i].actor, case let .generic(sector, country, _)? = next.actor,
               k >= spans[i].tokens.upperBound, k - spans[i].tokens.upperBound <= 1,
               (spans[i].tokens.upperBound..<k).allSatisfy({
                   forms.tokens[$0].kind == .word && EventDetector.isSubjectWord($0, forms) && !forms.norm($0).isOne(of: Self.complementizers)
               }),
               !flags.article, !flags.conjunction, !flags.preposition, !flags.lam, !forms.norm(k).starts(with: TokenForms.article),
               !Self.isSoundPlural(forms.norm(k)) {
                spans[i].tokens = spans[i].tokens.lowerBound..<next.tokens.upperBound
                spans[i].actor = .person(name: name, sector: sector, country: country)
                spans[i].sector = sector
                spans.remove(at: i + 1)
            }
            i += 1
        }
    }

    /// Whether token `j` is the point after an abbreviated honorific (د. أسامة البار).
    private func isAbbreviationsPoint(_ j: Int, _ forms: TokenForms) -> Bool {
        j > 0 && forms.norm(j).elementsEqual(".".utf8) && forms.tokens[j - 1].kind == .word && forms.norm(j - 1).isOne(of: Self.abbreviations)
    }

    /// Honorifics abbreviated with a point, in normal form: د (doctor), م (engineer), أ (professor).
    private static let abbreviations = ["د", "م", "ا"].map { Array($0.utf8) }

    /// Whether the span at token `k` is a title's organisation or place: with ل or ب on it, or after a preposition
    /// (المبعوث إلى السودان، النائب عن كتلة الوفاء للمقاومة).
    private func isTitlesComplement(_ k: Int, _ forms: TokenForms) -> Bool {
        let flags = ProcliticFlags.of(forms.tokens[k])
        return flags.lam || flags.preposition || k > 0 && forms.tokens[k - 1].kind == .word && forms.norm(k - 1).isOne(of: Self.titlePrepositions)
    }

    /// Prepositions between a title and what it holds, in normal form: إلى، لدى، في، عن، من.
    private static let titlePrepositions = ["الي", "لدي", "في", "عن", "من"].map { Array($0.utf8) }
}
