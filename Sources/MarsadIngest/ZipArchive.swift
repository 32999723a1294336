import CZlib
import MarsadCore

/// A zip archive held in memory: its central directory read, and each entry's bytes given
/// back whole, inflated and checked against its CRC-32 and sizes. Reads stored and deflated
/// entries of single-part archives; refuses, with a message naming the archive or entry,
/// encrypted entries, zip64, other compression methods, truncated or overlapping data, and
/// entries that would expand past the caller's limit or far past their compressed size.
public struct ZipArchive: Sendable {
    /// One file of the archive, as its central directory describes it.
    public struct Entry: Sendable, Equatable {
        /// The path inside the archive.
        public let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        /// The size once inflated, as declared (and checked when read).
        public let size: Int
        let headerOffset: Int

        /// A folder entry, which holds no data.
        public var isFolder: Bool { name.hasSuffix("/") }
    }

    /// The name used in messages: the archive's path.
    public let name: String
    /// The entries in central-directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]
    /// For each entry's local header, where the next header (or the central directory)
    /// begins: the end its data may not pass.
    private let dataLimits: [Int: Int]

    /// The most an entry of over a mebibyte may expand relative to its compressed size.
    /// Deflated text expands 3 to 15 times; zip bombs a thousand times.
    public static let maxRatio = 100

    /// Reads the central directory of `bytes`, the archive named `name`.
    public init(_ bytes: [UInt8], name: String) throws(MarsadError) {
        self.name = name
        self.bytes = bytes
        let end = try Self.endOfDirectory(bytes, name: name)
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryStart = Int(Self.u32(bytes, end + 16))
        if Self.u16(bytes, end + 4) != 0 || Self.u16(bytes, end + 6) != 0 || Int(Self.u16(bytes, end + 8)) != count {
            throw MarsadError(.unsupportedFormat, "a multi-part zip archive; only single-part archives are read", input: name)
        }
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryStart == 0xFFFF_FFFF
            || (end >= 20 && Self.u32(bytes, end - 20) == 0x0706_4B50) {
            throw MarsadError(.unsupportedFormat, "a zip64 archive; only zip archives under 4 GiB without zip64 records are read", input: name)
        }
        guard directoryStart + directorySize <= end else {
            throw MarsadError(.unreadable, "truncated zip archive: its central directory lies past the end of the file", input: name)
        }
        var entries: [Entry] = []
        var at = directoryStart
        for _ in 0..<count {
            guard at + 46 <= directoryStart + directorySize, Self.u32(bytes, at) == 0x0201_4B50 else {
                throw MarsadError(.unreadable, "damaged zip archive: central directory entry \(entries.count + 1) of \(count) is missing or broken", input: name)
            }
            let nameLength = Int(Self.u16(bytes, at + 28))
            let skip = nameLength + Int(Self.u16(bytes, at + 30)) + Int(Self.u16(bytes, at + 32))
            guard at + 46 + skip <= directoryStart + directorySize else {
                throw MarsadError(.unreadable, "damaged zip archive: central directory entry \(entries.count + 1) runs past the directory", input: name)
            }
            let entry = Entry(name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                              method: Self.u16(bytes, at + 10), flags: Self.u16(bytes, at + 8), crc: Self.u32(bytes, at + 16),
                              compressedSize: Int(Self.u32(bytes, at + 20)), size: Int(Self.u32(bytes, at + 24)),
                              headerOffset: Int(Self.u32(bytes, at + 42)))
            if [entry.compressedSize, entry.size, entry.headerOffset].contains(0xFFFF_FFFF) {
                throw MarsadError(.unsupportedFormat, "a zip64 entry (\(entry.name)); only zip archives without zip64 records are read", input: name)
            }
            entries.append(entry)
            at += 46 + skip
        }
        self.entries = entries
        let starts = Set(entries.map(\.headerOffset)).sorted()
        dataLimits = Dictionary(uniqueKeysWithValues: starts.enumerated().map { k, start in
            (start, k + 1 < starts.count ? starts[k + 1] : directoryStart)
        })
    }

    /// The place of the end-of-central-directory record: the last one whose comment ends
    /// the file, searched in the file's last 64 KiB and 22 bytes.
    private static func endOfDirectory(_ bytes: [UInt8], name: String) throws(MarsadError) -> Int {
        if bytes.count >= 22 {
            for at in stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 0xFFFF), by: -1)
            where u32(bytes, at) == 0x0605_4B50 && at + 22 + Int(u16(bytes, at + 20)) == bytes.count {
                return at
            }
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw MarsadError(.unreadable, "truncated zip archive: no central directory at its end", input: name)
        }
        throw MarsadError(.unreadable, "not a zip archive (no central directory)", input: name)
    }

    /// The bytes of `entry`, inflated and checked; refuses an entry that expands past
    /// `limit` bytes or more than `maxRatio` times its compressed size.
    public func contents(of entry: Entry, limit: Int) throws(MarsadError) -> [UInt8] {
        let place = name + "/" + entry.name
        if entry.flags & 1 != 0 || entry.method == 99 {
            throw MarsadError(.unsupportedFormat, "encrypted zip entry; encrypted archives are not read", input: place)
        }
        guard entry.method == 0 || entry.method == 8 else {
            throw MarsadError(.unsupportedFormat, "zip compression method \(entry.method) is not read (only stored and deflated entries)", input: place)
        }
        guard entry.size <= limit else {
            throw MarsadError(.inputTooLarge, "expands to \(entry.size) bytes, over the limit of \(limit) (see --max-bytes)", input: place)
        }
        if entry.size > 1 << 20 && entry.size > entry.compressedSize * Self.maxRatio {
            throw MarsadError(.inputTooLarge, "expands \(entry.size / max(entry.compressedSize, 1)) times (from \(entry.compressedSize) to \(entry.size) bytes): a zip bomb, not read", input: place)
        }
        let start = try dataStart(of: entry, place: place)
        let data = bytes[start..<(start + entry.compressedSize)]
        let contents: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else {
                throw MarsadError(.unreadable, "damaged zip entry: stored with \(entry.compressedSize) bytes but declared as \(entry.size)", input: place)
            }
            contents = Array(data)
        } else {
            contents = try Self.inflate(data, size: entry.size, place: place)
        }
        let crc = contents.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        guard crc == entry.crc else {
            throw MarsadError(.unreadable, "damaged zip entry: its CRC-32 does not match its contents", input: place)
        }
        return contents
    }

    /// Where `entry`'s data begins, after its local header; refuses data that runs past the
    /// central directory or into another entry's.
    private func dataStart(of entry: Entry, place: String) throws(MarsadError) -> Int {
        let at = entry.headerOffset
        guard at + 30 <= bytes.count, Self.u32(bytes, at) == 0x0403_4B50 else {
            throw MarsadError(.unreadable, "damaged zip archive: no local header where the directory puts this entry", input: place)
        }
        let start = at + 30 + Int(Self.u16(bytes, at + 26)) + Int(Self.u16(bytes, at + 28))
        guard start + entry.compressedSize <= dataLimits[at] ?? at else {
            throw MarsadError(.unreadable, "damaged zip archive: the entry's data runs past its end or into another entry", input: place)
        }
        return start
    }

    /// Raw-inflates `data`, which must give exactly `size` bytes.
    private static func inflate(_ data: ArraySlice<UInt8>, size: Int, place: String) throws(MarsadError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw MarsadError(.unreadable, "cannot start inflating (zlib)", input: place)
        }
        defer { inflateEnd(&stream) }
        // One byte more than declared, to tell an entry that inflates to more.
        var out = [UInt8](repeating: 0, count: size + 1)
        let status = data.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        if status == Z_STREAM_END {
            guard Int(stream.total_out) == size else {
                throw MarsadError(.unreadable, "damaged zip entry: inflates to \(stream.total_out) bytes, not the \(size) it declares", input: place)
            }
            out.removeLast()
            return out
        }
        if stream.avail_out == 0 {
            throw MarsadError(.unreadable, "damaged zip entry: inflates to more than the \(size) bytes it declares", input: place)
        }
        if status == Z_BUF_ERROR || status == Z_OK {
            throw MarsadError(.unreadable, "truncated zip entry: its compressed data ends early", input: place)
        }
        throw MarsadError(.unreadable, "damaged zip entry: \(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")", input: place)
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
