import Testing
@testable import MarsadText

@Suite struct WordKeysTests {
    let layer = TextLayer(lexicon: nil)

    /// Each token's readings as (form, conjoined, prepositional), in order.
    func readings(_ text: String) -> [[String]] {
        let keys = WordKeys(layer.analyze(text))
        return keys.readings.map { token in
            token.map { String(decoding: $0.key, as: UTF8.self) + ($0.conjoined ? "+c" : "") + ($0.prepositional ? "+p" : "") }
        }
    }

    @Test func readsWordsWithoutTheirCliticsAndEndings() {
        #expect(readings("وقالوا إن المدرسة بالقمة، للسلام قلقا وصفوه") == [
            ["وقالوا", "وقالو", "قالوا+c", "قالو+c"],
            ["ان"],
            ["المدرسه", "المدرس"],
            ["بالقمه", "القمه+p", "بالقم"],
            [],
            ["للسلام", "السلام+p"],
            ["قلقا", "قلق"],
            ["وصفوه", "وصفو", "وصفوا", "صفوه+c", "صفو+c", "صفوا+c"],
        ])
    }

    /// A word written as an earlier one was takes that word's readings; readings made for
    /// each word alone are the same.
    @Test func repeatedWordsReadAsTheirFirstOccurrence() {
        let text = "وقالوا إن المدرسة، وقالوا إن المدرسه بالقمة وقالوا قالوا بالقمة. وصفوه said وصفوه said"
        let analysis = layer.analyze(text)
        let keys = WordKeys(analysis)
        let alone: [[WordKey]] = analysis.norms.withUnsafeBufferPointer { norms in
            analysis.tokens.map { token in
                var out = WordKeys.Builder()
                if token.kind == .word { WordKeys.readings(of: UnsafeBufferPointer(rebasing: norms[token.normRange]), into: &out) }
                return Array(out.finished([0, Int32(out.readings.count)])[0])
            }
        }
        #expect(keys.readings.map { Array($0) } == alone)
        #expect(keys.readings[0] == keys.readings[4])
    }

    /// The readings lent where they stand are each token's readings.
    @Test func readingsLentInPlaceAreTheTokensReadings() {
        let keys = WordKeys(layer.analyze("وقالوا إن المدرسة، بالقمة said وصفوه"))
        for k in keys.readings.indices {
            #expect(keys.readings.withReadings(of: k) { Array($0) } == Array(keys.readings[k]))
        }
        #expect(keys.readings.withReadings(of: 0) { $0.count } == 4)
    }

    @Test func keepsShortWordsAndLatinWordsWhole() {
        #expect(readings("في said بل") == [["في"], ["said"], ["بل"]])
    }

    /// The readings of one word's norm, as strings.
    func readings(ofNorm norm: String) -> [String] {
        var out = WordKeys.Builder()
        Array(norm.utf8).withUnsafeBufferPointer { WordKeys.readings(of: $0, into: &out) }
        return out.finished([0, Int32(out.readings.count)])[0].map { String(decoding: $0.key, as: UTF8.self) }
    }

    @Test func foldsEveryTehMarbutaAndCopiesTheRestUnchanged() {
        #expect(readings(ofNorm: "ةمدرسةa") == ["همدرسهa"])
        #expect(readings(ofNorm: "") == [""])
    }

    /// A reading is its three parts in order, each in the document's one array of bytes; one
    /// that reads as an earlier reading of the same word is not added, nor are its bytes kept.
    @Test func addsEachReadingOnceWithItsPartsInOrder() {
        var out = WordKeys.Builder()
        let body = Array("سلام".utf8)
        body.withUnsafeBufferPointer { body in
            out.add([], body, [], conjoined: false, prepositional: false, unlessAmongFrom: 0)
            out.add(WordKeys.article, body, WordKeys.alef, conjoined: false, prepositional: true, unlessAmongFrom: 0)
            out.add(WordKeys.article, body, WordKeys.alef, conjoined: true, prepositional: true, unlessAmongFrom: 0)
        }
        #expect(out.bytes == Array("سلامالسلاما".utf8))
        body.withUnsafeBufferPointer { out.add([], $0, [], conjoined: false, prepositional: false, unlessAmongFrom: 2) }
        let readings = out.finished([0, 2, Int32(out.readings.count)])
        #expect(readings[0].map { String(decoding: $0.key, as: UTF8.self) } == ["سلام", "السلاما"])
        #expect(readings[0].map(\.prepositional) == [false, true])
        #expect(readings[1].map { String(decoding: $0.key, as: UTF8.self) } == ["سلام"], "another word's readings are its own")
    }
}
