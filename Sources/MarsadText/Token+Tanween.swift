extension Token {
    /// Whether the token's text carries written tanween (ً ٌ ٍ), the mark of an indefinite noun
    /// or adjective: in news prose such a word is no proper name (كوبًا is "a cup", not Cuba;
    /// in «عيّن سعود نائبًا» the name ends before "as deputy"). `text` is the UTF-8 text the
    /// token's offsets index.
    public func hasTanween(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = Int(start)
        while k + 1 < Int(end) {
            // U+064B–U+064D are D9 8B–D9 8D in UTF-8.
            if text[k] == 0xD9, text[k + 1] >= 0x8B, text[k + 1] <= 0x8D { return true }
            k += 1
        }
        return false
    }
}
