import MarsadCore
import MarsadText
import Testing

/// The one-byte kinds the alias matcher reads instead of copying entries.
@Suite struct AliasKindTests {
    /// The entry index of `form`'s key in the tiny knowledge base.
    func index(_ form: String) throws -> Int {
        let key = try #require(TinyKB.keys.key(form))
        return try #require(Array(key.utf8).withUnsafeBufferPointer { TinyKB.kb.entryIndex(for: $0) }, "\(form)")
    }

    @Test func kindsSayWhatTheEntriesAre() throws {
        let kb = TinyKB.kb
        #expect(kb.kinds.count == kb.entries.count)
        for (entry, kind) in zip(kb.entries, kb.kinds) {
            #expect(kind.contains(.alias) == entry.isAlias)
            #expect(kind.contains(.prefix) == entry.isPrefix)
            #expect(kind.contains(.title) == (entry.titleRole != nil))
        }
        // A name that also begins a longer one, a title that begins one, a bare title.
        #expect(kb.kinds[try index("جون")] == [.prefix])
        #expect(kb.kinds[try index("وزير")] == [.prefix])
        #expect(kb.kinds[try index("الرئيس")].contains([.alias, .title]))
        #expect(kb.kinds[try index("لافروف")] == [.alias])
    }
}
