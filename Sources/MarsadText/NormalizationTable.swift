import Foundation

/// The per-scalar replacements of one set of normalisation options, over the BMP.
///
/// An entry of 0 leaves the scalar unchanged; otherwise bit 31 is set, bits 8–30 give the
/// offset of the replacement in `pool` and bits 0–7 its length in bytes (0 deletes the scalar).
struct NormalizationTable: Sendable {
    /// The tables in memory never written after they are built, for pointer access.
    final class Storage: @unchecked Sendable {
        let entries: UnsafeMutablePointer<UInt32>
        let pool: UnsafeMutablePointer<UInt8>

        init(entries: [UInt32], pool: [UInt8]) {
            self.entries = .allocate(capacity: entries.count)
            self.entries.initialize(from: entries, count: entries.count)
            self.pool = .allocate(capacity: max(1, pool.count))
            self.pool.initialize(from: pool, count: pool.count)
        }

        deinit {
            entries.deallocate()
            pool.deallocate()
        }
    }

    let storage: Storage
    let options: NormalizationOptions
    /// The most bytes one input byte becomes.
    let maxExpansion: Int

    /// The table of `options`, built once per process and shared: Marsad's lexicons each
    /// keep a normaliser, and building a table (NFKC of the presentation forms) is not free.
    static func shared(_ options: NormalizationOptions) -> NormalizationTable {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let table = cache.tables[options] { return table }
        let table = NormalizationTable(options: options)
        cache.tables[options] = table
        return table
    }

    private static let cache = Cache()

    /// The tables built so far, by options; read and written under `lock`.
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var tables: [NormalizationOptions: NormalizationTable] = [:]
    }

    init(options: NormalizationOptions) {
        self.options = options
        var entries = [UInt32](repeating: 0, count: 0x10000)
        var pool: [UInt8] = []
        var maxExpansion = 1
        for value in UInt32(0x80)..<0x10000 {
            guard let replacement = Self.replacement(of: value, options: options) else { continue }
            var bytes: [UInt8] = []
            for scalar in replacement { UTF8Scalar.append(scalar, to: &bytes) }
            precondition(bytes.count < 256 && pool.count < 1 << 23)
            entries[Int(value)] = 1 << 31 | UInt32(pool.count) << 8 | UInt32(bytes.count)
            pool += bytes
            let sourceLength = value < 0x800 ? 2 : 3
            maxExpansion = max(maxExpansion, (bytes.count + sourceLength - 1) / sourceLength)
        }
        storage = Storage(entries: entries, pool: pool)
        self.maxExpansion = maxExpansion
    }

    /// Whether a replacement is empty or one Arabic letter U+0621–U+064A (two bytes, D8 A1 to D9 8A).
    @inline(__always) func isArabicLetterReplacement(_ entry: UInt32) -> Bool {
        let count = entry & 0xFF
        if count == 0 { return true }
        guard count == 2 else { return false }
        let p = storage.pool + Int((entry >> 8) & 0x7F_FFFF)
        return (p[0] == 0xD8 && p[1] >= 0xA1) || (p[0] == 0xD9 && p[1] <= 0x8A)
    }

    /// The scalars that replace `value`, or nil when it stays as it is.
    static func replacement(of value: UInt32, options: NormalizationOptions) -> [UInt32]? {
        if (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value) {
            return presentationForm(value, options: options)
        }
        return letterReplacement(of: value, options: options)
    }

    /// Replacements of scalars outside the presentation-form blocks.
    private static func letterReplacement(of value: UInt32, options: NormalizationOptions) -> [UInt32]? {
        switch value {
        case 0x0660...0x0669: return [value - 0x0660 + 0x30]
        case 0x06F0...0x06F9: return [value - 0x06F0 + 0x30]
        case 0x066B: return [0x2E]  // Arabic decimal separator
        case 0x066C: return [0x2C]  // Arabic thousands separator
        case 0x066A: return [0x25]  // Arabic percent sign
        case 0x06A9: return [0x0643]  // keheh → kaf
        case 0x06CC, 0x06D2: return [0x064A]  // Farsi yeh, yeh barree → yeh
        case 0x06C0, 0x06C1, 0x06D5, 0x06BE: return [0x0647]  // heh variants → heh
        case 0x06C3: return [options.contains(.foldTehMarbuta) ? 0x0647 : 0x0629]
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673:
            return options.contains(.foldAlef) ? [0x0627] : nil
        case 0x0649: return options.contains(.foldAlefMaksura) ? [0x064A] : nil
        case 0x0629: return options.contains(.foldTehMarbuta) ? [0x0647] : nil
        case 0x2212, 0xFE58, 0xFE63, 0xFF0D: return [0x2D]
        default: break
        }
        switch ScalarClasses.of(value) {
        case .tatweel, .joiner, .ignorable: return []
        case .mark: return ScalarClasses.isArabicScript(value) ? [] : nil
        case .dash: return [0x2D]
        default: return value == 0x200B ? [] : nil
        }
    }

    /// A presentation form's compatibility decomposition, itself normalised.
    private static func presentationForm(_ value: UInt32, options: NormalizationOptions) -> [UInt32]? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping
            .precomposedStringWithCanonicalMapping
        var out: [UInt32] = []
        for s in decomposed.unicodeScalars {
            out.append(contentsOf: letterReplacement(of: s.value, options: options) ?? [s.value])
        }
        // Isolated harakat forms decompose to a space and the mark: nothing is left of them.
        if out.allSatisfy({ $0 == 0x20 }) { return [] }
        return out == [value] ? nil : out
    }
}
