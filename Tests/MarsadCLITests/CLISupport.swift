import Foundation
import MarsadTestSupport
import Testing

/// The package's root folder: three levels above this file (Tests/MarsadCLITests/…).
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `marsad` executable. `swift test` builds it into the same products folder as
/// the test binary, so look there first; then in the package's build folders.
let marsadExecutable: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
        let binary = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath()
        // The test binary, or a file inside a test bundle (…/Foo.xctest/Contents/MacOS/Foo).
        var folder = binary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("marsad"))
            folder = folder.deletingLastPathComponent()
        }
    }
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("marsad"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("marsad"))
    if let builds = try? fm.contentsOfDirectory(atPath: packageRoot.path) {
        for build in builds.sorted() where build.hasPrefix(".build") {
            candidates.append(packageRoot.appendingPathComponent(build).appendingPathComponent("debug/marsad"))
        }
    }
    return candidates.first { url in
        var isDirectory: ObjCBool = false
        return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && fm.isExecutableFile(atPath: url.path)
    }
}()

/// What one run of `marsad` did.
struct Run: CustomStringConvertible {
    var status: Int32
    /// Whether it ended by a signal (a crash) rather than by exiting.
    var signalled: Bool
    var stdout: Data
    var stderr: String

    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    var description: String {
        "status \(status)\(signalled ? " (signal)" : ""), stderr: \(stderr.prefix(2000)), stdout: \(stdoutText.prefix(500))"
    }

    /// Standard output as one JSON value.
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: stdout, options: [])
    }

    /// Standard output as one JSON object.
    func object() throws -> [String: Any] {
        try #require(try json() as? [String: Any], "standard output is not one JSON object: \(stdoutText.prefix(300))")
    }

    /// Standard output as JSON Lines: one object a line, each line ending in a newline.
    func lines() throws -> [[String: Any]] {
        let text = stdoutText
        #expect(text.isEmpty || text.hasSuffix("\n"), "JSON Lines output must end with a newline")
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            let value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
            return try #require(value as? [String: Any], "a line is not a JSON object: \(line.prefix(200))")
        }
    }
}

/// Runs `marsad` with `arguments`, `stdin` as its standard input (empty if nil), in `folder`;
/// its standard output goes to `stdout` when given (/dev/full), else into `Run.stdout`.
/// Standard streams go through files, so no pipe can fill up and block.
func marsad(_ arguments: [String], stdin: Data = Data(), in folder: URL? = nil, stdout: URL? = nil) throws -> Run {
    let executable = try #require(marsadExecutable, "the `marsad` executable was not found next to the tests; build it (swift build) first")
    let io = try TemporaryFolder()
    let inURL = io.url.appendingPathComponent("stdin")
    let outURL = io.url.appendingPathComponent("stdout")
    let errURL = io.url.appendingPathComponent("stderr")
    try stdin.write(to: inURL)
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let input = try FileHandle(forReadingFrom: inURL)
    let output = try FileHandle(forWritingTo: stdout ?? outURL)
    let error = try FileHandle(forWritingTo: errURL)
    defer {
        try? input.close()
        try? output.close()
        try? error.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    if let folder { process.currentDirectoryURL = folder }
    try process.run()
    process.waitUntilExit()
    return Run(status: process.terminationStatus,
               signalled: process.terminationReason == .uncaughtSignal,
               stdout: try Data(contentsOf: outURL),
               stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}


/// An integer in parsed JSON.
func int(_ value: Any?) -> Int? {
    if let number = value as? NSNumber { return number.intValue }
    return value as? Int
}

/// A floating-point number in parsed JSON.
func double(_ value: Any?) -> Double? {
    if let number = value as? NSNumber { return number.doubleValue }
    return value as? Double
}

/// The Unicode scalars `start..<end` of `scalars` as a string, or nil if out of range.
func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String? {
    guard 0 <= start, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
}

/// Checks the spans of an analysis against its `text`, with Unicode scalar offsets (the
/// convention of Python strings): every token's slice is its `text`, tokens are in order and
/// do not overlap, compound parts lie inside their token, sentences are in order, inside the
/// text and non-empty, and every token lies in a sentence. Returns the number of tokens.
@discardableResult
func checkSpans(_ analysis: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    let text = try #require(analysis["text"] as? String, "no text", sourceLocation: sourceLocation)
    let scalars = Array(text.unicodeScalars)
    let sentences = try #require(analysis["sentences"] as? [[String: Any]], "no sentences", sourceLocation: sourceLocation)
    let tokens = try #require(analysis["tokens"] as? [[String: Any]], "no tokens", sourceLocation: sourceLocation)
    var sentenceRanges: [Range<Int>] = []
    var previousEnd = 0
    for sentence in sentences {
        let start = try #require(int(sentence["start"]), sourceLocation: sourceLocation)
        let end = try #require(int(sentence["end"]), sourceLocation: sourceLocation)
        #expect(previousEnd <= start && start < end && end <= scalars.count,
                "sentence \(start)..<\(end) after \(previousEnd) in \(scalars.count) scalars", sourceLocation: sourceLocation)
        sentenceRanges.append(start..<max(start, end))
        previousEnd = end
    }
    previousEnd = 0
    for token in tokens {
        let start = try #require(int(token["start"]), sourceLocation: sourceLocation)
        let end = try #require(int(token["end"]), sourceLocation: sourceLocation)
        let surface = try #require(token["text"] as? String, sourceLocation: sourceLocation)
        #expect(previousEnd <= start && start < end, "token \(surface.debugDescription) at \(start)..<\(end) after \(previousEnd)",
                sourceLocation: sourceLocation)
        #expect(slice(scalars, start, end) == surface,
                "text[\(start)..<\(end)] is \(String(describing: slice(scalars, start, end)?.debugDescription)), token says \(surface.debugDescription)",
                sourceLocation: sourceLocation)
        #expect(sentenceRanges.contains { $0.lowerBound <= start && end <= $0.upperBound },
                "token \(surface.debugDescription) at \(start)..<\(end) is in no sentence", sourceLocation: sourceLocation)
        if let parts = token["parts"] as? [[String: Any]] {
            for part in parts {
                let partStart = try #require(int(part["start"]), sourceLocation: sourceLocation)
                let partEnd = try #require(int(part["end"]), sourceLocation: sourceLocation)
                #expect(start <= partStart && partStart < partEnd && partEnd <= end,
                        "part \(partStart)..<\(partEnd) of token \(start)..<\(end)", sourceLocation: sourceLocation)
            }
        }
        previousEnd = end
    }
    return tokens.count
}

/// The tokens of an analysis.
func tokens(_ analysis: [String: Any]) -> [[String: Any]] {
    analysis["tokens"] as? [[String: Any]] ?? []
}
