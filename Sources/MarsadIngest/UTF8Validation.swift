/// Checks and repairs UTF-8, reporting where it breaks.
public enum UTF8Validation {
    /// The byte offset of the first invalid sequence, or nil if `bytes` is valid UTF-8.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let length = validSequenceLength(bytes, at: i)
            if length == 0 { return i }
            i += length
        }
        return nil
    }

    /// `bytes` with every maximal invalid subsequence replaced by U+FFFD, and how many
    /// replacements were made.
    public static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], replacements: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var replacements = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { out.append(bytes[i]); i += 1; continue }
            let length = validSequenceLength(bytes, at: i)
            if length > 0 {
                out.append(contentsOf: bytes[i..<(i + length)])
                i += length
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replacements += 1
                i += max(1, invalidSubpartLength(bytes, at: i))
            }
        }
        return (out, replacements)
    }

    /// The length a sequence starting with `lead` must have and the range its second byte
    /// must fall in (Unicode's table 3-7: no overlongs, no surrogates, nothing past U+10FFFF);
    /// nil when `lead` starts no valid multi-byte sequence.
    static func expectation(_ lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }

    /// The length of the valid multi-byte sequence at `i`, or 0 if none starts there.
    static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard let (length, second) = expectation(bytes[i]), i + length <= bytes.count,
              second.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The length of the maximal prefix of a sequence at `i` that could have begun a valid
    /// sequence (the unit that one U+FFFD replaces, as Unicode recommends).
    static func invalidSubpartLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        guard let (length, second) = expectation(bytes[i]) else { return 1 }
        var k = 1
        while k < length, i + k < bytes.count {
            let b = bytes[i + k]
            guard k == 1 ? second.contains(b) : b & 0xC0 == 0x80 else { break }
            k += 1
        }
        return k
    }
}
