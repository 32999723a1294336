import MarsadCore
import MarsadText

extension EventDetector {
    /// Whether the ASSAULT triggers of a sentence count the dead or wounded of an accident or a disaster, not of an
    /// attack (لقي أربعة أشخاص مصرعهم في حادث اصطدام سيارة بناقة، أصيب ثمانية جراء حادث سير، قتلى السيول): every
    /// ASSAULT trigger among `hits` is a word of casualties (مصرع، قتلى، أصيب، قتل), none names a manner of attack or
    /// an attack (تفجير، قصف، هجوم، استهدف), and the sentence names an accident or a disaster. Such reports fill
    /// local news, and no sentence of arabic_event_gsr holds one.
    func namesAnAccident(_ hits: [Hit], _ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        guard hits.contains(where: { lexicon.triggers[Int($0.entry)].type == .assault }),
              hits.allSatisfy({ lexicon.triggers[Int($0.entry)].type != .assault || countsCasualties($0, forms) }) else { return false }
        return sentence.contains { j in
            guard forms.tokens[j].kind == .word else { return false }
            let word = Self.stem(forms.tokens[j], forms.norm(j))
            if word.isOne(of: Self.disasters) { return true }
            guard j + 1 < sentence.upperBound else { return false }
            let next = forms.norm(j + 1)
            return word.isOne(of: Self.accidents) && next.isOne(of: Self.accidentKinds) || word.isOne(of: Self.mishaps) && next.isOne(of: Self.vehicles)
        }
    }

    /// Whether a trigger is a word of casualties with no manner of attack: a casualty noun (مصرعهم، قتلى) or a past
    /// verb of killing or wounding (قتل، وأصيب).
    private func countsCasualties(_ hit: Hit, _ forms: TokenForms) -> Bool {
        guard lexicon.triggers[Int(hit.entry)].mode == nil else { return false }
        return Self.isCasualtyNoun(forms.tokens[hit.tokens.lowerBound], forms.norms) || SentenceArguments.isCasualtyVerb(hit.tokens.lowerBound, forms)
    }

    /// Nouns of natural disasters, wildfires (حرائق غابات; a fire set in an attack is حريق or أضرموا النار), drowning
    /// and crashes, which name no attack on their own, in normal form without clitics (the article kept as the
    /// segmenter leaves it).
    private static let disasters = ["غرق", "غرقا", "زلزال", "الزلزال", "سيول", "السيول", "فيضان", "فيضانات", "الفيضانات", "صاعقة", "تحطم",
                                    "حرائق", "الحرائق"]
        .map { Array($0.utf8) }
    /// حادث and its plural, before the kind of the accident.
    private static let accidents = ["حادث", "الحادث", "حوادث", "الحوادث"].map { Array($0.utf8) }
    /// Kinds of accidents after حادث: traffic, collision, overturning, drowning.
    private static let accidentKinds = ["سير", "السير", "مروري", "المروري", "مرور", "المرور", "مرورية", "اصطدام", "تصادم", "انقلاب", "غرق"]
        .map { Array($0.utf8) }
    /// Collisions and overturnings, which are accidents before a vehicle (اصطدام سيارة، انقلاب مركبة), not clashes or coups.
    private static let mishaps = ["اصطدام", "تصادم", "انقلاب"].map { Array($0.utf8) }
    /// Vehicles, in normal form.
    private static let vehicles = ["سيارة", "السيارة", "سيارتين", "مركبة", "المركبة", "مركبتين", "شاحنة", "الشاحنة", "حافلة", "الحافلة", "قطار", "القطار"]
        .map { Array($0.utf8) }
}
