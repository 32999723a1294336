import MarsadCore
import MarsadText

extension SentenceArguments {
    /// Whether the state or place at token `k` is where an envoy's title sends its holder: after إلى or لدى right after
    /// an envoy's noun, up to two adjectives between (المبعوث الأمريكي الخاص إلى السودان، المندوب الدائم لدى الأمم
    /// المتحدة). It is the title's, neither where an act happens nor a party to it: the envoy who visits Cairo does so
    /// there, not in Sudan. An ambassador's post is left alone: recalling one is done to the state of that post
    /// (استدعت الخارجية سفيرها لدى واشنطن).
    func namesEnvoysPost(_ k: Int, in sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        let to = k - 1
        guard to > sentence.lowerBound, forms.tokens[to].kind == .word, forms.norm(to).isOne(of: Self.postPrepositions) else { return false }
        var j = to - 1
        while j >= sentence.lowerBound, to - j <= Self.envoyAdjectives + 1, forms.tokens[j].kind == .word {
            let word = EventDetector.bareStem(j, forms)
            if word.isOne(of: Self.envoyNouns) { return true }
            guard word.isOne(of: Self.postAdjectives) || Self.isSingularNisba(word) else { return false }
            j -= 1
        }
        return false
    }

    /// How many adjectives may stand between an envoy's noun and إلى (الأمريكي الخاص).
    private static let envoyAdjectives = 2
    /// إلى and لدى in normal form: where an envoy is sent.
    private static let postPrepositions = ["الي", "لدي"].map { Array($0.utf8) }
    /// The nouns of envoys and representatives but ambassadors, in normal form without clitics or the article.
    private static let envoyNouns = ["مبعوث", "مبعوثة", "موفد", "مندوب", "مندوبة", "ممثل", "ممثلة"].map { Array($0.utf8) }
    /// The adjectives of an envoy's post that are no nisba, in normal form without clitics or the article.
    private static let postAdjectives = ["خاص", "خاصة", "دائم", "دائمة"].map { Array($0.utf8) }
}
