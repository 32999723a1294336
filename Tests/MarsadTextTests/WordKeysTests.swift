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
                var out: [WordKey] = []
                if token.kind == .word { WordKeys.readings(of: UnsafeBufferPointer(rebasing: norms[token.normRange]), into: &out) }
                return out
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

    @Test func foldsEveryTehMarbutaAndCopiesTheRestUnchanged() {
        let norm = Array("ةمدرسةa".utf8)
        let form = norm.withUnsafeBufferPointer { WordKeys.matchingForm($0) }
        #expect(String(decoding: form, as: UTF8.self) == "همدرسهa")
        #expect(form.count == norm.count)
        #expect([UInt8]().withUnsafeBufferPointer { WordKeys.matchingForm($0) }.isEmpty)
    }

    @Test func joinsThreePartsInOrder() {
        let body = Array("سلام".utf8)
        let joined = body.withUnsafeBufferPointer { WordKeys.joined(WordKeys.article, $0, WordKeys.alef) }
        #expect(String(decoding: joined, as: UTF8.self) == "السلاما")
        #expect(body.withUnsafeBufferPointer { WordKeys.joined([], $0, []) } == body)
    }
}
