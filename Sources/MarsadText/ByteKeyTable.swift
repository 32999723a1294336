/// An immutable hash table from byte strings (UTF-8 keys) to 32-bit values, for lookups
/// on hot paths without building `String`s. Open addressing; keys stored in one buffer in
/// the order given, so the first (most frequent) keys share cache lines.
public struct ByteKeyTable: Sendable {
    /// Slots of 32 bytes, two to a cache line: hash (4), value (4), key length (2, 0xFFFF
    /// when empty), 2 spare, then the key itself when it fits in 20 bytes, else the offset
    /// of the key in the overflow buffer. One lookup of a short key touches one cache line.
    static let slotSize = 32, inlineCapacity = 20, empty: UInt16 = 0xFFFF

    /// Slots, overflow keys and the filter in memory that is never written after the table is built.
    final class Storage: @unchecked Sendable {
        let slots: UnsafeMutableRawPointer
        let overflow: UnsafeMutableBufferPointer<UInt8>
        /// `filterBitsPerSlot` bits a slot, the bit of every key (`filterBit`) set.
        let filter: UnsafeMutableBufferPointer<UInt64>
        let capacity: Int

        init(capacity: Int, overflowCount: Int) {
            self.capacity = capacity
            slots = .allocate(byteCount: capacity * ByteKeyTable.slotSize, alignment: 64)
            slots.initializeMemory(as: UInt8.self, repeating: 0, count: capacity * ByteKeyTable.slotSize)
            for i in 0..<capacity { slots.storeBytes(of: ByteKeyTable.empty, toByteOffset: i * ByteKeyTable.slotSize + 8, as: UInt16.self) }
            overflow = .allocate(capacity: max(1, overflowCount))
            filter = .allocate(capacity: capacity * ByteKeyTable.filterBitsPerSlot / 64)
            filter.initialize(repeating: 0)
        }

        deinit {
            slots.deallocate()
            overflow.deallocate()
            filter.deallocate()
        }

        /// Sets filter bit `bit` (`ByteKeyTable.filterBit`), while the table is built.
        func setFilterBit(_ bit: Int) { filter[bit &>> 6] |= 1 &<< UInt64(bit & 63) }

        /// Whether filter bit `bit` is set: clear, no key of that bit is in the table.
        @inline(__always) func hasFilterBit(_ bit: Int) -> Bool { filter[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 }
    }

    /// The filter's bits per slot. Most lookups on hot paths are of words the table lacks
    /// (the next word of a phrase, a word in no lexicon), and the slots of the large tables
    /// are seldom in the caches: a missing key whose filter bit is clear (15 of 16 with the
    /// table at most half full) is turned away after a read of the filter, 1/32 of the
    /// slots' size, instead of a cache miss on its slot.
    static let filterBitsPerSlot = 8

    private let storage: Storage
    private let mask: Int
    /// The number of keys.
    public let count: Int
    /// The keys in the order first given, with their values (for `forEach`).
    private let order: [Int32]

    /// Builds the table; a key given twice keeps its last value.
    public init(_ entries: some Sequence<([UInt8], UInt32)>) {
        let list = Array(entries)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        let overflowCount = list.reduce(0) { $0 + ($1.0.count > Self.inlineCapacity ? $1.0.count : 0) }
        let storage = Storage(capacity: capacity, overflowCount: overflowCount)
        var overflowUsed = 0
        var order: [Int32] = []
        for (key, value) in list {
            let slot: Int? = key.withUnsafeBufferPointer { key in
                let full = Self.hash64(key), hash = UInt32(truncatingIfNeeded: full)
                storage.setFilterBit(Self.filterBit(full, capacity: capacity))
                var i = Int(hash) & (capacity - 1)
                while true {
                    let p = storage.slots + i * Self.slotSize
                    if p.load(fromByteOffset: 8, as: UInt16.self) == Self.empty {
                        p.storeBytes(of: hash, as: UInt32.self)
                        p.storeBytes(of: UInt16(key.count), toByteOffset: 8, as: UInt16.self)
                        if key.count <= Self.inlineCapacity {
                            (p + 12).copyMemory(from: key.baseAddress!, byteCount: key.count)
                        } else {
                            p.storeBytes(of: UInt32(overflowUsed), toByteOffset: 12, as: UInt32.self)
                            _ = UnsafeMutableBufferPointer(rebasing: storage.overflow[overflowUsed...]).initialize(from: key)
                            overflowUsed += key.count
                        }
                        p.storeBytes(of: value, toByteOffset: 4, as: UInt32.self)
                        order.append(Int32(i))
                        return nil
                    }
                    if Self.matches(p, hash, key, storage) {
                        p.storeBytes(of: value, toByteOffset: 4, as: UInt32.self)
                        return i
                    }
                    i = (i + 1) & (capacity - 1)
                }
            }
            _ = slot
        }
        self.storage = storage
        self.order = order
        mask = capacity - 1
        count = order.count
    }

    /// The value of `key`, if the table holds it.
    public func value(for key: String) -> UInt32? {
        var copy = key
        return copy.withUTF8 { value(for: $0) }
    }

    /// The value of the key given as UTF-8 bytes, if the table holds it.
    @inline(__always)
    public func value(for key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !key.isEmpty, key.count < Int(Self.empty) else { return nil }
        let full = Self.hash64(key), hash = UInt32(truncatingIfNeeded: full)
        guard storage.hasFilterBit(Self.filterBit(full, capacity: mask &+ 1)) else { return nil }
        var i = Int(hash) & mask
        while true {
            let p = storage.slots + i &* Self.slotSize
            if p.load(fromByteOffset: 8, as: UInt16.self) == Self.empty { return nil }
            if Self.matches(p, hash, key, storage) { return p.load(fromByteOffset: 4, as: UInt32.self) }
            i = (i &+ 1) & mask
        }
    }

    /// The filter bit of a key whose `hash64` is `full` in a table of `capacity` slots: from the
    /// hash's upper half, which the slot (the lower half) does not read.
    @inline(__always) static func filterBit(_ full: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: full &>> 32) & (capacity &* filterBitsPerSlot &- 1)
    }

    /// Whether the slot at `p` holds `key`.
    @inline(__always)
    static func matches(_ p: UnsafeMutableRawPointer, _ hash: UInt32, _ key: UnsafeBufferPointer<UInt8>, _ storage: Storage) -> Bool {
        guard p.load(as: UInt32.self) == hash, Int(p.load(fromByteOffset: 8, as: UInt16.self)) == key.count else { return false }
        if key.count <= inlineCapacity {
            return equal((p + 12).assumingMemoryBound(to: UInt8.self), key)
        }
        let offset = Int(p.load(fromByteOffset: 12, as: UInt32.self))
        return equal(storage.overflow.baseAddress! + offset, key)
    }

    /// Calls `body` with every key and its value, in the order the keys were first given.
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>, UInt32) -> Void) {
        for i in order {
            let p = storage.slots + Int(i) * Self.slotSize
            let length = Int(p.load(fromByteOffset: 8, as: UInt16.self))
            let start = length <= Self.inlineCapacity
                ? UnsafePointer((p + 12).assumingMemoryBound(to: UInt8.self))
                : UnsafePointer(storage.overflow.baseAddress! + Int(p.load(fromByteOffset: 12, as: UInt32.self)))
            body(UnsafeBufferPointer(start: start, count: length), p.load(fromByteOffset: 4, as: UInt32.self))
        }
    }

    /// Whether the bytes at `stored` equal `key`, compared eight bytes at a time.
    @inline(__always) static func equal(_ stored: UnsafePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = UnsafeRawPointer(stored), b = UnsafeRawPointer(key.baseAddress!)
        let n = key.count
        var i = 0
        while i &+ 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        while i < n {
            if stored[i] != key[i] { return false }
            i &+= 1
        }
        return true
    }

    /// A fast 32-bit hash (see `hash64`).
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(truncatingIfNeeded: hash64(bytes))
    }

    /// A fast 64-bit hash: whole 8-byte words, the last word loaded overlapping the one
    /// before, short keys from overlapping 4-byte halves.
    @inline(__always) static func hash64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var a: UInt64, b: UInt64
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        if n >= 8 {
            var i = 0
            while i &+ 16 < n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h &>> 29
                i &+= 8
            }
            a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            b = raw.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            a = UInt64(raw.loadUnaligned(as: UInt32.self))
            b = UInt64(raw.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
        } else {
            a = UInt64(base[0]) | UInt64(base[n &>> 1]) &<< 8
            b = UInt64(base[n &- 1])
        }
        h = (h ^ a) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h &>> 32) ^ b) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h &>> 29)
    }
}
