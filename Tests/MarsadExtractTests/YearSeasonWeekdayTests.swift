import MarsadCore
import Testing

/// Years, ranges of years, seasons, weekdays and parts of the day.
@Suite struct YearSeasonWeekdayTests {
    @Test func years() {
        #expect(times("اندلعت الأزمة عام 2011 في المدينة.") == [FoundTime(text: "عام 2011", value: "2011", resolution: "explicit")])
        #expect(times("تأسست الشركة في 1998 برأس مال صغير.") == [FoundTime(text: "1998", value: "1998", resolution: "explicit")])
        #expect(times("تذكر الجميع مونديال قطر 2022، وما رافقه.") == [FoundTime(text: "2022", value: "2022", resolution: "explicit")])
        #expect(times("بنيت القلعة سنة 1250 م على التل.") == [FoundTime(text: "سنة 1250 م", value: "1250", resolution: "explicit")])
        #expect(times("قتل 2000 شخص في الزلزال.").isEmpty)
    }

    @Test func ranges() {
        #expect(times("حكم البلاد من 2018 إلى 2022 بلا انقطاع.") == [FoundTime(text: "2018 إلى 2022", value: "2018/2022", resolution: "explicit")])
        #expect(times("تراجع الإنتاج بين 2015 و2019 بشدة.") == [FoundTime(text: "2015 و2019", value: "2015/2019", resolution: "explicit")])
        #expect(times("خلال الفترة 2010-2014 تضاعف العدد.") == [FoundTime(text: "2010-2014", value: "2010/2014", resolution: "explicit")])
    }

    @Test func seasons() {
        #expect(times("جرت المفاوضات في صيف 2025 بعيدا عن الأضواء.") == [FoundTime(text: "صيف 2025", value: "2025-SU", resolution: "explicit")])
        #expect(times("تتوقع الحكومة انتخابات في شتاء 2026 المقبل.").first == FoundTime(text: "شتاء 2026", value: "2026-WI", resolution: "explicit"))
        #expect(times("سيعقد المؤتمر الربيع المقبل في القاهرة.", published: "2025-08-17")
                == [FoundTime(text: "الربيع المقبل", value: "2026-SP", resolution: "relative_to_publication")])
        #expect(times("في صيف سياسي ملتهب تتزاحم الأزمات.").isEmpty)
    }

    @Test func weekdaysResolveAgainstPublication() {
        // 2025-08-17 is a Sunday.
        #expect(times("التقى الوزيران الجمعة في الدوحة.") == [FoundTime(text: "الجمعة", value: "2025-08-15", resolution: "relative_to_publication")])
        #expect(times("ووصل الوفد يوم السبت إلى العاصمة.") == [FoundTime(text: "يوم السبت", value: "2025-08-16", resolution: "relative_to_publication")])
        #expect(times("يعقد الاجتماع الجمعة المقبل في جنيف.") == [FoundTime(text: "الجمعة المقبل", value: "2025-08-22", resolution: "relative_to_publication")])
        #expect(times("أعلن ذلك الخميس الماضي في مؤتمر صحفي.") == [FoundTime(text: "الخميس الماضي", value: "2025-08-14", resolution: "relative_to_publication")])
        #expect(times("فاز الأحد منهم بالجائزة.").isEmpty)
        #expect(times("يصل الوفد يوم الأحد إلى بيروت.") == [FoundTime(text: "يوم الأحد", value: "2025-08-17", resolution: "relative_to_publication")])
    }

    @Test func aBareWeekdayInAClauseAboutWhatIsToComeIsTheNextOne() {
        // 2025-08-17 is a Sunday: the Tuesday of a session to come is the 19th, of one held the 12th.
        #expect(times("ومن المقرر أن يعقد مجلس الأمن جلسة طارئة يوم الثلاثاء.").map(\.value) == ["2025-08-19"])
        #expect(times("سيلتقي الوزير نظيره الثلاثاء في جنيف.").map(\.value) == ["2025-08-19"])
        // The day of publication itself is to come too.
        #expect(times("سيصل الوفد يوم الأحد إلى بيروت.").map(\.value) == ["2025-08-17"])
        #expect(times("وعقد مجلس الأمن جلسة طارئة يوم الثلاثاء.").map(\.value) == ["2025-08-12"])
        // Control: a relative clause, or a clause a comma closes, tells an act of its own.
        #expect(times("وقال إن الجيش سيواصل عملياته التي بدأها يوم الثلاثاء.").map(\.value) == ["2025-08-12"])
        #expect(times("سيغادر الوفد غدا، بعد محادثات جرت الثلاثاء.").map(\.value).last == "2025-08-12")
    }

    @Test func weekdaysWithoutPublicationStayUnresolved() {
        #expect(times("التقى الوزيران الجمعة في الدوحة.", published: nil) == [FoundTime(text: "الجمعة", value: "XXXX-WXX-5", resolution: "unresolved")])
    }

    @Test func partsOfTheDay() {
        #expect(times("اندلعت الاشتباكات مساء الجمعة قرب الحدود.") == [FoundTime(text: "مساء الجمعة", value: "2025-08-15TEV", resolution: "relative_to_publication")])
        #expect(times("وصرح الوزير صباح اليوم للصحفيين.") == [FoundTime(text: "صباح اليوم", value: "2025-08-17TMO", resolution: "relative_to_publication")])
        #expect(times("وقع الانفجار ليلة أمس في الميناء.") == [FoundTime(text: "ليلة أمس", value: "2025-08-16TNI", resolution: "relative_to_publication")])
    }

    @Test func nextAndLastSeasonsAreTheNearestOnesNotYearPlusOne() {
        func value(_ text: String, _ published: String) -> String? {
            times(text, published: published).first?.value
        }
        #expect(value("سيزور الرئيس الرياض في الخريف المقبل.", "2025-03-10") == "2025-FA")
        #expect(value("سيزور الرئيس الرياض في الخريف المقبل.", "2025-10-10") == "2026-FA")
        #expect(value("جرت الانتخابات في الشتاء الماضي.", "2025-03-10") == "2024-WI")
        #expect(value("جرت الانتخابات في الشتاء الماضي.", "2025-01-10") == "2023-WI")
        #expect(value("عاد اللاجئون في الصيف الماضي.", "2025-08-17") == "2024-SU")
        #expect(value("يبدأ المشروع في الربيع المقبل.", "2024-12-31") == "2025-SP")
    }

    @Test func aCountedSpanOfUnitsIsARangeFromPublication() {
        #expect(times("ستجتمع اللجنة خلال الأسابيع الثلاثة المقبلة.", published: "2025-03-10")
                == [FoundTime(text: "الأسابيع الثلاثة المقبلة", value: "2025-03-10/2025-03-31", resolution: "relative_to_publication")])
        #expect(times("ارتفعت الأسعار في الأشهر الستة الماضية.", published: "2025-08-31").first?.value == "2025-02-28/2025-08-31")
        #expect(times("ستجتمع اللجنة خلال الأسابيع الثلاثة المقبلة.", published: nil).first?.value == "FUTURE_REF")
        #expect(times("ستجتمع اللجنة خلال الأسابيع المقبلة.", published: "2025-03-10").first?.value == "FUTURE_REF")
    }
}
