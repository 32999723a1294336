import Testing
@testable import MarsadText

@Suite struct ScalarOffsetsTests {
    @Test func convertsUTF8OffsetsToScalarOffsets() {
        let text = "aب😀\u{301}ج"
        let offsets = ScalarOffsets(text)
        // a(1) ب(2) 😀(4) ◌́(2) ج(2)
        #expect([0, 1, 3, 7, 9, 11].map(offsets.scalarOffset) == [0, 1, 2, 3, 4, 5])
    }

    @Test func agreesWithCountingOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let text = RandomText.string(length: 300, using: &generator)
            let offsets = ScalarOffsets(text)
            var utf8 = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(offsets.scalarOffset(utf8) == index)
                utf8 += String(scalar).utf8.count
            }
            #expect(offsets.scalarOffset(utf8) == text.unicodeScalars.count)
        }
    }

    @Test func handlesTheEmptyTextAndBlockEdges() {
        #expect(ScalarOffsets("").scalarOffset(0) == 0)
        let text = String(repeating: "ب", count: 64)  // 128 bytes: offsets at block edges
        let offsets = ScalarOffsets(text)
        #expect(offsets.scalarOffset(64) == 32 && offsets.scalarOffset(128) == 64)
    }
}
