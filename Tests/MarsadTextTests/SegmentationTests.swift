import Testing
@testable import MarsadText

@Suite struct SegmentationTests {
    @Test func cliticByteLengthsAreThoseOfTheWrittenForms() {
        for (index, stack) in Clitics.proclitics.enumerated() {
            let segmentation = Segmentation(proclitics: UInt8(index), enclitic: 0, restoredTehMarbuta: false)
            #expect(segmentation.procliticBytes == stack.surface.utf8.count)
            #expect(segmentation.encliticBytes == 0)
        }
        for (index, enclitic) in Clitics.enclitics.enumerated() {
            #expect(Segmentation(proclitics: 0, enclitic: UInt8(index), restoredTehMarbuta: false).encliticBytes == enclitic.utf8.count)
        }
        // ل before the article is written لل: و + ل + ال takes three letters, six bytes.
        let index = Clitics.proclitics.firstIndex { $0.segments == ["و", "ل", "ال"] }
        #expect(index.map { Segmentation(proclitics: UInt8($0), enclitic: 0, restoredTehMarbuta: false).procliticBytes } == 6)
        #expect(Segmentation(proclitics: 0, enclitic: UInt8(Clitics.enclitics.firstIndex(of: "هما")!), restoredTehMarbuta: false).encliticBytes == 6)
    }

    @Test func theStemIsTheNormWithoutItsClitics() {
        let wa = UInt8(Clitics.proclitics.firstIndex { $0.segments == ["و"] }!)
        let hum = UInt8(Clitics.enclitics.firstIndex(of: "هم")!)
        // وكتابهم: و (2 bytes), كتاب (8), هم (4).
        #expect(Segmentation(proclitics: wa, enclitic: hum, restoredTehMarbuta: false).stemBytes(ofLength: 14) == 2..<10)
        #expect(Segmentation(proclitics: 0, enclitic: 0, restoredTehMarbuta: false).stemBytes(ofLength: 8) == 0..<8)
        // Clitics that would leave nothing leave the whole norm.
        #expect(Segmentation(proclitics: wa, enclitic: hum, restoredTehMarbuta: false).stemBytes(ofLength: 6) == 0..<6)
    }
}
