import MarsadText

extension EventDetector {
    /// Whether a sentence tells of sport: it names a coach, a match, a stadium or a club, or a
    /// player beside another word of sport (a player alone may be a crisis's: اللاعبين الأساسيين
    /// في هذه الأزمة). The types the classifier does not score then report a club's or a
    /// player's dealings (توصل نادي يوفنتوس لاتفاق مع غوتزه، طلب النادي البرتغالي بطاقة اللاعب،
    /// يلتقي الأهلي والزمالك في المباراة), no political act.
    static func isAboutSport(_ sentence: Range<Int>, _ forms: TokenForms) -> Bool {
        var players = 0
        for k in sentence where forms.tokens[k].kind == .word {
            let word = bareStem(k, forms)
            if word.isOne(of: sportWords), !(word.equals(club) && k + 1 < sentence.upperBound && bareStem(k + 1, forms).isOne(of: clubsOfNoSport)) {
                return true
            }
            if word.isOne(of: playerWords) { players += 1 }
        }
        return players >= 2
    }

    /// Words of sport in normal form, without clitics and the article: a coach, a match, a stadium, a club, a super cup,
    /// the goal and its kicks, a top scorer. Not الفريق (also a general's rank), المنتخب (also elected), الدوري (also
    /// periodic), البطولة (also heroism), النهائي (also final: الاتفاق النهائي), nor كأس or النهائيات, whose World Cup is
    /// also politics (اعتقالات في صفوف أعضاء الفيفا، انتقدت جماعات حقوق الإنسان اختيار روسيا وقطر لاستضافة النهائيات).
    static let sportWords = ["مدرب", "مدربا", "مدربين", "مباراة", "مباريات", "ملعب", "ملاعب", "نادي", "اندية", "ناديه", "سوبر",
                             "مرمي", "ركلة", "ركلات", "هداف"].map { Array($0.utf8) }
    /// نادي (a club), and what names a club of no sport after it, in normal form without clitics and the article: the
    /// Palestinian Prisoners' Club (نادي الأسير), the Paris Club of creditors, clubs of judges, of the press, of officers.
    static let club = Array("نادي".utf8)
    static let clubsOfNoSport = ["اسير", "اسري", "باريس", "قضاة", "صحافة", "صحفيين", "صحافيين", "ضباط"].map { Array($0.utf8) }
    /// A player, also a metaphor of politics (لاعب إقليمي).
    static let playerWords = ["لاعب", "لاعبا", "لاعبين", "لاعبي", "لاعبو"].map { Array($0.utf8) }
}
