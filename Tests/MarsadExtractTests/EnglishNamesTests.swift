import MarsadCore
@testable import MarsadExtract
import Testing

/// Names in English text: runs of capitalised words, written for these tests.
@Suite struct EnglishNamesTests {
    func names(_ text: String) throws -> [(String, EntityType)] {
        let doc = try ShippedKnowledgeBaseTests.analysed(text, published: "2024-05-04")
        for mention in doc.mentions { #expect(!doc.surface(mention).isEmpty) }
        return doc.mentions.filter { $0.entity == nil }.map { (doc.surface($0), $0.type) }
    }

    @Test func capitalisedRunsAreNamesTypedByTheirWords() throws {
        let found = try names("The spokesman, John Hartley, said the company would appeal. The Ministry of Energy and Mines announced new rules on Tuesday.")
        #expect(found.contains { $0 == ("John Hartley", .person) })
        #expect(found.contains { $0 == ("Ministry of Energy and Mines", .organisation) })
        // Controls: a function word opening the sentence and a lone capitalised word are none.
        #expect(!found.contains { $0.0.hasPrefix("The") })
    }

    @Test func titlesHeadlinesAndCountsAreNoPartOfAName() throws {
        let found = try names("""
        Gaza Truce Talks Stall as Mediators Step Up Efforts

        Local official Ahmed Saleh Mansour said the Red Crescent had evacuated families. Thousands of Israelis rallied on Saturday. Chinese Vice President Wang Delun spoke.
        """)
        #expect(found.contains { $0 == ("Ahmed Saleh Mansour", .person) })
        #expect(found.contains { $0 == ("Red Crescent", .organisation) })
        #expect(found.contains { $0 == ("Wang Delun", .person) })
        #expect(!found.contains { $0.0.contains("Mediators") || $0.0.contains("Thousands") || $0.0.contains("President") })
    }

    @Test func particlesJoinANameAndStartsWithAnOrganisationsWordStay() throws {
        let found = try names("Bank of Japan Governor Kazuo Ueda met Karl von Habsburg in Vienna.")
        #expect(found.contains { $0 == ("Kazuo Ueda", .person) })
        #expect(found.contains { $0 == ("Karl von Habsburg", .person) })
    }
}
