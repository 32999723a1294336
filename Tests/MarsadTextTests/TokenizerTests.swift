import Testing
@testable import MarsadText

/// The surface texts of the tokens of `text`.
func surfaces(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer().tokenize(text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

func kinds(_ text: String) -> [TokenKind] { Tokenizer().tokenize(text).map(\.kind) }

@Suite struct TokenizerTests {
    @Test func splitsArabicWordsAndPunctuation() {
        #expect(surfaces("قال الوزير: «نعم»، ثم غادر؟") == ["قال", "الوزير", ":", "«", "نعم", "»", "،", "ثم", "غادر", "؟"])
    }

    @Test func keepsNumbersWithTheirSeparators() {
        #expect(surfaces("بلغ 15,000 دولار و٢٠٢٥ و3.5 و45% و7.2 مليون") ==
            ["بلغ", "15,000", "دولار", "و", "٢٠٢٥", "و", "3.5", "و", "45%", "و", "7.2", "مليون"])
        #expect(surfaces("في ١٥٫٥ ٪") == ["في", "١٥٫٥", "٪"])
        #expect(surfaces("الساعة 10:30 يوم 17/08/2025.") == ["الساعة", "10:30", "يوم", "17/08/2025", "."])
        #expect(kinds("45% 3.5") == [.number, .number])
        #expect(surfaces("عام 2022.") == ["عام", "2022", "."])
    }

    @Test func keepsURLsEmailsHashtagsAndHandlesWhole() {
        let text = "راجع https://example.com/a?b=1، أو www.marsad.org. راسلنا على info@marsad.org #قمة_ألاسكا @marsad_ar"
        #expect(surfaces(text) == ["راجع", "https://example.com/a?b=1", "،", "أو", "www.marsad.org", ".", "راسلنا", "على",
                                   "info@marsad.org", "#قمة_ألاسكا", "@marsad_ar"])
        #expect(kinds(text).filter { $0 != .word && $0 != .punctuation } == [.url, .url, .email, .hashtag, .handle])
    }

    @Test func joinsHyphenAndEnDashCompoundsAndRemembersTheParts() {
        for text in ["قاعدة إلمندورف-ريتشاردسون", "قاعدة إلمندورف–ريتشاردسون", "COVID-19 و كوفيد-19"] {
            let tokens = Tokenizer().tokenize(text)
            let compounds = tokens.filter(\.isCompound)
            #expect(!compounds.isEmpty)
            let bytes = Array(text.utf8)
            for token in compounds {
                let parts = bytes.withUnsafeBufferPointer { token.parts(in: $0) }
                #expect(parts.count == 2)
                #expect(parts.first!.lowerBound == token.range.lowerBound && parts.last!.upperBound == token.range.upperBound)
            }
        }
        #expect(surfaces("إلمندورف-ريتشاردسون") == ["إلمندورف-ريتشاردسون"])
        // With spaces around it, a dash is punctuation, not a joint.
        #expect(surfaces("الأمريكية – الروسية") == ["الأمريكية", "–", "الروسية"])
        #expect(surfaces("2022-2025") == ["2022", "-", "2025"])
    }

    @Test func keepsLatinWordsWithDigitsAndApostrophes() {
        #expect(surfaces("Trump's G20 summit, don't 5G.") == ["Trump's", "G20", "summit", ",", "don't", "5G", "."])
    }

    @Test func separatesArabicFromLatinAndDigits() {
        #expect(surfaces("عام2022 وiPhone") == ["عام", "2022", "و", "iPhone"])
    }

    @Test func groupsRepeatedPunctuation() {
        #expect(surfaces("ماذا؟؟ حقا!!! ...") == ["ماذا", "؟؟", "حقا", "!!!", "..."])
    }

    @Test func keepsEmojiSequencesAndMarksWithTheirToken() {
        #expect(surfaces("👩‍👩‍👧 👍🏽 🇸🇦🇪🇬") == ["👩‍👩‍👧", "👍🏽", "🇸🇦", "🇪🇬"])
        #expect(surfaces("مُحَمَّدٌ") == ["مُحَمَّدٌ"])
        #expect(surfaces("بـ\"السلام\"") == ["بـ", "\"", "السلام", "\""])
    }

    @Test func treatsInvisibleMarksBetweenWordsAsSpace() {
        #expect(surfaces("ترامب\u{200F} بوتين") == ["ترامب", "بوتين"])
        #expect(surfaces("می\u{200C}خواهم") == ["می\u{200C}خواهم"])
    }

    @Test func marksLineBreaks() {
        let tokens = Tokenizer().tokenize("أ ب\nج")
        #expect(tokens.map(\.newlineBefore) == [false, false, true])
    }

    @Test func spansAreExactOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = RandomText.string(length: 50, using: &generator)
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for token in Tokenizer().tokenize(text) {
                #expect(token.range.lowerBound >= previousEnd && !token.range.isEmpty && token.range.upperBound <= bytes.count)
                #expect(!UTF8Scalar.isContinuation(bytes[token.range.lowerBound]))
                #expect(token.range.upperBound == bytes.count || !UTF8Scalar.isContinuation(bytes[token.range.upperBound]))
                previousEnd = token.range.upperBound
            }
        }
    }
}

@Suite struct TanweenTests {
    @Test func findsWrittenTanweenInTheTokensOwnBytes() {
        let text = "شرب كوبًا من ماءٍ باردٌ في كوبا"
        let tokens = Tokenizer().tokenize(text)
        var copy = text
        let marked = copy.withUTF8 { bytes in tokens.map { $0.hasTanween(in: bytes) } }
        let surfaces = tokens.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
        #expect(surfaces == ["شرب", "كوبًا", "من", "ماءٍ", "باردٌ", "في", "كوبا"])
        #expect(marked == [false, true, false, true, true, false, false])
    }
}
