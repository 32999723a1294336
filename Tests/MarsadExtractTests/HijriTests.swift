import Foundation
import MarsadCore
@testable import MarsadExtract
import Testing

/// The tabular Hijri conversion and Hijri dates in text.
@Suite struct HijriTests {
    @Test func knownTabularDates() {
        // The civil (tabular) calendar's epoch and dates it fixes by arithmetic alone.
        #expect(CivilDate(days: HijriCalendar.epoch).iso == "0622-07-19")
        #expect(HijriCalendar.gregorian(year: 1447, month: 1, day: 1)?.iso == "2025-06-27")
        #expect(HijriCalendar.gregorian(year: 1446, month: 9, day: 1)?.iso == "2025-03-01")
        #expect(HijriCalendar.gregorian(year: 1400, month: 1, day: 1)?.iso == "1979-11-21")
    }

    @Test func agreesWithFoundationsIslamicCivilCalendarOverTheWholeRange() throws {
        var islamic = Calendar(identifier: .islamicCivil)
        islamic.timeZone = try #require(TimeZone(identifier: "UTC"))
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = islamic.timeZone
        for year in HijriCalendar.validYears {
            for month in [1, 6, 9, 12] {
                let date = try #require(islamic.date(from: DateComponents(year: year, month: month, day: 1)))
                let parts = gregorian.dateComponents([.year, .month, .day], from: date)
                let expected = try #require(CivilDate(year: parts.year!, month: parts.month!, day: parts.day!))
                #expect(HijriCalendar.gregorian(year: year, month: month, day: 1) == expected, "\(year)-\(month)-01")
            }
        }
    }

    @Test func roundTripsEveryDayOfACycle() {
        for days in HijriCalendar.days(year: 1440, month: 1, day: 1)..<HijriCalendar.days(year: 1470, month: 1, day: 1) {
            let (y, m, d) = HijriCalendar.hijri(days: days)
            #expect(HijriCalendar.days(year: y, month: m, day: d) == days)
            #expect(d >= 1 && d <= HijriCalendar.daysIn(month: m, year: y))
        }
        // A 30-year cycle has 10,631 days.
        #expect(HijriCalendar.days(year: 1471, month: 1, day: 1) - HijriCalendar.days(year: 1441, month: 1, day: 1) == 10_631)
    }

    @Test func hijriDatesInText() {
        #expect(times("صدر القرار في 1 محرم 1447 هـ بعد مشاورات.")
                == [FoundTime(text: "1 محرم 1447 هـ", value: "2025-06-27", resolution: "explicit")])
        #expect(times("بدأ الصيام في 1 رمضان 1446 للهجرة.")
                == [FoundTime(text: "1 رمضان 1446 للهجرة", value: "2025-03-01", resolution: "explicit")])
        #expect(times("أقيم الحفل في 10 ذي الحجة 1445 هـ بمكة.").first?.value == "2024-06-17")
        #expect(times("وفي 12 ربيع الأول 1446 احتفل الناس.").first?.text == "12 ربيع الأول 1446")
        #expect(times("وفي 5 جمادى الآخرة 1446 هـ صدر العدد.").first?.text == "5 جمادى الآخرة 1446 هـ")
        #expect(times("وفي 5 جمادي الثانية 1446 هـ صدر العدد.").first?.text == "5 جمادي الثانية 1446 هـ")
        #expect(times("خلال شهر رمضان 1446 تراجعت الأسعار.").first?.value == "2025-03-01/2025-03-30")
    }

    @Test func aHijriDateOutsideTheRangeIsKeptUnresolved() throws {
        let text = "تذكر المخطوطة أحداث 10 شوال 1200 هـ في المدينة."
        let document = Document(text: text, published: PublicationTime(iso: "2025-08-17"))
        let found = try #require(timeTonePipeline.run(document).times.first)
        #expect(found.value == "XXXX-XX-XX")
        #expect(found.resolution == .unresolved)
        #expect(found.hijri == "1200-10-10")
    }

    @Test func aHijriYearOutsideTheRangeIsTheGregorianYearsItOverlaps() {
        // 1331 هـ began on 11 December 1912 (tabular); 1300 هـ ran from 12 November 1882 to 31 October 1883.
        #expect(times("وفي عام 1331 هـ وصل الحجاج.") == [FoundTime(text: "عام 1331 هـ", value: "1912/1913", resolution: "explicit")])
        #expect(times("بني المسجد سنة 1300 هـ في المدينة.").first?.value == "1882/1883")
        #expect(HijriCalendar.gregorianYears(of: 1331) == 1912...1913)
        #expect(HijriCalendar.gregorianYears(of: 0) == nil)
    }

    @Test func صفرAloneIsNotAMonth() {
        #expect(times("سجلت النتيجة صفر مقابل هدفين.").isEmpty)
    }
}

/// Gregorian day arithmetic.
@Suite struct CivilDateTests {
    @Test func daysRoundTrip() throws {
        for days in stride(from: -800_000, to: 800_000, by: 997) {
            let date = CivilDate(days: days)
            #expect(try #require(CivilDate(year: date.year, month: date.month, day: date.day)).days == days)
        }
        #expect(CivilDate(days: 0).iso == "1970-01-01")
        #expect(CivilDate(year: 2025, month: 8, day: 17)?.weekday == 7)
    }

    @Test func isoWeeksAtYearBoundaries() {
        #expect(CivilDate(year: 2024, month: 12, day: 30)?.isoWeek == "2025-W01")
        #expect(CivilDate(year: 2021, month: 1, day: 3)?.isoWeek == "2020-W53")
        #expect(CivilDate(year: 2025, month: 8, day: 17)?.isoWeek == "2025-W33")
    }

    @Test func impossibleDaysDoNotExist() {
        #expect(CivilDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 4, day: 31) == nil)
    }
}
