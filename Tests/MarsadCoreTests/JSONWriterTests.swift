import Foundation
import Testing
@testable import MarsadCore

@Suite struct JSONWriterTests {
    func text(_ w: JSONWriter) -> String { String(decoding: w.bytes, as: UTF8.self) }

    @Test func placesCommasBetweenElementsAndNoneAfterKeys() {
        var w = JSONWriter(capacity: 1)
        w.beginObject()
        w.field("a", 1)
        w.key("b"); w.beginArray()
        w.int(-12); w.string("x"); w.beginObject(); w.endObject(); w.beginArray(); w.endArray(); w.null(); w.bool(false)
        w.endArray()
        w.key("c"); w.beginObject(); w.key("d"); w.bool(true); w.endObject()
        w.field("e", nil as String?)
        w.key("f"); w.double(0.5)
        w.key("g" as String); w.double(.infinity)
        w.endObject()
        #expect(text(w) == #"{"a":1,"b":[-12,"x",{},[],null,false],"c":{"d":true},"f":0.5,"g":null}"#)
    }

    @Test func writesIntegersAsStringSpellsThem() {
        for value in [0, 7, 9, 10, 99, 100, 12_345, -1, -10, Int.max, Int.min, 999_999_999_999, 1_000_000_000_000] {
            var w = JSONWriter()
            w.int(value)
            #expect(text(w) == String(value))
        }
    }

    /// Every byte that needs an escape, alone and at each place in runs of eight (where the
    /// writer tests eight bytes at once), gives what a byte-by-byte writer gives.
    @Test func escapesWhatJSONForbidsWherePresent() throws {
        func expected(_ bytes: [UInt8]) -> String {
            var out = "\""
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case ..<0x20, 0x7F: out += String(format: "\\u%04x", Int(byte))
                default: out += String(decoding: [byte], as: UTF8.self)
                }
            }
            return out + "\""
        }
        let plain = Array("abcdefghijklmnopqrstuvwxyz0123".utf8)
        for special in Array(0..<0x20) + [0x22, 0x5C, 0x7F] as [UInt8] {
            for position in 0..<plain.count {
                var bytes = plain
                bytes[position] = special
                var w = JSONWriter()
                bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
                #expect(text(w) == expected(bytes))
            }
        }
        let arabic = Array("قال \"الرئيس\"\\\t: نعم\u{7F}".utf8)
        var w = JSONWriter()
        arabic.withUnsafeBufferPointer { w.string(utf8: $0) }
        let decoded = try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String
        #expect(decoded == "قال \"الرئيس\"\\\t: نعم\u{7F}")
    }

    @Test func testsEightBytesAsEachByteWouldBeTested() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xD8, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in interesting.randomElement(using: &generator)! }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(JSONWriter.needsEscape(word) == bytes.contains(where: JSONWriter.needsEscape), "\(bytes)")
        }
    }

    @Test func aCopyKeepsWhatWasWrittenBeforeIt() {
        var a = JSONWriter(capacity: 1)
        a.beginArray()
        a.string("first")
        var b = a
        b.string("second")
        a.endArray()
        b.endArray()
        #expect(text(a) == #"["first"]"#)
        #expect(text(b) == #"["first","second"]"#)
    }

    @Test func growsPastItsCapacity() {
        var w = JSONWriter(capacity: 1)
        let long = String(repeating: "خبر ", count: 5_000)
        w.beginArray()
        for _ in 0..<3 { w.string(long) }
        w.endArray()
        #expect(text(w) == "[" + Array(repeating: "\"" + long + "\"", count: 3).joined(separator: ",") + "]")
    }
}
