/// A normalised text with the map from its bytes back to the original's.
public struct NormalizedText: Sendable, Equatable {
    /// The normalised text.
    public let text: String
    /// For each UTF-8 byte of `text`, the UTF-8 offset in the original of the scalar it came from.
    public let sourceOffsets: [Int32]
    /// The original's length in UTF-8 bytes.
    public let sourceLength: Int

    /// The original UTF-8 range that the normalised UTF-8 range `range` came from. The range
    /// reaches up to the next kept scalar, so it takes in marks that normalisation dropped.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= sourceOffsets.count, "range outside the normalised text")
        let lower = range.isEmpty && range.lowerBound == sourceOffsets.count
            ? sourceLength : Int(sourceOffsets[range.lowerBound])
        var upper = range.upperBound < sourceOffsets.count ? Int(sourceOffsets[range.upperBound]) : sourceLength
        // Several normalised bytes can come from one scalar (a ligature): never cut into it.
        if range.upperBound > range.lowerBound, upper == Int(sourceOffsets[range.upperBound - 1]) {
            var k = range.upperBound
            while k < sourceOffsets.count && Int(sourceOffsets[k]) == upper { k += 1 }
            upper = k < sourceOffsets.count ? Int(sourceOffsets[k]) : sourceLength
        }
        return lower..<max(lower, upper)
    }
}
