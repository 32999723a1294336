/// Which optional foldings the normaliser applies.
///
/// Always applied: Arabic presentation forms to base letters, harakat and tatweel removed,
/// Arabic-Indic and Extended Arabic-Indic digits (and the Arabic decimal, thousands and
/// percent signs) to ASCII, Persian and Urdu letter variants to Arabic ones, zero-width and
/// direction marks dropped, dashes unified to `-`.
public struct NormalizationOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// أ إ آ ٱ → ا
    public static let foldAlef = NormalizationOptions(rawValue: 1 << 0)
    /// ى → ي
    public static let foldAlefMaksura = NormalizationOptions(rawValue: 1 << 1)
    /// ة → ه
    public static let foldTehMarbuta = NormalizationOptions(rawValue: 1 << 2)
    /// ASCII A–Z → a–z
    public static let foldLatinCase = NormalizationOptions(rawValue: 1 << 3)

    /// The form of a token's `norm`: alef forms and alef maksura folded, ASCII lower-cased,
    /// teh marbuta kept (it tells a feminine ending from the pronoun ه).
    public static let token: NormalizationOptions = [.foldAlef, .foldAlefMaksura, .foldLatinCase]
    /// Every folding: the form to match names and search text in.
    public static let matching: NormalizationOptions = [.foldAlef, .foldAlefMaksura, .foldTehMarbuta, .foldLatinCase]
}
