/// Writes compact JSON into a byte buffer, keys in the order written. Commas are placed
/// for the caller: open a container, write keys and values, close it.
///
/// The analysis of every token goes through here (a few keys and values each), so each
/// call makes room once and then writes through a pointer, strings are scanned for bytes
/// to escape eight at a time, and one flag says whether the next element takes a comma:
/// appending to an array byte by byte and keeping a stack of flags cost hundreds of
/// instructions a token.
public struct JSONWriter {
    /// The JSON written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: count)) }
    private var storage: Storage
    /// How many bytes of `storage` are written.
    private var count = 0
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has an element (so the next one takes a comma);
    /// false right after a key, whose value follows without one.
    private var hasElement = false

    public init(capacity: Int = 4096) { storage = Storage(capacity: capacity) }

    /// Memory the writer owns. Its fields never change (a larger buffer is a new one), so
    /// reading them takes no exclusivity check.
    final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }
    }

    /// Where the next `extra` bytes go: the storage, made this writer's own (a copy of a
    /// writer that writes copies it first) and large enough.
    @inline(__always)
    private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count &+ extra > storage.capacity || !isKnownUniquelyReferenced(&storage) { move(toHold: count + extra) }
        return storage.base + count
    }

    /// Copies the bytes written to new storage of at least `needed` bytes.
    private mutating func move(toHold needed: Int) {
        let moved = Storage(capacity: needed > storage.capacity ? max(storage.capacity * 2, needed) : storage.capacity)
        moved.base.initialize(from: storage.base, count: count)
        storage = moved
    }

    /// Writes at most `extra` bytes through `body`, which moves the cursor past what it writes.
    @inline(__always)
    private mutating func write(atMost extra: Int, _ body: (inout Cursor) -> Void) {
        var cursor = Cursor(p: room(extra))
        let start = cursor.p
        body(&cursor)
        count &+= cursor.p - start
    }

    /// Writes an element of the innermost container (at most `extra` bytes through `body`),
    /// after a comma if it is not the first.
    @inline(__always)
    private mutating func element(atMost extra: Int, _ body: (inout Cursor) -> Void) {
        let comma = depth > 0 && hasElement
        if depth > 0 { hasElement = true }
        write(atMost: extra &+ 1) { cursor in
            if comma { cursor.put(UInt8(ascii: ",")) }
            body(&cursor)
        }
    }

    /// Where the next byte goes, in memory `room` made.
    struct Cursor {
        var p: UnsafeMutablePointer<UInt8>

        @inline(__always) mutating func put(_ byte: UInt8) {
            p.pointee = byte
            p += 1
        }

        @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let start = bytes.baseAddress else { return }
            p.initialize(from: start, count: bytes.count)
            p += bytes.count
        }

        @inline(__always) mutating func put(_ text: StaticString) {
            put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Opens a container with `bracket`, as an element of the one around it.
    private mutating func open(_ bracket: UInt8) {
        element(atMost: 1) { $0.put(bracket) }
        depth += 1
        hasElement = false
    }

    /// Closes the innermost container with `bracket`.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        write(atMost: 1) { $0.put(bracket) }
        hasElement = true
    }

    /// Writes an object key; the next value written is its value.
    public mutating func key(_ name: StaticString) {
        element(atMost: name.utf8CodeUnitCount + 3) { cursor in
            cursor.put(UInt8(ascii: "\""))
            cursor.put(name)
            cursor.put(UInt8(ascii: "\""))
            cursor.put(UInt8(ascii: ":"))
        }
        hasElement = false
    }

    /// Writes an object key known only at run time. Disfavoured so that a literal key is the
    /// `StaticString` one, which makes no string.
    @_disfavoredOverload
    public mutating func key(_ name: String) {
        string(name)
        write(atMost: 1) { $0.put(UInt8(ascii: ":")) }
        hasElement = false
    }

    public mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { string(utf8: $0) }
    }

    /// Writes a string known at compile time (which must need no escape, as names do).
    public mutating func string(_ value: StaticString) {
        element(atMost: value.utf8CodeUnitCount + 2) { cursor in
            cursor.put(UInt8(ascii: "\""))
            cursor.put(value)
            cursor.put(UInt8(ascii: "\""))
        }
    }

    /// Writes valid UTF-8 bytes as a JSON string, escaping quotes, backslashes and controls.
    /// Runs of bytes that need no escape are copied whole.
    public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        // An escape is at most six bytes for one.
        element(atMost: utf8.count &* 6 &+ 2) { cursor in
            cursor.put(UInt8(ascii: "\""))
            var run = 0, i = 0
            let n = utf8.count
            if let base = utf8.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i < n {
                    // Eight bytes that need no escape are skipped at once.
                    if i &+ 8 <= n, !Self.needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                        i &+= 8
                        continue
                    }
                    let byte = base[i]
                    if Self.needsEscape(byte) {
                        cursor.put(UnsafeBufferPointer(start: base + run, count: i &- run))
                        Self.escape(byte, &cursor)
                        run = i &+ 1
                    }
                    i &+= 1
                }
            }
            cursor.put(UnsafeBufferPointer(rebasing: utf8[run...]))
            cursor.put(UInt8(ascii: "\""))
        }
    }

    /// Whether `byte` cannot stand in a JSON string as it is (a control, DEL, `"` or `\`).
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
    }

    /// Whether any of the eight bytes of `word` needs an escape: exactly `needsEscape` of
    /// some byte (the classic tests for a byte below a bound and for a zero byte, which
    /// never miss one and never report one that is not there).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let below = (word &- ones &* 0x20) & ~word & highs
        return below | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0x7F)) != 0
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes the escape of a byte that cannot stand in a JSON string as it is.
    private static func escape(_ byte: UInt8, _ cursor: inout Cursor) {
        cursor.put(0x5C)
        switch byte {
        case UInt8(ascii: "\""): cursor.put(0x22)
        case UInt8(ascii: "\\"): cursor.put(0x5C)
        case 0x0A: cursor.put(UInt8(ascii: "n"))
        case 0x0D: cursor.put(UInt8(ascii: "r"))
        case 0x09: cursor.put(UInt8(ascii: "t"))
        default:
            cursor.put("u00")
            cursor.put(hex[Int(byte >> 4)])
            cursor.put(hex[Int(byte & 15)])
        }
    }

    /// Writes an integer in decimal, as `String(value)` spells it.
    public mutating func int(_ value: Int) {
        // A sign and the 20 digits of the largest magnitude.
        element(atMost: 21) { cursor in
            if value < 0 { cursor.put(UInt8(ascii: "-")) }
            var magnitude = value.magnitude
            var digits = 1, power: UInt = 10
            while digits < 20, magnitude >= power {
                digits += 1
                power = power &* 10
            }
            var i = digits
            repeat {
                i -= 1
                cursor.p[i] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while i > 0
            cursor.p += digits
        }
    }

    public mutating func double(_ value: Double) {
        var text = value.isFinite ? String(value) : "null"
        text.withUTF8 { utf8 in element(atMost: utf8.count) { $0.put(utf8) } }
    }

    public mutating func bool(_ value: Bool) {
        element(atMost: 5) { $0.put(value ? "true" : "false") }
    }

    public mutating func null() {
        element(atMost: 4) { $0.put("null") }
    }

    /// `"key": "value"`, or nothing when the value is nil.
    public mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name); string(value)
    }

    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
}
