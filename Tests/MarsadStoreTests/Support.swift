import Foundation
import MarsadCore
import MarsadExtract
import MarsadStore
import Testing

/// The shipped resources, loaded once for the whole test run.
let shippedResources: ResourceBundle = {
    do { return try ResourceBundle.load() } catch { fatalError("the shipped resources do not load: \(error)") }
}()

let pipeline: Pipeline = {
    do { return try Pipeline.standard(resources: shippedResources) } catch { fatalError("\(error)") }
}()
let encoder = AnalysisEncoder(resources: shippedResources.versions)

/// A new document for `text`, analysed by the standard pipeline, with its content id.
func newDocument(_ text: String, title: String? = nil, sourceID: String? = nil, fingerprint: UInt64? = nil,
                 published: String? = nil) -> NewDocument {
    let document = Document(text: text, title: title, published: published.flatMap(PublicationTime.init(iso:)),
                            url: "https://example.org/\(Document.contentID(of: text).prefix(8))", source: "fixture")
    return NewDocument(document: document, sourceID: sourceID, fingerprint: fingerprint,
                       analysis: AnalysisRecord(pipeline.run(document), encoder: encoder))
}

/// The store implementations that the shared suite runs against.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite

    var testDescription: String { rawValue }

    /// A new, empty store of this kind, with what it needs kept alive as long as the value.
    func makeStore() throws -> StoreFixture {
        switch self {
        case .sqlite:
            let folder = try TemporaryFolder()
            return StoreFixture(store: try SQLiteStore(path: folder.url.appendingPathComponent("test.sqlite").path), folder: folder)
        }
    }
}

/// A store with the folder it lives in.
struct StoreFixture {
    let store: any Store
    let folder: TemporaryFolder
}

/// A fresh, empty folder under the system's temporary folder, removed when the value goes.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The error `body` throws, or nil if it returns.
func caught<T>(_ body: () throws -> T) -> MarsadError? {
    do {
        _ = try body()
        return nil
    } catch let error as MarsadError {
        return error
    } catch {
        Issue.record("expected a MarsadError, got \(error)")
        return nil
    }
}

/// The Unicode scalars `start..<end` of `text`.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
