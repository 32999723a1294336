@testable import MarsadExtract
import MarsadText
import Testing

/// The matcher's first-letter test before it peels proclitics off a word the segmenter left whole.
@Suite struct AliasMatcherLettersTests {
    /// Every two-byte Arabic letter (D8 80 … D9 BF) passes exactly when some fallback stack starts with it.
    @Test func procliticLetterIsTheFirstLetterOfSomeStack() {
        var passed = 0
        for b0: UInt8 in [0xD8, 0xD9] {
            for b1: UInt8 in 0x80...0xBF {
                let starts = AliasMatcher.fallbackProclitics.contains { $0.bytes[0] == b0 && $0.bytes[1] == b1 }
                #expect(ProcliticLetters.all.contains(b0, b1) == starts, "\(String(b0, radix: 16)) \(String(b1, radix: 16))")
                if starts { passed += 1 }
            }
        }
        #expect(passed == 5)
    }
}
