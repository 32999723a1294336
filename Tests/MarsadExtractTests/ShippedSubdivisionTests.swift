import Foundation
import MarsadCore
@testable import MarsadExtract
import Testing

/// The first-level subdivisions the knowledge base builds from CLDR and iso-codes, on the
/// shipped resources, and the builder's check of the CLDR subdivision file.
@Suite struct ShippedSubdivisionTests {
    /// The state of the entity the mention with surface `text` links to.
    private static func country(of text: String, in doc: AnnotatedDocument) -> String? {
        doc.mentions.first { doc.surface($0) == text }?.entity.flatMap { doc.entities[$0].entity.country }
    }

    @Test func aGovernorateLinksWithItsState() throws {
        let doc = try ShippedKnowledgeBaseTests.analysed(
            "قتل ثلاثة جنود في هجوم على مدينة الرمادي في الأنبار، ووصلت التعزيزات إلى محافظة ديالى.", published: "2015-07-01")
        #expect(doc.link(of: "الأنبار") == "subdivision-iq-an")
        #expect(Self.country(of: "الأنبار", in: doc) == "IRQ")
        #expect(doc.link(of: "الرمادي") == "geonames-98717", "a city of 223,500 in a state whose subdivisions are kept")
        #expect(doc.link(of: "محافظة ديالى") == "subdivision-iq-di", "the head-word form is one mention")
    }

    @Test func anEverydayBareNameLinksOnlyWhereTheDocumentBearsItOut() throws {
        let plain = try ShippedKnowledgeBaseTests.analysed(
            "هبت الرياح الشرقية على البلاد، وتجمع الطلاب حولي في الساحة.", published: "2015-07-01")
        #expect((plain.link(of: "الشرقية") ?? nil) == nil, "the eastern wind")
        #expect((plain.link(of: "حولي") ?? nil) == nil, "around me, not Hawalli")
        let named = try ShippedKnowledgeBaseTests.analysed(
            "زار أمير المنطقة الشرقية مستشفى الدمام، وقال إن الشرقية تشهد تنمية كبيرة.", published: "2015-07-01")
        #expect(named.link(of: "المنطقة الشرقية") == "subdivision-sa-04")
        #expect(named.link(of: "الشرقية") == "subdivision-sa-04", "the document names the province in full")
    }

    @Test func aRegionNamedByItsDirectionIsAnyStates() throws {
        // subdivisions_ar.tsv: Israel's districts are named المنطقة الجنوبية، الوسطى، الشمالية, as any state's regions are.
        let doc = try ShippedKnowledgeBaseTests.analysed(
            "زار وزير الدفاع الوحدات المتقدمة للقوات المسلحة بالمنطقة الجنوبية، وتتسم الأجواء في المنطقة الوسطى بالحرارة.",
            published: "2015-07-01")
        #expect(!doc.links.contains { $0.1?.hasPrefix("subdivision-il-") == true }, "\(doc.links)")
    }

    @Test func aBareNameThePressMeansOtherwiseIsAnEverydayWord() throws {
        // subdivisions_ar.tsv: القادسية is a football club in SaudiNewsNet, مدنين "civilians".
        let club = try ShippedKnowledgeBaseTests.analysed(
            "فاز القادسية على الهلال بهدفين، وقتل مدنين اثنين في القصف.", published: "2015-07-01")
        #expect((club.link(of: "القادسية") ?? nil) == nil, "\(club.links)")
        #expect((club.link(of: "مدنين") ?? nil) == nil, "\(club.links)")
        let governorate = try ShippedKnowledgeBaseTests.analysed(
            "وصلت التعزيزات إلى محافظة القادسية جنوب بغداد، وقال مسؤول إن القادسية آمنة.", published: "2015-07-01")
        #expect(governorate.link(of: "محافظة القادسية") == "subdivision-iq-qa")
        #expect(governorate.link(of: "القادسية") == "subdivision-iq-qa", "the document names the governorate in full")
    }

    @Test func aCityKeepsItsNameOverItsGovernorate() throws {
        let doc = try ShippedKnowledgeBaseTests.analysed(
            "سقطت قذائف على أحياء في حلب، وامتدت المعارك إلى ريف محافظة حلب الشمالي.", published: "2015-07-01")
        #expect(doc.link(of: "حلب") == "geonames-170063", "Aleppo the city")
        #expect(doc.link(of: "محافظة حلب") == "subdivision-sy-hl")
    }

    @Test func aMalformedSubdivisionLineFailsWithFileAndLine() throws {
        let fm = FileManager.default
        let raw = fm.temporaryDirectory.appendingPathComponent("marsad-raw-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: raw) }
        let source = ShippedKnowledgeBaseTests.raw
        let subdivisions = raw.appendingPathComponent("cldr41/subdivisions")
        try fm.createDirectory(at: subdivisions, withIntermediateDirectories: true)
        for folder in try fm.contentsOfDirectory(atPath: source.path) where folder != "cldr41" {
            try fm.createSymbolicLink(at: raw.appendingPathComponent(folder), withDestinationURL: source.appendingPathComponent(folder))
        }
        try fm.createSymbolicLink(at: raw.appendingPathComponent("cldr41/main"), withDestinationURL: source.appendingPathComponent("cldr41/main"))
        try fm.createSymbolicLink(at: subdivisions.appendingPathComponent("en.xml"),
                                  withDestinationURL: source.appendingPathComponent("cldr41/subdivisions/en.xml"))
        let arabic = subdivisions.appendingPathComponent("ar.xml")
        var lines = try String(contentsOf: source.appendingPathComponent("cldr41/subdivisions/ar.xml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = try #require(lines.firstIndex { $0.contains("type=\"iqan\"") })
        lines[line] = "\t\t\t<subdivision type=\"iqan\">محافظة الأنبار"
        try lines.joined(separator: "\n").write(to: arabic, atomically: true, encoding: .utf8)
        let builder = KnowledgeBaseBuilder(rawDirectory: raw, curatedDirectory: ShippedKnowledgeBaseTests.repository.appendingPathComponent("Data/kb"))
        #expect {
            _ = try builder.build(built: "2025-01-01", sources: [])
        } throws: { error in
            guard let error = error as? MarsadError else { return false }
            return error.input == arabic.path && error.line == line + 1 && error.message.contains("iqan")
        }
    }
}
