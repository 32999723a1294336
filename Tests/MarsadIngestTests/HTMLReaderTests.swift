import Foundation
import MarsadCore
import MarsadIngest
import MarsadTestSupport
import Testing

/// Article pages: main text without boilerplate, metadata, encodings, broken pages.
@Suite struct HTMLReaderTests {
    let reader = HTMLReader()

    let page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head>
        <meta charset="utf-8">
        <title>قمة ألاسكا | الموقع</title>
        <meta property="og:title" content="بوتين وترامب في ألاسكا">
        <meta name="author" content="مراسل الموقع">
        <meta property="article:published_time" content="2025-08-15T20:00:00+03:00">
        <link rel="canonical" href="https://example.org/news/alaska">
        <script>var ads = "<p>ليس نصاً</p>";</script>
        <style>p { color: red }</style>
        </head><body>
        <header><nav><ul><li>الرئيسية</li><li>سياسة</li></ul></nav></header>
        <div class="ad-banner"><p>إعلان: اشترك الآن واحصل على خصم كبير جداً على كل المنتجات</p></div>
        <article>
          <h1>بوتين وترامب في ألاسكا</h1>
          <p>التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في قاعدة عسكرية بألاسكا.</p>
          <div class="share-buttons"><a href="#">شارك</a></div>
          <p>وقال بوتين إن اللقاء كان <b>بناءً</b> ومفيداً للطرفين.</p>
          <aside><p>اقرأ أيضاً: أخبار أخرى كثيرة لا علاقة لها بالمقال</p></aside>
        </article>
        <footer><p>جميع الحقوق محفوظة</p></footer>
        </body></html>
        """

    @Test func readsTheArticleAndItsMetadata() throws {
        let document = try reader.document(Array(page.utf8), name: "alaska.html")
        #expect(document.text == """
            بوتين وترامب في ألاسكا
            التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب في قاعدة عسكرية بألاسكا.
            وقال بوتين إن اللقاء كان بناءً ومفيداً للطرفين.
            """)
        #expect(document.title == "بوتين وترامب في ألاسكا")
        #expect(document.byline == "مراسل الموقع")
        #expect(document.published?.date == "2025-08-15")
        #expect(document.url == "https://example.org/news/alaska")
        #expect(document.source == "alaska.html")
    }

    @Test func aProfileLinkIsNoByline() throws {
        for key in ["name=\"author\"", "property=\"article:author\""] {
            let linked = page.replacingOccurrences(of: "<meta name=\"author\" content=\"مراسل الموقع\">",
                                                   with: "<meta \(key) content=\"https://example.org/staff/1\">")
            #expect(try reader.document(Array(linked.utf8), name: "alaska.html").byline == nil, "\(key)")
        }
    }

    @Test func findsTheMainTextWithoutAnArticleElement() throws {
        let html = """
            <html><head><title>عنوان</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
              "datePublished": "2025-08-16", "author": [{"@type": "Person", "name": "كاتب"}]}]}</script></head>
            <body><div id="menu"><p>قائمة طويلة من الروابط التي لا تنتمي إلى المقال إطلاقاً</p></div>
            <div class="content"><p>الفقرة الأولى من الخبر وهي طويلة بما يكفي.</p><p>الفقرة الثانية من الخبر.</p></div>
            <div class="comments"><p>تعليق: رأيي أن هذا الخبر مهم جداً ويستحق النقاش المطول</p></div>
            <time datetime="2020-01-01">قديم</time></body></html>
            """
        let document = try reader.document(Array(html.utf8), name: "page.html")
        #expect(document.text == "الفقرة الأولى من الخبر وهي طويلة بما يكفي.\nالفقرة الثانية من الخبر.")
        #expect(document.published?.date == "2025-08-16")
        #expect(document.byline == "كاتب")
        #expect(document.title == "عنوان")
    }

    @Test func honoursADeclaredWindows1256Encoding() throws {
        var bytes = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>"#.utf8)
        bytes += [0xC7, 0xE1, 0xD1, 0xED, 0xC7, 0xD6]  // الرياض
        bytes += Array("</p></body></html>".utf8)
        #expect(try reader.document(bytes, name: "cp1256.html").text == "الرياض")
    }

    @Test func recoversFromTruncatedPagesAndRefusesEmptyOnes() throws {
        let cut = "<html><body><article><p>نص المقال المبتور في منتص"
        #expect(try reader.document(Array(cut.utf8), name: "cut.html").text == "نص المقال المبتور في منتص")
        let empty = "<html><head><script>x()</script></head><body><nav>روابط</nav></body></html>"
        #expect(caught { try reader.document(Array(empty.utf8), name: "empty.html") }?.code == .emptyInput)
    }
}
