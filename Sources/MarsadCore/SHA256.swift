import CLibCrypto

/// SHA-256 (FIPS 180-4), for content identities and resource checksums: OpenSSL's, which
/// uses the processor's SHA instructions where it has them (the resources are checked at
/// every start, so the checksum's speed is start-up time).
public struct SHA256: Sendable {
    private var context = SHA256_CTX()

    public init() {
        SHA256_Init(&context)
    }

    /// The hex digest of `bytes`.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        if bytes.withContiguousStorageIfAvailable({ hasher.update($0) }) == nil {
            Array(bytes).withUnsafeBufferPointer { hasher.update($0) }
        }
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: hasher.finalize().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    /// Feeds more bytes.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { update($0) }
    }

    /// Feeds more bytes.
    public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        SHA256_Update(&context, base, bytes.count)
    }

    /// The 32-byte digest; the hasher is spent.
    public mutating func finalize() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { digest, count in
            SHA256_Final(digest.baseAddress!, &context)
            count = 32
        }
    }
}
