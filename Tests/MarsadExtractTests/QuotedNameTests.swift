import MarsadCore
@testable import MarsadExtract
import Testing

/// A name in quotation marks after an organisation's noun (منظمة، جماعة، حركة، صحيفة…) is
/// one ORG mention over exactly the quoted words.
@Suite struct QuotedNameTests {
    static let pipeline = Result { try Pipeline.standard(resources: ResourceBundle.load()) }

    static func analysed(_ text: String) throws -> AnnotatedDocument {
        try pipeline.get().run(Document(text: text, published: PublicationTime(iso: "2015-07-21")))
    }

    @Test func aQuotedNameAfterItsNounIsOneOrganisation() throws {
        let doc = try Self.analysed("ذكرت صحيفة «واشنطن تايمز» أن حزب «فلامس بلانغ» وشركة «كي بي إم جي السعودية» رفضوا.")
        for name in ["واشنطن تايمز", "فلامس بلانغ", "كي بي إم جي السعودية"] {
            let found = doc.mentions.filter { doc.surface($0) == name }
            // Unknown to the knowledge base: unlinked, or a document-local actor.
            #expect(found.count == 1 && found[0].type == .organisation, "\(name): \(doc.links)")
            #expect(found.first?.entity.map { doc.entities[$0].entity.id.hasPrefix("local-") } ?? true, "\(name): \(doc.links)")
        }
        // Nothing inside them, nor the noun, is a mention of its own: not Washington, not Saudi Arabia.
        #expect(!doc.links.contains { ["واشنطن", "السعودية", "حزب", "صحيفة"].contains($0.0) }, "\(doc.links)")
        for mention in doc.mentions { #expect(!doc.surface(mention).hasPrefix("«") && !doc.surface(mention).hasSuffix("»")) }
    }

    @Test func aKnownOrganisationInQuotesKeepsItsLink() throws {
        let doc = try Self.analysed("قالت منظمة «أطباء بلا حدود» إن حركة «حماس» وجماعة «الإخوان المسلمين» تلقت الطلب.")
        #expect(doc.link(of: "أطباء بلا حدود") == "msf")
        #expect(doc.link(of: "حماس") == "hamas")
        #expect(doc.link(of: "الإخوان المسلمين") == "muslim-brotherhood")
    }

    @Test func aQuotationIsNoName() throws {
        // A definite noun before the quotation, and a quotation too long for a name.
        let doc = try Self.analysed("قال المجلس «يصادق» على القرار، ونقلت صحيفة «كانت الأوضاع صعبة جدا في المدينة ولم يتحرك أحد» عن شاهد.")
        #expect(!doc.mentions.contains { ["يصادق", "كانت الأوضاع صعبة جدا في المدينة ولم يتحرك أحد"].contains(doc.surface($0)) }, "\(doc.links)")
        // One indefinite nisba in quotation marks is the noun's adjective: a Saudi company; the
        // definite one names the channel.
        let adjective = try Self.analysed("عمل في شركة «سعودية» مساهمة، ثم قال لقناة «العربية» إنه استقال.")
        #expect(!adjective.mentions.contains { adjective.surface($0) == "سعودية" && $0.type == .organisation }, "\(adjective.links)")
        #expect(adjective.mentions.contains { adjective.surface($0) == "العربية" && $0.type == .organisation }, "\(adjective.links)")
    }
}
