import Foundation
import MarsadCore
import MarsadIngest
import MarsadTestSupport
import Testing

/// RSS 2.0 and Atom feeds, including hostile and broken ones.
@Suite struct FeedReaderTests {
    let reader = FeedReader(maxBytes: 1 << 20)

    func documents(_ xml: String) throws -> [Document] {
        try reader.items(Array(xml.utf8), name: "feed.xml").map {
            guard case .document(let document) = $0 else { throw $0.failure! }
            return document
        }
    }

    @Test func readsRSSItems() throws {
        let documents = try documents("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>أخبار</title><link>https://example.org</link>
            <item>
              <title>قمة &amp; محادثات</title>
              <link>https://example.org/a/1</link>
              <dc:creator>مراسلنا</dc:creator>
              <pubDate>Fri, 15 Aug 2025 18:30:00 +0300</pubDate>
              <description>ملخص قصير</description>
              <content:encoded><![CDATA[<p>التقى <b>بوتين</b> ترامب في ألاسكا.</p><script>alert(1)</script><p>وقال &laquo;إنها بداية&raquo;.</p>]]></content:encoded>
            </item>
            <item><title>ثانٍ</title><description>&lt;p&gt;نص الخبر الثاني&lt;/p&gt;</description></item>
            </channel></rss>
            """)
        #expect(documents.count == 2)
        #expect(documents[0].text == "التقى بوتين ترامب في ألاسكا.\nوقال «إنها بداية».")
        #expect(documents[0].title == "قمة & محادثات")
        #expect(documents[0].url == "https://example.org/a/1")
        #expect(documents[0].byline == "مراسلنا")
        #expect(documents[0].published?.iso == "2025-08-15T15:30:00Z")
        #expect(documents[1].text == "نص الخبر الثاني")
    }

    @Test func readsAtomEntries() throws {
        let documents = try documents("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
            <entry>
              <title type="html">Summit in Alaska</title>
              <link rel="self" href="https://example.org/self"/>
              <link href="https://example.org/2025/summit"/>
              <id>urn:uuid:1</id>
              <updated>2025-08-16T08:00:00Z</updated>
              <published>2025-08-15T20:00:00Z</published>
              <author><name>Wire</name></author>
              <summary>Short</summary>
              <content type="html">&lt;p&gt;Putin met Trump.&lt;/p&gt;</content>
            </entry></feed>
            """)
        #expect(documents.map(\.text) == ["Putin met Trump."])
        #expect(documents[0].url == "https://example.org/2025/summit")
        #expect(documents[0].byline == "Wire")
        #expect(documents[0].published?.iso == "2025-08-15T20:00:00Z")
    }

    @Test func readsDeclaredEncodings() throws {
        var bytes = Array(#"<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><item><description>"#.utf8)
        bytes += [0xC7, 0xE1, 0xD1, 0xED, 0xC7, 0xD6]  // الرياض
        bytes += Array("</description></item></channel></rss>".utf8)
        let items = try reader.items(bytes, name: "cp1256.xml")
        guard case .document(let document) = items.first else { Issue.record("no document: \(items)"); return }
        #expect(document.text == "الرياض")
    }

    @Test func refusesEntityBombsAndExternalEntities() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><item><description>&lol3;</description></item></channel></rss>
            """
        #expect(caught { try reader.items(Array(laughs.utf8), name: "laughs.xml") }?.code == .badRecord)
        let external = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><description>&secret;</description></item></channel></rss>
            """
        #expect(caught { try reader.items(Array(external.utf8), name: "xxe.xml") }?.message.contains("declares XML entities") == true)
    }

    @Test func failsOnBrokenFeedsAndTextlessItems() throws {
        #expect(caught { try reader.items(Array("<rss version=\"2.0\"><channel><item><title>مبتور".utf8), name: "cut.xml") }?.code == .badRecord)
        #expect(caught { try reader.items(Array("<?xml version=\"1.0\"?><note>x</note>".utf8), name: "note.xml") }?.code == .unsupportedFormat)
        let items = try reader.items(Array("<rss><channel><item><title>عنوان فقط</title></item></channel></rss>".utf8), name: "f.xml")
        guard case .failure(let error) = items.first else { Issue.record("expected a failure"); return }
        #expect(error.rendered == "f.xml[0]: the item has no text")
    }

    @Test func stopsAtTheSizeLimit() {
        let big = "<rss><channel><item><description>" + String(repeating: "نص ", count: 1000) + "</description></item></channel></rss>"
        #expect(caught { try FeedReader(maxBytes: 100).items(Array(big.utf8), name: "big.xml") }?.code == .inputTooLarge)
    }
}

extension SourceItem {
    var failure: MarsadError? { if case .failure(let error) = self { error } else { nil } }
}
