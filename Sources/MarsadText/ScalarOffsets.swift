/// Converts UTF-8 offsets of a text to Unicode scalar offsets (the convention of every
/// output) in constant time per lookup: a checkpoint of the scalar count every 64 bytes,
/// then a count of the scalar starts within the block.
public struct ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private let checkpoints: [Int32]

    /// An index over `text`; O(n) to build.
    public init(_ text: String) {
        bytes = Array(text.utf8)
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / 64 + 1)
        var scalars: Int32 = 0
        for (i, byte) in bytes.enumerated() {
            if i & 63 == 0 { checkpoints.append(scalars) }
            if !UTF8Scalar.isContinuation(byte) { scalars += 1 }
        }
        if bytes.count & 63 == 0 { checkpoints.append(scalars) }
        self.checkpoints = checkpoints
    }

    /// The scalar offset of the UTF-8 offset `utf8`, which must fall on a scalar boundary
    /// (or the end of the text).
    public func scalarOffset(_ utf8: Int) -> Int {
        precondition(utf8 >= 0 && utf8 <= bytes.count, "UTF-8 offset \(utf8) outside the text")
        let block = utf8 >> 6
        var count = Int(checkpoints[block])
        var i = block << 6
        while i < utf8 {
            if !UTF8Scalar.isContinuation(bytes[i]) { count += 1 }
            i += 1
        }
        return count
    }
}
