import MarsadCore
import MarsadText

extension SentenceArguments {
    /// Whether the state's nisba at `tokens` follows another's, right after it or past a dash, alone or ending an
    /// actor's words (الغارات الأمريكية البريطانية، القمة الأمريكية – الروسية، المقاتلات الأمريكية البريطانية): the two
    /// states share the noun, as when joined by و. Both must be states' (البنك المركزي اليمني names one).
    func pairsNisba(_ tokens: Range<Int>, after previous: ArgumentSpan?, _ forms: inout TokenForms) -> Bool {
        guard tokens.count == 1, let previous, previous.actor != nil else { return false }
        let last = previous.tokens.upperBound - 1
        guard Self.isSingularNisba(forms.norm(last)),
              let paired = demonyms.pairedNisbas(at: last, in: last..<tokens.upperBound, &forms) else { return false }
        return paired.end == tokens.upperBound
    }

    /// Whether the nisbas at tokens `a` and `b` agree in gender and in the article, as two adjectives of one noun do
    /// (الغارات الأمريكية البريطانية); not a noun's and a person's after it (الشرطة الإيطالية المغربي).
    static func nisbasAgree(_ a: Int, _ b: Int, _ forms: TokenForms) -> Bool {
        forms.norm(a).ends(with: feminineNisba) == forms.norm(b).ends(with: feminineNisba)
            && ProcliticFlags.of(forms.tokens[a]).article == ProcliticFlags.of(forms.tokens[b]).article
    }

    /// ية: the ending of a feminine nisba.
    private static let feminineNisba = Array("ية".utf8)
    /// The dashes between two nisbas that share a noun: hyphen, en dash, em dash and tatweel.
    static let dashes = ["-", "–", "—", "ـ"].map { Array($0.utf8) }
}
