import Foundation
import MarsadCore
import MarsadExtract
import MarsadStore
import MarsadTestSupport
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



/// The Unicode scalars `start..<end` of `text`.
func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}
