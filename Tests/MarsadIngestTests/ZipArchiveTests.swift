import Foundation
import MarsadCore
import MarsadIngest
import MarsadTestSupport
import Testing

/// Zip archives read directly: stored and deflated entries, and every hostile or broken
/// archive refused with a message naming it, the rest of the batch read all the same.
@Suite struct ZipArchiveTests {
    let array = Array("""
        [{"title": "سد النهضة", "content": "استأنفت الدول الثلاث مفاوضاتها حول تشغيل السد", "date_extracted": "2015-07-23 08:00:00"},
         {"title": "الأمطار", "content": "هطلت أمطار غزيرة على مدن الساحل", "date_extracted": "2015-07-24"}]
        """.utf8)

    @Test func readsStoredAndDeflatedEntriesInOrder() throws {
        let folder = try TemporaryFolder()
        let zip = try folder.write("2015-07-23.zip", ZipFixture(files: [
            .init(name: "day/", contents: [], deflated: false),
            .init(name: "day/2015-07-23.json", contents: array),
            .init(name: "day/note.txt", contents: Array("ملاحظة محفوظة بلا ضغط".utf8), deflated: false),
            .init(name: "__MACOSX/day/._note.txt", contents: [0, 5, 22, 7]),
            .init(name: "day/.hidden.txt", contents: Array("مخفي".utf8)),
        ]).bytes)
        let mapping = try FieldMapping(parsing: ["text=content", "published=date_extracted"])
        let (documents, failures) = readAll([zip], mapping: mapping)
        #expect(failures.isEmpty, "\(failures)")
        #expect(documents.map(\.text) == ["استأنفت الدول الثلاث مفاوضاتها حول تشغيل السد", "هطلت أمطار غزيرة على مدن الساحل", "ملاحظة محفوظة بلا ضغط"])
        #expect(documents.map(\.published?.date) == ["2015-07-23", "2015-07-24", nil])
        #expect(documents.last?.source == zip + "/day/note.txt")
    }

    @Test func readsAFolderOfArchivesAsTheFilesInThem() throws {
        let folder = try TemporaryFolder()
        _ = try folder.write("b.zip", ZipFixture(files: [.init(name: "b.jsonl", contents: Array("{\"text\": \"ثانٍ\"}\n{\"text\": \"ثالث\"}\n".utf8))]).bytes)
        _ = try folder.write("a.zip", ZipFixture(files: [.init(name: "a.txt", contents: Array("أول".utf8))]).bytes)
        let (documents, failures) = readAll([folder.url.path])
        #expect(failures.isEmpty, "\(failures)")
        #expect(documents.map(\.text) == ["أول", "ثانٍ", "ثالث"])
    }

    /// A hostile or broken archive, the failure's code and words it must say.
    enum Hostile: String, CaseIterable, Sendable {
        case encrypted, unknownMethod, bomb, overLimit, truncatedArchive, truncatedEntry, badCRC, sizeLies, zip64, nested, notAZip
    }

    func archive(_ kind: Hostile, _ folder: TemporaryFolder) throws -> (path: String, code: MarsadError.Code, says: String, entry: Bool) {
        let text = Array(String(repeating: "خبر عن المفاوضات والسد والأمطار. ", count: 40).utf8)
        let good = ZipFixture(files: [.init(name: "a.txt", contents: text)])
        switch kind {
        case .encrypted:
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "a.txt", contents: text, flags: 1)]).bytes), .unsupportedFormat, "encrypted", true)
        case .unknownMethod:
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "a.txt", contents: text, method: 12)]).bytes), .unsupportedFormat, "method 12", true)
        case .bomb:
            let zeros = [UInt8](repeating: 0x20, count: 8 << 20)
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "a.txt", contents: zeros)]).bytes), .inputTooLarge, "zip bomb", true)
        case .overLimit:
            return (try folder.write("x.zip", good.bytes), .inputTooLarge, "over the limit of 1000", true)
        case .truncatedArchive:
            let bytes = good.bytes
            return (try folder.write("x.zip", Array(bytes.prefix(bytes.count / 2))), .unreadable, "truncated zip archive", false)
        case .truncatedEntry:
            // The end record and directory intact, the entry's compressed data cut short.
            var files = good
            files.files[0].declaredSize = UInt32(text.count)
            let bytes = files.bytes
            let deflated = ZipFixture.deflate(text).count
            let cut = 30 + 5 + deflated / 2
            let tail = Array(bytes[(30 + 5 + deflated)...])
            var damaged = Array(bytes.prefix(cut)) + tail
            // The directory moved forward by what was cut: point the end record at it.
            let shift = deflated - deflated / 2
            let end = damaged.count - 22
            let start = UInt32(damaged[end + 16]) | UInt32(damaged[end + 17]) << 8 | UInt32(damaged[end + 18]) << 16 | UInt32(damaged[end + 19]) << 24
            damaged.replaceSubrange((end + 16)..<(end + 20), with: ZipFixture.u32(start - UInt32(shift)))
            return (try folder.write("x.zip", damaged), .unreadable, "runs past", true)
        case .badCRC:
            var bytes = ZipFixture(files: [.init(name: "a.txt", contents: text, deflated: false)]).bytes
            bytes[30 + 5 + 3] ^= 0x01
            return (try folder.write("x.zip", bytes), .unreadable, "CRC-32", true)
        case .sizeLies:
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "a.txt", contents: text, declaredSize: 100)]).bytes), .unreadable, "more than the 100 bytes", true)
        case .zip64:
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "a.txt", contents: text, declaredSize: 0xFFFF_FFFF)]).bytes), .unsupportedFormat, "zip64", false)
        case .nested:
            return (try folder.write("x.zip", ZipFixture(files: [.init(name: "inner.zip", contents: good.bytes, deflated: false)]).bytes), .unsupportedFormat, "archive inside an archive", true)
        case .notAZip:
            return (try folder.write("x.zip", "هذا ليس أرشيفاً"), .unreadable, "not a zip archive", false)
        }
    }

    @Test("a hostile or broken archive is a failure naming it, and reading goes on", arguments: Hostile.allCases)
    func refuses(_ kind: Hostile) throws {
        let folder = try TemporaryFolder()
        let (path, code, says, entry) = try archive(kind, folder)
        let after = try folder.write("y.txt", "نص بعد الأرشيف")
        let (documents, failures) = readAll([path, after], maxBytes: kind == .overLimit ? 1000 : InputOptions.defaultMaxBytes)
        #expect(documents.map(\.text) == ["نص بعد الأرشيف"])
        let failure = try #require(failures.first)
        #expect(failures.count == 1)
        #expect(failure.code == code, "\(failure)")
        #expect(failure.message.contains(says), "\(failure)")
        #expect(failure.input == (entry ? path + (kind == .nested ? "/inner.zip" : "/a.txt") : path), "\(failure)")
    }

    @Test func readsAnArchiveWrittenByPython() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("2015-07-25.json", array)
        let zip = folder.url.appendingPathComponent("2015-07-25.zip").path
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED).write(sys.argv[2], '2015-07-25.json')", zip, json]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python3 with zipfile is needed to write this fixture")
        let (documents, failures) = readAll([zip], mapping: try FieldMapping(parsing: ["text=content", "published=date_extracted"]))
        #expect(failures.isEmpty, "\(failures)")
        #expect(documents.map(\.title) == ["سد النهضة", "الأمطار"])
    }
}
