/// The one-letter proclitics و، ف، ب، ل and ك as a set, tested on the first two UTF-8
/// bytes of a word: for stages that look for a clitic the segmenter left on a word
/// (ووقف إطلاق النار، 2018 وبعد) without making a string of it.
public struct ProcliticLetters: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let waw = ProcliticLetters(rawValue: 1)
    public static let fa = ProcliticLetters(rawValue: 2)
    public static let ba = ProcliticLetters(rawValue: 4)
    public static let lam = ProcliticLetters(rawValue: 8)
    public static let kaf = ProcliticLetters(rawValue: 16)
    /// The conjunctions و and ف.
    public static let conjunctions: ProcliticLetters = [.waw, .fa]
    /// All five.
    public static let all: ProcliticLetters = [.waw, .fa, .ba, .lam, .kaf]

    /// Whether the letter whose UTF-8 is `b0 b1` is one of the set.
    @inlinable @inline(__always)
    public func contains(_ b0: UInt8, _ b1: UInt8) -> Bool {
        switch (b0, b1) {
        case (0xD9, 0x88): return contains(.waw)
        case (0xD9, 0x81): return contains(.fa)
        case (0xD8, 0xA8): return contains(.ba)
        case (0xD9, 0x84): return contains(.lam)
        case (0xD9, 0x83): return contains(.kaf)
        default: return false
        }
    }

    /// Whether `word` (UTF-8) begins with a letter of the set.
    @inlinable @inline(__always)
    public func begins<Word: Collection>(_ word: Word) -> Bool where Word.Element == UInt8 {
        var bytes = word.makeIterator()
        guard let b0 = bytes.next(), let b1 = bytes.next() else { return false }
        return contains(b0, b1)
    }
}
