/// Converts UTF-8 offsets of a text to Unicode scalar offsets (the convention of every
/// output) in constant time per lookup: the scalar count before every byte, in a table built
/// once. The encoder converts several offsets per token, so a lookup is one load (a count
/// from a checkpoint, byte by byte, cost a few hundred instructions).
public struct ScalarOffsets: Sendable {
    /// `scalars[i]`: how many scalars start before byte `i`; one entry past the last byte.
    private let scalars: [Int32]

    /// An index over `text`; O(n) to build.
    public init(_ text: String) {
        var copy = text
        scalars = copy.withUTF8 { bytes in
            var scalars = [Int32](repeating: 0, count: bytes.count + 1)
            scalars.withUnsafeMutableBufferPointer { scalars in
                var count: Int32 = 0
                for i in 0..<bytes.count {
                    scalars[i] = count
                    if !UTF8Scalar.isContinuation(bytes[i]) { count &+= 1 }
                }
                scalars[bytes.count] = count
            }
            return scalars
        }
    }

    /// The scalar offset of the UTF-8 offset `utf8`, which must fall on a scalar boundary
    /// (or the end of the text).
    public func scalarOffset(_ utf8: Int) -> Int {
        precondition(utf8 >= 0 && utf8 < scalars.count, "UTF-8 offset \(utf8) outside the text")
        return Int(scalars[utf8])
    }
}
