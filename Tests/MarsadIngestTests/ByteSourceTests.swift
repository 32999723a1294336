import Foundation
import MarsadTestSupport
import Testing
import MarsadCore
import MarsadIngest

/// Every line of `source`: the bytes of a line as text, or `tooLong(n)`.
private func lines(_ source: ByteSource, limit: Int) throws -> [String] {
    var out: [String] = []
    while let line = try source.nextLine(limit: limit) {
        switch line {
        case .bytes(let bytes): out.append(String(decoding: bytes, as: UTF8.self))
        case .tooLong(let length): out.append("tooLong(\(length))")
        }
    }
    return out
}

@Suite("ByteSource")
struct ByteSourceTests {
    @Test("lines end at LF or CRLF, and a last line needs no newline")
    func lineEnds() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("a.jsonl", "أول\r\nثان\nثالث")
        let source = try ByteSource(path: path)
        #expect(source.name == path)
        #expect(try lines(source, limit: 100) == ["أول", "ثان", "ثالث"])
        // At the end it stays at the end.
        #expect(try source.nextLine(limit: 100) == nil)
    }

    @Test("empty lines are lines; a final newline makes no extra line")
    func emptyLines() throws {
        let folder = try TemporaryFolder()
        let source = try ByteSource(path: try folder.write("b.txt", "\n\r\nx\n"))
        #expect(try lines(source, limit: 10) == ["", "", "x"])
    }

    @Test("an empty file has no lines")
    func emptyFile() throws {
        let folder = try TemporaryFolder()
        let source = try ByteSource(path: try folder.write("empty.txt", [UInt8]()))
        #expect(try source.nextLine(limit: 10) == nil)
        #expect(try source.peek(10) == [])
    }

    @Test("a line over the limit is reported as too long and reading goes on")
    func tooLong() throws {
        let folder = try TemporaryFolder()
        // "1234567890" is at the limit; the next line (12 bytes, CR not counted) is over it.
        let path = try folder.write("c.txt", "1234567890\nabcdefghijkl\r\nok\nlast-one-too-long")
        let source = try ByteSource(path: path)
        #expect(try lines(source, limit: 10) == ["1234567890", "tooLong(12)", "ok", "tooLong(17)"])
    }

    @Test("lines across the reading buffer's chunks come back whole and in order")
    func acrossChunks() throws {
        let folder = try TemporaryFolder()
        // About 3 MiB of lines of varied length (the reader buffers 1 MiB at a time).
        var expected: [String] = []
        var generator = SplitMix64(seed: 42)
        var total = 0
        while total < 3 << 20 {
            let count = Int.random(in: 0...3000, using: &generator)
            let line = "\(expected.count):" + String(repeating: "ع", count: count)
            expected.append(line)
            total += line.utf8.count + 1
        }
        // One line longer than a whole chunk, within the limit.
        expected.insert("طويل" + String(repeating: "x", count: 1_500_000), at: expected.count / 2)
        let path = try folder.write("big.jsonl", expected.joined(separator: "\n") + "\n")
        let source = try ByteSource(path: path)
        #expect(try lines(source, limit: 2 << 20) == expected)
    }

    @Test("a line longer than a chunk and over the limit is skipped, and the next line is whole")
    func longLineAcrossChunks() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "y", count: 2_500_000)
        let path = try folder.write("long.jsonl", "قبل\n" + long + "\nبعد\n")
        let source = try ByteSource(path: path)
        #expect(try lines(source, limit: 1000) == ["قبل", "tooLong(2500000)", "بعد"])
    }

    @Test("peek does not consume")
    func peek() throws {
        let folder = try TemporaryFolder()
        let source = try ByteSource(path: try folder.write("p.txt", "{\"text\": \"x\"}\nسطر"))
        #expect(try source.peek(1) == [UInt8(ascii: "{")])
        #expect(try source.peek(512).count == 20)
        #expect(try lines(source, limit: 100) == [#"{"text": "x"}"#, "سطر"])
    }

    @Test("readAll returns everything up to the limit and refuses more, naming the path")
    func readAll() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("eleven.txt", "12345678901")
        #expect(try ByteSource(path: path).readAll(limit: 11) == Array("12345678901".utf8))
        let error = try #require(caught { try ByteSource(path: path).readAll(limit: 10) })
        #expect(error.code == .inputTooLarge)
        #expect(error.input == path)
        #expect(error.rendered.contains(path))
    }

    @Test("readAll after a peek still returns the whole input")
    func readAllAfterPeek() throws {
        let folder = try TemporaryFolder()
        let source = try ByteSource(path: try folder.write("x.txt", "نص كامل"))
        _ = try source.peek(2)
        #expect(try source.readAll(limit: 100) == Array("نص كامل".utf8))
    }

    @Test("a missing path is an error naming the path")
    func missing() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("لا-يوجد.txt").path
        let error = try #require(caught { try ByteSource(path: path) })
        #expect(error.code == .unreadable)
        #expect(error.input == path)
        #expect(error.rendered.hasPrefix(path + ": "))
    }

    @Test("a directory is an error naming the path")
    func directory() throws {
        let folder = try TemporaryFolder()
        let error = try #require(caught { try ByteSource(path: folder.url.path) })
        #expect(error.code == .unreadable)
        #expect(error.input == folder.url.path)
        #expect(error.message.contains("directory"))
    }

    @Test("- names standard input")
    func standardInput() throws {
        #expect(try ByteSource(path: "-").name == "<stdin>")
    }
}
