import ArgumentParser
import Foundation
import MarsadCore

/// The `marsad` command line.
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Marsad (مرصد): political event data from Arabic and English news, every fact traceable to its words.",
        version: Pipeline.version,
        subcommands: [Analyze.self, Bench.self, Build.self, Train.self, Eval.self,
                      Ingest.self, Search.self, Export.self, Events.self, Entities.self]
    )
}

/// Runs the command line with the contract's exit statuses: 0 success, 1 bad input
/// (a message naming the input), 2 usage error.
@main enum Entry {
    static func main() {
        do {
            var command = try Marsad.parseAsRoot()
            try command.run()
        } catch let error as MarsadError {
            StandardError.write("marsad: \(error.rendered)")
            exit(1)
        } catch {
            let code = Marsad.exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(Marsad.fullMessage(for: error))
                exit(2)
            }
            Marsad.exit(withError: error)
        }
    }
}
