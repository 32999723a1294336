extension UnsafeMutableBufferPointer<UInt8> {
    /// Folds every teh marbuta in these UTF-8 bytes to heh (ة → ه, D8 A9 → D9 87), as matching
    /// forms have it. Eight bytes at a time: a stretch that holds no 0xA9 (ة's second byte) is
    /// skipped in one test. Both letters are two bytes and no fold makes or breaks another, so
    /// this equals folding pair by pair from the start.
    public func foldTehMarbuta() {
        guard count >= 2, let base = baseAddress else { return }
        let pattern: UInt64 = 0xA9A9_A9A9_A9A9_A9A9
        var i = 1
        while i < count {
            if i + 8 <= count {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) ^ pattern
                if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            if self[i] == 0xA9 && self[i - 1] == 0xD8 { self[i - 1] = 0xD9; self[i] = 0x87 }
            i += 1
        }
    }
}
