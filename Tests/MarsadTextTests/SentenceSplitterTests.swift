import Testing
@testable import MarsadText

/// The sentences of `text`, as strings.
func sentences(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { bytes in
        let tokens = Tokenizer().tokenize(utf8: bytes)
        return SentenceSplitter().split(tokens, in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.range]), as: UTF8.self) }
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsAtArabicAndLatinTerminals() {
        #expect(sentences("وصل الوفد. بدأت المحادثات! هل انتهت؟ لا؛ ستستمر") ==
            ["وصل الوفد.", "بدأت المحادثات!", "هل انتهت؟", "لا؛", "ستستمر"])
    }

    @Test func splitsAtLineBreaks() {
        #expect(sentences("العنوان الأول\nالفقرة الثانية بلا نقطة\n\nالثالثة.") ==
            ["العنوان الأول", "الفقرة الثانية بلا نقطة", "الثالثة."])
    }

    @Test func doesNotSplitInsideNumbers() {
        #expect(sentences("ارتفع المؤشر 3.5 نقطة. ثم هبط.") == ["ارتفع المؤشر 3.5 نقطة.", "ثم هبط."])
    }

    @Test func doesNotSplitAfterInitialsAndAbbreviations() {
        #expect(sentences("قال د. أحمد إن الاجتماع انتهى. وغادر.") == ["قال د. أحمد إن الاجتماع انتهى.", "وغادر."])
        #expect(sentences("Mr. Smith met Dr. Jones in the U.S. yesterday. They talked.") ==
            ["Mr. Smith met Dr. Jones in the U.S. yesterday.", "They talked."])
    }

    @Test func doesNotSplitInsideQuotes() {
        #expect(sentences("قال: «انتهى الاجتماع. سنعود غدا». ثم غادر.") == ["قال: «انتهى الاجتماع. سنعود غدا».", "ثم غادر."])
        #expect(sentences("وكتب \"الهدف دائما هو السلام. لا غير\" على الصورة. وانتهى.") ==
            ["وكتب \"الهدف دائما هو السلام. لا غير\" على الصورة.", "وانتهى."])
    }

    @Test func keepsClosingQuotesWithTheSentence() {
        #expect(sentences("قال «انتهى.» ثم غادر.") == ["قال «انتهى.»", "ثم غادر."])
    }

    @Test func anUnbalancedQuoteStopsHoldingSentencesTogether() {
        var splitter = SentenceSplitter()
        splitter.maxQuoteTokens = 5
        let text = "قال « كلام طويل جدا لا ينتهي هنا. ثم جملة أخرى."
        var copy = text
        let count = copy.withUTF8 { bytes in splitter.split(Tokenizer().tokenize(utf8: bytes), in: bytes).count }
        #expect(count == 2)
        // A line break ends an open quotation too.
        #expect(sentences("قال «بدأ\nثم انتهى.") == ["قال «بدأ", "ثم انتهى."])
    }

    @Test func anEllipsisDoesNotEndASentence() {
        #expect(sentences("انتظر... ثم تكلم.") == ["انتظر... ثم تكلم."])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n\t ").isEmpty)
    }
}
