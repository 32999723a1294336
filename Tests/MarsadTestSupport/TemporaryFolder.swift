import Foundation

/// A fresh, empty folder under the system's temporary folder, removed when the value goes;
/// shared by the test targets that write files.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` in the folder and returns its path.
    public func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 to `name` in the folder and returns its path.
    public func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
