import MarsadText

/// Words that announce a name after them: titles and roles before a person (الرئيس، وزير،
/// الشيخ…), speech verbs before a speaker (قال، أكد…), place nouns before a place (مدينة،
/// محافظة…) and institution nouns before an organisation (حزب، شركة…). A feature of the
/// tagger, looked up by the hash of a token's stem in its norm form.
public enum NERCueWords {
    enum Cue: UInt8 { case none = 0, title, speech, place, institution }

    static let lists: [(Cue, [String])] = [
        (.title, ["الرئيس", "رئيس", "الرئيسة", "رئيسة", "وزير", "الوزير", "وزيرة", "الشيخ", "السيد", "السيدة", "مساعد",
                  "المتحدث", "الناطق", "الملك", "الامير", "الأمير", "ولي", "العقيد", "اللواء", "العميد", "الجنرال",
                  "الدكتور", "المستشار", "النائب", "نائب", "السفير", "المبعوث", "الزعيم", "القائد", "الأمين", "المدير",
                  "المرشح", "اللاعب", "المدرب", "الكاتب", "الشاعر", "الإمام", "البابا", "الرئيسان", "المستشارة", "الفريق",
                  "المشير", "الحاج", "الأستاذ", "القاضي", "المحامي", "زعيم", "قائد", "مدير", "سفير", "مبعوث", "نظيره"]),
        (.speech, ["قال", "اكد", "أكد", "أضاف", "اضاف", "صرح", "أعلن", "اعلن", "أوضح", "اوضح", "أشار", "اشار", "ذكر",
                   "التقى", "استقبل", "بحث", "دعا", "طالب", "وصف", "قالت", "أكدت", "أعلنت"]),
        (.place, ["مدينة", "العاصمة", "عاصمة", "ولاية", "منطقة", "محافظة", "إقليم", "اقليم", "جزيرة", "بلدة", "قرية",
                  "نهر", "بحر", "جبل", "شمال", "جنوب", "شرق", "غرب", "وسط", "بلاد", "دولة", "مقاطعة", "مخيم", "حي",
                  "ميناء", "مطار", "صحراء", "خليج", "قطاع"]),
        (.institution, ["شركة", "حزب", "جامعة", "وكالة", "منظمة", "مجلس", "جمعية", "اتحاد", "بنك", "صحيفة", "مؤسسة",
                        "هيئة", "حركة", "جبهة", "نادي", "وزارة", "مصرف", "معهد", "مركز", "لجنة", "مجموعة", "قناة",
                        "إذاعة", "محكمة", "برلمان", "مجلة", "منتدى", "تحالف"]),
    ]

    /// The cue words of each class (title, speech, place, institution) in token norm
    /// (`NormalizationOptions.token`): `marsad build clusters` counts how often each word follows one.
    public static var classNorms: [[String]] {
        let normalizer = Normalizer(options: .token)
        return lists.map { $0.1.map { normalizer.normalized($0) } }
    }

    /// Cue classes by the FNV-1a hash of the word's norm.
    static let byHash: HashTable = {
        let normalizer = Normalizer(options: .token)
        return HashTable(lists.flatMap { cue, words in words.map { (NERHash.fnv(Array(normalizer.normalized($0).utf8)[...]), cue) } })
    }()

    /// Cue classes by word hash, in open addressing on the hash's low bits: the hash is already
    /// FNV-1a, so a lookup hashes nothing again (a `Dictionary` ran SipHash over it, some 150
    /// instructions for each of a new word form's two lookups).
    struct HashTable: Sendable {
        /// Each slot's hash and class, `.none` for an empty slot.
        private var hashes: [UInt64]
        private var cues: [Cue]

        /// A table of `entries` (hash, class), a later class of the same hash replacing an earlier one.
        init(_ entries: [(UInt64, Cue)]) {
            var size = 16
            while size < 4 * entries.count { size *= 2 }
            hashes = [UInt64](repeating: 0, count: size)
            cues = [Cue](repeating: .none, count: size)
            for (hash, cue) in entries where cue != .none {
                let slot = self.slot(of: hash)
                hashes[slot] = hash
                cues[slot] = cue
            }
        }

        /// The slot holding `hash`, or the empty slot where it would go.
        @inline(__always)
        private func slot(of hash: UInt64) -> Int {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while cues[slot] != .none, hashes[slot] != hash { slot = (slot + 1) & mask }
            return slot
        }

        /// The class of the word of hash `hash`, nil for a word that is no cue.
        @inline(__always)
        subscript(hash: UInt64) -> Cue? {
            let slot = slot(of: hash)
            return cues[slot] == .none ? nil : cues[slot]
        }
    }
}

/// The hashes the tagger's features are made of.
enum NERHash {
    /// FNV-1a, 64 bits.
    @inline(__always)
    static func fnv(_ bytes: some Collection<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// SplitMix64's finaliser.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Two values as one.
    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 { pair(half: half(a), b) }

    /// What `pair` makes of its first value, alone.
    @inline(__always)
    static func half(_ a: UInt64) -> UInt64 { mix(a) }

    /// `pair(a, b)` from `half(a)`.
    @inline(__always)
    static func pair(half: UInt64, _ b: UInt64) -> UInt64 { half ^ (b &* 0x2545_F491_4F6C_DD1D) }
}
