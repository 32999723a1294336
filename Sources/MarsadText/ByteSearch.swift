extension UnsafeBufferPointer<UInt8> {
    /// Whether `part` occurs somewhere in these bytes: a plain scan for the short words of
    /// the hot paths (Foundation's `firstRange(of:)` costs some thousand instructions a call).
    public func containsBytes(_ part: [UInt8]) -> Bool {
        guard let first = part.first else { return true }
        guard part.count <= count else { return false }
        var i = 0
        while i <= count - part.count {
            if self[i] == first, UnsafeBufferPointer(rebasing: self[i..<(i + part.count)]).elementsEqual(part) { return true }
            i += 1
        }
        return false
    }
}
