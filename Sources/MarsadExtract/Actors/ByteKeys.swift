import MarsadText

extension ArraySlice where Element == UInt8 {
    /// `a + " " + b` on UTF-8 keys.
    static func joined(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> { a + [0x20] + b }

    /// Whether the bytes end with `suffix`'s UTF-8.
    func hasSuffix(_ suffix: String) -> Bool { self.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
}

/// A set of words as UTF-8 keys, looked up in a `ByteKeyTable`: a `Set<[UInt8]>` hashed each
/// probe byte by byte, some 300–550 instructions, and the speech stages probe word after word.
struct WordSet: Sendable {
    private let table: ByteKeyTable

    init(_ keys: some Sequence<[UInt8]>) { table = ByteKeyTable(keys.map { ($0, 1) }) }

    /// Whether `key` is one of the words.
    func contains(_ key: ArraySlice<UInt8>) -> Bool { key.withUnsafeBufferPointer { table.value(for: $0) != nil } }
}

/// A set of words given as strings, looked up as UTF-8 keys.
func byteKeys(_ words: [String]) -> WordSet { WordSet(words.map { Array($0.utf8) }) }
