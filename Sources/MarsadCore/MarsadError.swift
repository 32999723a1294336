/// A public error: a stable code, a human message and where it happened. Every message a
/// user sees is rendered by `rendered`.
public struct MarsadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Sendable {
        case invalidUTF8 = "invalid-utf8"
        case binaryInput = "binary-input"
        case emptyInput = "empty-input"
        case inputTooLarge = "input-too-large"
        case unreadable = "unreadable"
        case badRecord = "bad-record"
        case badDate = "bad-date"
        case unsupportedFormat = "unsupported-format"
        case badResource = "bad-resource"
        case pipeline = "pipeline"
        /// The store cannot be opened, read or written (full disk, read-only file, corruption).
        case store = "store"
        /// The store was written by a newer Marsad, with a schema this one does not know.
        case storeVersion = "store-version"
    }

    public let code: Code
    public let message: String
    /// The input it concerns: a path, `<stdin>`, a resource name.
    public let input: String?
    /// A line number in the input, when it has lines.
    public let line: Int?

    public init(_ code: Code, _ message: String, input: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.input = input
        self.line = line
    }

    /// `input:line: message`, the form printed on standard error.
    public var rendered: String {
        var place = input ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        return place.isEmpty ? message : "\(place): \(message)"
    }

    public var description: String { rendered }
}
