import MarsadCore
import MarsadText

/// Hashed features of a candidate event for the sentence classifier: the trigger and its
/// neighbours, the words near it, the whole sentence's stems and stem pairs, cue words,
/// the actors' sectors and what else the sentence holds (a time, a place, numbers, a
/// question); and its `EventReading`.
struct EventFeatures {
    /// Feature families, hashed before the bytes so equal words in two roles differ.
    enum Family: UInt32 {
        case bias = 1, triggerWord, triggerEntry, triggerMode, triggerKind, word, left1, left2, right1, right2
        case cue, sourceSector, targetSector, sourceKind, targetKind, time, place, number, question, otherTrigger
        case length, position, quote, sentenceWord, pair
        /// `EventReading`'s: the trigger's form with its roles, its form and voice, the roles' sectors, a crowd, evidence words.
        case frame, form, sectorPair, crowd, evidence
        /// A protest's scene (`EventDetector.protestSceneFeatures`): a count, a place, a day, a grievance, the police.
        case scene
        /// A sentence word's flat group (`EventDetector.groupLevel`).
        case group
    }

    /// FNV-1a over the family and `bytes`.
    @inline(__always)
    static func hash(_ family: Family, _ bytes: UnsafeBufferPointer<UInt8>, _ extra: UInt32 = 0) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        h = (h ^ (family.rawValue & 0xFF)) &* 16_777_619
        h = (h ^ (extra & 0xFF)) &* 16_777_619
        h = (h ^ ((extra >> 8) & 0xFF)) &* 16_777_619
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// A feature of two byte strings in order (a word pair), kept apart by a separator.
    @inline(__always)
    static func hash(_ family: Family, _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = hash(family, first)
        h = (h ^ 0x20) &* 16_777_619
        for b in second { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// A feature of a short string.
    static func hash(_ family: Family, _ text: String) -> UInt32 {
        var copy = text
        return copy.withUTF8 { hash(family, $0) }
    }

    /// A feature with no bytes, told apart by `value`.
    @inline(__always)
    static func flag(_ family: Family, _ value: UInt32 = 0) -> UInt32 {
        hash(family, UnsafeBufferPointer(start: nil, count: 0), value)
    }
}
