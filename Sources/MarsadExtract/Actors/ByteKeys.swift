extension Array where Element == UInt8 {
    /// `a + " " + b` on UTF-8 keys.
    static func joined(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] { a + [0x20] + b }

    /// Whether the bytes end with `suffix`'s UTF-8.
    func hasSuffix(_ suffix: String) -> Bool { self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
}

/// A set of words given as strings, looked up as UTF-8 keys.
func byteKeys(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }
