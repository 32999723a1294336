import MarsadCore
import Testing

/// Dates with month names in their regional forms, numeric dates, Arabic-Indic digits.
@Suite struct GregorianDateTests {
    @Test(arguments: [
        ("عقدت القمة في 15 أغسطس 2025 في العاصمة.", "15 أغسطس 2025", "2025-08-15"),
        ("وقع الاتفاق يوم 3 يونيه 2019 بحضور الوزراء.", "يوم 3 يونيه 2019", "2019-06-03"),
        ("بدأ الإضراب في 9 كانون الثاني 2024 واستمر.", "9 كانون الثاني 2024", "2024-01-09"),
        ("انتهت المهلة في 28 شباط 2023 دون رد.", "28 شباط 2023", "2023-02-28"),
        ("أعلنت النتائج في 2 تشرين الأول 2020 رسميا.", "2 تشرين الأول 2020", "2020-10-02"),
        ("وصل الوفد إلى تونس في 5 جانفي 2022 صباحا.", "5 جانفي 2022", "2022-01-05"),
        ("أقيم المهرجان في 14 جويلية 2021 بالعاصمة.", "14 جويلية 2021", "2021-07-14"),
        ("صدر المرسوم في 20 أوت 2018 في الجزائر.", "20 أوت 2018", "2018-08-20"),
        ("جرت الانتخابات في 7 شتنبر 2021 بالمغرب.", "7 شتنبر 2021", "2021-09-07"),
        ("احتفل السكان في 12 غشت 2016 بالعيد.", "12 غشت 2016", "2016-08-12"),
        ("زار الرئيس الرباط في 1 ماي 2019 للاحتفال.", "1 ماي 2019", "2019-05-01"),
        ("صدر البيان في 15 آب/أغسطس 2025 عن الرئاسة.", "15 آب/أغسطس 2025", "2025-08-15"),
        ("انعقد المؤتمر في 4 نيسان (أبريل) 2017 ببيروت.", "4 نيسان (أبريل) 2017", "2017-04-04"),
        ("التقى الوزيران في ٢٠ آذار ٢٠٢٤ في عمان.", "٢٠ آذار ٢٠٢٤", "2024-03-20"),
        ("نشر التقرير بتاريخ 17/08/2025 على الموقع.", "17/08/2025", "2025-08-17"),
        ("نشر التقرير بتاريخ ١٧/٠٨/٢٠٢٥ على الموقع.", "١٧/٠٨/٢٠٢٥", "2025-08-17"),
        ("وثيقة مؤرخة 2025-08-17 تكشف التفاصيل.", "2025-08-17", "2025-08-17"),
        ("أغلق المعبر في أكتوبر 2023 بالكامل.", "أكتوبر 2023", "2023-10"),
        ("شهدت البلاد في حزيران 2014 موجة نزوح.", "حزيران 2014", "2014-06"),
        ("وقعت الهدنة الجمعة، 15 آب 2025 بعد وساطة.", "الجمعة، 15 آب 2025", "2025-08-15"),
    ])
    func explicitDates(sentence: String, surface: String, value: String) {
        #expect(times(sentence) == [FoundTime(text: surface, value: value, resolution: "explicit")])
    }

    @Test func aDayAndMonthWithoutAYearTakeTheYearNearestPublication() {
        #expect(times("وصل المبعوث في 3 يناير إلى المنطقة.", published: "2025-12-20")
                == [FoundTime(text: "3 يناير", value: "2026-01-03", resolution: "relative_to_publication")])
        #expect(times("وصل المبعوث في 28 ديسمبر إلى المنطقة.", published: "2026-01-04")
                == [FoundTime(text: "28 ديسمبر", value: "2025-12-28", resolution: "relative_to_publication")])
        #expect(times("في شهر مارس تغير الوضع.", published: "2025-08-17")
                == [FoundTime(text: "شهر مارس", value: "2025-03", resolution: "relative_to_publication")])
    }

    /// A month with a direction after it is the one before or after publication's: publication's own month,
    /// said to be past, is a year before (the nearest would be this one); without a publication date the year
    /// stays unknown.
    @Test(arguments: [
        ("فرضت واشنطن في يناير الماضي عقوبات جديدة.", "2025-11-18", "يناير الماضي", "2025-01", "relative_to_publication"),
        ("وقع الاتفاق في نوفمبر الماضي بعد مفاوضات.", "2025-11-18", "نوفمبر الماضي", "2024-11", "relative_to_publication"),
        ("وتعقد القمة في 20 مارس المقبل في الرياض.", "2025-11-18", "20 مارس المقبل", "2026-03-20", "relative_to_publication"),
        ("وتعقد القمة في يناير المقبل في الرياض.", nil, "يناير المقبل", "XXXX-01", "unresolved"),
    ] as [(String, String?, String, String, String)])
    func aMonthWithADirectionAfterIt(sentence: String, published: String?, surface: String, value: String, resolution: String) {
        #expect(times(sentence, published: published) == [FoundTime(text: surface, value: value, resolution: resolution)])
    }

    /// A month with من and a year after it is that year's, a year named relative to publication as well
    /// (نوفمبر من العام الماضي had given the year alone, and the month was lost).
    @Test(arguments: [
        ("أبرم الاتفاق في نوفمبر من العام الماضي.", "نوفمبر من العام الماضي", "2024-11", "relative_to_publication"),
        ("وصل في 12 يناير من هذا العام.", "12 يناير من هذا العام", "2025-01-12", "relative_to_publication"),
        ("تعقد القمة في مايو من العام المقبل.", "مايو من العام المقبل", "2026-05", "relative_to_publication"),
        ("اندلعت الاحتجاجات في مارس من عام 2011.", "مارس من عام 2011", "2011-03", "explicit"),
    ] as [(String, String, String, String)])
    func aMonthOfAYearNamedAfterMin(sentence: String, surface: String, value: String, resolution: String) {
        #expect(times(sentence, published: "2025-10-19") == [FoundTime(text: surface, value: value, resolution: resolution)])
    }

    /// A month alone after a preposition of time is the one nearest publication; a year after it with عام or the
    /// year's word is its own (يونيو عام 1985 had given the year alone, the month lost).
    @Test(arguments: [
        ("قبل أن تعلن سلطنة عمان في مايو التوصل إلى اتفاق.", "مايو", "2025-05", "relative_to_publication"),
        ("وفي أغسطس تراجعت الأسعار.", "أغسطس", "2025-08", "relative_to_publication"),
        ("ويعتقد أنه قتل في يونيو (حزيران) عام 1985.", "يونيو (حزيران) عام 1985", "1985-06", "explicit"),
        ("وقعت الحادثة في مايو العام الماضي.", "مايو العام الماضي", "2024-05", "relative_to_publication"),
    ] as [(String, String, String, String)])
    func aMonthAfterAPrepositionOrBeforeItsYear(sentence: String, surface: String, value: String, resolution: String) {
        #expect(times(sentence, published: "2025-10-19") == [FoundTime(text: surface, value: value, resolution: resolution)])
    }

    @Test func aMonthAloneAfterSinceIsTheLastOneUpToPublication() {
        // In late July the nearest December would be this year's; since December is last year's.
        #expect(times("وهبطت الصادرات لأدنى مستوياتها منذ ديسمبر.", published: "2025-07-21").map(\.value) == ["2024-12"])
        #expect(times("وسيبرم الاتفاق في ديسمبر.", published: "2025-07-21").map(\.value) == ["2025-12"])
    }

    @Test func aMonthInsideAWordAfterAPrepositionIsNoMonth() {
        // باب is a door, not ب + آب; a preposition before a year is no month's (سبتمبر منذ 2008 is two times).
        #expect(times("وقعت الاشتباكات في باب المندب.").isEmpty)
        #expect(times("وأضاف في سبتمبر منذ 2008 أن الأسعار ارتفعت.", published: "2025-10-19").map(\.text) == ["سبتمبر", "2008"])
    }

    @Test func withoutAPublicationDateAMissingYearStaysUnresolved() {
        #expect(times("وصل المبعوث في 3 يناير إلى المنطقة.", published: nil)
                == [FoundTime(text: "3 يناير", value: "XXXX-01-03", resolution: "unresolved")])
    }

    @Test func impossibleDatesAreNotEmitted() {
        #expect(times("قيل إن اللقاء جرى في 31 شباط 2025 وهذا مستحيل.").isEmpty)
        #expect(times("ورد تاريخ 30/02/2024 في الوثيقة.").isEmpty)
        #expect(times("ورد تاريخ 12/13/2025 في الوثيقة.").isEmpty)
        #expect(times("ورد تاريخ 2025-13-01 في الوثيقة.").isEmpty)
        #expect(times("حدث ذلك في 30 فبراير الماضي.").isEmpty)
    }

    @Test func aMonthNameThatIsAlsoAWordNeedsADayOrAYear() {
        // مارس is also "he practised"; آب folds to أب "father".
        #expect(times("مارس الوزير ضغوطا كبيرة على الحكومة.").isEmpty)
        #expect(times("قال الأب إن ابنه مفقود.").isEmpty)
    }

    @Test func monthsWithQualifiers() {
        #expect(times("ستبدأ المحادثات مطلع سبتمبر 2025 في جنيف.")
                == [FoundTime(text: "مطلع سبتمبر 2025", value: "2025-09", resolution: "explicit", modifier: "start")])
    }
}
