/// A compact, immutable map from byte strings to 12-bit values that stores 52-bit
/// fingerprints of the keys instead of the keys: eight bytes a slot, so four times as many
/// keys share the cache as in `ByteKeyTable`. Two keys of the table collide with odds of
/// about one in 2^52 per lookup; the tables here are built from a few hundred thousand
/// words, so a wrong answer is as likely as a cosmic-ray bit flip.
public struct FingerprintTable: Sendable {
    /// Slots that are never written after the table is built.
    final class Storage: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<UInt64>
        init(_ slots: [UInt64]) {
            self.slots = .allocate(capacity: slots.count)
            _ = self.slots.initialize(from: slots)
        }
        deinit { slots.deallocate() }
    }

    static let valueBits: UInt64 = 12
    private let storage: Storage
    private let mask: Int
    /// The number of keys.
    public let count: Int

    /// Builds the table; values must fit in 12 bits. A key given twice keeps its last value.
    public init(_ entries: some Sequence<(UnsafeBufferPointer<UInt8>, UInt16)>) {
        var pairs: [(UInt64, UInt16)] = []
        for (key, value) in entries {
            precondition(UInt64(value) < 1 << Self.valueBits, "value \(value) over 12 bits")
            pairs.append((Self.fingerprint(key), value))
        }
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var count = 0
        for (print, value) in pairs {
            var i = Int(truncatingIfNeeded: print) & (capacity - 1)
            while slots[i] != 0 && slots[i] >> Self.valueBits != print >> Self.valueBits { i = (i + 1) & (capacity - 1) }
            if slots[i] == 0 { count += 1 }
            slots[i] = print & ~((1 << Self.valueBits) - 1) | UInt64(value)
        }
        storage = Storage(slots)
        mask = capacity - 1
        self.count = count
    }

    /// The value of `key`, if the table holds it.
    @inline(__always)
    public func value(for key: UnsafeBufferPointer<UInt8>) -> UInt16? {
        let print = Self.fingerprint(key)
        let slots = storage.slots.baseAddress!
        var i = Int(truncatingIfNeeded: print) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot >> Self.valueBits == print >> Self.valueBits { return UInt16(slot & ((1 << Self.valueBits) - 1)) }
            i = (i &+ 1) & mask
        }
    }

    /// A 64-bit hash whose top 52 bits are never all zero (an empty slot is 0).
    @inline(__always) static func fingerprint(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = ByteKeyTable.hash64(key)
        return h >> valueBits == 0 ? h | 1 << 63 : h
    }
}
