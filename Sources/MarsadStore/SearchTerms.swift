import MarsadCore

/// The terms that full-text search indexes and matches, drawn from the text layer: each
/// word's normalised form (harakat and tatweel dropped, alef forms, alef maksura and teh
/// marbuta folded, Arabic-Indic digits as ASCII, Latin lower-cased) without its clitics,
/// so وبموسكو gives the term موسكو and ٢٠٢٤ the term 2024. Punctuation and symbols give
/// no term; a hyphenated compound gives one term per part.
///
/// A value type over shared, read-only resources: one instance serves many threads.
public struct SearchTerms: Sendable {
    /// Changes whenever the terms of some text could change; a store whose index was built
    /// with another version rebuilds it.
    public static let version = 1

    private let layer: TextLayer
    private let partNormalizer = Normalizer(options: .matching)
    private let procliticLengths = Clitics.proclitics.map { $0.surface.utf8.count }
    private let encliticLengths = Clitics.enclitics.map { $0.utf8.count }

    /// Terms segmented with `lexicon`; without one, clitics stay on their words.
    public init(lexicon: StemLexicon?) {
        layer = TextLayer(lexicon: lexicon)
    }

    /// Calls `body` with each term of the valid UTF-8 `text`, in order: the term's UTF-8
    /// bytes and the UTF-8 range of the word (or compound part) it came from.
    public func forEachTerm(in text: UnsafeBufferPointer<UInt8>,
                            _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        let analysis = layer.analyze(utf8: text)
        var stem: [UInt8] = []
        analysis.norms.withUnsafeBufferPointer { norms in
            for token in analysis.tokens where token.kind != .punctuation && token.kind != .symbol {
                if token.isCompound {
                    for part in token.parts(in: text) where !part.isEmpty {
                        let surface = String(decoding: UnsafeBufferPointer(rebasing: text[part]), as: UTF8.self)
                        stem = Array(partNormalizer.normalized(surface).utf8)
                        emit(&stem, part, body)
                    }
                    continue
                }
                let segmentation = token.segmentation
                let norm = token.normRange
                let lower = norm.lowerBound + procliticLengths[Int(segmentation.proclitics)]
                let upper = norm.upperBound - encliticLengths[Int(segmentation.enclitic)]
                guard lower < upper else { continue }
                stem.removeAll(keepingCapacity: true)
                stem.append(contentsOf: norms[lower..<upper])
                if segmentation.restoredTehMarbuta, stem.count >= 2 {
                    stem[stem.count - 2] = 0xD9; stem[stem.count - 1] = 0x87  // its ت stands for ة, folded to ه
                }
                emit(&stem, token.range, body)
            }
        }
    }

    /// The terms of `text` with their UTF-8 ranges.
    public func terms(of text: String) -> [(term: String, range: Range<Int>)] {
        var copy = text
        var found: [(term: String, range: Range<Int>)] = []
        copy.withUTF8 { bytes in
            forEachTerm(in: bytes) { term, range in found.append((String(decoding: term, as: UTF8.self), range)) }
        }
        return found
    }

    /// Folds teh marbuta (ة → ه, two bytes each) and passes a non-empty term on.
    private func emit(_ stem: inout [UInt8], _ range: Range<Int>,
                      _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        guard !stem.isEmpty else { return }
        var i = 0
        while i + 1 < stem.count {
            if stem[i] == 0xD8 && stem[i + 1] == 0xA9 { stem[i] = 0xD9; stem[i + 1] = 0x87 }
            i += stem[i] < 0x80 ? 1 : (stem[i] < 0xE0 ? 2 : (stem[i] < 0xF0 ? 3 : 4))
        }
        stem.withUnsafeBufferPointer { body($0, range) }
    }
}
