/// Splits Arabic words into proclitics, stem and enclitic — conservatively: a clitic is
/// split off only when the lexicon knows the rest as a word at least as common as the
/// whole, so names survive (بوتين, لافروف, ولاية stay whole; وبموسكو → و+ ب+ موسكو).
///
/// Works on the light-normalised form (see `StemLexicon`), where hamzated alef still
/// differs from bare alef: أل… never reads as the article.
public final class CliticSegmenter: Sendable {
    /// The rules, which work a word out from the lexicon's counts.
    public let rules: SegmentationRules
    /// Every lexicon word's segmentation (as built into the lexicon file, or worked out
    /// here when the file has none) in its 10 bits, `stopWordBit` for a stop word and
    /// `rareWordBit` for a rare one, by fingerprint: eight bytes a word, so most lookups stay
    /// in cache.
    let known: FingerprintTable
    /// The bit of a `known` value that marks a stop word, above the segmentation's 10 bits.
    static let stopWordBit: UInt16 = 1 << 10
    /// The bit of a `known` value that marks a word seen fewer than `commonWordCount` times.
    static let rareWordBit: UInt16 = 1 << 11
    /// How often the lexicon must have seen a word for its counts to rule out a clitic
    /// before a name it never saw. Measured on 2,000 SaudiNewsNet articles: words seen
    /// fewer times that begin with و and hide a name are country and city names
    /// (وكولومبو 8, وطاجيكستان, وآيرلندا); the wrong peels start with other letters.
    public static let commonWordCount = 100

    public init(lexicon: StemLexicon) {
        rules = SegmentationRules(lexicon: lexicon)
        let segmented = lexicon.hasSegmentations ? lexicon : lexicon.segmented(by: rules)
        var entries: [(UnsafeBufferPointer<UInt8>, UInt16)] = []
        entries.reserveCapacity(segmented.count)
        segmented.forEach { word, value in
            let stop = value & StemLexicon.stopFlag != 0 ? Self.stopWordBit : 0
            let rare = Int(value & StemLexicon.countMask) < Self.commonWordCount ? Self.rareWordBit : 0
            entries.append((word, StemLexicon.segmentation(of: value).compact | stop | rare))
        }
        // The words' bytes live in the lexicon's tables, which `segmented` keeps alive here.
        known = withExtendedLifetime(segmented) { FingerprintTable(entries) }
    }

    /// The segmentation of a light-normalised Arabic word.
    public func segment(_ word: UnsafeBufferPointer<UInt8>) -> Segmentation {
        analysis(of: word).segmentation
    }

    /// The segmentation of a light-normalised Arabic word, and what the lexicon's counts say
    /// about it if it stays whole: nothing when a clitic came off, when the lexicon never saw it
    /// or when it is a stop word (the stop list, not counts, keeps those whole: لوكالة); else
    /// whether it is rare or common (كبيرا, seen 1,820 times, is no ك + بيرا).
    @inline(__always)
    public func analysis(of word: UnsafeBufferPointer<UInt8>) -> (segmentation: Segmentation, evidence: WholeWordEvidence) {
        guard Self.mayHaveClitics(word) else { return (.unsplit, .none) }
        guard let compact = known.value(for: word) else { return (rules.analyze(word), .none) }
        let segmentation = Segmentation(compact: compact & ~(Self.stopWordBit | Self.rareWordBit))
        guard !segmentation.isSplit, compact & Self.stopWordBit == 0 else { return (segmentation, .none) }
        return (segmentation, compact & Self.rareWordBit == 0 ? .common : .rare)
    }
}

extension CliticSegmenter {
    /// Whether a word begins with a letter a proclitic begins with (و ف ب ك ل س ا) or ends
    /// with one an enclitic ends with (ه ا م ن ك ي): a word that does neither has no clitic,
    /// and needs no lookup.
    @inline(__always) static func mayHaveClitics(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 4 else { return false }
        switch (word[0], word[1]) {
        case (0xD9, 0x88), (0xD9, 0x81), (0xD8, 0xA8), (0xD9, 0x83), (0xD9, 0x84), (0xD8, 0xB3), (0xD8, 0xA7): return true
        default: break
        }
        switch (word[word.count - 2], word[word.count - 1]) {
        case (0xD9, 0x87), (0xD8, 0xA7), (0xD9, 0x85), (0xD9, 0x86), (0xD9, 0x83), (0xD9, 0x8A): return true
        default: return false
        }
    }
}

/// How the segmenter decides, from the lexicon's counts, which clitics come off a word.
public struct SegmentationRules: Sendable {
    /// The version of these rules: a lexicon file whose segmentations were worked out by
    /// other rules is segmented anew at load.
    public static let version = 3
    public let lexicon: StemLexicon
    /// The least count for a stem to be trusted.
    public let minimumStemCount = 5
    /// How many times more common than the whole word the stem must be before the
    /// ambiguous enclitics ي، ني، ك come off (روسي is not روس + ي).
    public let ambiguousEncliticRatio = 20
    /// How many times more common than the stop word after و or ف the whole word must be to
    /// stay whole.
    public let wholeStopWordRatio = 4

    /// A clitic or clitic stack as the hot path reads it: bytes in `affixBytes`, flags as values.
    struct Affix {
        var index: UInt8
        var offset: Int
        var length: Int
        /// Bytes before the article (ل in لل, وب in وبال); the whole stack without one.
        var beforeArticle: Int
        var hasArticle = false
        var hasFuture = false
        var isConjunctionOnly = false
        /// ل + ال written لل: the article's alef is gone.
        var contracted = false
        /// ي، ني، ك: also endings of nouns and adjectives (روسي).
        var ambiguous = false
        /// The fewest bytes the word must have after the stack: three letters after two
        /// clitics without the article or after the future marker (no imperfective verb has
        /// two letters), so وليد is no و + ل + يد, سيد no س + يد, وكسر no و + ك + سر; two
        /// letters otherwise (وهو، والحج).
        var minimumRest = 4
    }

    /// Proclitic stacks, longest written form first; then enclitics, longest first.
    let stacks: [Affix]
    let enclitics: [Affix]
    let affixBytes: [UInt8]
    /// Prepositions and particles with a pronoun (عليه، منها، أنه، لهم), fixed analyses.
    let fixedForms: ByteKeyTable
    /// Words that begin with ال but are no article + stem (الله، الذي، الآن).
    let articleExceptions: ByteKeyTable
    /// The stacks that are only و or only ف.
    let wawIndex: UInt8, fehIndex: UInt8

    public init(lexicon: StemLexicon) {
        self.lexicon = lexicon
        var bytes: [UInt8] = []
        func affix(_ index: Int, _ surface: String) -> Affix {
            defer { bytes += surface.utf8 }
            return Affix(index: UInt8(index), offset: bytes.count, length: surface.utf8.count, beforeArticle: surface.utf8.count)
        }
        stacks = Clitics.proclitics.enumerated().dropFirst().map { index, stack in
            var a = affix(index, stack.surface)
            a.beforeArticle = stack.beforeArticle.utf8.count
            a.hasArticle = stack.hasArticle
            a.hasFuture = stack.hasFuture
            a.isConjunctionOnly = stack.isConjunctionOnly
            a.contracted = stack.hasArticle && !stack.surface.hasSuffix("ال")
            if !stack.hasArticle && (stack.segments.count > 1 || stack.hasFuture) { a.minimumRest = 6 }
            return a
        }.sorted { $0.length > $1.length }
        enclitics = Clitics.enclitics.enumerated().dropFirst().map { index, enclitic in
            var a = affix(index, enclitic)
            a.ambiguous = ["ي", "ني", "ك"].contains(enclitic)
            return a
        }.sorted { $0.length > $1.length }
        affixBytes = bytes
        wawIndex = UInt8(Clitics.proclitics.firstIndex { $0.segments == ["و"] }!)
        fehIndex = UInt8(Clitics.proclitics.firstIndex { $0.segments == ["ف"] }!)
        fixedForms = ByteKeyTable(Self.pronounForms().map { (Array($0.key.utf8), UInt32($0.value)) })
        articleExceptions = ByteKeyTable([
            "الله", "اللهم", "الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي",
            "اللواتي", "اللائي", "الآن", "الان", "الا", "الى", "الي",
        ].map { (Array($0.utf8), 1) })
    }

    /// Prepositions and particles with each pronoun, mapped to their enclitic's index.
    static func pronounForms() -> [String: Int] {
        let bases = ["في", "من", "عن", "مع", "عند", "بين", "حول", "ضد", "دون", "لدي", "علي", "إلي", "ل", "ب",
                     "أن", "إن", "لكن", "كأن", "لأن", "منذ", "نحو", "أمام", "خلف", "تحت", "فوق", "عبر"]
        var forms: [String: Int] = [:]
        for base in bases {
            for (index, enclitic) in Clitics.enclitics.enumerated().dropFirst() {
                // After a final ي the pronoun ي merges into it (عليّ looks like علي); من and عن
                // take it as مني، عني; other bases ending in ن take ني (أنني، لكنني).
                if enclitic == "ي" && (base.hasSuffix("ي") || (base.hasSuffix("ن") && base != "من" && base != "عن")) { continue }
                if enclitic == "ني" && (!base.hasSuffix("ن") || base == "من" || base == "عن") { continue }
                if base == "ل" && enclitic == "كن" { continue }  // لكن is "but"
                forms[base + enclitic] = index
            }
        }
        return forms
    }

    /// Works out the segmentation of a light-normalised Arabic word from the lexicon's counts.
    public func analyze(_ word: UnsafeBufferPointer<UInt8>) -> Segmentation {
        if let fixed = fixedAnalysis(word) { return fixed }
        let whole = lexicon.lookup(word)
        var stemStart = 0
        var proclitics: UInt8 = 0
        var article = false
        for stack in stacks where word.count >= stack.length + stack.minimumRest && hasAffix(stack, word, atEnd: false) {
            if accepts(stack, word: word, whole: whole) {
                proclitics = stack.index
                stemStart = stack.length
                article = stack.hasArticle
                break
            }
        }
        guard !article, !whole.isStopWord else {
            return Segmentation(proclitics: proclitics, enclitic: 0, restoredTehMarbuta: false)
        }
        let rest = UnsafeBufferPointer(rebasing: word[stemStart...])
        let restEntry = proclitics == 0 ? whole : lexicon.lookup(rest)
        if restEntry.isStopWord { return Segmentation(proclitics: proclitics, enclitic: 0, restoredTehMarbuta: false) }
        for enclitic in enclitics where rest.count >= enclitic.length + 4 && hasAffix(enclitic, rest, atEnd: true) {
            let stem = UnsafeBufferPointer(rebasing: rest[..<(rest.count - enclitic.length)])
            var stemCount = lexicon.lookup(stem).count
            var restored = false
            if stem[stem.count - 2] == 0xD8, stem[stem.count - 1] == 0xAA {  // final ت
                let marbuta = withTehMarbuta(stem)
                let count = marbuta.withUnsafeBufferPointer { lexicon.lookup($0).count }
                if count > stemCount { stemCount = count; restored = true }
            }
            guard stemCount >= minimumStemCount else { continue }
            let ratio = enclitic.ambiguous ? ambiguousEncliticRatio : 1
            if stemCount >= ratio * restEntry.count
                || (!enclitic.ambiguous && stem.count >= 6 && takesPronouns(stem, restored: restored)) {
                return Segmentation(proclitics: proclitics, enclitic: enclitic.index, restoredTehMarbuta: restored)
            }
        }
        return Segmentation(proclitics: proclitics, enclitic: 0, restoredTehMarbuta: false)
    }

    /// Whether the stem is attested with at least three different pronouns (نظيره، نظيرها،
    /// نظيرهم): then a pronoun comes off even when the suffixed form is the more common one,
    /// if the stem has three letters or more (أسهم, shares, is no أس + هم).
    func takesPronouns(_ stem: UnsafeBufferPointer<UInt8>, restored: Bool) -> Bool {
        var attested = 0
        var buffer = Array(stem)
        if restored { buffer[buffer.count - 1] = 0xAA }  // pronouns attach to ت, not ة
        let stemLength = buffer.count
        for enclitic in enclitics where !enclitic.ambiguous {
            buffer.removeSubrange(stemLength...)
            buffer += affixBytes[enclitic.offset..<(enclitic.offset + enclitic.length)]
            if buffer.withUnsafeBufferPointer({ lexicon.lookup($0).count }) > 0 {
                attested += 1
                if attested >= 3 { return true }
            }
        }
        return false
    }

    /// Whether the proclitic stack `stack` comes off `word`.
    func accepts(_ stack: Affix, word: UnsafeBufferPointer<UInt8>, whole: (count: Int, isStopWord: Bool)) -> Bool {
        if stack.beforeArticle > 0 {
            // The word after و ف ب ك ل س must itself be a known word (with its article, if any).
            let rest: (count: Int, isStopWord: Bool)
            if stack.contracted {
                // لل: the article lost its alef after ل; look the word up with it restored.
                var after: [UInt8] = [0xD8, 0xA7]
                after += word[stack.beforeArticle...]
                rest = after.withUnsafeBufferPointer { lexicon.lookup($0) }
            } else {
                let after = UnsafeBufferPointer(rebasing: word[stack.beforeArticle...])
                if stack.hasFuture, !Self.startsImperfective(after) { return false }
                rest = lexicon.lookup(after)
            }
            if whole.isStopWord || rest.isStopWord {
                // و or ف comes off before a stop word, unless the whole is far the more common
                // word (فقط is no ف + قط, واحد no و + احد; وقال, twice as common as قال, is و + قال).
                if !(stack.isConjunctionOnly && rest.isStopWord && rest.count * wholeStopWordRatio >= whole.count) { return false }
            } else if !(rest.count >= minimumStemCount && rest.count >= whole.count) {
                return false
            }
        } else if whole.isStopWord {
            return false
        }
        guard stack.hasArticle else { return true }
        if !stack.contracted,
           articleExceptions.value(for: UnsafeBufferPointer(rebasing: word[(stack.length - 4)...])) != nil {
            return false
        }
        return lexicon.lookup(UnsafeBufferPointer(rebasing: word[stack.length...])).count > 0
    }

    /// A preposition or particle with a pronoun, alone or after و or ف.
    func fixedAnalysis(_ word: UnsafeBufferPointer<UInt8>) -> Segmentation? {
        if let enclitic = fixedForms.value(for: word) {
            return Segmentation(proclitics: 0, enclitic: UInt8(enclitic), restoredTehMarbuta: false)
        }
        guard word.count > 4, word[0] == 0xD9, word[1] == 0x88 || word[1] == 0x81 else { return nil }  // و or ف
        guard let enclitic = fixedForms.value(for: UnsafeBufferPointer(rebasing: word[2...])) else { return nil }
        return Segmentation(proclitics: word[1] == 0x88 ? wawIndex : fehIndex, enclitic: UInt8(enclitic), restoredTehMarbuta: false)
    }

    /// The future marker س comes before ي ت ن أ only.
    static func startsImperfective(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2 else { return false }
        switch (word[0], word[1]) {
        case (0xD9, 0x8A), (0xD8, 0xAA), (0xD9, 0x86), (0xD8, 0xA3): return true
        default: return false
        }
    }

    func withTehMarbuta(_ stem: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes = Array(stem)
        bytes[bytes.count - 1] = 0xA9  // ت (D8 AA) → ة (D8 A9)
        return bytes
    }

    /// Whether `word` begins (or ends) with the affix's bytes.
    @inline(__always) func hasAffix(_ affix: Affix, _ word: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Bool {
        let offset = atEnd ? word.count - affix.length : 0
        for k in 0..<affix.length where word[offset + k] != affixBytes[affix.offset + k] { return false }
        return true
    }
}
