import MarsadCore
import MarsadText

/// Reads a nisba adjective after a role noun as the country it names: الشرطة العراقية،
/// جنديا عراقيا، متظاهرون فلسطينيون. Looks the word up among the knowledge base's
/// demonyms, with teh marbuta folded as alias keys are, and without an accusative alef.
struct DemonymReader {
    let kb: KnowledgeBase

    /// The ISO alpha-3 code of the country the word at token `k` is a demonym of.
    func country(at k: Int, _ forms: inout TokenForms) -> String? {
        guard Self.key(at: k, &forms) else { return nil }
        let count = forms.stem.count
        if let found = lookup(forms.stem[...]) { return found }
        if forms.stem[count - 2] == 0xD8 && forms.stem[count - 1] == 0xA7 {  // عراقيا → عراقي
            return lookup(forms.stem[..<(count - 2)])
        }
        // A dual or a plural the knowledge base lacks: أمريكيان، إسبانيين → أمريكي، إسباني.
        if count >= 8, forms.stem.withUnsafeBufferPointer({ stem in Self.numberSuffixes.contains { stem.ends(with: $0) } }) {
            return lookup(forms.stem[..<(count - 4)])
        }
        return nil
    }

    /// The states of the nisba at token `k` and of those paired with it after it in `range`, right after it, past a
    /// dash or joined by و (القمة الأمريكية الروسية، اللجنة السعودية – المصرية، الضربات الأمريكية والبريطانية), at most
    /// four, with the token after the last. Nil if token `k` is no state's nisba.
    func pairedNisbas(at k: Int, in range: Range<Int>, _ forms: inout TokenForms) -> (states: [String], end: Int)? {
        guard let first = country(at: k, &forms) else { return nil }
        var states = [first]
        var end = k + 1
        var j = end
        while j < range.upperBound, states.count <= Self.pairedNisbasLimit {
            if forms.tokens[j].kind == .punctuation, forms.norm(j).isOne(of: SentenceArguments.dashes) { j += 1 }
            guard j < range.upperBound, forms.tokens[j].kind == .word, SentenceArguments.isSingularNisba(forms.norm(j)),
                  SentenceArguments.nisbasAgree(k, j, forms), let state = country(at: j, &forms) else { break }
            if !states.contains(state) { states.append(state) }
            j += 1
            end = j
        }
        return (states, end)
    }

    /// How many nisbas may be paired after a first one.
    private static let pairedNisbasLimit = 3

    /// The country of a state or city named by the word at token `k`, with no و، ب or ل before it (سفير بولندا، شرطة
    /// بغداد), for a name no linked mention covers: the tagger may have taken it into a person's name. A name
    /// that is also an everyday word (العاصمة, Bahrain's Capital Governorate; الداخلية) names no place here: the
    /// linker left it alone.
    func place(at k: Int, _ forms: inout TokenForms) -> String? {
        let flags = ProcliticFlags.of(forms.tokens[k])
        guard !flags.conjunction, !flags.preposition, !flags.lam, Self.key(at: k, &forms) else { return nil }
        return forms.stem.withUnsafeBufferPointer { key in
            guard let entry = kb.entry(for: key), !entry.isCommonWord else { return nil }
            return entry.names.lazy.map { kb.entities[Int($0)] }.first { $0.type == .geopolitical }?.country
        }
    }

    /// Puts the alias key of the Arabic word at token `k` in `forms.stem`, teh marbuta folded as
    /// alias keys are; false for other words and words too short to name a country.
    private static func key(at k: Int, _ forms: inout TokenForms) -> Bool {
        let token = forms.tokens[k]
        guard token.kind == .word else { return false }
        let norm = UnsafeBufferPointer(rebasing: forms.norms[token.normRange])
        guard norm.count >= 6, norm[0] == 0xD8 || norm[0] == 0xD9 else { return false }
        forms.stem.removeAll(keepingCapacity: true)
        forms.stem.append(contentsOf: norm)
        let count = forms.stem.count
        if forms.stem[count - 2] == 0xD8 && forms.stem[count - 1] == 0xA9 {  // ة → ه
            forms.stem[count - 2] = 0xD9
            forms.stem[count - 1] = 0x87
        }
        return true
    }

    /// ان، ين، ون: the dual and sound plural endings.
    private static let numberSuffixes = ["ان", "ين", "ون"].map { Array($0.utf8) }

    /// Whether the word at token `k` calls those it follows foreign or international (القوات الأجنبية، جنود أجانب،
    /// الشرطة الدولية) or, after armed forces (`ofForces`), names the coalition or continent they serve (قوات التحالف،
    /// القوات الأفريقية): the annotators' `INT`. A party of that name is no foreign one (حزب التحالف).
    func isForeign(at k: Int, ofForces: Bool, _ forms: TokenForms) -> Bool {
        let norm = forms.norm(k)
        return norm.isOne(of: Self.foreign) || ofForces && (norm.equals(Self.coalition) || norm.isOne(of: Self.continental))
    }

    /// Continents as adjectives, in normal form: forces so called serve a union of states (القوات الأفريقية in
    /// Somalia, قوة أوروبية), not one state.
    private static let continental = ["الافريقية", "افريقية", "الاوروبية", "اوروبية"].map { Array($0.utf8) }

    /// Foreign and international, in normal form (alef folded, teh marbuta kept).
    private static let foreign = ["اجانب", "الاجانب", "اجنبية", "الاجنبية", "اجنبي", "الاجنبي", "دولية", "الدولية"]
        .map { Array($0.utf8) }
    /// التحالف: the coalition, in normal form.
    private static let coalition = Array("التحالف".utf8)

    /// The knowledge base's entity of the organisation the word at token `k` is the nisba of: الأممي، الأممية (the United
    /// Nations'), الحوثية (the Houthis': السلطات الحوثية، الميليشيات الحوثية).
    func organisation(at k: Int, _ forms: TokenForms) -> Int32? {
        guard forms.tokens[k].kind == .word, let body = Self.organisationNisbas.first(where: { forms.norm(k).isOne(of: $0.words) }) else { return nil }
        return kb.entity(id: body.id)
    }

    /// The nisbas of organisations, with and without the article, in normal form, and the knowledge base's ids of those
    /// organisations.
    private static let organisationNisbas = [
        (id: "united-nations", words: ["الاممي", "الاممية", "اممي", "اممية", "امميا"]),
        (id: "houthis", words: ["الحوثية", "حوثية", "حوثيا"]),
    ].map { (id: $0.id, words: $0.words.map { Array($0.utf8) }) }

    /// The code `isForeign` stands for.
    static let international = "INT"

    private func lookup(_ key: ArraySlice<UInt8>) -> String? {
        key.withUnsafeBufferPointer { key in
            guard let entry = kb.entry(for: key), let state = entry.demonymOf.first else { return nil }
            return kb.entities[Int(state)].country
        }
    }

    /// The country of people named by a demonym alone: a sound plural (عراقيون، الأفغانيين),
    /// a singular after a number (13 إثيوبيا: ثلاثة عراقيين، خطف 13 إثيوبيا) or a singular indefinite
    /// object after no accusative noun it could qualify (خطفوا أمس أميركيا، not قاربا صينيا).
    func people(at k: Int, _ forms: inout TokenForms) -> String? {
        let token = forms.tokens[k]
        guard token.kind == .word else { return nil }
        let norm = UnsafeBufferPointer(rebasing: forms.norms[token.normRange])
        let afterNumber = k > 0 && forms.tokens[k - 1].kind == .number
        guard afterNumber || norm.count >= 8 && SentenceArguments.isSoundPlural(norm) || isObject(at: k, forms) else {
            return nil
        }
        return country(at: k, &forms)
    }

    /// Whether the word at token `k` is an indefinite singular nisba in the accusative (أميركيا) with no proclitic,
    /// after a word that is no accusative noun it could qualify: a verb's plural ending (خطفوا) counts as none.
    private func isObject(at k: Int, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[k]
        let norm = UnsafeBufferPointer(rebasing: forms.norms[token.normRange])
        guard k > 0, norm.count >= 8, norm.ends(with: Self.accusativeNisba), token.segmentation.procliticBytes == 0,
              forms.tokens[k - 1].kind == .word else { return false }
        let previous = forms.norm(k - 1)
        return !previous.ends(with: TokenForms.accusative) || previous.ends(with: TokenForms.pluralSubject)
    }

    /// Whether a demonym at `adjective` may qualify the role noun ending at `noun` in number: a sound masculine
    /// plural of people (مسلحون، مدنيين) takes a plural nisba, never a singular one (خطف مسلحون أميركيا: an
    /// American, not American gunmen); other nouns take either (قوات عراقية، جنديا عراقيا).
    static func agreesInNumber(_ noun: Token, _ adjective: Token, _ forms: TokenForms) -> Bool {
        let word = UnsafeBufferPointer(rebasing: forms.norms[noun.normRange])
        let nisba = UnsafeBufferPointer(rebasing: forms.norms[adjective.normRange])
        let masculinePlural = word.count >= 8 && maleSoundPluralEndings.contains { word.ends(with: $0) }
        return !masculinePlural || !(nisba.ends(with: singularNisba) || nisba.ends(with: accusativeNisba))
    }

    /// ون، ين: the endings of a sound masculine plural (or a dual in ين).
    private static let maleSoundPluralEndings = ["ون", "ين"].map { Array($0.utf8) }
    /// ي and يا: a singular masculine nisba, in the accusative with يا.
    private static let singularNisba = Array("ي".utf8), accusativeNisba = Array("يا".utf8)
}
