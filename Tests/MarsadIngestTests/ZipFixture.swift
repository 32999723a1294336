import CZlib

/// Writes zip archives byte by byte, as the format's specification lays them out, with
/// knobs to make them hostile: flags, methods and sizes that lie, zip64 markers.
struct ZipFixture {
    /// One file to put in the archive.
    struct File {
        var name: String
        var contents: [UInt8]
        var deflated = true
        /// General-purpose flags (bit 0: encrypted).
        var flags: UInt16 = 0
        /// A compression method other than the one used, to write into the headers.
        var method: UInt16?
        /// A size to declare instead of the true one.
        var declaredSize: UInt32?
    }

    var files: [File]

    /// The archive's bytes: local headers and data, central directory, end record.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for file in files {
            let data = file.deflated ? Self.deflate(file.contents) : file.contents
            let crc = file.contents.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            let method = file.method ?? (file.deflated ? 8 : 0)
            let name = Array(file.name.utf8)
            let size = file.declaredSize ?? UInt32(file.contents.count)
            let offset = UInt32(out.count)
            out += Self.u32(0x0403_4B50) + Self.u16(20) + Self.u16(file.flags) + Self.u16(method) + Self.u16(0) + Self.u16(0)
            out += Self.u32(crc) + Self.u32(UInt32(data.count)) + Self.u32(size) + Self.u16(UInt16(name.count)) + Self.u16(0)
            out += name + data
            directory += Self.u32(0x0201_4B50) + Self.u16(20) + Self.u16(20) + Self.u16(file.flags) + Self.u16(method)
            directory += Self.u16(0) + Self.u16(0) + Self.u32(crc) + Self.u32(UInt32(data.count)) + Self.u32(size)
            directory += Self.u16(UInt16(name.count)) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u32(0) + Self.u32(offset)
            directory += name
        }
        let start = UInt32(out.count)
        out += directory
        out += Self.u32(0x0605_4B50) + Self.u16(0) + Self.u16(0) + Self.u16(UInt16(files.count)) + Self.u16(UInt16(files.count))
        out += Self.u32(UInt32(directory.count)) + Self.u32(start) + Self.u16(0)
        return out
    }

    /// Raw deflate (no zlib header), as zip entries hold it.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END)
        return Array(out.prefix(Int(stream.total_out)))
    }

    static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
