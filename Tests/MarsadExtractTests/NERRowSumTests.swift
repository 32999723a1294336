@testable import MarsadExtract
import Testing

/// The tagger's vector row sums against plain integer sums, for every tag count they take.
@Suite struct NERRowSumTests {
    /// A table of `rows` rows of `tags` weights over the whole 16-bit range, the extremes included.
    static func table(rows: Int, tags: Int, seed: UInt64) -> [Int16] {
        var numbers = TestNumbers(state: seed)
        var weights = (0..<(rows * tags)).map { _ in Int16(numbers.next() * 32) }
        weights[0] = .max
        weights[weights.count - 1] = .min
        return weights
    }

    /// Each tag's sum of `rows` of `weights`, one tag at a time, times `scale`.
    static func expected(_ weights: [Int16], rows: [UInt32], tags: Int, scale: Float) -> [Float] {
        (0..<tags).map { t in Float(rows.reduce(0) { $0 + Int(weights[Int($1) * tags + t]) }) * scale }
    }

    @Test(arguments: NERRowSum.tags)
    func sumsEqualScalarSums(tags: Int) {
        let count = 50
        let weights = Self.table(rows: count, tags: tags, seed: UInt64(tags))
        var numbers = TestNumbers(state: 99)
        // The first and last rows (the load of the last four tags stops at the table's end), then others.
        let rows: [UInt32] = [0, UInt32(count - 1)] + (0..<60).map { _ in UInt32((numbers.next() + 1000) % count) }
        weights.withUnsafeBufferPointer { w in
            for scale: Float in [1, 0.25] {
                var whole = NERRowSum(), first = NERRowSum(), second = NERRowSum()
                for (i, row) in rows.enumerated() {
                    whole.add(w, row: row, tags: tags)
                    if i < 20 { first.add(w, row: row, tags: tags) } else { second.add(w, row: row, tags: tags) }
                }
                first.add(second)
                var out = [Float](repeating: .nan, count: tags), parts = out
                out.withUnsafeMutableBufferPointer { whole.write(scale: scale, into: $0) }
                parts.withUnsafeMutableBufferPointer { first.write(scale: scale, into: $0) }
                #expect(out == Self.expected(weights, rows: rows, tags: tags, scale: scale))
                #expect(parts == out)
            }
        }
    }

    /// `Int16.emission`, which training and the direct emissions read, gives the same sums.
    @Test func emissionSumsTheFeaturesRows() {
        let tags = 9
        let weights = Self.table(rows: 30, tags: tags, seed: 7)
        let ids: [UInt32] = [3, 29, 0, 3, 17], offsets = [0, 2, 5]
        var out = [Float](repeating: .nan, count: tags)
        weights.withUnsafeBufferPointer { w in
            ids.withUnsafeBufferPointer { ids in
                offsets.withUnsafeBufferPointer { offsets in
                    out.withUnsafeMutableBufferPointer { Int16.emission(w, ids, offsets[1]..<offsets[2], scale: 0.5, into: $0) }
                }
            }
        }
        #expect(out == Self.expected(weights, rows: [0, 3, 17], tags: tags, scale: 0.5))
    }
}
