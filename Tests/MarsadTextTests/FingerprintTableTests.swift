import Testing
@testable import MarsadText

@Suite struct FingerprintTableTests {
    @Test func findsEveryKeyWithItsValueAndMissesOthers() {
        let words = (0..<20_000).map { "كلمة\($0)" }
        let flat = Array(words.joined().utf8)
        var ranges: [Range<Int>] = []
        for word in words { ranges.append((ranges.last?.upperBound ?? 0)..<((ranges.last?.upperBound ?? 0) + word.utf8.count)) }
        flat.withUnsafeBufferPointer { bytes in
            let keys = ranges.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
            let table = FingerprintTable(keys.enumerated().map { ($0.element, UInt16($0.offset % 1024)) })
            #expect(table.count == words.count)
            for (index, key) in keys.enumerated() { #expect(table.value(for: key) == UInt16(index % 1024)) }
            for miss in ["كلمة20000", "", "x", "كلمة"] {
                #expect(Array(miss.utf8).withUnsafeBufferPointer { table.value(for: $0) } == nil)
            }
        }
    }
}
