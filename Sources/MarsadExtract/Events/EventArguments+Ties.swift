import MarsadCore
import MarsadText

extension SentenceArguments {
    /// Whether the state or city at token `k` is what a participle of ties or of course right before its preposition
    /// names (السفن المرتبطة بإسرائيل، الفصائل الموالية لإيران، السفينة المتجهة إلى إسرائيل، حافلة قادمة من البصرة): it
    /// tells which ships or which bus, neither where an act happens nor who takes part in it.
    func followsTieOrCourse(_ k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let participle: Int
        if ProcliticFlags.of(forms.tokens[k]).preposition {
            participle = k - 1
        } else if k - 1 > sentence.lowerBound, forms.tokens[k - 1].kind == .word, forms.norm(k - 1).isOne(of: Self.coursePrepositions) {
            participle = k - 2
        } else {
            return false
        }
        guard participle >= sentence.lowerBound, forms.tokens[participle].kind == .word else { return false }
        return EventDetector.bareStem(participle, forms).isOne(of: Self.tiesAndCourses)
    }

    /// إلى and من in normal form: where a course leads or comes from.
    private static let coursePrepositions = ["الي", "من"].map { Array($0.utf8) }
    /// Participles of ties (linked to, loyal to, belonging to, owned by) and of course (heading to, coming from), in
    /// normal form without clitics or the article.
    private static let tiesAndCourses = [
        "مرتبط", "مرتبطة", "مرتبطين", "مرتبطون", "موالية", "موالين", "موالون", "تابع", "تابعة", "تابعين", "تابعون",
        "مملوك", "مملوكة", "مدعوم", "مدعومة", "مدعومين", "متجه", "متجهة", "متجهين", "متوجه", "متوجهة", "متوجهين",
        "قادم", "قادمة", "قادمين", "قادمون",
    ].map { Array($0.utf8) }
}

extension SentenceArguments {
    /// Whether the state's nisba at `tokens` follows another's, right after it or past a dash, alone or ending an
    /// actor's words (الغارات الأمريكية البريطانية، القمة الأمريكية – الروسية، المقاتلات الأمريكية البريطانية): the two
    /// states share the noun, as when joined by و. Both must be states' (البنك المركزي اليمني names one).
    func pairsNisba(_ tokens: Range<Int>, after previous: ArgumentSpan?, _ forms: inout TokenForms) -> Bool {
        guard tokens.count == 1, let previous, previous.actor != nil, Self.isSingularNisba(forms.norm(tokens.lowerBound)),
              Self.isSingularNisba(forms.norm(previous.tokens.upperBound - 1)),
              Self.nisbasAgree(previous.tokens.upperBound - 1, tokens.lowerBound, forms),
              demonyms.country(at: tokens.lowerBound, &forms) != nil, demonyms.country(at: previous.tokens.upperBound - 1, &forms) != nil else { return false }
        let gap = previous.tokens.upperBound..<tokens.lowerBound
        return gap.isEmpty || gap.count == 1 && forms.tokens[gap.lowerBound].kind == .punctuation && forms.norm(gap.lowerBound).isOne(of: Self.dashes)
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
