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
