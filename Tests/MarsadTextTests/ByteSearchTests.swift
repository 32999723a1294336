import MarsadText
import Testing

/// The byte comparisons of the hot paths against the standard library's.
@Suite struct ByteSearchTests {
    static let words = ["", "و", "من", "مني", "منظمة", "الحكومة", "ون", "متظاهرون", "abc", "ab"].map { Array($0.utf8) }

    @Test func equalsAndEndsAgreeWithTheStandardLibrary() {
        for a in Self.words {
            a.withUnsafeBufferPointer { bytes in
                for b in Self.words {
                    #expect(bytes.equals(b) == a.elementsEqual(b), "\(a) \(b)")
                    #expect(bytes.ends(with: b) == (a.count >= b.count && a.suffix(b.count).elementsEqual(b)), "\(a) \(b)")
                    #expect(bytes.containsBytes(b) == (b.isEmpty || (0...max(0, a.count - b.count)).contains { a.count >= b.count && a[$0..<($0 + b.count)].elementsEqual(b) }), "\(a) \(b)")
                }
                #expect(bytes.isOne(of: Self.words))
                #expect(bytes.isOne(of: Self.words.filter { $0 != a }) == false)
            }
        }
    }
}
