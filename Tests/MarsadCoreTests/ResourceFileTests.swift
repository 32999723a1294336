import Testing
@testable import MarsadCore

@Suite struct ResourceFileTests {
    @Test func roundTripsAndVersionsByContent() throws {
        let file = ResourceFile(name: "stems", format: 1, builtBy: "test", sources: ["a", "b"], built: "2026-01-01",
                                columns: "word count", body: "في\t3\ts\n")
        let read = try ResourceFile(parsing: file.text, name: "stems")
        #expect(read.body == "في\t3\ts\n")
        #expect(read.version == file.version)
        #expect(read.header.filter { $0.key == "source" }.map(\.value) == ["a", "b"])
        let other = ResourceFile(name: "stems", format: 1, builtBy: "test", sources: [], built: "2027-01-01", columns: "", body: "في\t3\ts\n")
        #expect(other.version == file.version)
    }

    @Test func refusesAChangedBodyAWrongNameAndAMissingFormat() {
        let file = ResourceFile(name: "stems", format: 1, builtBy: "test", sources: [], built: "x", columns: "", body: "في\t3\n")
        #expect(throws: MarsadError.self) { try ResourceFile(parsing: file.text + "من\t2\n", name: "stems") }
        #expect(throws: MarsadError.self) { try ResourceFile(parsing: file.text, name: "kb") }
        #expect(throws: MarsadError.self) { try ResourceFile(parsing: "# marsad-resource: stems\nفي\t3\n", name: "stems") }
        do {
            _ = try ResourceFile(parsing: file.text.replacingOccurrences(of: "في", with: "من"), name: "stems")
        } catch {
            #expect(error.code == .badResource && error.message.contains("checksum"))
        }
    }

    @Test func theShippedResourcesLoadWithTheirVersions() {
        #expect(shippedResources.stems.count > 50_000)
        #expect(shippedResources.versions["stems"]?.hasPrefix("1.") == true)
    }
}
