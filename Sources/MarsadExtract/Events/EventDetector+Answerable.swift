import MarsadCore
import MarsadText

extension EventDetector {
    /// The spans with no actor where the noun of officials names whoever is answerable for an attack: مسؤول before
    /// عن and an attack or its casualties, maybe past a demonstrative (توعد بملاحقة المسؤولين عن الاشتباكات، محاسبة
    /// المسؤول عن هذه الهجمات) stands for its unknown doers, no office. One answerable for anything else holds an office
    /// (المسؤول عن الملف النووي).
    func withoutTheAnswerable(_ spans: [ArgumentSpan], _ hits: [Hit], in sentence: Range<Int>, _ forms: TokenForms) -> [ArgumentSpan] {
        var spans = spans
        for i in spans.indices where spans[i].sector == Self.governmentSector && spans[i].actor != nil {
            let head = spans[i].tokens.upperBound - 1
            let about = spans[i].tokens.upperBound
            guard about + 1 < sentence.upperBound, forms.tokens[head].kind == .word,
                  Self.officials.contains(where: Self.stem(forms.tokens[head], forms.norm(head)).starts),
                  forms.norm(about).equals(Self.about) else { continue }
            var act = about + 1
            while act + 1 < sentence.upperBound, act - about <= 2, forms.norm(act).isOne(of: Self.pointers) { act += 1 }
            let attack = hits.contains { $0.tokens.lowerBound == act && lexicon.triggers[Int($0.entry)].type == .assault }
            guard attack || Self.isCasualtyNoun(forms.tokens[act], forms.norms) else { continue }
            spans[i].actor = nil
            spans[i].sector = nil
        }
        return spans
    }

    /// مسؤول in both its spellings, normal form: the stem of an official's noun in any number.
    private static let officials = ["مسؤول", "مسئول"].map { Array($0.utf8) }
    /// عن in normal form: what one is answerable for or claims responsibility for, what a verb of yielding yields
    /// (`isDeniedToll`), whom representatives speak for.
    static let about = Array("عن".utf8)
    /// Words that may stand between عن and the act: demonstratives, كل and اي (normal form).
    private static let pointers = ["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء", "كل", "اي"].map { Array($0.utf8) }
}
