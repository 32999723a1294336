import MarsadCore
import MarsadText

/// Names in English text, where the tagger, trained on Arabic news, is no guide (it took
/// "The" and "Chinese President" for organisations): runs of capitalised words, joined by
/// the particles of names (Ministry of Energy and Mines, Ursula von der Leyen), without a
/// function word that only opens the sentence (The, In) or the title before the name
/// (Chinese President Xi Jinping). A run of two words or more is a name: an organisation
/// when it holds a word for one (Ministry, Council, Party), a place when it ends in a word
/// for one (Province, River), else a person. A single word is left to the knowledge base.
enum EnglishNames {
    /// The names of `analysis`, whose text is `bytes`, with their types.
    static func find(_ analysis: TextAnalysis, _ bytes: UnsafeBufferPointer<UInt8>) -> [(range: Range<Int>, type: NERType)] {
        let tokens = analysis.tokens
        func word(_ k: Int) -> Substring {
            Substring(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[k].start)..<Int(tokens[k].end)]), as: UTF8.self)
        }
        func isCapitalised(_ k: Int) -> Bool {
            tokens[k].kind == .word && (0x41...0x5A).contains(bytes[Int(tokens[k].start)]) && !functionWords.contains(word(k).lowercased())
        }
        var out: [(range: Range<Int>, type: NERType)] = []
        for sentence in analysis.sentences.map(\.tokenRange) {
            // A headline in title case capitalises nearly every word and ends without a stop (Gaza Truce Talks
            // Stall as Mediators Step Up Efforts).
            let words = sentence.filter { tokens[$0].kind == .word }
            let stopped = !sentence.isEmpty && tokens[sentence.upperBound - 1].kind == .punctuation
                && [".", "!", "?"].contains(word(sentence.upperBound - 1))
            if !stopped, words.count >= 4, words.filter({ (0x41...0x5A).contains(bytes[Int(tokens[$0].start)]) }).count * 10 >= words.count * 7 {
                continue
            }
            var k = sentence.lowerBound
            while k < sentence.upperBound {
                guard isCapitalised(k) else { k += 1; continue }
                var end = k + 1
                while end < sentence.upperBound {
                    if isCapitalised(end) { end += 1; continue }
                    // A particle joins the capitalised words around it; "and" only inside an organisation's name.
                    let particle = word(end).lowercased()
                    guard end + 1 < sentence.upperBound, isCapitalised(end + 1), tokens[end].kind == .word,
                          particles.contains(particle) || particle == "and" && (k..<end).contains(where: { organisationWords.contains(String(word($0))) })
                    else { break }
                    end += 2
                }
                // The name starts after its title and what qualifies the title (Chinese President, European Commission President),
                // and after a word that opens the sentence before a particle (Thousands of Israelis; not Bank of England).
                var start = ((k..<end).last { titles.contains(String(word($0))) }).map { $0 + 1 } ?? k
                if start == sentence.lowerBound, start + 1 < end, particles.contains(word(start + 1).lowercased()),
                   !organisationWords.contains(String(word(start))) {
                    start += 2
                }
                let run = start..<end
                k = end
                guard run.count >= 2 else { continue }
                let words = run.map { String(word($0)) }
                let type: NERType = words.contains(where: organisationWords.contains) ? .organisation
                    : placeWords.contains(words[words.count - 1]) ? .location : .person
                out.append((run, type))
            }
        }
        return out
    }

    /// Function words that open a sentence capitalised and name nothing (lowercase).
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "after", "before", "but", "and", "or",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this", "that", "these", "those",
        "there", "here", "when", "while", "if", "as", "since", "meanwhile", "however", "also", "last", "next", "on", "during",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr",
    ]

    /// Lowercase words inside a name (Bank of England, Ursula von der Leyen, Mohammed bin Salman).
    static let particles: Set<String> = ["of", "for", "the", "on", "von", "der", "van", "de", "la", "le", "al", "bin", "ibn", "da", "du"]

    /// Titles before a person's name: the name starts after the last of them.
    static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Secretary", "General", "King", "Queen", "Prince", "Princess", "Crown",
        "Sheikh", "Emir", "Sultan", "Chancellor", "Chairman", "Chairwoman", "Chief", "Spokesman", "Spokeswoman", "Spokesperson",
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sen", "Senator", "Rep", "Ambassador", "Envoy", "Commander",
        "Pope", "Deputy", "Leader", "Mayor", "Governor", "Judge", "Justice", "Commissioner", "Director", "Head", "Speaker",
    ]

    /// Words that make a name an organisation's.
    static let organisationWords: Set<String> = [
        "Ministry", "Department", "Office", "Council", "Party", "Company", "Corporation", "Corp", "Inc", "Ltd", "Bank", "University",
        "Agency", "Organization", "Organisation", "Union", "Court", "Army", "Forces", "Front", "Movement", "Committee",
        "Commission", "Association", "Group", "Institute", "Fund", "Authority", "Police", "Parliament", "Assembly", "Congress",
        "Senate", "Network", "Brigade", "Brigades", "Guard", "Coalition", "Alliance", "Federation", "League", "Foundation",
        "International", "News", "Times", "Post", "Crescent", "Cross",
    ]

    /// Words that end a place's name.
    static let placeWords: Set<String> = [
        "City", "Province", "Region", "Governorate", "District", "County", "State", "River", "Island", "Islands", "Street",
        "Square", "Valley", "Mountains", "Sea", "Gulf", "Strait", "Bay", "Desert", "Camp",
    ]
}
