import Foundation
import Testing

@Suite("marsad executable")
struct ExecutableTests {
    @Test("the executable is found and reports its version")
    func version() throws {
        let executable = try #require(marsadExecutable, "the `marsad` executable was not found next to the tests")
        #expect(executable.lastPathComponent == "marsad")
        let run = try marsad(["--version"])
        #expect(run.status == 0, "\(run)")
        let version = run.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.split(separator: ".").allSatisfy { Int($0) != nil },
                "version \(version.debugDescription)")
    }

    @Test("--help lists the commands and exits with 0")
    func help() throws {
        let run = try marsad(["--help"])
        #expect(run.status == 0, "\(run)")
        for command in ["analyze", "bench", "build"] {
            #expect(run.stdoutText.contains(command), "\(run)")
        }
    }
}
