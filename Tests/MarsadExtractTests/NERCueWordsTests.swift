@testable import MarsadExtract
import MarsadText
import Testing

/// The cue words' hash table against a dictionary of the same entries.
@Suite struct NERCueWordsTests {
    /// Every cue word, its norm, and words that are no cue get the class a dictionary gives them.
    @Test func tableGivesTheDictionarysAnswers() {
        let normalizer = Normalizer(options: .token)
        var dictionary: [UInt64: NERCueWords.Cue] = [:]
        var words: [String] = ["بوتين", "موسكو", "الكرملين", "اجتمع", "في", "", "Reuters"]
        for (cue, list) in NERCueWords.lists {
            for word in list {
                dictionary[NERHash.fnv(Array(normalizer.normalized(word).utf8))] = cue
                words += [word, normalizer.normalized(word), "و" + word]
            }
        }
        var found = 0
        for word in words {
            let hash = NERHash.fnv(Array(word.utf8))
            #expect(NERCueWords.byHash[hash] == dictionary[hash], "\(word)")
            found += NERCueWords.byHash[hash] == nil ? 0 : 1
        }
        #expect(found > 100 && found < words.count, "cue words are found and other words are not")
    }

    /// Hashes that share their low bits take the next free slots and are all found; a repeated
    /// hash keeps its last class.
    @Test func collidingHashesAreAllFound() {
        let table = NERCueWords.HashTable([(5, .title), (5 + 64, .speech), (5 + 128, .place), (6, .institution), (5 + 64, .place)])
        #expect(table[5] == .title)
        #expect(table[5 + 64] == .place)
        #expect(table[5 + 128] == .place)
        #expect(table[6] == .institution)
        #expect(table[7] == nil)
        #expect(table[5 + 192] == nil)
    }
}
