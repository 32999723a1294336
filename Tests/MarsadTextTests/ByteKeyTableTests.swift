import Testing
@testable import MarsadText

@Suite struct ByteKeyTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let words = (0..<5000).map { "كلمة\($0)" } + ["", "a", String(repeating: "طويل", count: 20)]
        let table = ByteKeyTable(words.enumerated().map { (Array($0.element.utf8), UInt32($0.offset)) })
        for (index, word) in words.enumerated() where !word.isEmpty {
            #expect(table.value(for: word) == UInt32(index))
        }
        #expect(table.value(for: "كلمة5000") == nil)
        #expect(table.value(for: "") == nil)
        #expect(table.value(for: String(repeating: "طويل", count: 19)) == nil)
    }

    @Test func keepsTheLastValueOfARepeatedKeyAndTheFirstOrder() {
        let table = ByteKeyTable([(Array("ب".utf8), UInt32(1)), (Array("أ".utf8), UInt32(2)), (Array("ب".utf8), UInt32(3))])
        #expect(table.count == 2)
        #expect(table.value(for: "ب") == 3)
        var order: [String] = []
        table.forEach { key, _ in order.append(String(decoding: key, as: UTF8.self)) }
        #expect(order == ["ب", "أ"])
    }
}
