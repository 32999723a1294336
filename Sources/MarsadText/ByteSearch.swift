extension UnsafeBufferPointer<UInt8> {
    /// Whether `part` occurs somewhere in these bytes: a plain scan for the short words of
    /// the hot paths (Foundation's `firstRange(of:)` costs some thousand instructions a call).
    public func containsBytes(_ part: [UInt8]) -> Bool {
        guard let first = part.first else { return true }
        guard part.count <= count else { return false }
        var i = 0
        while i <= count - part.count {
            if self[i] == first, UnsafeBufferPointer(rebasing: self[i..<(i + part.count)]).equals(part) { return true }
            i += 1
        }
        return false
    }

    /// Whether these bytes are `word`: the counts first, which tell most words apart at once
    /// (the standard library's `elementsEqual` walks both sequences, through generic iterators).
    @inlinable
    public func equals(_ word: [UInt8]) -> Bool {
        guard count == word.count else { return false }
        return word.withUnsafeBufferPointer { word in
            var i = 0
            while i < count {
                if self[i] != word[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// Whether these bytes are one of `words`.
    @inlinable
    public func isOne(of words: [[UInt8]]) -> Bool {
        for word in words where equals(word) { return true }
        return false
    }

    /// Whether these bytes end with `suffix`.
    @inlinable
    public func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && UnsafeBufferPointer(rebasing: self[(count - suffix.count)...]).equals(suffix)
    }
}
