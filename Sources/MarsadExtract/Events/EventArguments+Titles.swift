import MarsadCore
import MarsadText

extension SentenceArguments {
    /// The person a title at token `k` belongs to: a role noun or a title's head (وزير، المبعوث، المدير،
    /// مسؤولة) followed, within `titleReach` words, by the name of a person the knowledge base knows, the
    /// words between being the title's own (المبعوث الأممي إلى سوريا غير بيدرسن، المدير العام للوكالة الدولية
    /// للطاقة الذرية رافائيل غروسي، مسؤولة السياسة الخارجية في الاتحاد كايا كالاس), or a counterpart (نظيره الأمريكي
    /// جون كيري). Returns the index of the person's mention among the document's, from `mention` on, and the token
    /// where the name starts.
    ///
    /// No title reaches over punctuation, a trigger, a complementizer or a word joined by و (قال مسؤول إن
    /// الرئيس فلان); nor over a crowd (أنصار الحريري), nor over another title (طالبت الحكومة الرئيس فلان، التقى
    /// الرئيس الأمريكي نظيره الروسي فلاديمير بوتين: two actors) but the genitive right after a head in the
    /// construct state (نائب رئيس الوزراء فلان), nor to a title the linker read as its holder's. Plurals head
    /// no one's title, nor do institutions with the article: a name after them is of a title within (دعا
    /// الصحافيين للاتصال بمكتب الرئيس هادي، النظام الوحشي للرئيس السوري بشار الأسد، الحكومة التونسية بزعامة
    /// الحبيب الصيد); in the construct state they are the person's (حكومة رئيس الوزراء أليكسيس تسيبراس، حكومة هادي).
    func titledPerson(at k: Int, mention: Int, in sentence: Range<Int>, _ document: AnnotatedDocument, _ forms: inout TokenForms,
                      skipping triggers: [Range<Int>]) -> (mention: Int, name: Int)? {
        let tokens = document.text.tokens
        // Most words have no known person named within a title's reach: look no further.
        let horizon = Int(tokens[min(k + Self.titleReach + Self.longestHead, sentence.upperBound) - 1].end)
        guard document.mentions[min(mention, document.mentions.count)...].prefix(while: { $0.range.lowerBound < horizon })
            .contains(where: { $0.type == .person && Self.isKnown($0, document) }) else { return nil }
        let head: Int
        let bare = EventDetector.bareStem(k, forms)
        guard !(bare.isOne(of: Self.bodies) && ProcliticFlags.of(tokens[k]).article), !Self.isSoundPlural(forms.norm(k)) else { return nil }
        if let role = forms.match(lexicon.sectorTable, at: k, limit: sentence.upperBound) {
            guard lexicon.sectors[Int(role.value)] != "CVL" else { return nil }
            head = role.words
        } else if bare.isOne(of: Self.titleHeads) || bare.starts(with: Self.counterpart) {
            head = 1
        } else {
            return nil
        }
        let limit = min(k + head + Self.titleReach, sentence.upperBound)
        var m = mention
        var j = k + head
        while j < limit {
            let token = tokens[j]
            guard token.kind == .word, !triggers.contains(where: { $0.contains(j) }), !forms.norm(j).isOne(of: Self.complementizers),
                  !ProcliticFlags.of(token).conjunction else { return nil }
            while m < document.mentions.count, document.mentions[m].range.upperBound <= Int(token.start) { m += 1 }
            if m < document.mentions.count, document.mentions[m].range.lowerBound < Int(token.end) {
                let found = document.mentions[m]
                // A deputy's word before another title is not that title holder's (نائب خادم الحرمين الشريفين).
                if found.type == .person {
                    return !Self.isKnown(found, document) || isRolePhrase(found, from: j, in: sentence, &forms)
                        || found.isRolePhrase && j == k + head && forms.norm(k).isOne(of: Self.deputies) ? nil : (m, j)
                }
                // The organisation or place of the title (للوكالة الدولية للطاقة الذرية، إلى سوريا) is the title's.
                while j < limit, Int(tokens[j].start) < found.range.upperBound { j += 1 }
                m += 1
                continue
            }
            // Another title within is another person's, but for the genitive of a head in the construct state
            // (نائب رئيس الوزراء، إدارة الرئيس), all its words (رئيس مجلس النواب عقيلة صالح).
            if isTitle(j, in: sentence, &forms) {
                guard j == k + head, !ProcliticFlags.of(tokens[k]).article else { return nil }
                j += forms.match(lexicon.sectorTable, at: j, limit: sentence.upperBound)?.words ?? 1
                continue
            }
            j += 1
        }
        return nil
    }

    /// Where the delegation of the organisation or state named at token `k` starts: a delegation's or representatives'
    /// word right before it, or before من or عن there (وفد الاتحاد الأفريقي، وفدا من الاتحاد الأفريقي، ممثلين عن
    /// الحوثيين). The delegation acts for it, where its word stands (وصل وفد من الاتحاد الأفريقي: the union came).
    func delegation(before k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Int? {
        func isDelegation(_ j: Int) -> Bool {
            guard j >= sentence.lowerBound, forms.tokens[j].kind == .word else { return false }
            let word = EventDetector.bareStem(j, forms)
            return word.isOne(of: Self.delegations) || word.isOne(of: Self.representatives)
        }
        if isDelegation(k - 1) { return k - 1 }
        return k - 2 >= sentence.lowerBound && (forms.norm(k - 1).equals(EventDetector.from) || forms.norm(k - 1).equals(EventDetector.about))
            && isDelegation(k - 2) ? k - 2 : nil
    }

    /// Representatives, in normal form without clitics or the article (ممثلين عن الحوثيين، ممثلو الحكومة).
    static let representatives = ["ممثل", "ممثلا", "ممثلو", "ممثلي", "ممثلين", "ممثلون"].map { Array($0.utf8) }

    /// The most words a title's head holds (رئيس هيئة الأركان العامة), as far as `titledPerson` looks for a name.
    static let longestHead = 4

    /// Delegations and missions, in normal form without clitics or the article.
    static let delegations = maleDelegations + [Array("بعثة".utf8)]

    /// Whether a person's mention starting at token `j` is a title the linker read as its holder's (نظيره الروسي،
    /// رئيس الحكومة اللبنانية), not a name with its honorific (الأمير محمد بن سلمان): it starts with a title and
    /// ends in one or in a nisba.
    private func isRolePhrase(_ mention: Mention, from j: Int, in sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        guard isTitle(j, in: sentence, &forms) else { return false }
        var last = j
        while last + 1 < sentence.upperBound, Int(forms.tokens[last + 1].start) < mention.range.upperBound { last += 1 }
        return last == j || isTitle(last, in: sentence, &forms) || Self.isSingularNisba(forms.norm(last))
    }

    /// Whether token `j` starts a title, not a name: a role noun, a title's head or a counterpart (نظيره الروسي).
    func isTitle(_ j: Int, in sentence: Range<Int>, _ forms: inout TokenForms) -> Bool {
        let bare = EventDetector.bareStem(j, forms)
        return forms.match(lexicon.sectorTable, at: j, limit: sentence.upperBound) != nil || bare.isOne(of: Self.titleHeads)
            || bare.starts(with: Self.counterpart)
    }

    /// Whether a spokesperson's title ending before token `end` (المتحدث باسم، الناطق الرسمي باسم) is followed by the body
    /// it speaks for: a named body, state or group (`mention`, the next unread mention) or a role noun (الجيش، الشرطة).
    func speaksFor(at end: Int, in sentence: Range<Int>, _ document: AnnotatedDocument, _ mention: Int, _ forms: inout TokenForms) -> Bool {
        guard end < sentence.upperBound, end > sentence.lowerBound, forms.norm(end - 1).equals(Self.inNameOf) else { return false }
        let next = document.text.tokens[end]
        if mention < document.mentions.count, document.mentions[mention].range.lowerBound >= Int(next.start),
           document.mentions[mention].range.lowerBound < Int(next.end) {
            return document.mentions[mention].entity != nil && document.mentions[mention].type != .person
        }
        return forms.match(lexicon.sectorTable, at: end, limit: sentence.upperBound) != nil
    }

    /// باسم (in the name of), in normal form: the last word of a spokesperson's title.
    static let inNameOf = Array("باسم".utf8)

    /// نظير (a counterpart) in normal form, before its pronoun.
    static let counterpart = Array("نظير".utf8)

    /// Institutions and forces, in normal form without clitics or the article: a person's only in the construct state.
    static let bodies = ["ادارة", "نظام", "حكومة", "سلطات", "سلطة", "وزارة", "مجلس", "جيش", "قوات", "شرطة", "حزب", "حركة"].map { Array($0.utf8) }

    /// The heads of titles that are no role noun of their own, in normal form without clitics or the
    /// article: directors, representatives, secretaries, officials, spokespeople, advisers, deputies,
    /// commissioners, commanders, leaders (زعيم الجماعة عبد الملك الحوثي), and the administration a leader heads
    /// (إدارة الرئيس الأمريكي دونالد ترامب).
    static let titleHeads = [
        "ادارة", "مدير", "ممثل", "ممثلة", "مديرة", "امين", "امينة", "مسؤولة", "متحدث", "متحدثة", "ناطق", "ناطقة", "مستشار", "مستشارة",
        "نائب", "نائبة", "مفوض", "مفوضة", "منسق", "منسقة", "مقرر", "مقررة", "رئيسة", "قائد", "قائدة", "زعيم", "زعيمة",
    ].map { Array($0.utf8) }
}
