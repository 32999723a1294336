import MarsadCore
import MarsadExtract
import Testing

/// Which target a stance takes: the person whose act the event noun names, the giver of
/// what the evidence calls a gift, or the event itself.
@Suite struct StanceTargetTests {
    @Test func anActOfAPersonTargetsThePerson() throws {
        let found = try stances("انتقد الاتحاد الأوروبي قرار دونالد ترامب بشدة.")
        #expect(found.map(\.target) == ["donald-trump"])
        #expect(found.map(\.label) == ["criticism"])
    }

    @Test func aGiftToSomeoneTargetsTheGiver() throws {
        let text = "التقى فلاديمير بوتين ورجب طيب أردوغان في سوتشي. ووقع بوتين وأردوغان اتفاقا جديدا. "
            + "وانتقدت المعارضة الاتفاق ووصفته بأنه \"مكافأة مجانية لبوتين\"."
        let found = try stances(text)
        let criticism = try #require(found.first { $0.label == "criticism" })
        #expect(criticism.target == "recep-tayyip-erdogan")
    }

    @Test func aStanceAboutTheEventKeepsTheEvent() throws {
        #expect(try stances("رحبت الصين بالقمة بين دونالد ترامب وفلاديمير بوتين.").map(\.target) == ["القمة"])
        #expect(try stances("وانتقد سيرغي لافروف العقوبات الغربية.").map(\.target) == ["العقوبات"])
    }

    @Test func aNegatedStanceKeepsItsPersonalTarget() throws {
        let found = try stances("لم ينتقد الاتحاد الأوروبي قرار دونالد ترامب.")
        #expect(found.map(\.label) == ["neutral_interest"])
        #expect(found.map(\.target) == ["donald-trump"])
    }
}
