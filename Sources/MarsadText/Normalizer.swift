/// Normalises text for matching (never for display), keeping a map back to the original.
///
/// Works on UTF-8 bytes; a value type whose tables are shared, so one normaliser serves
/// many threads.
public struct Normalizer: Sendable {
    /// The foldings this normaliser applies.
    public var options: NormalizationOptions { table.options }
    let table: NormalizationTable

    /// A normaliser with the given options; the first one of a set of options builds its
    /// tables (a few milliseconds), later ones share them.
    public init(options: NormalizationOptions = .matching) {
        table = NormalizationTable.shared(options)
    }

    /// The normalised form of `text`, without an offset map.
    public func normalized(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { src in
            var out: [UInt8] = []
            out.reserveCapacity(src.count)
            var none = NoOffsets()
            append(src, 0..<src.count, to: &out, recording: &none)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The normalised form of `text` with, for every byte of it, the offset of the original
    /// scalar it came from.
    public func normalize(_ text: String) -> NormalizedText {
        var copy = text
        return copy.withUTF8 { src in
            var out: [UInt8] = []
            out.reserveCapacity(src.count)
            var map = OffsetTable()
            map.offsets.reserveCapacity(src.count)
            append(src, 0..<src.count, to: &out, recording: &map)
            return NormalizedText(text: String(decoding: out, as: UTF8.self),
                                  sourceOffsets: map.offsets, sourceLength: src.count)
        }
    }

    /// The most bytes one input byte can become (a ligature such as ﷺ becomes a phrase):
    /// room enough for `write` is `maxExpansion` times the input's length.
    public var maxExpansion: Int { table.maxExpansion }

    /// Appends the normalised form of `src[range]` to `out`; `recorder` hears, for every
    /// original scalar, where it started and how many bytes it became.
    func append<R: OffsetRecorder>(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   to out: inout [UInt8], recording recorder: inout R) {
        var sink = ArraySink(bytes: out)
        out = []
        _ = write(src, range, to: &sink, recording: &recorder)
        out = sink.bytes
    }

    /// Writes the normalised form of `src[range]` into `sink` and tells whether everything
    /// written was Arabic letters (U+0621–U+064A).
    @inline(__always)
    func write<S: ByteSink, R: OffsetRecorder>(_ src: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                               to sink: inout S, recording recorder: inout R) -> Bool {
        let foldCase = table.options.contains(.foldLatinCase)
        let entries = table.storage.entries, pool = table.storage.pool
        var arabicOnly = true
        var i = range.lowerBound
        while i < range.upperBound {
            let byte = src[i]
            if byte < 0x80 {
                sink.put(foldCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                recorder.record(source: i, count: 1)
                arabicOnly = false
                i += 1
                continue
            }
            let (value, length) = UTF8Scalar.decode(src, at: i)
            let entry = value < 0x10000 ? entries[Int(value)] : 0
            if entry == 0 {
                sink.put(src.baseAddress! + i, length)
                recorder.record(source: i, count: length)
                if value < 0x0621 || value > 0x064A { arabicOnly = false }
            } else {
                let start = Int((entry >> 8) & 0x7F_FFFF), count = Int(entry & 0xFF)
                sink.put(pool + start, count)
                recorder.record(source: i, count: count)
                if !table.isArabicLetterReplacement(entry) { arabicOnly = false }
            }
            i += length
        }
        return arabicOnly
    }
}

/// Where the normaliser writes.
protocol ByteSink {
    mutating func put(_ byte: UInt8)
    mutating func put(_ bytes: UnsafePointer<UInt8>, _ count: Int)
}

/// Appends to an array.
struct ArraySink: ByteSink {
    var bytes: [UInt8]
    mutating func put(_ byte: UInt8) { bytes.append(byte) }
    mutating func put(_ p: UnsafePointer<UInt8>, _ count: Int) { bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: count)) }
}

/// Writes through a pointer into memory the caller has made room in.
struct PointerSink: ByteSink {
    var cursor: UnsafeMutablePointer<UInt8>
    @inline(__always) mutating func put(_ byte: UInt8) { cursor.pointee = byte; cursor += 1 }
    @inline(__always) mutating func put(_ p: UnsafePointer<UInt8>, _ count: Int) {
        for k in 0..<count { cursor[k] = p[k] }
        cursor += count
    }
}

/// Hears where each original scalar went during normalisation.
protocol OffsetRecorder {
    mutating func record(source: Int, count: Int)
}

/// Records nothing: for normalisation without an offset map.
struct NoOffsets: OffsetRecorder {
    init() {}
    mutating func record(source: Int, count: Int) {}
}

/// Records the original offset of every normalised byte.
struct OffsetTable: OffsetRecorder {
    var offsets: [Int32] = []
    init() {}
    mutating func record(source: Int, count: Int) {
        for _ in 0..<count { offsets.append(Int32(source)) }
    }
}
