import MarsadCore
import Testing

/// Clock times (with minutes, parts of the day, time zones and their day) and ranges of days.
@Suite struct ClockAndRangeTests {
    @Test(arguments: [
        ("تبدأ الجلسة الساعة الثالثة عصرا في البرلمان.", "الساعة الثالثة عصرا", "2025-08-17T15:00"),
        ("هبطت الطائرة الساعة 10:30 صباحا بتوقيت غرينتش في المطار.", "الساعة 10:30 صباحا بتوقيت غرينتش", "2025-08-17T10:30Z"),
        ("يسري حظر التجول عند منتصف الليل في المدينة.", "منتصف الليل", "2025-08-17T24:00"),
        ("أقيمت الصلاة الساعة الواحدة ظهرا بتوقيت مكة.", "الساعة الواحدة ظهرا بتوقيت مكة", "2025-08-17T13:00+03:00"),
        ("انطلق القطار الساعة الحادية عشرة إلا ربعا ليلا.", "الساعة الحادية عشرة إلا ربعا ليلا", "2025-08-17T22:45"),
        ("يبث الخطاب الساعة 8 و15 دقيقة مساء.", "الساعة 8 و15 دقيقة مساء", "2025-08-17T20:15"),
        ("اندلع الحريق الساعة الثانية ليلا في المصنع.", "الساعة الثانية ليلا", "2025-08-17T02:00"),
    ])
    func clockTimesTakeThePublicationDay(sentence: String, surface: String, value: String) {
        #expect(times(sentence) == [FoundTime(text: surface, value: value, resolution: "relative_to_publication")])
    }

    @Test func aClockTimeTakesTheDayWrittenBeforeOrAfterIt() {
        #expect(times("تعقد القمة يوم الجمعة 15 أغسطس 2025 الساعة الثامنة مساء بتوقيت مكة.") == [
            FoundTime(text: "يوم الجمعة 15 أغسطس 2025", value: "2025-08-15", resolution: "explicit"),
            FoundTime(text: "الساعة الثامنة مساء بتوقيت مكة", value: "2025-08-15T20:00+03:00", resolution: "explicit"),
        ])
        // Published on a Sunday: Saturday is the day before.
        #expect(times("افتتح المعرض الساعة العاشرة من صباح يوم السبت.")
                == [FoundTime(text: "الساعة العاشرة من صباح يوم السبت", value: "2025-08-16T10:00", resolution: "relative_to_publication")])
        #expect(times("تنتهي المهلة منتصف ليل الأحد المقبل.")
                == [FoundTime(text: "منتصف ليل الأحد المقبل", value: "2025-08-24T24:00", resolution: "relative_to_publication")])
    }

    @Test func aDateInAnotherSentenceDoesNotDateAClockTime() {
        #expect(times("وصل الوفد في 3 مارس 2024.\nبدأت الجلسة الساعة التاسعة صباحا.") == [
            FoundTime(text: "3 مارس 2024", value: "2024-03-03", resolution: "explicit"),
            FoundTime(text: "الساعة التاسعة صباحا", value: "2025-08-17T09:00", resolution: "relative_to_publication"),
        ])
    }

    @Test func withoutAPublicationDateAClockTimeKeepsAnUnknownDay() {
        #expect(times("تبدأ الجلسة الساعة الثالثة عصرا.", published: nil)
                == [FoundTime(text: "الساعة الثالثة عصرا", value: "XXXX-XX-XXT15:00", resolution: "unresolved")])
    }

    @Test func bareNumbersWithAColonNeedAClockWord() {
        #expect(times("سجل العداء زمنا قدره 10:30 في السباق.").isEmpty)
        #expect(times("ورد ذلك في الآية 2:255 من السورة.").isEmpty)
        #expect(times("انتهت المباراة الساعة 25 دون أهداف.").isEmpty)
    }

    @Test(arguments: [
        ("يعقد المؤتمر من 15 إلى 17 أغسطس 2025 في الدوحة.", "15 إلى 17 أغسطس 2025", "2025-08-15/2025-08-17"),
        ("تجرى المفاوضات بين 3 و5 مارس 2024 في جنيف.", "3 و5 مارس 2024", "2024-03-03/2024-03-05"),
        ("يقام المهرجان 15-17 آب 2025 في بيروت.", "15-17 آب 2025", "2025-08-15/2025-08-17"),
        ("تنظم الدورة من 2 حتى 4 تشرين الثاني 2023 في عمان.", "2 حتى 4 تشرين الثاني 2023", "2023-11-02/2023-11-04"),
        ("جرت الانتخابات من 7 إلى 9 شتنبر 2021 بالمغرب.", "7 إلى 9 شتنبر 2021", "2021-09-07/2021-09-09"),
        ("أقيم الصالون من 20 إلى 25 جانفي 2022 بالجزائر.", "20 إلى 25 جانفي 2022", "2022-01-20/2022-01-25"),
        ("يمتد المعرض من 30 يونيو إلى 2 يوليو 2025 في الرياض.", "30 يونيو إلى 2 يوليو 2025", "2025-06-30/2025-07-02"),
        ("تمتد العطلة من 28 كانون الأول إلى 3 كانون الثاني 2026 في المدارس.", "28 كانون الأول إلى 3 كانون الثاني 2026", "2025-12-28/2026-01-03"),
        ("تمتد الهدنة من 30 ديسمبر 2024 إلى 2 يناير 2025 وفق الاتفاق.", "30 ديسمبر 2024 إلى 2 يناير 2025", "2024-12-30/2025-01-02"),
    ])
    func explicitRangesOfDays(sentence: String, surface: String, value: String) {
        #expect(times(sentence) == [FoundTime(text: surface, value: value, resolution: "explicit")])
    }

    @Test func rangesWithoutAYearTakeTheYearNearestPublication() {
        #expect(times("يقام المعرض من 30 جوان إلى 2 جويلية بتونس.", published: "2025-08-17")
                == [FoundTime(text: "30 جوان إلى 2 جويلية", value: "2025-06-30/2025-07-02", resolution: "relative_to_publication")])
        #expect(times("جرت القرعة بين 29 و31 ديسمبر في الدوحة.", published: "2026-01-02").first
                == FoundTime(text: "29 و31 ديسمبر", value: "2025-12-29/2025-12-31", resolution: "relative_to_publication"))
        // The next December, said so, is a year on.
        #expect(times("تجرى القرعة بين 29 و31 ديسمبر المقبل.", published: "2026-01-02").first
                == FoundTime(text: "29 و31 ديسمبر المقبل", value: "2026-12-29/2026-12-31", resolution: "relative_to_publication"))
    }

    @Test func aRangeOfHijriDays() {
        #expect(times("تقام الشعائر من 8 إلى 10 ذي الحجة 1446 هـ في مكة.")
                == [FoundTime(text: "8 إلى 10 ذي الحجة 1446 هـ", value: "2025-06-05/2025-06-07", resolution: "explicit")])
    }

    @Test func impossibleRangesAreNotEmitted() {
        #expect(times("قيل إن الموسم يمتد من 27 إلى 31 شباط 2025 وهذا خطأ.").isEmpty)
        #expect(times("قيل إن الموسم يمتد من 31 إلى 30 نيسان 2025 وهذا خطأ.").map(\.value) == ["2025-04-30"])
    }
}
