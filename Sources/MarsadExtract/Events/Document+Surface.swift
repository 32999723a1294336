import MarsadCore

extension Document {
    /// The text of a UTF-8 byte range of the document.
    func surface(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)], as: UTF8.self)
    }
}
