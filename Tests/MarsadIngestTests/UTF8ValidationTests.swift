import Testing
import MarsadIngest

/// `UTF8Validation` over a byte array.
private func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
}

private func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replacements: Int) {
    bytes.withUnsafeBufferPointer { UTF8Validation.repaired($0) }
}

/// What the standard library's decoder (which substitutes maximal subparts, as Unicode
/// recommends) makes of `bytes`: the offset of its first error and how many errors it sees.
private func reference(_ bytes: [UInt8]) -> (firstInvalid: Int?, errors: Int, repaired: [UInt8]) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var first: Int?
    var errors = 0
    var out: [UInt8] = []
    loop: while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            out += encoded
            offset += encoded.count
        case .error(let length):
            if first == nil { first = offset }
            errors += 1
            out += [0xEF, 0xBF, 0xBD]
            offset += length
        case .emptyInput:
            break loop
        }
    }
    return (first, errors, out)
}

private let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

@Suite("UTF8Validation")
struct UTF8ValidationTests {
    @Test("valid text has no invalid offset and is repaired to itself",
          arguments: [
              "",
              "plain ASCII",
              "قال المتحدث إن الاجتماع سيُعقد غدًا في العاصمة.",
              "رموز 😀 و 👨‍👩‍👧 و 🇸🇦 في الجملة",
              "\u{200F}نص\u{200E} مع علامات اتجاه\u{061C}",
              "e\u{0301} и ё — \u{10FFFF}\u{FFFD}\u{E000}\u{D7FF}",
          ])
    func validText(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(firstInvalid(bytes) == nil)
        let result = repaired(bytes)
        #expect(result.replacements == 0)
        #expect(result.bytes == bytes)
    }

    @Test("the offset of the first invalid sequence",
          arguments: [
              // truncated two-, three- and four-byte sequences, at the end and mid-text
              ([0x61, 0x62, 0xD8], 2),
              ([0x61, 0xE2, 0x82], 1),
              ([0xD9, 0x86, 0xF0, 0x9F, 0x98], 2),
              ([0xF0, 0x9F, 0x98, 0x41, 0x42], 0),
              ([0xD9, 0x86, 0xD8, 0x20, 0xD8, 0xB5], 2),
              // lone continuation bytes
              ([0x80], 0),
              ([0x41, 0xBF, 0x42], 1),
              // overlong encodings
              ([0x41, 0xC0, 0x80], 1),
              ([0xC1, 0xBF], 0),
              ([0xE0, 0x80, 0x80], 0),
              ([0xE0, 0x9F, 0xBF], 0),
              ([0xF0, 0x8F, 0xBF, 0xBF], 0),
              // UTF-16 surrogates encoded in UTF-8
              ([0x61, 0xED, 0xA0, 0x80], 1),
              ([0xED, 0xBF, 0xBF], 0),
              // beyond U+10FFFF, and bytes that never occur
              ([0xF4, 0x90, 0x80, 0x80], 0),
              ([0x61, 0xF5, 0x80, 0x80, 0x80], 1),
              ([0xF8], 0),
              ([0xFE], 0),
              ([0xFF], 0),
              // an Arabic word, then a bad byte
              (Array("سلام".utf8) + [0xFF], 8),
          ] as [([UInt8], Int)])
    func firstInvalidOffset(_ bytes: [UInt8], _ expected: Int) {
        #expect(firstInvalid(bytes) == expected)
    }

    @Test("the first valid and invalid sequences at each boundary")
    func boundaries() {
        #expect(firstInvalid([0xC2, 0x80]) == nil)                // U+0080
        #expect(firstInvalid([0xDF, 0xBF]) == nil)                // U+07FF
        #expect(firstInvalid([0xE0, 0xA0, 0x80]) == nil)          // U+0800
        #expect(firstInvalid([0xED, 0x9F, 0xBF]) == nil)          // U+D7FF
        #expect(firstInvalid([0xEE, 0x80, 0x80]) == nil)          // U+E000
        #expect(firstInvalid([0xF0, 0x90, 0x80, 0x80]) == nil)    // U+10000
        #expect(firstInvalid([0xF4, 0x8F, 0xBF, 0xBF]) == nil)    // U+10FFFF
        #expect(firstInvalid([0xE1, 0x80, 0x41]) == 0)            // bad third byte
        #expect(firstInvalid([0xF1, 0x80, 0x80, 0xC0]) == 0)      // bad fourth byte
    }

    // The examples of "U+FFFD Substitution of Maximal Subparts" (The Unicode Standard,
    // chapter 3, tables 3-8 to 3-11): each maximal subpart, and each byte that cannot
    // begin one, becomes one U+FFFD.
    @Test("replacement follows Unicode's maximal-subpart practice",
          arguments: [
              // C0 80: C0 can begin nothing; so each byte is one replacement
              ([0xC0, 0x80], 2, [] as [UInt8]),
              // E0 80: 80 cannot follow E0, so E0 alone is a maximal subpart, then 80
              ([0xE0, 0x80], 2, []),
              ([0xE0, 0x80, 0x80], 3, []),
              ([0xED, 0xA0, 0x80], 3, []),
              ([0xF5, 0x80], 2, []),
              // a truncated sequence that could have been valid is one replacement
              ([0xE2, 0x82], 1, []),
              ([0xF0, 0x9F, 0x98], 1, []),
              ([0xF0, 0x9F, 0x98, 0x41], 1, [0x41]),
              // table 3-8: C0 AF E0 80 BF F0 81 82 41 -> 8 x U+FFFD, A
              ([0xC0, 0xAF, 0xE0, 0x80, 0xBF, 0xF0, 0x81, 0x82, 0x41], 8, [0x41]),
              // table 3-9: ED A0 80 ED BF BF ED AF 41 -> 8 x U+FFFD, A
              ([0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF, 0xED, 0xAF, 0x41], 8, [0x41]),
              // table 3-10: F4 91 92 93 FF 41 80 BF 42 -> 5 x U+FFFD, A, 2 x U+FFFD, B
              ([0xF4, 0x91, 0x92, 0x93, 0xFF, 0x41, 0x80, 0xBF, 0x42], 7, [0x41, 0x42]),
              // table 3-11: E1 80 E2 F0 91 92 F1 BF 41 -> 4 x U+FFFD, A
              ([0xE1, 0x80, 0xE2, 0xF0, 0x91, 0x92, 0xF1, 0xBF, 0x41], 4, [0x41]),
          ] as [([UInt8], Int, [UInt8])])
    func maximalSubparts(_ bytes: [UInt8], _ count: Int, _ kept: [UInt8]) {
        let result = repaired(bytes)
        #expect(result.replacements == count)
        #expect(result.bytes.filter { $0 < 0x80 } == kept)
        #expect(result.bytes.count == 3 * count + kept.count)
        #expect(firstInvalid(result.bytes) == nil)
    }

    @Test("the exact output of Unicode's worked example")
    func unicodeWorkedExample() {
        // 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 -> a FFFD FFFD FFFD b FFFD c FFFD FFFD d
        let bytes: [UInt8] = [0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64]
        let expected: [UInt8] = [0x61] + replacement + replacement + replacement + [0x62] + replacement
            + [0x63] + replacement + replacement + [0x64]
        let result = repaired(bytes)
        #expect(result.bytes == expected)
        #expect(result.replacements == 6)
        #expect(firstInvalid(bytes) == 1)
    }

    @Test("repair keeps valid Arabic and emoji around the bad bytes")
    func repairKeepsNeighbours() {
        let bytes = Array("خبر".utf8) + [0xFF] + Array(" 😀 ".utf8) + [0xE2, 0x82] + Array("عاجل".utf8)
        let result = repaired(bytes)
        #expect(result.replacements == 2)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "خبر\u{FFFD} 😀 \u{FFFD}عاجل")
    }

    @Test("agrees with the standard library's decoder on generated byte strings")
    func agreesWithStandardLibrary() {
        // Bytes drawn mostly from the interesting edges of the UTF-8 tables.
        let pool: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                             0xD8, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
                             0xF5, 0xF8, 0xFF]
        var generator = SplitMix64(seed: 0x6D61_7273_6164)
        var invalidCases = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? pool.randomElement(using: &generator)!
                                               : UInt8.random(in: 0...255, using: &generator)
            }
            let expected = reference(bytes)
            let result = repaired(bytes)
            if expected.firstInvalid != nil { invalidCases += 1 }
            #expect(firstInvalid(bytes) == expected.firstInvalid, "bytes \(bytes)")
            #expect(result.replacements == expected.errors, "bytes \(bytes)")
            #expect(result.bytes == expected.repaired, "bytes \(bytes)")
        }
        // The generator must actually reach invalid input for the comparison to mean much.
        #expect(invalidCases > 5_000)
    }
}
