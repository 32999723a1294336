import MarsadCore
import MarsadText

/// Turns alias matches into linked mentions: titles and role phrases resolved by date,
/// counterparts (نظيره الروسي), ambiguous names settled by the document, capitals acting as
/// their governments, partial names of people named in full earlier.
struct Linker {
    let kb: KnowledgeBase
    let analysis: TextAnalysis
    /// The tokens' norms in the matching form (see `AliasMatcher.foldTehMarbuta`).
    let folded: UnsafeBufferPointer<UInt8>
    /// The publication day; without it, roles are those the knowledge base holds open.
    let day: DayStamp?
    /// Entities named unambiguously in the document, and how often each country is named.
    private var named: Set<Int32> = []
    private var countryCounts: [String: Int] = [:]

    /// Roles whose holder belongs to an organisation that can follow the title (الأمين العام للأمم المتحدة).
    static let organisationRoles: Set<String> = [
        "secretary_general", "spokesperson", "special_envoy", "igo_head", "igo_official", "commission_president",
        "council_president", "high_representative", "group_leader", "party_leader",
    ]
    /// Words before a place that make it a place, not an actor (matching forms).
    static let locativeWords: Set<String> = [
        "في", "وفي", "الي", "والي", "من", "ومن", "داخل", "خارج", "عبر", "نحو", "قرب", "حول", "بالقرب", "قاعده",
        "in", "at", "to", "from", "near", "inside", "outside", "into", "across",
    ]
    /// Verbs and nouns of going somewhere whose object is a place, not an actor (زار
    /// موسكو، غادر الوفد بكين), and the word "capital" before its name; matching forms.
    static let placeWords: Set<String> = [
        "زار", "زارت", "يزور", "تزور", "زياره", "زيارته", "زيارتها", "زيارتهم", "وصل", "وصلت", "يصل", "تصل",
        "غادر", "غادرت", "يغادر", "تغادر", "مغادره", "دخل", "دخلت", "يدخل", "تدخل", "قصد", "العاصمه", "عاصمه",
        "visit", "visited", "visits", "visiting", "left", "leave", "leaves", "leaving", "reached", "capital",
    ]
    /// How many tokens back a verb of going may stand before the place (زار الرئيس الفرنسي موسكو).
    static let placeWordReach = 3
    /// "Former" after a title (matching forms).
    static let formerWords: Set<String> = ["السابق", "السابقه"]
    /// Words after a title that put its holder in the past without telling which one: the
    /// late (الراحل), the one before the former (الأسبق), "then" (آنذاك، حينها); matching forms.
    static let pastWords: Set<String> = [
        "الراحل", "الراحله", "الاسبق", "الاسبقه", "انذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "حينها", "وقتها", "يومها",
    ]
    /// Words between a title and the year that dates it (في عام 1931، خلال سنة 1990); matching forms.
    static let yearWords: Set<String> = ["في", "عام", "العام", "سنه", "خلال", "منذ"]
    /// How many such words may stand before the year.
    static let yearWordReach = 2
    /// "At" before where an ambassador serves (matching forms).
    static let hostWords: Set<String> = ["لدي", "في", "الي", "to", "at", "in"]
    /// "New" after an indefinite title and demonym (رئيس أمريكي جديد), matching forms.
    static let newWords: Set<String> = ["جديد", "جديده"]
    /// "Cup" before a title, which then names a trophy (كأس ملك إسبانيا), matching forms.
    static let trophyWords: Set<String> = ["كاس", "وكاس", "بكاس", "لكاس"]

    init(kb: KnowledgeBase, analysis: TextAnalysis, folded: UnsafeBufferPointer<UInt8>, day: DayStamp?) {
        self.kb = kb
        self.analysis = analysis
        self.folded = folded
        self.day = day
    }

    /// The mentions of `matches`, found in the text `bytes`, in text order.
    mutating func resolve(_ matches: [AliasMatch], _ bytes: UnsafeBufferPointer<UInt8>) -> [ResolvedMention] {
        for match in matches where match.entry.titleRole == nil && !match.entry.isCommonWord {
            let candidates = match.entry.names.isEmpty ? match.entry.demonymOf : match.entry.names
            guard candidates.count == 1 else { continue }
            named.insert(candidates[0])
            if let country = kb.entities[Int(candidates[0])].country { countryCounts[country, default: 0] += 1 }
        }
        var out: [ResolvedMention] = []
        var k = 0
        while k < matches.count {
            if let role = matches[k].entry.titleRole {
                k = title(at: k, role: role, matches, &out)
            } else {
                if !matches[k].entry.isCommonWord || bearsOut(matches[k], bytes) {
                    var mention = name(matches[k], role: nil)
                    if mention.isMetonym, opensDateline(matches[k]) { mention = name(matches[k], role: nil, asPlace: true) }
                    out.append(mention)
                }
                k += 1
            }
        }
        partialNames(&out, bytes)
        theKingdom(&out, bytes)
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Names

    /// A name or demonym match as a mention; a capital acts as its state unless `asPlace`
    /// or it stands as a place (`isLocative`).
    private func name(_ match: AliasMatch, role: String?, asPlace: Bool = false) -> ResolvedMention {
        let isName = !match.entry.names.isEmpty
        let candidates = isName ? match.entry.names : match.entry.demonymOf
        let entity = choose(candidates)
        var mention = ResolvedMention(range: match.range, tokens: match.tokens,
                                      type: isName ? kb.entities[Int(entity)].type : .group, entity: entity,
                                      confidence: candidates.count > 1 ? 0.75 : (match.strippedClitics ? 0.9 : 1.0), role: role)
        if isName, !asPlace, let state = kb.entities[Int(entity)].capitalOf, !isLocative(match), let country = kb.country(state) {
            mention.entity = country
            mention.isMetonym = true
            mention.confidence = min(mention.confidence, 0.7)
        }
        return mention
    }

    /// Whether the place `match` names opens a news dateline (`Dateline`) in its sentence.
    private func opensDateline(_ match: AliasMatch) -> Bool {
        let sentences = analysis.sentences
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sentences[mid].firstToken + sentences[mid].tokenCount) <= match.tokens.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count else { return false }
        return analysis.norms.withUnsafeBufferPointer { Dateline.opens(match.tokens, sentence: sentences[lo].tokenRange, analysis.tokens, $0) }
    }

    /// One of several entities a key names: one the document names unambiguously, else the
    /// one whose country the document names most, else the most prominent.
    private func choose(_ candidates: [Int32]) -> Int32 {
        guard candidates.count > 1 else { return candidates[0] }
        return candidates.max { a, b in score(a) < score(b) }!
    }

    private func score(_ entity: Int32) -> (Int, Int, Int) {
        let e = kb.entities[Int(entity)]
        return (named.contains(entity) ? 1 : 0, e.country.map { countryCounts[$0] ?? 0 } ?? 0, Int(e.rank))
    }

    /// Whether a place is the place of something rather than an actor: after ب or a
    /// locative preposition, or the object of a verb of going (زار، غادر) or "capital"
    /// a few words before it in the same clause.
    private func isLocative(_ match: AliasMatch) -> Bool {
        if match.locativeClitic { return true }
        let previous = match.tokens.lowerBound - 1
        guard previous >= 0 else { return false }
        if Self.locativeWords.contains(matchingForm(previous)) { return true }
        for index in stride(from: previous, through: max(0, previous - Self.placeWordReach + 1), by: -1) {
            guard analysis.tokens[index].kind == .word else { return false }
            let form = matchingForm(index)
            if Self.placeWords.contains(form) { return true }
            // و and ف join clauses as often as words: وزار، فغادر.
            if ProcliticLetters.conjunctions.begins(form.utf8), Self.placeWords.contains(String(form.unicodeScalars.dropFirst())) { return true }
        }
        return false
    }

    /// The matching form of token `index` (teh marbuta folded).
    private func matchingForm(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: folded[analysis.tokens[index].normRange]), as: UTF8.self)
    }

    // MARK: - Everyday words

    /// Demonstratives, with the conjunction or preposition they take (matching forms):
    /// هذه القاعدة is "this rule".
    static let demonstratives: Set<String> = [
        "هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "وتلك", "لهذا", "لهذه", "لذلك", "لتلك", "بهذا", "بهذه", "بذلك", "بتلك",
    ]
    /// Opening and closing quotation marks and brackets, as UTF-8.
    static let openingQuotes: [[UInt8]] = ["«", "\"", "(", "“", "'"].map { Array($0.utf8) }
    static let closingQuotes: [[UInt8]] = ["»", "\"", ")", "”", "'"].map { Array($0.utf8) }

    /// Whether an alias that is also an everyday word names its entity here: in quotation
    /// marks or brackets of its own («القاعدة»), or where the document names the entity —
    /// by another alias, or through a person who holds an office in it (أسامة بن لادن for
    /// al-Qaeda) — and the word does not read as an everyday word (see `readsAsWord`).
    private func bearsOut(_ match: AliasMatch, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(analysis.tokens[match.tokens.lowerBound].start), end = Int(analysis.tokens[match.tokens.upperBound - 1].end)
        let before = UnsafeBufferPointer(rebasing: bytes[..<start]), after = UnsafeBufferPointer(rebasing: bytes[end...])
        if Self.openingQuotes.contains(where: { before.ends(with: $0) }), Self.closingQuotes.contains(where: { after.starts(with: $0) }) {
            return true
        }
        let ids = Set(match.entry.names.map { kb.entities[Int($0)].id })
        let borne = match.entry.names.contains(where: named.contains) || named.contains { entity in
            kb.entities[Int(entity)].type == .person && kb.roles(of: entity).contains { ids.contains($0.of) }
        }
        return borne && !readsAsWord(match)
    }

    /// Whether an alias that is also an everyday word reads as that word: an adjective after
    /// a definite noun (الحد الأقصى، الشرق الأقصى), a noun after a demonstrative (هذه القاعدة)
    /// or before a definite nisba adjective (القاعدة العسكرية، القاعدة البحرية).
    private func readsAsWord(_ match: AliasMatch) -> Bool {
        let previous = match.tokens.lowerBound - 1, next = match.tokens.upperBound
        if previous >= 0, analysis.tokens[previous].kind == .word {
            if Self.demonstratives.contains(matchingForm(previous)) { return true }
            // A conjunction or preposition before the word (والأقصى) joins it to what precedes.
            if !match.strippedClitics, ProcliticFlags.of(analysis.tokens[previous]).article { return true }
        }
        if next < analysis.tokens.count, analysis.tokens[next].kind == .word {
            let form = matchingForm(next)
            if ProcliticFlags.of(analysis.tokens[next]).article, form.hasSuffix("يه") || form.hasSuffix("ي") { return true }
        }
        return false
    }

    // MARK: - Titles

    /// Resolves the title at `k` and what follows it; returns the index of the next match.
    private func title(at k: Int, role: String, _ matches: [AliasMatch], _ out: inout [ResolvedMention]) -> Int {
        let title = matches[k]
        var next = k + 1
        let role = k + 1 < matches.count ? organisationHead(title, matches[k + 1]) ?? role : role
        var nextToken = title.tokens.upperBound
        var end = title.range.upperBound
        var of: String?
        var ownerMatch: Int?
        if next < matches.count, matches[next].tokens.lowerBound == nextToken, let owner = owner(of: matches[next], role: role) {
            of = owner
            ownerMatch = next
            nextToken = matches[next].tokens.upperBound
            end = matches[next].range.upperBound
            next += 1
        }
        var former = false, past = false, new = false
        let after = nextToken < analysis.tokens.count ? matchingForm(nextToken) : ""
        if of != nil, Self.formerWords.contains(after) || Self.pastWords.contains(after) {
            (former, past) = (Self.formerWords.contains(after), Self.pastWords.contains(after))
            end = Int(analysis.tokens[nextToken].end)
            nextToken += 1
        } else if of != nil, nextToken + 1 < analysis.tokens.count, analysis.tokens[nextToken].kind == .punctuation,
                  Self.pastWords.contains(matchingForm(nextToken + 1)) {
            // The past set off by a comma (وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان): the span stays.
            past = true
        } else if of == nil, next < matches.count, matches[next].tokens.lowerBound == nextToken,
                  let country = indefiniteOwner(of: matches[next]), matches[next].tokens.upperBound < analysis.tokens.count,
                  Self.newWords.contains(matchingForm(matches[next].tokens.upperBound)) {
            // An indefinite office is generic (رئيس أمريكي: any US president) unless it is
            // "new": then it is the holder whose term began lately.
            (of, new) = (country, true)
            nextToken = matches[next].tokens.upperBound + 1
            end = Int(analysis.tokens[nextToken - 1].end)
            next += 1
        }
        let counterpartRole = role == "counterpart" ? antecedentRole(out) : nil
        let effectiveRole = role == "counterpart" ? counterpartRole : role
        if next < matches.count, matches[next].tokens.lowerBound == nextToken,
           matches[next].entry.titleRole == nil, matches[next].entry.names.contains(where: { kb.entities[Int($0)].type == .person }) {
            // The organisation of the title stays named (للأمم المتحدة in الأمين العام للأمم المتحدة أنطونيو
            // غوتيريش), as the title's, not an actor of its own; a state's adjective (الفرنسي) is no mention.
            if let ownerMatch {
                var organisation = name(matches[ownerMatch], role: nil)
                organisation.isInTitle = true
                if organisation.type == .organisation { out.append(organisation) }
            }
            out.append(name(matches[next], role: effectiveRole))
            return next + 1
        }
        // A title of two words or more only one state's head bears needs no state after it (خادم الحرمين
        // الشريفين يستقبل …، المرشد الأعلى); a one-word title may be anyone's (مرشد سياحي، مرشد الإخوان).
        if of == nil, role == "head_of_state", title.tokens.count >= 2,
           let realm = MonarchTitles.soleRealm(of: matchingForm(title.tokens.lowerBound)) {
            of = realm
        }
        guard let of else { return k + 1 }
        var holder: Int32?
        if effectiveRole == "ambassador" {
            // An ambassador's office is kept under the host (Data/kb/README.md): سفير
            // الولايات المتحدة لدى الأمم المتحدة is found from the sender and the host after لدى/في.
            holder = host(after: nextToken, matches, from: next).flatMap { kb.ambassador(from: of, to: $0, on: day) }
        } else if title.tokens.lowerBound > 0, Self.trophyWords.contains(matchingForm(title.tokens.lowerBound - 1)) {
            holder = nil
        } else if effectiveRole == "head_of_state", !MonarchTitles.names(matchingForm(title.tokens.lowerBound), headOf: of) {
            holder = nil
        } else if past {
            holder = nil
        } else if let effectiveRole {
            let office = MonarchTitles.office(effectiveRole, title: matchingForm(title.tokens.lowerBound), of: of)
            if !former, !new, let year = year(at: nextToken) {
                // The office in a year named with it (ملك إسبانيا في عام 1931): its one holder
                // that year, if the knowledge base has one; none for a year still to come.
                holder = year > (day.map { Int($0) / 10000 } ?? Int.max) ? nil : kb.soleHolder(of: office, for: of, in: year)
            } else {
                holder = former ? kb.previousHolder(of: office, for: of, on: day)
                    : new ? kb.newHolder(of: office, for: of, on: day) : kb.holder(of: office, for: of, on: day)
            }
        }
        if holder == nil, effectiveRole == "spokesperson", let ownerMatch,
           matches[ownerMatch].entry.names.first.map({ kb.entities[Int($0)].type == .organisation }) == true {
            // A spokesperson the knowledge base does not know speaks for the body named, which stays named: it acts in
            // their words (المتحدث باسم قوات الدعم السريع).
            out.append(name(matches[ownerMatch], role: nil))
            return next
        }
        out.append(ResolvedMention(range: title.range.lowerBound..<end, tokens: title.tokens.lowerBound..<nextToken,
                                   type: .person, entity: holder, confidence: holder == nil ? 0.5 : 0.7, role: effectiveRole,
                                   isRolePhrase: true))
        return next
    }

    /// The year written at token `k`, after up to `yearWordReach` words that lead to one
    /// (في عام 1931، سنة 1990, ١٩٩٠): four digits from 1000 on. The matching form has every
    /// digit in ASCII already.
    private func year(at k: Int) -> Int? {
        var index = k
        while index < min(analysis.tokens.count, k + Self.yearWordReach), analysis.tokens[index].kind == .word,
              Self.yearWords.contains(matchingForm(index)) {
            index += 1
        }
        guard index > k, index < analysis.tokens.count, analysis.tokens[index].kind == .number else { return nil }
        let form = matchingForm(index)
        guard form.utf8.count == 4, form.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(form) else { return nil }
        return value >= 1000 ? value : nil
    }

    /// The office "president" (رئيس، رئيسة) names before an organisation right after it: the
    /// organisation's head on the day, by whichever name the knowledge base gives that office
    /// (رئيسة المفوضية الأوروبية is the commission's president, رئيس حزب الليكود the party's leader).
    private func organisationHead(_ title: AliasMatch, _ next: AliasMatch) -> String? {
        guard title.tokens.count == 1, Self.presidentWords.contains(matchingForm(title.tokens.lowerBound)),
              next.tokens.lowerBound == title.tokens.upperBound, next.entry.names.count == 1 else { return nil }
        let organisation = kb.entities[Int(next.entry.names[0])]
        guard organisation.type == .organisation else { return nil }
        return Self.organisationHeadRoles.first { kb.isHeld($0, for: organisation.id, on: day) }
    }

    /// "President" in matching forms.
    static let presidentWords: Set<String> = ["رئيس", "الرئيس", "رئيسه", "الرئيسه"]
    /// The offices that head an organisation, as the knowledge base names them.
    static let organisationHeadRoles = ["commission_president", "council_president", "igo_head", "party_leader", "group_leader"]

    /// Whose office a title names, from the match after it: a definite demonym (الروسي) or a
    /// country name (روسيا) gives a state; an organisation (للأمم المتحدة) gives itself.
    private func owner(of match: AliasMatch, role: String) -> String? {
        if let country = match.entry.names.first(where: { kb.entities[Int($0)].isCountry }) {
            return kb.entities[Int(country)].country
        }
        if Self.organisationRoles.contains(role), match.entry.names.count == 1,
           kb.entities[Int(match.entry.names[0])].type == .organisation {
            return kb.entities[Int(match.entry.names[0])].id
        }
        guard match.definite, match.entry.names.isEmpty, !match.entry.demonymOf.isEmpty else { return nil }
        return kb.entities[Int(choose(match.entry.demonymOf))].country
    }

    /// The state (alpha-3) or organisation (id) named right after "at" (لدى، في) at token
    /// `k`, by the match `next`: where an ambassador serves.
    private func host(after k: Int, _ matches: [AliasMatch], from next: Int) -> String? {
        guard k + 1 < analysis.tokens.count, Self.hostWords.contains(matchingForm(k)), next < matches.count,
              matches[next].tokens.lowerBound == k + 1, matches[next].entry.names.count == 1 else { return nil }
        let entity = kb.entities[Int(matches[next].entry.names[0])]
        if entity.isCountry { return entity.country }
        return entity.type == .organisation ? entity.id : nil
    }

    /// The state an indefinite demonym after a title names (رئيس أمريكي), if it names one.
    private func indefiniteOwner(of match: AliasMatch) -> String? {
        guard !match.definite, match.entry.names.isEmpty, !match.entry.demonymOf.isEmpty else { return nil }
        return kb.entities[Int(choose(match.entry.demonymOf))].country
    }

    /// The office of the person last named: the role their title gave, else their main
    /// office on the day, as a title names it (a guided republic's president is a president's
    /// counterpart, `MonarchTitles.titleRole`).
    private func antecedentRole(_ out: [ResolvedMention]) -> String? {
        guard let previous = out.last(where: { $0.type == .person && $0.entity != nil }), let person = previous.entity else { return nil }
        if let role = previous.role { return role }
        return kb.mainRole(of: person, on: day).map { MonarchTitles.titleRole($0.role, of: $0.of) }
    }

    // MARK: - The Kingdom

    /// States whose press calls them "the Kingdom" (المملكة) once named: the kingdoms.
    static let kingdoms: Set<String> = ["SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN", "LSO", "SWZ", "TON"]
    /// "Kingdom" after the article's ل (matching form, teh marbuta folded): لمملكه.
    static let kingdomWord = Array("لمملكه".utf8)
    /// Letters a clitic stack before the article can have: و ف ب ك ل, and the article's ا.
    static let procliticLetters = WordSet(["و", "ف", "ب", "ك", "ل", "ا"].map { Array($0.utf8) })

    /// Links a bare المملكة (أدانت المملكة الهجوم) to the kingdom the document names most,
    /// if it names one; المملكة المتحدة and المملكة العربية السعودية are names of their own.
    private func theKingdom(_ out: inout [ResolvedMention], _ bytes: UnsafeBufferPointer<UInt8>) {
        let named = countryCounts.filter { Self.kingdoms.contains($0.key) }
        guard let kingdom = named.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, let entity = kb.country(kingdom) else { return }
        let word = Self.kingdomWord
        for (index, token) in analysis.tokens.enumerated() where token.kind == .word {
            let norm = token.normRange
            // المملكة, والمملكة, بالمملكة, للمملكة: clitic letters, then (ا)ل, then مملكه.
            guard norm.count > word.count, folded[norm.upperBound - 1] == word[word.count - 1],
                  folded[(norm.upperBound - word.count)..<norm.upperBound].elementsEqual(word),
                  !out.contains(where: { $0.tokens.contains(index) }) else { continue }
            let prefix = Array(folded[norm.lowerBound..<(norm.upperBound - word.count)])
            // Without ا or ل before it, لمملكة is indefinite ("for a kingdom").
            guard !prefix.isEmpty, prefix.count % 2 == 0, prefix.suffix(2).elementsEqual("ا".utf8) || prefix.suffix(2).elementsEqual("ل".utf8),
                  stride(from: 0, to: prefix.count, by: 2).allSatisfy({ Self.procliticLetters.contains(prefix[$0..<$0 + 2]) }) else { continue }
            // The clitics go, the article stays: after ا, all but it (and its ل); before لمملكه (للمملكة), all.
            let leading = prefix.suffix(2).elementsEqual("ا".utf8) ? prefix.count / 2 - 1 : prefix.count / 2
            out.append(ResolvedMention(range: AliasMatcher.trim(token.range, bytes, leading: leading, trailing: 0),
                                       tokens: index..<(index + 1), type: .geopolitical, entity: entity, confidence: 0.7))
        }
    }

    // MARK: - Partial names

    /// Whether token `index` bears the article, split off by the segmenter or written on a word it left whole.
    private func bearsArticle(_ index: Int) -> Bool {
        ProcliticFlags.of(analysis.tokens[index]).article || folded[analysis.tokens[index].normRange].starts(with: Self.article)
    }

    /// ال in the folded norms.
    private static let article = Array("ال".utf8)

    /// Links the surname of a person's full name (`PersonNames.surname`) wherever it stands alone
    /// later in the document (بوتين after فلاديمير بوتين), or in the headline (وعون يستقبل الموفد
    /// الفرنسي), when the knowledge base lacks that short form. A father's name after بن stands for
    /// the person only with its بن (بن فرحان after فيصل بن فرحان; not علي after زين العابدين بن علي).
    private func partialNames(_ out: inout [ResolvedMention], _ bytes: UnsafeBufferPointer<UInt8>) {
        var surnames: [(key: [UInt8], entity: Int32, after: Int, patronymic: Bool)] = []
        for mention in out where mention.type == .person && mention.tokens.count >= 2 && !mention.isRolePhrase {
            guard let entity = mention.entity else { continue }
            // Chinese and Korean names put the family name first: شي after شي جين بينغ، كيم after كيم جونغ أون.
            guard let surname = PersonNames.surname(of: mention.tokens.map(matchingForm), country: kb.entities[Int(entity)].country) else { continue }
            let short = mention.tokens.lowerBound + surname.index
            let key = Array(folded[analysis.tokens[short].normRange])
            if !surnames.contains(where: { $0.key == key }) {
                surnames.append((key, entity, mention.tokens.upperBound, surname.patronymic))
            }
        }
        guard !surnames.isEmpty else { return }
        let table = ByteKeyTable(surnames.enumerated().map { ($1.key, UInt32($0)) })
        // A surname that is also a nisba (السوداني، العربي، المصري) names the person where it is no adjective: after a word
        // that is not definite, with which it would agree (وأدان السوداني الغارة، حكومة السوداني; not الجيش السوداني,
        // لشعبنا العربي, nor after a name).
        for (m, mention) in out.enumerated() where mention.type == .group && mention.tokens.count == 1 {
            let index = mention.tokens.lowerBound
            guard index > 0, let found = table.value(for: UnsafeBufferPointer(rebasing: folded[analysis.tokens[index].normRange])),
                  index >= surnames[Int(found)].after, !surnames[Int(found)].patronymic,
                  analysis.tokens[index - 1].kind == .word, !bearsArticle(index - 1), analysis.tokens[index - 1].segmentation.enclitic == 0,
                  !out.contains(where: { $0.tokens.contains(index - 1) }) else { continue }
            out[m] = ResolvedMention(range: mention.range, tokens: mention.tokens, type: .person, entity: surnames[Int(found)].entity, confidence: 0.8)
        }
        var covered = [Bool](repeating: false, count: analysis.tokens.count)
        for mention in out { for index in mention.tokens { covered[index] = true } }
        let headline = analysis.sentences.first.map(\.tokenRange).flatMap { EventDetector.isHeadline($0, analysis.tokens) ? $0 : nil }
        for (index, token) in analysis.tokens.enumerated() where token.kind == .word && !covered[index] {
            var range = token.normRange, leading = 0, trailing = 0
            var found = table.value(for: UnsafeBufferPointer(rebasing: folded[range]))
            if found == nil, token.segmentation.isSplit {
                let front = token.segmentation.procliticBytes, back = token.segmentation.encliticBytes
                guard range.lowerBound + front < range.upperBound - back else { continue }
                range = (range.lowerBound + front)..<(range.upperBound - back)
                // Arabic letters are two bytes each in the norms.
                (leading, trailing) = (front / 2, back / 2)
                found = table.value(for: UnsafeBufferPointer(rebasing: folded[range]))
            }
            // A headline may name by the surname alone, with no clitic but و, whom the article then names in full.
            guard let found, index >= surnames[Int(found)].after || headline?.contains(index) == true && leading <= 1 else { continue }
            let afterSon = leading == 0 && index > 0 && !covered[index - 1] && PersonNames.sonWords.contains(matchingForm(index - 1))
            guard afterSon || !surnames[Int(found)].patronymic else { continue }
            var span = AliasMatcher.trim(token.range, bytes, leading: leading, trailing: trailing), first = index
            // A patronymic short form keeps its "son of": بن فرحان after فيصل بن فرحان.
            if afterSon {
                first = index - 1
                span = Int(analysis.tokens[first].start)..<span.upperBound
            }
            out.append(ResolvedMention(range: span, tokens: first..<(index + 1), type: .person,
                                       entity: surnames[Int(found)].entity, confidence: 0.8))
        }
    }
}
