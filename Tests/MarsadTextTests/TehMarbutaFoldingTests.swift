import Testing
import MarsadText

/// The eight-bytes-at-a-time teh marbuta fold against folding pair by pair from the start.
@Suite struct TehMarbutaFoldingTests {
    /// The fold one byte pair at a time, skipping past each pair it folds.
    static func pairByPair(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes, i = 0
        while i + 1 < out.count {
            if out[i] == 0xD8 && out[i + 1] == 0xA9 { out[i] = 0xD9; out[i + 1] = 0x87; i += 2 } else { i += 1 }
        }
        return out
    }

    static func folded(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        out.withUnsafeMutableBufferPointer { $0.foldTehMarbuta() }
        return out
    }

    @Test func foldsWordsAtEveryOffset() {
        for lead in 0..<12 {
            let text = String(repeating: "ب", count: lead / 2) + (lead % 2 == 1 ? "a" : "") + "مدينة وقرية ة"
            let expected = String(repeating: "ب", count: lead / 2) + (lead % 2 == 1 ? "a" : "") + "مدينه وقريه ه"
            #expect(Self.folded(Array(text.utf8)) == Array(expected.utf8))
        }
        #expect(Self.folded([]) == [] && Self.folded([0xA9]) == [0xA9] && Self.folded([0xD8, 0xA9]) == [0xD9, 0x87])
    }

    /// Random strings over the bytes that matter (D8, A9, D9, 87) and one other, every length to 40.
    @Test func equalsFoldingPairByPair() {
        var state: UInt64 = 12345
        let alphabet: [UInt8] = [0xD8, 0xA9, 0xD9, 0x87, 0x41]
        for length in 0...40 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return alphabet[Int(state >> 33) % alphabet.count]
                }
                #expect(Self.folded(bytes) == Self.pairByPair(bytes))
            }
        }
    }
}
