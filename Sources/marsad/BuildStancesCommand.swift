import ArgumentParser
import MarsadExtract

/// `marsad build stances`: the stance lexicon, from curated phrase lists.
struct BuildStances: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stances",
        abstract: "Build the stance stage's lexicon from curated lists (phrase <TAB> label <TAB> frame <TAB> negated label <TAB> inflection)."
    )

    @OptionGroup var options: CuratedListOptions

    func run() throws {
        try options.build(StanceLexiconBuilder.self, entries: "phrases")
    }
}
