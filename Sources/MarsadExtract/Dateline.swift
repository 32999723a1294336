import MarsadText

/// A news dateline (باريس –، بيشاور (باكستان) ـ «الشرق الأوسط»:) tells where the report was
/// filed: its place is a setting, never an actor (no capital standing for its government).
enum Dateline {
    /// How many tokens the parentheses after a dateline's place may span (its country).
    static let parenthesesReach = 6

    /// Whether the place at `name` opens a dateline: it begins its sentence `sentence` (or
    /// follows a bullet, *, there), and a dash, a colon or a tatweel standing alone follows
    /// it, or follows the parentheses after it.
    static func opens(_ name: Range<Int>, sentence: Range<Int>, _ tokens: [Token], _ norms: UnsafeBufferPointer<UInt8>) -> Bool {
        func norm(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: norms[tokens[k].normRange]) }
        let start = sentence.lowerBound
        guard name.lowerBound == start || name.lowerBound == start + 1 && norm(start).elementsEqual("*".utf8) else { return false }
        var k = name.upperBound
        if k < sentence.upperBound, norm(k).elementsEqual("(".utf8) {
            guard let close = (k..<min(sentence.upperBound, k + parenthesesReach)).first(where: { norm($0).elementsEqual(")".utf8) }) else { return false }
            k = close + 1
        }
        guard k < sentence.upperBound else { return false }
        let mark = norm(k)
        // A tatweel (ـ) standing as a dash normalises to nothing.
        return mark.elementsEqual("-".utf8) || mark.elementsEqual(":".utf8) || tokens[k].kind == .symbol && mark.isEmpty
    }
}
