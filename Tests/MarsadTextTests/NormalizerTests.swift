import Testing
@testable import MarsadText

@Suite struct NormalizerTests {
    let matching = Normalizer(options: .matching)
    let plain = Normalizer(options: [])

    @Test func removesHarakatAndTatweel() {
        #expect(plain.normalized("مُحَمَّدٌ") == "محمد")
        #expect(plain.normalized("تعقيدًا") == "تعقيدا")
        #expect(plain.normalized("جـــميل") == "جميل")
        #expect(plain.normalized("الٰله") == "الله")  // superscript alef
    }

    @Test func foldsAlefYehAndTehMarbutaOnlyWhenAsked() {
        #expect(matching.normalized("أحمد إلى آخر ٱلقمة") == "احمد الي اخر القمه")
        #expect(plain.normalized("أحمد إلى آخر ٱلقمة") == "أحمد إلى آخر ٱلقمة")
        #expect(Normalizer(options: .token).normalized("القمة على") == "القمة علي")
        #expect(Normalizer(options: [.foldTehMarbuta]).normalized("مدينة") == "مدينه")
    }

    @Test func mapsPresentationFormsToBaseLetters() {
        #expect(plain.normalized("\u{FEFB}") == "لا")  // ligature lam-alef
        #expect(plain.normalized("\u{FDF2}") == "الله")
        #expect(plain.normalized("\u{FE8D}\u{FEDF}\u{FEE3}") == "الم")  // isolated/initial/medial forms
        #expect(plain.normalized("\u{FE70}") == "")  // an isolated fathatan form leaves nothing
        #expect(matching.normalized("\u{FEF7}") == "لا")  // lam with hamza-alef, alef folded
    }

    @Test func mapsDigitsAndArabicSeparators() {
        #expect(plain.normalized("٢٠٢٥") == "2025")
        #expect(plain.normalized("۱۲۳") == "123")
        #expect(plain.normalized("٣٫٥ ٪٤٥ ١٥٬٠٠٠") == "3.5 %45 15,000")
    }

    @Test func mapsPersianAndUrduLetters() {
        #expect(plain.normalized("کتاب") == "كتاب")
        #expect(plain.normalized("علی") == "علي")
        #expect(plain.normalized("ھذا") == "هذا")
    }

    @Test func dropsInvisibleMarksAndUnifiesDashes() {
        #expect(plain.normalized("ترا\u{200F}مب\u{200C}") == "ترامب")
        #expect(plain.normalized("\u{FEFF}نص\u{200E}") == "نص")
        #expect(plain.normalized("أ–ب—ج‐د−هـ") == "أ-ب-ج-د-ه")
    }

    @Test func lowerCasesASCIIOnlyWhenAsked() {
        #expect(matching.normalized("Putin É") == "putin É")
        #expect(plain.normalized("Putin") == "Putin")
    }

    @Test func leavesOtherTextAlone() {
        let text = "Hello 世界 🇸🇦 👍🏽 e\u{301}"
        #expect(plain.normalized(text) == text)
    }

    @Test(arguments: [NormalizationOptions.matching, .token, []])
    func isIdempotent(options: NormalizationOptions) {
        let normalizer = Normalizer(options: options)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = RandomText.string(length: 40, using: &generator)
            let once = normalizer.normalized(text)
            #expect(normalizer.normalized(once) == once, "not idempotent on \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func offsetMapPointsBackToTheOriginalScalars() {
        let text = "وَبِمُوسْكُو ﻻ ٢٠٢٥"
        let normalized = matching.normalize(text)
        #expect(normalized.text == "وبموسكو لا 2025")
        let original = Array(text.utf8)
        let normalizedBytes = Array(normalized.text.utf8)
        // The first word, with its harakat, maps back whole.
        let word = 0..<"وبموسكو".utf8.count
        let source = normalized.sourceRange(of: word)
        #expect(String(decoding: original[source], as: UTF8.self) == "وَبِمُوسْكُو")
        // The two letters of the ligature both come from its one scalar.
        let lamAlef = (word.upperBound + 1)..<(word.upperBound + 5)
        #expect(String(decoding: normalizedBytes[lamAlef], as: UTF8.self) == "لا")
        #expect(String(decoding: original[normalized.sourceRange(of: lamAlef)], as: UTF8.self) == "ﻻ")
        let lam = lamAlef.lowerBound..<(lamAlef.lowerBound + 2)
        #expect(String(decoding: original[normalized.sourceRange(of: lam)], as: UTF8.self) == "ﻻ")
        #expect(normalized.sourceOffsets.count == normalizedBytes.count)
    }

    @Test func offsetMapIsMonotonic() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let text = RandomText.string(length: 30, using: &generator)
            let normalized = matching.normalize(text)
            #expect(zip(normalized.sourceOffsets, normalized.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(normalized.sourceOffsets.allSatisfy { Int($0) < text.utf8.count })
        }
    }
}
