import MarsadCore
import Testing

/// Relative expressions anchored on publication, across month and year boundaries, and durations.
@Suite struct RelativeAndDurationTests {
    @Test func daysRelativeToPublication() {
        #expect(times("وصل الوفد أمس إلى العاصمة.") == [FoundTime(text: "أمس", value: "2025-08-16", resolution: "relative_to_publication")])
        #expect(times("يغادر الوفد غدا إلى جنيف.") == [FoundTime(text: "غدا", value: "2025-08-18", resolution: "relative_to_publication")])
        #expect(times("وأعلن الوزير اليوم استقالته.") == [FoundTime(text: "اليوم", value: "2025-08-17", resolution: "relative_to_publication")])
        #expect(times("وصل المبعوث قبل يومين إلى غزة.") == [FoundTime(text: "قبل يومين", value: "2025-08-15", resolution: "relative_to_publication")])
        #expect(times("جرت محادثات أول أمس في القاهرة.") == [FoundTime(text: "أول أمس", value: "2025-08-15", resolution: "relative_to_publication")])
    }

    @Test func acrossMonthAndYearBoundaries() {
        #expect(times("وصل الوفد أمس إلى العاصمة.", published: "2024-03-01").first?.value == "2024-02-29")
        #expect(times("وصل الوفد أمس إلى العاصمة.", published: "2025-03-01").first?.value == "2025-02-28")
        #expect(times("يغادر الوفد غدا إلى جنيف.", published: "2024-12-31").first?.value == "2025-01-01")
        #expect(times("زار الوزير المدينة الأسبوع الماضي.", published: "2025-01-01").first?.value == "2024-W52")
        #expect(times("ارتفعت الأسعار الشهر الماضي بشدة.", published: "2025-01-10").first?.value == "2024-12")
        #expect(times("تراجعت الصادرات العام الماضي.", published: "2025-01-10").first?.value == "2024")
        #expect(times("يعقد الاجتماع الجمعة المقبل في جنيف.", published: "2025-12-30").first?.value == "2026-01-02")
        #expect(times("غادر السفير منذ ثلاثة أشهر.", published: "2025-02-10")
                == [FoundTime(text: "منذ ثلاثة أشهر", value: "2024-11", resolution: "relative_to_publication", modifier: "since")])
    }

    /// A qualifier between قبل or منذ and the duration qualifies the point back in time; it had been read as a
    /// duration of its own (نحو أربعة أشهر: P4M).
    @Test func aQualifiedDurationAgoIsAPoint() {
        #expect(times("حدث ذلك قبل نحو أربعة أشهر.") == [FoundTime(text: "قبل نحو أربعة أشهر", value: "2025-04", resolution: "relative_to_publication", modifier: "approx")])
        #expect(times("اندلعت قبل أكثر من عامين.") == [FoundTime(text: "قبل أكثر من عامين", value: "2023", resolution: "relative_to_publication", modifier: "before")])
        #expect(times("وصل منذ حوالي ثلاثة أيام.") == [FoundTime(text: "منذ حوالي ثلاثة أيام", value: "2025-08-14", resolution: "relative_to_publication", modifier: "since")])
    }

    @Test func unitsWithADirection() {
        #expect(times("سيزور الرئيس باريس الشهر المقبل.") == [FoundTime(text: "الشهر المقبل", value: "2025-09", resolution: "relative_to_publication")])
        #expect(times("تتوقع الوزارة نموا هذا العام.") == [FoundTime(text: "هذا العام", value: "2025", resolution: "relative_to_publication")])
        #expect(times("قد تشهد الأسابيع المقبلة لقاءات أخرى.") == [FoundTime(text: "الأسابيع المقبلة", value: "FUTURE_REF", resolution: "relative_to_publication")])
        #expect(times("تضاعفت الأسعار خلال السنوات الماضية.") == [FoundTime(text: "السنوات الماضية", value: "PAST_REF", resolution: "relative_to_publication")])
    }

    @Test func relativeExpressionsWithoutPublicationKeepAnOffset() {
        #expect(times("وصل الوفد أمس إلى العاصمة.", published: nil) == [FoundTime(text: "أمس", value: "REF-P1D", resolution: "unresolved")])
        #expect(times("زار الوزير المدينة الأسبوع الماضي.", published: nil).first?.value == "REF-P1W")
        #expect(times("قد تشهد الأسابيع المقبلة لقاءات أخرى.", published: nil).first == FoundTime(text: "الأسابيع المقبلة", value: "FUTURE_REF", resolution: "unresolved"))
    }

    @Test func durations() {
        #expect(times("استمر الاجتماع ساعتين و45 دقيقة.") == [FoundTime(text: "ساعتين و45 دقيقة", value: "PT2H45M", resolution: "explicit")])
        #expect(times("قضى في السجن 7 سنوات كاملة.") == [FoundTime(text: "7 سنوات", value: "P7Y", resolution: "explicit")])
        #expect(times("بعد أكثر من ثلاث سنوات على الحرب.") == [FoundTime(text: "أكثر من ثلاث سنوات", value: "P3Y", resolution: "explicit", modifier: "more_than")])
        #expect(times("استمرت المفاوضات سنتين دون نتيجة.") == [FoundTime(text: "سنتين", value: "P2Y", resolution: "explicit")])
        #expect(times("انتظر الأهالي أسبوعين كاملين.") == [FoundTime(text: "أسبوعين", value: "P2W", resolution: "explicit")])
        #expect(times("دامت الرحلة خمسة عشر يوما في الصحراء.") == [FoundTime(text: "خمسة عشر يوما", value: "P15D", resolution: "explicit")])
        #expect(times("بقي هناك خمسة وعشرين عاما.") == [FoundTime(text: "خمسة وعشرين عاما", value: "P25Y", resolution: "explicit")])
        #expect(times("احتجز نحو عشرة أيام.") == [FoundTime(text: "نحو عشرة أيام", value: "P10D", resolution: "explicit", modifier: "approx")])
    }

    @Test func aDurationAfterقبلIsAPointBackInTime() {
        #expect(times("غادر قبل ثلاث سنوات البلاد.") == [FoundTime(text: "قبل ثلاث سنوات", value: "2022", resolution: "relative_to_publication")])
        #expect(times("غادر قبل أسبوعين البلاد.").first?.value == "2025-W31")
    }
}
