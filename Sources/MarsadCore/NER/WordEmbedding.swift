import Foundation

/// Dense word vectors from unlabelled text, for `WordClusterBuilder`'s flat word groups: each
/// word is described by the words up to `window` tokens either side of it in its sentence (the
/// `contexts` most frequent words, unordered), weighted by positive PMI with the context counts
/// smoothed by the power 0.75 (Levy, Goldberg & Dagan 2015), and the matrix is cut down to
/// `dimensions` by a randomised truncated SVD (Halko, Martinsson & Tropp 2011: a random sketch
/// of its range refined by `powerSteps` subspace iterations). A word's vector is its row of U
/// scaled by the square roots of the singular values, at unit length. Deterministic.
struct WordEmbedding {
    /// How far either side of a word its contexts are counted.
    static let window = 3
    /// How many of the most frequent words serve as contexts.
    static let contexts = 5000
    /// The dimensions kept (a multiple of 8, for `dot`).
    static let dimensions = 96
    /// The sketch's width beyond `dimensions`.
    static let oversampling = 16
    static let powerSteps = 2

    /// The co-occurrence counts as a sparse matrix, row by row: row `i`'s context slots and
    /// counts are `columns[starts[i]..<starts[i + 1]]` and `values[…]`; later its PPMI weights.
    private var starts: [Int] = [0]
    private var columns: [UInt16] = []
    private var values: [Float] = []
    private let rows: Int

    /// Counts the contexts of `stream` (word ids, sentences ended by negative ids): word `w` is
    /// row `row[w]` and context slot `slot[w]` when these are not negative.
    init(stream: [Int32], row: [Int32], rows: Int, slot: [Int32]) {
        precondition(Self.contexts <= Int(UInt16.max) + 1)
        self.rows = rows
        // Each word's context slots, grouped by row (a counting sort), then counted per row.
        var perRow = [Int](repeating: 0, count: rows + 1)
        Self.eachPair(stream, row, slot) { r, _ in perRow[r + 1] += 1 }
        for i in 0..<rows { perRow[i + 1] += perRow[i] }
        var fill = perRow
        var grouped = [UInt16](repeating: 0, count: perRow[rows])
        Self.eachPair(stream, row, slot) { r, c in grouped[fill[r]] = UInt16(c); fill[r] += 1 }
        for i in 0..<rows {
            var slice = grouped[perRow[i]..<perRow[i + 1]]
            slice.sort()
            var k = slice.startIndex
            while k < slice.endIndex {
                var end = k + 1
                while end < slice.endIndex, slice[end] == slice[k] { end += 1 }
                columns.append(slice[k]); values.append(Float(end - k))
                k = end
            }
            starts.append(columns.count)
        }
        weighByPPMI()
    }

    /// Calls `body(row, slot)` for every word of a row and context word of a slot within `window` of it.
    private static func eachPair(_ stream: [Int32], _ row: [Int32], _ slot: [Int32], _ body: (Int, Int) -> Void) {
        for i in stream.indices where stream[i] >= 0 && row[Int(stream[i])] >= 0 {
            let r = Int(row[Int(stream[i])])
            var j = i - 1
            while j >= max(0, i - window), stream[j] >= 0 {
                if slot[Int(stream[j])] >= 0 { body(r, Int(slot[Int(stream[j])])) }
                j -= 1
            }
            j = i + 1
            while j < min(stream.count, i + window + 1), stream[j] >= 0 {
                if slot[Int(stream[j])] >= 0 { body(r, Int(slot[Int(stream[j])])) }
                j += 1
            }
        }
    }

    /// Replaces the counts by max(0, log(n(w, c) / (n(w) · P(c)))), P(c) ∝ n(c)^0.75.
    private mutating func weighByPPMI() {
        var contextTotals = [Double](repeating: 0, count: Self.contexts)
        for k in columns.indices { contextTotals[Int(columns[k])] += Double(values[k]) }
        let smoothed = contextTotals.map { pow($0, 0.75) }
        let sum = smoothed.reduce(0, +)
        for i in 0..<rows {
            let range = starts[i]..<starts[i + 1]
            let total = range.reduce(0.0) { $0 + Double(values[$1]) }
            for k in range {
                let pmi = log(Double(values[k]) * sum / (total * smoothed[Int(columns[k])]))
                values[k] = Float(max(0, pmi))
            }
        }
    }

    /// The unit-length vectors of the rows, `dimensions` floats each, one after another.
    func vectors() -> [Float] {
        let width = Self.dimensions + Self.oversampling
        var random = UInt64(0x5EED_E3BE_DD16)
        var sketch = (0..<(Self.contexts * width)).map { _ -> Float in
            random &+= 1
            return WordClusterBuilder.mix(random) & 1 == 0 ? 1 : -1
        }
        var range = product(sketch, width)
        Self.orthonormalise(&range, width)
        for _ in 0..<Self.powerSteps {
            sketch = product(range, width, transposed: true)
            Self.orthonormalise(&sketch, width)
            range = product(sketch, width)
            Self.orthonormalise(&range, width)
        }
        // B = Qᵀ A; B Bᵀ = Zᵀ Z with Z = Aᵀ Q, whose eigenvectors are B's left singular vectors.
        let z = product(range, width, transposed: true)
        let (eigenvalues, eigenvectors) = Self.symmetricEigen(Self.gram(z, width), width)
        let d = Self.dimensions
        var out = [Float](repeating: 0, count: rows * d)
        let scales = (0..<d).map { Float(max(eigenvalues[$0], 0).squareRoot().squareRoot()) }
        for i in 0..<rows {
            for k in 0..<d {
                var s: Double = 0
                for a in 0..<width { s += Double(range[i * width + a]) * eigenvectors[a * width + k] }
                out[i * d + k] = Float(s) * scales[k]
            }
            WordClusterBuilder.normalise(&out, i * d, d)
        }
        return out
    }

    /// A · x, x a `contexts` × `width` matrix (row-major), or with `transposed` Aᵀ · x, x a rows × `width` one.
    private func product(_ x: [Float], _ width: Int, transposed: Bool = false) -> [Float] {
        var y = [Float](repeating: 0, count: (transposed ? Self.contexts : rows) * width)
        y.withUnsafeMutableBufferPointer { y in
            x.withUnsafeBufferPointer { x in
                for i in 0..<rows {
                    for k in starts[i]..<starts[i + 1] where values[k] != 0 {
                        let a = values[k], slot = Int(columns[k]) * width, row = i * width
                        let (to, from) = transposed ? (slot, row) : (row, slot)
                        for b in 0..<width { y[to + b] += a * x[from + b] }
                    }
                }
            }
        }
        return y
    }

    /// Yᵀ Y of a row-major matrix of `width` columns, in doubles.
    static func gram(_ y: [Float], _ width: Int) -> [Double] {
        var g = [Float](repeating: 0, count: width * width)
        g.withUnsafeMutableBufferPointer { g in
            y.withUnsafeBufferPointer { y in
                for start in stride(from: 0, to: y.count, by: width) {
                    for a in 0..<width {
                        let ya = y[start + a]
                        guard ya != 0 else { continue }
                        for b in a..<width { g[a * width + b] += ya * y[start + b] }
                    }
                }
            }
        }
        var out = [Double](repeating: 0, count: width * width)
        for a in 0..<width { for b in a..<width { out[a * width + b] = Double(g[a * width + b]); out[b * width + a] = out[a * width + b] } }
        return out
    }

    /// Makes the columns of a row-major matrix orthonormal: Y ← Y V Λ^(−1/2) from Yᵀ Y = V Λ Vᵀ,
    /// twice (the second pass mends the first's rounding); a column of a negligible direction becomes 0.
    static func orthonormalise(_ y: inout [Float], _ width: Int) {
        for _ in 0..<2 {
            let (values, vectors) = symmetricEigen(gram(y, width), width)
            let floor = max(values[0], 0) * 1e-12
            var m = [Float](repeating: 0, count: width * width)
            for a in 0..<width {
                for k in 0..<width where values[k] > floor { m[a * width + k] = Float(vectors[a * width + k] / values[k].squareRoot()) }
            }
            var row = [Float](repeating: 0, count: width)
            for start in stride(from: 0, to: y.count, by: width) {
                for k in 0..<width { row[k] = 0 }
                for a in 0..<width {
                    let ya = y[start + a]
                    guard ya != 0 else { continue }
                    for k in 0..<width { row[k] += ya * m[a * width + k] }
                }
                for k in 0..<width { y[start + k] = row[k] }
            }
        }
    }

    /// The eigenvalues (largest first) and eigenvectors (the columns, in the same order) of a
    /// symmetric n × n matrix, row-major, by cyclic Jacobi rotations.
    static func symmetricEigen(_ matrix: [Double], _ n: Int) -> (values: [Double], vectors: [Double]) {
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        let scale = a.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<50 {
            var off = 0.0
            for p in 0..<n { for q in (p + 1)..<n { off += a[p * n + q] * a[p * n + q] } }
            guard off > scale * 1e-24, off > 0 else { break }
            for p in 0..<n {
                for q in (p + 1)..<n where a[p * n + q] != 0 {
                    let theta = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k * n + p], akq = a[k * n + q]
                        a[k * n + p] = c * akp - s * akq; a[k * n + q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p * n + k], aqk = a[q * n + k]
                        a[p * n + k] = c * apk - s * aqk; a[q * n + k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k * n + p], vkq = v[k * n + q]
                        v[k * n + p] = c * vkp - s * vkq; v[k * n + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] != a[$1 * n + $1] ? a[$0 * n + $0] > a[$1 * n + $1] : $0 < $1 }
        var vectors = [Double](repeating: 0, count: n * n)
        for (k, j) in order.enumerated() { for i in 0..<n { vectors[i * n + k] = v[i * n + j] } }
        return (order.map { a[$0 * n + $0] }, vectors)
    }
}
