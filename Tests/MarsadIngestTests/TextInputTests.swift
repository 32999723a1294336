import MarsadTestSupport
import Testing
import MarsadCore
import MarsadIngest

private let strict = InputOptions()
private let lossy = InputOptions(lossy: true)

@Suite("TextInput.decode")
struct TextInputTests {
    @Test("valid Arabic text comes back unchanged, with nothing replaced")
    func validText() throws {
        let text = "أعلنت الحكومة اليوم خطة جديدة للنقل العام 🚌.\nوقال الوزير: «سنبدأ الشهر المقبل».\n"
        let decoded = try TextInput.decode(Array(text.utf8), name: "خبر.txt", options: strict)
        #expect(decoded.text == text)
        #expect(decoded.replaced == 0)
    }

    @Test("empty and blank input is refused as empty",
          arguments: [
              [],
              Array(" ".utf8),
              Array(" \t\r\n\n  ".utf8),
              Array("\u{00A0}\u{2003}\u{3000}\n".utf8),  // no-break, em and ideographic spaces
              [0xEF, 0xBB, 0xBF],                            // only a byte-order mark
              [0xEF, 0xBB, 0xBF, 0x20, 0x0A],
          ] as [[UInt8]])
    func emptyInput(_ bytes: [UInt8]) throws {
        let error = try #require(caught { try TextInput.decode(bytes, name: "blank.txt", options: strict) })
        #expect(error.code == .emptyInput)
        #expect(error.input == "blank.txt")
        #expect(error.rendered.hasPrefix("blank.txt: "))
    }

    @Test("a NUL byte marks binary input, and the message names its offset")
    func binaryInput() throws {
        let bytes = Array("نص".utf8) + [0x20, 0x00, 0x41]  // NUL at byte offset 5
        let error = try #require(caught { try TextInput.decode(bytes, name: "data.bin", options: strict) })
        #expect(error.code == .binaryInput)
        #expect(error.input == "data.bin")
        #expect(error.message.contains("byte offset 5"))
        // Binary input is refused even when lossy.
        let lossyError = try #require(caught { try TextInput.decode(bytes, name: "data.bin", options: lossy) })
        #expect(lossyError.code == .binaryInput)
    }

    @Test("input over the size limit is refused; input at the limit is accepted")
    func sizeLimit() throws {
        let bytes = Array("abcdefghij".utf8)  // 10 bytes
        let atLimit = try TextInput.decode(bytes, name: "a.txt", options: InputOptions(maxBytes: 10))
        #expect(atLimit.text == "abcdefghij")
        let error = try #require(caught {
            try TextInput.decode(bytes + [0x6B], name: "a.txt", options: InputOptions(maxBytes: 10))
        })
        #expect(error.code == .inputTooLarge)
        #expect(error.input == "a.txt")
        #expect(error.message.contains("11"))
        #expect(error.message.contains("10"))
    }

    @Test("invalid UTF-8 is refused with the byte offset where it breaks",
          arguments: [
              (Array("مرحبا".utf8) + [0xFF] + Array(" بكم".utf8), 10),
              ([0x41, 0xC0, 0x80], 1),
              ([0x41, 0x42, 0xED, 0xA0, 0x80], 2),
              (Array("كلمة".utf8) + [0xE2, 0x82], 8),
          ] as [([UInt8], Int)])
    func invalidUTF8(_ bytes: [UInt8], _ offset: Int) throws {
        let error = try #require(caught { try TextInput.decode(bytes, name: "bad.txt", options: strict) })
        #expect(error.code == .invalidUTF8)
        #expect(error.input == "bad.txt")
        #expect(error.message.contains("byte offset \(offset) "), "message: \(error.message)")
        #expect(error.message.contains("--lossy"))
    }

    @Test("the offset of invalid UTF-8 counts the byte-order mark")
    func invalidOffsetAfterBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xFF]
        let error = try #require(caught { try TextInput.decode(bytes, name: "bom.txt", options: strict) })
        #expect(error.code == .invalidUTF8)
        #expect(error.message.contains("byte offset 5 "), "message: \(error.message)")
    }

    @Test("lossy decoding repairs invalid UTF-8 and counts the replacements")
    func lossyRepairs() throws {
        let bytes = Array("قال".utf8) + [0xFF] + Array(" إن ".utf8) + [0xE0, 0x80] + Array("الخبر".utf8) + [0xF0, 0x9F, 0x98]
        let decoded = try TextInput.decode(bytes, name: "x.txt", options: lossy)
        #expect(decoded.replaced == 4)  // FF; E0; 80; F0 9F 98
        #expect(decoded.text == "قال\u{FFFD} إن \u{FFFD}\u{FFFD}الخبر\u{FFFD}")
    }

    @Test("lossy decoding of valid text replaces nothing")
    func lossyValid() throws {
        let decoded = try TextInput.decode(Array("نص سليم".utf8), name: "x.txt", options: lossy)
        #expect(decoded.replaced == 0)
        #expect(decoded.text == "نص سليم")
    }

    @Test("a UTF-8 byte-order mark is dropped, and only at the start")
    func byteOrderMark() throws {
        let decoded = try TextInput.decode([0xEF, 0xBB, 0xBF] + Array("خبر".utf8), name: "bom.txt", options: strict)
        #expect(decoded.text == "خبر")
        #expect(decoded.text.unicodeScalars.first == "خ")
        let inner = try TextInput.decode(Array("أ\u{FEFF}ب".utf8), name: "x.txt", options: strict)
        #expect(inner.text == "أ\u{FEFF}ب")
    }
}
