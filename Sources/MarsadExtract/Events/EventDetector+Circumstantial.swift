import MarsadCore
import MarsadText

/// Circumstantial participles (الحال): after a pause, a participle goes on from the clause before it, whose subject
/// does what it says (أدانت وزارة الخارجية الهجوم، مطالبة مجلس الأمن بالتحرك؛ قال الوزير …، داعيا المجتمع الدولي إلى
/// التدخل). Elsewhere the same words are nouns or adjectives (مطالبة الحكومة بالإصلاح: the demand; امرأة متهمة: accused).
extension EventDetector {
    /// The participles, in normal form without clitics: calling, demanding, accusing, denouncing, refusing, threatening,
    /// vowing a reprisal (متوعدا برد مناسب), brandishing (ملوحة بعملية عسكرية).
    static let circumstantialForms = ["داعيا", "داعية", "مطالبا", "مطالبة", "متهما", "متهمة", "منددا", "منددة", "رافضا", "رافضة", "مهددا", "مهددة",
                                      "متوعدا", "متوعدة", "ملوحا", "ملوحة"].map { Array($0.utf8) }

    /// Whether the trigger at token `k` is a circumstantial participle; with a possessive pronoun it is a noun (وجدد
    /// المرصد مطالبته: its demand).
    static func isCircumstantial(_ k: Int, _ forms: TokenForms) -> Bool {
        forms.tokens[k].segmentation.enclitic == 0 && stem(forms.tokens[k], forms.norm(k)).isOne(of: circumstantialForms)
    }

    /// Whether token `k` is one of the participles' forms standing where it is no participle: with a possessive
    /// pronoun, or not after a pause.
    static func isStrayParticiple(_ k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let token = forms.tokens[k], word = stem(token, forms.norm(k))
        // The segmenter reads مطالبته as مطالبة with its pronoun.
        let isForm = token.segmentation.restoredTehMarbuta ? withTehMarbuta(word) { $0.isOne(of: circumstantialForms) }
            : word.isOne(of: circumstantialForms)
        return isForm && (token.segmentation.enclitic != 0 || k == sentence.lowerBound || forms.tokens[k - 1].kind != .punctuation)
    }

    /// How far into its sentence the verb of its main clause may stand (وقد أدانت).
    static let mainVerbReach = 2

    /// The subject of the participle at `trigger`: the source of the verb event opening the sentence (not of an event
    /// noun or a relative clause's verb within it: أدانت الخارجية القصف، ووصفته بأنه انتهاك …، مطالبة؛ الجماعات التي
    /// تستهدف أمن المنطقة، داعيا), else its speaker (قال الوزير …، داعيا) or the subject right after the verb opening
    /// the sentence (نفت الحركة مسؤوليتها، متهمة الجيش). Any other actor before it was as often the object of a verb
    /// that is no event's (على خلفية الحرب التي تشنها ميليشيات الحوثي، داعيا: not the Houthis).
    func circumstantialSubject(_ trigger: Range<Int>, in s: Int, opening sentence: Range<Int>, _ earlier: [EventCandidate],
                               _ spans: [ArgumentSpan], _ forms: TokenForms) -> EventActor? {
        let start = Self.mainClauseStart(sentence, forms)
        if let previous = earlier.first(where: {
            $0.sentence == s && $0.trigger.kind == .verb && $0.tokens.lowerBound >= start && $0.tokens.lowerBound - start <= Self.mainVerbReach
                && $0.tokens.upperBound <= trigger.lowerBound && !$0.source.isEmpty
        }) {
            return previous.source[0]
        }
        return spans.first {
            $0.actor != nil && $0.tokens.upperBound <= trigger.lowerBound
                && ($0.isSpeaker || $0.tokens.lowerBound >= start && $0.tokens.lowerBound - start <= Self.mainVerbReach + 1
                    && !$0.isOblique && $0.marker == nil)
        }?.actor
    }

    /// Where a sentence's main clause starts: after a short opening phrase and its comma (في المقابل، من جهته، وفي
    /// بعبدا،), else at the sentence's start.
    static func mainClauseStart(_ sentence: Range<Int>, _ forms: TokenForms) -> Int {
        let opening = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + openingPhraseWords + 1)
        guard let pause = opening.first(where: { forms.tokens[$0].kind == .punctuation && forms.norm($0).isOne(of: clauseMarks) }),
              pause > sentence.lowerBound else { return sentence.lowerBound }
        return pause + 1
    }

    /// The place a sentence's opening phrase after في sets its main clause in (وفي القاهرة، استقبل الوزير نظيره القطري، وبحثا
    /// وقف إطلاق النار في غزة: the talks were in Cairo), for a trigger of the main clause; nil where there is none, or
    /// where the place nearest the trigger lies in the country the phrase names (وفي العراق، قصفت الطائرات مواقع في الموصل).
    func setting(of trigger: Range<Int>, in sentence: Range<Int>, _ spans: [ArgumentSpan], nearest: Int?,
                 _ document: AnnotatedDocument, _ forms: TokenForms) -> Int? {
        let main = Self.mainClauseStart(sentence, forms)
        guard main > sentence.lowerBound, trigger.lowerBound >= main,
              let span = spans.first(where: { $0.place != nil && $0.tokens.upperBound == main - 1 }),
              (sentence.lowerBound..<span.tokens.lowerBound).contains(where: { forms.norm($0).isOne(of: Self.inPlace) }),
              let setting = span.place, setting != nearest else { return nil }
        let named = document.entities[setting].entity
        if let nearest, named.isCountry, document.entities[nearest].entity.country == named.country { return nil }
        return setting
    }

    /// في (in), with و before it, in normal form: what opens a phrase of the setting.
    static let inPlace = ["في", "وفي"].map { Array($0.utf8) }

    /// The most words a sentence's opening phrase before its comma holds (وعلى صعيد آخر،).
    static let openingPhraseWords = 3
}
