import MarsadCore
import MarsadText

/// A verb phrase of the lexicon with its subject inside it, as Arabic puts a subject after its verb: أطلقت قوات الأمن
/// النار، فتح مسلحون مجهولون النار، أطلقت الحكومة سراح 120 أسيرا، توصلت مصر وإسرائيل إلى اتفاق، ألقت الشرطة القبض على.
extension EventDetector {
    /// The phrase whose first word, a verb of `EventLexicon.splitOpeners`, is token `k` and whose other words follow a
    /// subject of up to `longestSplitSubject` words (`isSubjectWord`), perhaps with a day set off by commas after it
    /// (فرض الاتحاد الأوروبي، اليوم الاثنين، عقوبات), within `sentence`; its match counts the verb alone, the trigger
    /// the event keeps.
    func splitPhrase(at k: Int, in sentence: Range<Int>, _ forms: inout TokenForms) -> TokenForms.Match? {
        // The verb as written, after its conjunction (فتحت، وفتحت, which the segmenter may read as ف + تحت) or without its
        // clitics; a word with the article is none.
        let token = forms.tokens[k], norm = forms.norm(k)
        guard !ProcliticFlags.of(token).article, !norm.starts(with: TokenForms.article),
              lexicon.splitOpeners.value(for: norm) != nil || lexicon.splitOpeners.value(for: Self.withoutConjunction(norm)) != nil
                || lexicon.splitOpeners.value(for: Self.stem(token, norm)) != nil,
              !Self.isVerbalNoun(token, forms.norms) else { return nil }
        for j in (k + 1)..<min(k + 1 + Self.longestSplitSubject, sentence.upperBound) {
            guard Self.isSubjectWord(j, forms) else { return nil }
            let next = Self.dayAside(opening: j + 1, in: sentence, forms.tokens, forms.norms).map { $0 + 1 } ?? j + 1
            if let found = forms.match(lexicon.triggerTable, at: k, limit: sentence.upperBound, next: next), found.words >= 2 {
                return TokenForms.Match(value: found.value, words: 1, future: found.future, conjunction: found.conjunction)
            }
        }
        return nil
    }


    /// The most words a subject inside a verb phrase has (توصلت الحكومة السودانية والحركة الشعبية إلى اتفاق).
    static let longestSplitSubject = 4

    /// Whether token `k` can be a word of a subject: a word or a number, with no preposition on it (لوقف) and not a
    /// particle (أطلقت الحكومة حملة في … النار is no shooting).
    static func isSubjectWord(_ k: Int, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[k]
        guard token.kind == .word || token.kind == .number else { return false }
        let flags = ProcliticFlags.of(token)
        return !flags.preposition && !flags.lam && !forms.norm(k).isOne(of: notInSubject)
    }

    /// Particles and prepositions, in normal form, that no subject holds.
    private static let notInSubject = ["في", "علي", "عن", "الي", "ان", "انه", "انها", "قد", "لا", "لم", "لن", "ما", "الذي", "التي",
                                       "الذين", "كما", "حيث", "بعد", "عند", "مع", "ضد", "لدي", "حول", "خلال", "عبر"].map { Array($0.utf8) }
}
