import Foundation
import MarsadTestSupport
import Testing

/// `marsad analyze` keeps the text as given and every span points at its exact words.
@Suite("marsad analyze: text and spans")
struct AnalyzeSpanTests {
    /// Arabic with harakat and shadda, RTL/LTR marks and the Arabic letter mark, emoji with a
    /// skin tone, a ZWJ family and a flag, a decomposed é, quotes and backslashes, a tab, a
    /// line separator, CRLF and a control character: everything a span can trip over.
    static let richText = """
        قالت المتحدثة\u{200F}: "نرحّب بالاتفاق" 👍🏽 ثم أضافت: C:\\مجلد\\ملف و👨‍👩‍👧‍👦 و🇵🇸.
        كلمة e\u{0301}te كَتَبَ الطالبُ الدرسَ \u{200E}ABC\u{200E}\u{061C}١٢٣.\tنهاية\u{2028}سطر\r
        آخر \u{01} رمز

        """

    @Test("a text file gives one JSON object with the text unchanged and exact spans")
    func textFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("rich.txt", Self.richText)
        let run = try marsad(["analyze", path])
        #expect(run.status == 0, "\(run)")
        let analysis = try run.object()
        #expect(analysis["text"] as? String == Self.richText)
        let count = try checkSpans(analysis)
        #expect(count > 25)
        let surfaces = Set(tokens(analysis).compactMap { $0["text"] as? String })
        // Combining marks stay on their letters; emoji sequences are not cut apart.
        for word in ["نرحّب", "كَتَبَ", "الطالبُ", "e\u{0301}te", "👍🏽", "👨‍👩‍👧‍👦", "🇵🇸", "١٢٣", "مجلد", "\"", "\\"] {
            #expect(surfaces.contains(word), "no token \(word.debugDescription)")
        }
        #expect(analysis["id"] as? String != nil)
        #expect(analysis["pipeline"] is [String: Any])
    }

    @Test("standard input, with no path or with -, is analysed the same way")
    func standardInput() throws {
        let text = "وصلت القافلة إلى البلدة مساء أمس 🚚.\nوقال السكان إنهم ينتظرونها منذ أيام."
        for arguments in [["analyze"], ["analyze", "-"]] {
            let run = try marsad(arguments, stdin: Data(text.utf8))
            #expect(run.status == 0, "\(run)")
            let analysis = try run.object()
            #expect(analysis["text"] as? String == text)
            #expect(analysis["language"] as? String == "ar")
            #expect(try checkSpans(analysis) >= 14)
            #expect((analysis["sentences"] as? [Any])?.count == 2)
        }
    }

    @Test("a JSON Lines record with escaped quotes and backslashes keeps them in its text, with exact spans")
    func escapedJSONLines() throws {
        let line = #"{"id": "q1", "text": "قال المسؤول \"لن نتراجع\" وكتب المسار C:\\ملفات\\تقرير 👍 ثم غادر.\nالسطر الثاني \u0645\u0631\u062D\u0628\u0627 \ud83c\udf19."}"#
        let run = try marsad(["analyze", "--input-format", "jsonl"], stdin: Data((line + "\n").utf8))
        #expect(run.status == 0, "\(run)")
        let lines = try run.lines()
        try #require(lines.count == 1)
        let analysis = lines[0]
        #expect(analysis["id"] as? String == "q1")
        #expect(analysis["text"] as? String == "قال المسؤول \"لن نتراجع\" وكتب المسار C:\\ملفات\\تقرير 👍 ثم غادر.\nالسطر الثاني مرحبا 🌙.")
        try checkSpans(analysis)
        let surfaces = tokens(analysis).compactMap { $0["text"] as? String }
        #expect(surfaces.filter { $0 == "\"" }.count == 2)
        #expect(surfaces.filter { $0 == "\\" }.count == 2)
        #expect(surfaces.contains("مرحبا"))
        #expect(surfaces.contains("🌙"))
    }

    @Test("a compound joined by a hyphen is one token with its parts")
    func compound() throws {
        let text = "هبطت الطائرة في قاعدة إلمندورف-ريتشاردسون صباحًا."
        let run = try marsad(["analyze"], stdin: Data(text.utf8))
        #expect(run.status == 0, "\(run)")
        let analysis = try run.object()
        try checkSpans(analysis)
        let compound = try #require(tokens(analysis).first { $0["text"] as? String == "إلمندورف-ريتشاردسون" })
        let parts = try #require(compound["parts"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        #expect(parts.compactMap { slice(scalars, int($0["start"]) ?? -1, int($0["end"]) ?? -1) } == ["إلمندورف", "ريتشاردسون"])
    }

    @Test("--published is echoed")
    func published() throws {
        let run = try marsad(["analyze", "--published", "2024-02-29"], stdin: Data("خبر قصير عن الطقس.".utf8))
        #expect(run.status == 0, "\(run)")
        #expect(try run.object()["published"] as? String == "2024-02-29")
    }
}
