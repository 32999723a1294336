import CZlib
import Dispatch

/// zlib compression of the analyses the SQLite store keeps: analysis JSON is about ten times
/// the size of its text, and compresses about eightfold.
enum Deflate {
    /// `bytes` compressed (zlib format, fastest level).
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = out.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { CZlib.compress2(out.baseAddress, &size, $0.baseAddress, uLong(bytes.count), Z_BEST_SPEED) }
        }
        // compressBound leaves room for any input, so only a broken zlib could fail here.
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        out.removeSubrange(Int(size)...)
        return out
    }

    /// Each of `inputs` compressed, on every core.
    static func compressAll(_ inputs: [[UInt8]]) -> [[UInt8]] {
        let slots = UnsafeMutablePointer<[UInt8]>.allocate(capacity: inputs.count)
        slots.initialize(repeating: [], count: inputs.count)
        defer { slots.deinitialize(count: inputs.count); slots.deallocate() }
        let shared = SharedSlots(base: slots)
        // Each iteration writes its own slot, and only that one.
        DispatchQueue.concurrentPerform(iterations: inputs.count) { shared.base[$0] = compress(inputs[$0]) }
        return Array(UnsafeBufferPointer(start: slots, count: inputs.count))
    }

    /// Result slots handed to concurrent iterations, each filling its own index.
    private struct SharedSlots: @unchecked Sendable {
        let base: UnsafeMutablePointer<[UInt8]>
    }

    /// The `size` bytes that `compressed` holds, or nil if it is not what `compress` wrote.
    static func decompress(_ compressed: [UInt8], size: Int) -> [UInt8]? {
        var length = uLong(size)
        var out = [UInt8](repeating: 0, count: size)
        let status = out.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { uncompress(out.baseAddress, &length, $0.baseAddress, uLong(compressed.count)) }
        }
        return status == Z_OK && Int(length) == size ? out : nil
    }
}
