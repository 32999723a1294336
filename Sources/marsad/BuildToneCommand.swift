import ArgumentParser
import MarsadExtract

/// `marsad build tone`: the tone lexicon, from curated word lists.
struct BuildTone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tone",
        abstract: "Build the tone stage's lexicon from curated word lists (word <TAB> +|-|!)."
    )

    @OptionGroup var options: CuratedListOptions

    func run() throws {
        try options.build(ToneLexiconBuilder.self, entries: "words")
    }
}
