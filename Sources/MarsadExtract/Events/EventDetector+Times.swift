import MarsadCore
import MarsadText

/// Which of its sentence's times an act has: the nearest, within `timeReach` of its trigger or after it in its clause,
/// and not one of a relative clause closed before a clause joined to the sentence's.
extension EventDetector {
    /// How far a time expression may stand from its trigger, in bytes (about ten words).
    static let timeReach = 120

    /// The time expression of the sentence nearest the trigger, if near enough or one of `farther`.
    func nearestTime(_ times: [Int], to tokens: Range<Int>, farther: [Int] = [], _ document: AnnotatedDocument) -> Int? {
        let trigger = Int(document.text.tokens[tokens.lowerBound].start)..<Int(document.text.tokens[tokens.upperBound - 1].end)
        func gap(_ t: Int) -> Int {
            let range = document.times[t].range
            return range.upperBound <= trigger.lowerBound ? trigger.lowerBound - range.upperBound : max(0, range.lowerBound - trigger.upperBound)
        }
        return times.min { gap($0) < gap($1) }.flatMap { gap($0) <= Self.timeReach || farther.contains($0) ? $0 : nil }
    }

    /// The times after the trigger in its clause, past `timeReach` but with no relative pronoun between, whose clause would
    /// be another act's (التقى الرئيس السوري أحمد الشرع نظيره الروسي فلاديمير بوتين في الكرملين يوم الأربعاء; not زيارة
    /// لوالد القيادي الذي اغتيل في العام 2008).
    func timesLaterInClause(_ times: [Int], after tokens: Range<Int>, _ clause: Range<Int>, _ document: AnnotatedDocument,
                                    _ forms: TokenForms) -> [Int] {
        let relative = (tokens.upperBound..<clause.upperBound).first {
            forms.tokens[$0].kind == .word && forms.norm($0).isOne(of: SentenceArguments.relativePronouns)
        }
        let start = Int(forms.tokens[tokens.upperBound - 1].end)
        let end = relative.map { Int(forms.tokens[$0].start) } ?? Int(forms.tokens[clause.upperBound - 1].end)
        return times.filter { document.times[$0].range.lowerBound >= start && document.times[$0].range.upperBound <= end }
    }

    /// Whether the time at `bytes` stands in a relative clause that a clause mark closes before `clause` (اتفاق وقف إطلاق
    /// النار الذي أبرم في نوفمبر من العام الماضي، داعيا واشنطن: the agreement's time, not the call's). Read for a clause
    /// joined to the sentence's: a verb right after such a relative clause may be its head's (الأسد، الذي حكم بين 1990
    /// و2005، أبعد المعارضين), and share its time.
    func inRelativeClause(_ bytes: Range<Int>, before clause: Range<Int>, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard let k = sentence.first(where: { Int(forms.tokens[$0].start) >= bytes.lowerBound }), k < clause.lowerBound else { return false }
        let own = Self.clause(around: k..<(k + 1), in: sentence, forms.tokens, forms.norms)
        return own.upperBound <= clause.lowerBound
            && (own.lowerBound..<k).contains { forms.tokens[$0].kind == .word && forms.norm($0).isOne(of: SentenceArguments.relativePronouns) }
    }

    /// Whether the time at `bytes` follows a participle of a past act, with or without في, that describes a noun standing
    /// after the trigger at `tokens` (اتفاق وقف إطلاق النار الموقع في أكتوبر 2020، القرار الصادر عام 2015): that noun's time.
    func describesNounAfter(_ tokens: Range<Int>, _ bytes: Range<Int>, _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard let k = sentence.first(where: { Int(forms.tokens[$0].start) >= bytes.lowerBound }), k > tokens.upperBound else { return false }
        let participle = k - 1 > tokens.upperBound && forms.norm(k - 1).equals(ArgumentMarker.inside) ? k - 2 : k - 1
        return participle > tokens.upperBound && forms.tokens[participle].kind == .word && forms.norm(participle).isOne(of: Self.pastParticiples)
    }

    /// Participles of a past act that describe the noun before them, in normal form: signed, concluded, announced, held,
    /// issued, carried out.
    static let pastParticiples = ["الموقع", "الموقعة", "المبرم", "المبرمة", "المعلن", "المعلنة", "المنعقد", "المنعقدة", "المعقود",
                                  "المعقودة", "الصادر", "الصادرة", "المنفذ", "المنفذة", "المنجز", "المنجزة"].map { Array($0.utf8) }
}

