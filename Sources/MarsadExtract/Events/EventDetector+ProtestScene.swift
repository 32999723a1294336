import MarsadCore
import MarsadText

/// What a report of a protest holds beside its trigger: a crowd that is counted, a place
/// it stands before or in, a day, what it demands; and what a sentence about the police
/// breaking a protest up holds instead. The unanimous protest reports of arabic_event_gsr
/// name a gathering with these in the trigger's clause (تجمع مئات المتظاهرين أمس أمام مقر
/// السفارة مطالبين بـ…), while its difficult noes mostly tell what protesters or the police
/// did at one already reported (ورفع المتظاهرون لافتات، فرقت الشرطة المتظاهرين).
extension EventDetector {
    /// The elements of a protest's scene.
    enum SceneElement: UInt32, CaseIterable {
        /// A number or a word of multitude that is not part of a date (مئات، 40 متظاهرا).
        case count = 1
        /// A word of where people stand (أمام، قرب، خارج، وسط، الشوارع، ساحة) or a place mention.
        case place
        /// A time expression (أمس، السبت).
        case time
        /// A word of what the crowd protests or demands (احتجاجا على، مطالبين، للتنديد), or what it is against (ضد).
        case grievance
        /// A word of the police breaking a crowd up (لتفريق، الغاز المسيل للدموع، اعتقلت).
        case dispersal
        /// A verb of a crowd setting out, joining or being organised (خرج، نزلوا، تدفقوا، جابت، شارك، نظموا).
        case movement
    }

    /// The scene features of a PROTEST candidate: each element found in the trigger's clause
    /// and each found elsewhere in the sentence, and how many of count, place, time,
    /// grievance and movement the clause holds together and the sentence does (one feature
    /// shared by every sentence that holds as many, so that the few yeses of the gold data
    /// suffice to weigh it).
    func protestSceneFeatures(_ hit: Hit, _ spans: [ArgumentSpan], _ sentence: Range<Int>, _ document: AnnotatedDocument,
                              _ forms: inout TokenForms) -> [UInt32] {
        typealias F = EventFeatures
        let clause = Self.clause(around: hit.tokens, in: sentence, forms.tokens, forms.norms)
        var inClause: Set<SceneElement> = [], elsewhere: Set<SceneElement> = []
        func found(_ element: SceneElement, at k: Int) {
            if clause.contains(k) { inClause.insert(element) } else { elsewhere.insert(element) }
        }
        let tokens = forms.tokens
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            let inTime = document.times.contains { $0.range.contains(Int(tokens[k].start)) }
            if inTime { found(.time, at: k) }
            switch tokens[k].kind {
            case .number where !inTime:
                found(.count, at: k)
            case .word:
                let norm = UnsafeBufferPointer(rebasing: forms.norms[tokens[k].normRange]), stem = Self.stem(tokens[k], norm)
                if ArgumentMarker.isPlaceOfAddress(norm) || stem.isOne(of: Self.standingPlaces) { found(.place, at: k) }
                if Self.dispersalStems.contains(where: { norm.containsBytes($0) }) { found(.dispersal, at: k) }
                if stem.isOne(of: Self.movementVerbs) { found(.movement, at: k) }
                // What a crowd is against (تظاهرت النساء ضد إقامة مكب): a grievance here, though no cue
                // of one for the crowd rules, as attacks too are against someone (هجوم ضد القوات).
                if norm.elementsEqual(Self.against) { found(.grievance, at: k) }
                if let cue = forms.match(lexicon.cueTable, at: k, limit: sentence.upperBound) {
                    switch EventLexicon.cue(cue.value) {
                    case .multitude: found(.count, at: k)
                    case .grievance: found(.grievance, at: k)
                    default: break
                    }
                }
            default: break
            }
            k += 1
        }
        for span in spans where span.place != nil { found(.place, at: span.tokens.lowerBound) }
        var out: [UInt32] = []
        for element in SceneElement.allCases {
            if inClause.contains(element) { out.append(F.flag(.scene, element.rawValue)) }
            else if elsewhere.contains(element) { out.append(F.flag(.scene, 16 + element.rawValue)) }
        }
        let told: [SceneElement] = [.count, .place, .time, .grievance, .movement]
        out.append(F.flag(.scene, 32 + UInt32(told.filter(inClause.contains).count)))
        out.append(F.flag(.scene, 48 + UInt32(told.filter { inClause.contains($0) || elsewhere.contains($0) }.count)))
        // A counted crowd that says what it protests (مئات الطلاب … مطالبين), whatever its words.
        if inClause.contains(.count) || elsewhere.contains(.count), inClause.contains(.grievance) || elsewhere.contains(.grievance) {
            out.append(F.flag(.scene, 96 + (inClause.contains(.count) && inClause.contains(.grievance) ? 1 : 0)))
        }
        return out
    }

    /// ضد (against), in normal form.
    private static let against = Array("ضد".utf8)

    /// Words of where a crowd stands or goes, beside `ArgumentMarker`'s places of address, in normal form.
    private static let standingPlaces = ["وسط", "قبالة", "حول", "داخل", "شارع", "الشارع", "شوارع", "الشوارع", "ساحة", "الساحة", "ميدان"]
        .map { Array($0.utf8) }

    /// Verbs of a crowd setting out, joining or being organised, in normal form, past forms
    /// only: the present (يخرج) tells more often of what people do or will do than of a protest.
    static let movementVerbs = ["خرج", "خرجت", "خرجوا", "نزل", "نزلوا", "تدفق", "تدفقوا", "سار", "ساروا", "جاب", "جابت",
                                        "جابوا", "انطلق", "انطلقت", "انطلقوا", "شارك", "شاركوا", "انضم", "انضموا", "توجه", "توجهوا",
                                        "زحف", "زحفوا", "اندلع", "اندلعت", "نظم", "نظموا", "نظمت"].map { Array($0.utf8) }

    /// Stems of the police breaking a crowd up, in normal form: فرق (لتفريق، فرقت), فض, the tear
    /// gas (المسيل، مسيلة), truncheons, arrests (اعتقلت، الاعتقالات).
    private static let dispersalStems = ["تفريق", "فرقت", "فضت", "لفض", "مسيل", "هراوات", "اعتقل"].map { Array($0.utf8) }
}
