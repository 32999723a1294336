import Foundation
import MarsadCore
import MarsadExtract
import Testing

/// `marsad build dates` reads dateparser's JSON, CLDR XML and a curated list.
@Suite struct DateVocabularyBuilderTests {
    @Test func readsEachSourceAndDropsRepeats() throws {
        var builder = DateVocabularyBuilder()
        let json = #"{"august": ["أغسطس"], "friday": ["الجمعة"], "relative-type": {"1 day ago": ["أمس", "اليوم السابق"], "in 1 day": ["غدًا"]}, "ago": ["منذ"], "locale_specific": {"ar-LB": {"august": ["آب"], "january": ["كانون الثاني", "كانون 2"]}}}"#
        try builder.addDateparser(json: Data(json.utf8), origin: "dateparser")
        builder.addCLDR(xml: """
            <calendar type="gregorian">
            <monthWidth type="narrow">
            <month type="8">أ</month>
            </monthWidth>
            <monthWidth type="wide">
            <month type="8">أوت</month>
            <month type="8">أغسطس</month>
            </monthWidth>
            <dayWidth type="wide">
            <day type="fri">الجمعة</day>
            </dayWidth>
            </calendar>
            <calendar type="islamic">
            <monthWidth type="wide">
            <month type="12">ذو الحجة</month>
            </monthWidth>
            """, origin: "cldr:ar_TN")
        try builder.addCurated(tsv: "# comment\nغشت\tmonth\t8\n", origin: "curated")
        let vocabulary = try DateVocabulary(tsv: builder.resource(sources: [], built: "2025-08-17").body)
        let meanings = vocabulary.entries.map { ($0.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " "), $0.meaning) }
        #expect(meanings.map(\.0) == ["اغسطس", "كانون الثاني", "اب", "الجمعة", "امس", "غدا", "منذ", "اوت", "ذو الحجة", "غشت"])
        #expect(meanings.first { $0.0 == "ذو الحجة" }?.1 == .hijriMonth(12))
        #expect(meanings.first { $0.0 == "امس" }?.1 == .relativeDay(-1))
        #expect(meanings.first { $0.0 == "منذ" }?.1 == .ago(since: true))
    }

    @Test func aBadCuratedLineIsNamed() {
        var builder = DateVocabularyBuilder()
        #expect(throws: MarsadError(.badRecord, "expected phrase <TAB> kind <TAB> value with a known kind and value", input: "curated.tsv", line: 2)) {
            try builder.addCurated(tsv: "غشت\tmonth\t8\nشهر13\tmonth\t13\n", origin: "curated.tsv")
        }
    }

    @Test func theShippedVocabularyHasEveryRegionalMonthName() {
        for (name, month) in [("كانون الثاني", 1), ("جانفي", 1), ("شباط", 2), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6),
                              ("جويلية", 7), ("يوليوز", 7), ("أوت", 8), ("غشت", 8), ("آب", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12)] {
            let norm = Array(Normalizer(options: .token).normalized(name).split(separator: " ")[0].utf8)
            let found = norm.withUnsafeBufferPointer { shippedResources.dates.entries(startingWith: $0) } ?? []
            #expect(found.contains { shippedResources.dates.entries[$0].meaning == .month(month) }, "\(name)")
        }
    }
}
