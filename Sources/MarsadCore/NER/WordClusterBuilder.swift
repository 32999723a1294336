import Foundation
import MarsadText

/// Builds `WordClusters` from unlabelled text (`marsad build clusters`): a cheap stand-in for
/// Brown clusters. Each word seen at least `minimumCount` times is described by the words
/// just before and after it (positive PMI with the most frequent words, context counts
/// smoothed by the power 0.75), cut down to 96 dimensions by a fixed random projection;
/// the words are then split in two again and again by spherical 2-means, to 20 levels,
/// and a word's path down that tree (left 0, right 1, from the top bit) is its signature:
/// words sharing a longer prefix are used more alike. Beside it, how often each word came
/// right after a cue word of each of four classes (titles such as الرئيس، الشيخ before a
/// person, speech verbs, place nouns such as مدينة, institution nouns such as شركة، نادي;
/// with or without و/ف before the cue): signs of the kind of name a word is. And a second,
/// flat family of classes from wider contexts: each word's group among 64, 256, 1024 and 4096 by
/// spherical k-means (`SphericalKMeans`) over its `WordEmbedding` vector (PPMI of the words
/// within three tokens, truncated SVD). Deterministic.
public struct WordClusterBuilder {
    private let layer = TextLayer(lexicon: nil)
    /// The class of each cue word.
    private let cues: [String: Int]
    private var ids: [String: Int32] = [:]
    private var words: [String] = []
    private var counts: [Int32] = []
    /// `afterCue[word * cueClasses + class]`.
    private var afterCue: [Int32] = []
    /// The word ids of every text, sentences ended by `boundary`.
    private var stream: [Int32] = []
    private static let boundary: Int32 = -1
    /// How many of the most frequent words serve as contexts, on each side.
    static let contexts = 600
    /// The dimensions of the projected vectors.
    static let dimensions = 96
    /// The depth of the tree, the longest signature.
    static let depth = 20
    /// How many of the most frequent words the k-means groups are fitted on, and in how many rounds.
    static let groupsFitted = 30000, groupRounds = 10
    /// The number of texts added.
    public private(set) var documents = 0

    /// A builder that counts the words after the cue words of each class of `cues`
    /// (`WordClusters.cueClasses` lists of token norms).
    public init(cues: [[String]]) {
        precondition(cues.count == WordClusters.cueClasses, "one list of cue words per cue class")
        var table: [String: Int] = [:]
        for (k, list) in cues.enumerated() { for word in list { table[word] = k } }
        self.cues = table
    }

    /// Adds one text.
    public mutating func add(_ text: String) {
        documents += 1
        let analysis = layer.analyze(text)
        for sentence in analysis.sentences {
            var cue: Int?
            for k in sentence.tokenRange {
                let token = analysis.tokens[k]
                let word = token.kind == .word ? analysis.norm(of: token) : "<\(token.kind.name)>"
                let id: Int32
                if let known = ids[word] {
                    id = known
                    counts[Int(id)] += 1
                } else {
                    id = Int32(words.count)
                    ids[word] = id
                    words.append(word)
                    counts.append(1)
                    afterCue += repeatElement(0, count: WordClusters.cueClasses)
                }
                if let cue { afterCue[Int(id) * WordClusters.cueClasses + cue] += 1 }
                cue = cues[word] ?? (word.first == "و" || word.first == "ف" ? cues[String(word.dropFirst())] : nil)
                stream.append(id)
            }
            stream.append(Self.boundary)
        }
    }

    /// The clusters resource: words seen at least `minimumCount` times, most frequent first.
    public func resource(minimumCount: Int, sources: [String], built: String) -> (file: ResourceFile, words: Int) {
        let kept = words.indices.filter { counts[$0] >= minimumCount && !words[$0].hasPrefix("<") }
        let vectors = project(kept)
        var signatures = [UInt32](repeating: 0, count: kept.count)
        split(Array(kept.indices), level: 0, vectors, &signatures)
        let groups = flatGroups(kept)
        let k = WordClusters.cueClasses
        var rows = kept.enumerated().map { (words[$1], counts[$1], signatures[$0], afterCue[($1 * k)..<($1 * k + k)], groups[$0]) }
        rows.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        var body = ""
        for (word, count, signature, cued, group) in rows {
            let hex = String(signature, radix: 16)
            body += word + "\t" + String(repeating: "0", count: 8 - hex.count) + hex + "\t\(count)"
            for n in cued { body += "\t\(n)" }
            for g in group { body += "\t\(g)" }
            body += "\n"
        }
        let file = ResourceFile(name: "clusters", format: WordClusters.format, builtBy: "marsad build clusters",
                                sources: sources + ["min-count \(minimumCount), \(documents) texts, \(stream.count) tokens"],
                                built: built, columns: "word (token norm) <TAB> cluster path (20 bits from the top, hex) <TAB> count <TAB> counts after a title, speech, place and institution word (4 columns) <TAB> k-means group among \(WordClusters.groupCounts.map(String.init).joined(separator: ", ")) (\(WordClusters.groupCounts.count) columns)", body: body)
        return (file, rows.count)
    }

    /// The k-means groups (`WordClusters.groupCounts`) of the `kept` words' embedding vectors, per kept word.
    private func flatGroups(_ kept: [Int]) -> [[Int]] {
        let byCount = kept.indices.sorted { counts[kept[$0]] != counts[kept[$1]] ? counts[kept[$0]] > counts[kept[$1]] : $0 < $1 }
        var row = [Int32](repeating: -1, count: words.count)
        for (r, i) in byCount.enumerated() { row[kept[i]] = Int32(r) }
        var slot = [Int32](repeating: -1, count: words.count)
        let frequent = words.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.prefix(WordEmbedding.contexts)
        for (i, w) in frequent.enumerated() { slot[w] = Int32(i) }
        let vectors = WordEmbedding(stream: stream, row: row, rows: kept.count, slot: slot).vectors()
        let levels = WordClusters.groupCounts.enumerated().map { level, k in
            SphericalKMeans(k: k, fitted: Self.groupsFitted, iterations: Self.groupRounds, seed: 0x6B6D_6561_6E73 &+ UInt64(level))
                .groups(vectors, dimensions: WordEmbedding.dimensions)
        }
        var out = [[Int]](repeating: [], count: kept.count)
        for (r, i) in byCount.enumerated() { out[i] = levels.map { $0[r] } }
        return out
    }

    /// The unit-length projected PPMI context vectors of the `kept` words, one after another.
    private func project(_ kept: [Int]) -> [Float] {
        let c = Self.contexts, d = Self.dimensions
        // Context slots: the most frequent words (punctuation and numbers included).
        let frequent = words.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }.prefix(c)
        var contextSlot = [Int32](repeating: -1, count: words.count)
        for (i, w) in frequent.enumerated() { contextSlot[w] = Int32(i) }
        var row = [Int32](repeating: -1, count: words.count)
        for (i, w) in kept.enumerated() { row[w] = Int32(i) }
        var pairs = [Float](repeating: 0, count: kept.count * 2 * c)
        var sideTotals = [Float](repeating: 0, count: 2 * c)
        for i in stream.indices where stream[i] >= 0 && row[Int(stream[i])] >= 0 {
            let base = Int(row[Int(stream[i])]) * 2 * c
            if i > 0, stream[i - 1] >= 0, contextSlot[Int(stream[i - 1])] >= 0 {
                let slot = Int(contextSlot[Int(stream[i - 1])])
                pairs[base + slot] += 1; sideTotals[slot] += 1
            }
            if i + 1 < stream.count, stream[i + 1] >= 0, contextSlot[Int(stream[i + 1])] >= 0 {
                let slot = c + Int(contextSlot[Int(stream[i + 1])])
                pairs[base + slot] += 1; sideTotals[slot] += 1
            }
        }
        let smoothed = sideTotals.map { pow($0, 0.75) }
        let smoothedSum = smoothed.reduce(0, +)
        let projection = (0..<(2 * c * d)).map { i -> Float in
            Self.mix(UInt64(i)) & 1 == 0 ? 1 : -1
        }
        var out = [Float](repeating: 0, count: kept.count * d)
        var ppmi = [Float](repeating: 0, count: 2 * c)
        for i in kept.indices {
            let base = i * 2 * c
            let total = (0..<(2 * c)).reduce(Float(0)) { $0 + pairs[base + $1] }
            guard total > 0 else { continue }
            for j in 0..<(2 * c) {
                let p = pairs[base + j]
                ppmi[j] = p > 0 ? max(0, log(p * smoothedSum / (total * smoothed[j]))) : 0
            }
            for j in 0..<(2 * c) where ppmi[j] > 0 {
                for k in 0..<d { out[i * d + k] += ppmi[j] * projection[j * d + k] }
            }
            Self.normalise(&out, i * d, d)
        }
        return out
    }

    /// Splits `members` in two by spherical 2-means and recurses, setting each word's bit for `level`.
    private func split(_ members: [Int], level: Int, _ vectors: [Float], _ signatures: inout [UInt32]) {
        guard level < Self.depth, members.count >= 2 else { return }
        let d = Self.dimensions
        func dot(_ a: Int, _ centre: [Float]) -> Float {
            var s: Float = 0
            for k in 0..<d { s += vectors[a * d + k] * centre[k] }
            return s
        }
        // Start from the member farthest from the mean, and the one farthest from that.
        var mean = [Float](repeating: 0, count: d)
        for m in members { for k in 0..<d { mean[k] += vectors[m * d + k] } }
        let first = members.min { dot($0, mean) < dot($1, mean) || (dot($0, mean) == dot($1, mean) && $0 < $1) }!
        let firstVector = Array(vectors[(first * d)..<(first * d + d)])
        let second = members.min { dot($0, firstVector) < dot($1, firstVector) }!
        var centres = [firstVector, Array(vectors[(second * d)..<(second * d + d)])]
        var side = [Bool](repeating: false, count: members.count)
        for _ in 0..<6 {
            for (i, m) in members.enumerated() { side[i] = dot(m, centres[1]) > dot(m, centres[0]) }
            var sums = [[Float]](repeating: [Float](repeating: 0, count: d), count: 2)
            for (i, m) in members.enumerated() { for k in 0..<d { sums[side[i] ? 1 : 0][k] += vectors[m * d + k] } }
            for s in 0..<2 { Self.normalise(&sums[s], 0, d); centres[s] = sums[s] }
        }
        var left: [Int] = [], right: [Int] = []
        for (i, m) in members.enumerated() {
            if side[i] { signatures[m] |= 1 << UInt32(31 - level); right.append(m) } else { left.append(m) }
        }
        guard !left.isEmpty, !right.isEmpty else { return }
        split(left, level: level + 1, vectors, &signatures)
        split(right, level: level + 1, vectors, &signatures)
    }

    static func normalise(_ v: inout [Float], _ start: Int, _ count: Int) {
        var norm: Float = 0
        for k in start..<(start + count) { norm += v[k] * v[k] }
        guard norm > 0 else { return }
        let scale = 1 / norm.squareRoot()
        for k in start..<(start + count) { v[k] *= scale }
    }

    /// SplitMix64's finaliser: the random ±1 vector of a neighbour and side.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
