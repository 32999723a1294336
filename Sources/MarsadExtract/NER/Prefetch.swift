import CPrefetch

/// Software prefetches (`marsad_prefetch`) for the tagger's tables, which are larger than the
/// caches and read at places that depend on the words: asked for while earlier work goes on,
/// their cache misses are off the critical path. Hints only: they never change a result.
enum Prefetch {
    /// The bytes of a cache line.
    static let line = 64

    /// Asks for the cache lines of the `count` values from `start` on.
    @inline(__always)
    static func lines<T>(_ start: UnsafePointer<T>, count: Int) {
        let raw = UnsafeRawPointer(start), bytes = count &* MemoryLayout<T>.stride
        var offset = 0
        while offset < bytes {
            marsad_prefetch(raw + offset)
            offset &+= line
        }
        // The last line, when the values straddle one more than their length covers.
        marsad_prefetch(raw + (bytes &- 1))
    }
}
