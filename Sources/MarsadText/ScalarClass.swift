/// The coarse class of a Unicode scalar, as the tokenizer and the normaliser see it.
public enum ScalarClass: UInt8, Sendable {
    /// Horizontal whitespace, including no-break and zero-width spaces.
    case space
    /// Line and paragraph separators.
    case newline
    /// A letter of the Arabic script (base letters and presentation forms).
    case arabicLetter
    /// An ASCII letter.
    case latinLetter
    /// A letter of any other script, or a non-ASCII Latin letter.
    case otherLetter
    /// A decimal digit of any script.
    case digit
    /// A combining mark (harakat among them).
    case mark
    /// The Arabic tatweel (kashida), U+0640.
    case tatweel
    /// ZWNJ and ZWJ, which join or part letters inside a word.
    case joiner
    /// Direction marks, the byte-order mark and other invisible format characters.
    case ignorable
    /// A dash or hyphen.
    case dash
    /// Any other punctuation.
    case punctuation
    /// A symbol, emoji or any other visible character.
    case symbol

    /// Whether the class can be part of a word.
    public var isWordPart: Bool {
        switch self {
        case .arabicLetter, .latinLetter, .otherLetter, .digit, .mark, .tatweel, .joiner: true
        default: false
        }
    }

    /// Whether the class is a letter of some script.
    public var isLetter: Bool {
        self == .arabicLetter || self == .latinLetter || self == .otherLetter
    }
}

/// Classifies Unicode scalars through a table over the Basic Multilingual Plane, built once.
public enum ScalarClasses {
    /// One class per BMP scalar, built once and never freed, so hot loops can keep the pointer.
    nonisolated(unsafe) static let table: UnsafeBufferPointer<ScalarClass> = {
        let table = UnsafeMutableBufferPointer<ScalarClass>.allocate(capacity: 0x10000)
        for value in 0..<0x10000 { table[value] = computeClass(of: UInt32(value)) }
        return UnsafeBufferPointer(table)
    }()

    /// The class of the scalar `value`.
    public static func of(_ value: UInt32) -> ScalarClass {
        value < 0x10000 ? table[Int(value)] : computeClass(of: value)
    }

    /// The class of `value` through a table pointer the caller holds.
    @inline(__always) static func of(_ value: UInt32, in table: UnsafeBufferPointer<ScalarClass>) -> ScalarClass {
        value < 0x10000 ? table[Int(value)] : computeClass(of: value)
    }

    static func computeClass(of value: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return .newline
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return .space
        case 0x0640: return .tatweel
        case 0x200C, 0x200D: return .joiner
        case 0xAD, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF: return .ignorable
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            if value < 0x80 { return .latinLetter }
            return isArabicScript(value) ? .arabicLetter : .otherLetter
        case .dashPunctuation: return .dash
        case .connectorPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .spaceSeparator, .control: return .space
        case .format: return .ignorable
        default:
            return .symbol
        }
    }

    /// Whether `value` lies in one of the Arabic script blocks.
    public static func isArabicScript(_ value: UInt32) -> Bool {
        (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value)
            || (0x08A0...0x08FF).contains(value) || (0xFB50...0xFDFF).contains(value)
            || (0xFE70...0xFEFF).contains(value)
    }
}
