import MarsadCore
@testable import MarsadExtract
import MarsadText
import Testing

/// The longest lexicon phrase at each word token, as the stance stage reads them.
@Suite struct SpeechContextPhrasesTests {
    static let text = "وقال الوزير إن وقف إطلاق النار صامد. النار هادئة."

    /// The speech context of `text` and the whole form of each token's first reading.
    static func context() throws -> (SpeechContext, [[UInt8]]) {
        let pipeline = try Pipeline([TextStage(lexicon: shippedResources.stems)])
        let context = SpeechContext(pipeline.run(Document(text: text)))
        return (context, context.keys.readings.map { Array($0.first?.key ?? []) })
    }

    /// A probe over `table`, keys joined by spaces; a key is a prefix when a longer key starts with it and a space.
    static func probe(_ table: [[UInt8]: String]) -> (ArraySlice<UInt8>) -> (value: String?, isPrefix: Bool) {
        { key in (table[Array(key)], table.keys.contains { $0.count > key.count && $0.starts(with: key + [0x20]) }) }
    }

    @Test func longestPhraseAtEachWordWithinItsReach() throws {
        let (context, whole) = try Self.context()
        #expect(whole.count == 11)
        let conjoined = Array(try #require(context.keys.readings[0].first { $0.conjoined }?.key))
        let table: [[UInt8]: String] = [
            conjoined: "said",
            whole[1] + [0x20] + whole[2] + [0x20] + whole[6]: "never whole",
            whole[3]: "stop",
            whole[3] + [0x20] + whole[4] + [0x20] + whole[5]: "ceasefire",
            whole[5]: "fire",
            whole[6] + [0x20] + whole[8]: "not across the sentence's end",
        ]
        let found = context.phrases(maxWords: 3, probe: Self.probe(table))
        #expect(found.count == whole.count)
        #expect(found[0]?.value == "said" && found[0]?.end == 1)
        #expect(found[0].map { Array(context.reading(0, $0.first).key) } == conjoined, "the reading without و starts it")
        #expect(found[3]?.first == 0 && Array(context.reading(3, 0).key) == whole[3], "position 0 is the whole form")
        #expect(found[1] == nil, "a prefix with no phrase complete gives nothing")
        #expect(found[3]?.value == "ceasefire" && found[3]?.end == 6, "the longest phrase wins")
        #expect(found[4] == nil)
        #expect(found[5]?.value == "fire" && found[5]?.end == 6, "a failed extension keeps the shorter phrase")
        #expect(found[6] == nil, "no phrase crosses the end of its sentence")
        #expect(found[7] == nil, "punctuation starts no phrase")
        #expect(found[8]?.value == "fire" && found[8]?.end == 9)
        for k in found.indices where k != 0 && k != 3 && k != 5 && k != 8 { #expect(found[k] == nil, "token \(k)") }

        let short = context.phrases(maxWords: 2, probe: Self.probe(table))
        #expect(short[3]?.value == "stop" && short[3]?.end == 4, "no phrase longer than maxWords")
    }
}
