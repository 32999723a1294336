import Foundation
import MarsadTestSupport
import Testing

@Suite("marsad bench")
struct BenchCommandTests {
    @Test("bench text prints its measurements as JSON with the contract's keys")
    func benchText() throws {
        let folder = try TemporaryFolder()
        let text = "أعلنت البلدية افتتاح حديقة عامة جديدة في وسط المدينة. وقال رئيسها إن العمل استمر عامين."
        let path = try folder.write("corpus.txt", text)
        let run = try marsad(["bench", "text", "--input", path, "--seconds", "0.2"])
        #expect(run.status == 0, "\(run)")
        let report = try run.object()
        // The contract's keys, and beside them how long the resources took to load.
        #expect(Set(report.keys) == ["documents", "bytes", "tokens", "seconds", "mb_per_s", "docs_per_s", "tokens_per_s", "threads", "resources_load_s"])
        #expect(try #require(double(report["resources_load_s"])) > 0)
        let documents = try #require(int(report["documents"]))
        let bytes = try #require(int(report["bytes"]))
        let tokens = try #require(int(report["tokens"]))
        let seconds = try #require(double(report["seconds"]))
        #expect(documents >= 1)
        // Every pass is over the same one document.
        #expect(bytes == documents * text.utf8.count)
        #expect(tokens > 0 && tokens % documents == 0)
        #expect(seconds >= 0.2)
        #expect(int(report["threads"]) == 1)
        let mbPerSecond = try #require(double(report["mb_per_s"]))
        let docsPerSecond = try #require(double(report["docs_per_s"]))
        let tokensPerSecond = try #require(double(report["tokens_per_s"]))
        #expect(abs(mbPerSecond - Double(bytes) / seconds / 1e6) <= 1e-6 * mbPerSecond)
        #expect(abs(docsPerSecond - Double(documents) / seconds) <= 1e-6 * docsPerSecond)
        #expect(abs(tokensPerSecond - Double(tokens) / seconds) <= 1e-6 * tokensPerSecond)
    }

    @Test("bench reads JSON Lines and honours --threads")
    func benchJSONLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("corpus.jsonl", """
            {"text": "المقالة الأولى قصيرة."}
            {"text": "المقالة الثانية أطول قليلًا من الأولى."}
            {"text": "والثالثة تختم المجموعة."}

            """)
        let run = try marsad(["bench", "text", "--input", path, "--seconds", "0.2", "--threads", "2"])
        #expect(run.status == 0, "\(run)")
        let report = try run.object()
        #expect(int(report["threads"]) == 2)
        #expect(try #require(int(report["documents"])) >= 3)
    }

    @Test("bench load times the knowledge base and all resources; it takes no input, the others need one")
    func benchLoad() throws {
        let run = try marsad(["bench", "load", "--seconds", "0.1"])
        #expect(run.status == 0, "\(run)")
        let report = try run.object()
        #expect(try #require(int(report["repetitions"])) >= 1)
        let kb = try #require(double(report["kb_load_min_s"]))
        let all = try #require(double(report["all_resources_load_min_s"]))
        #expect(kb > 0 && kb < all, "the knowledge base is one of the resources")
        #expect(try #require(double(report["kb_load_median_s"])) >= kb)
        let folder = try TemporaryFolder()
        let path = try folder.write("corpus.txt", "نص.")
        #expect(try marsad(["bench", "load", "--input", path]).status == 2)
        #expect(try marsad(["bench", "text"]).status == 2)
    }

    @Test("bench ner counts the tokens the tagger tagged")
    func benchNER() throws {
        let folder = try TemporaryFolder()
        let text = "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الحكومة ستدعم شركة رينو."
        let path = try folder.write("corpus.txt", text)
        let run = try marsad(["bench", "ner", "--input", path, "--seconds", "0.2"])
        #expect(run.status == 0, "\(run)")
        let report = try run.object()
        let documents = try #require(int(report["documents"]))
        let tokens = try #require(int(report["tokens"]))
        // Every pass tags the same one document, token by token.
        #expect(documents >= 1 && tokens % documents == 0 && tokens / documents >= 12)
        #expect(try #require(double(report["tokens_per_s"])) > 0)
    }

    @Test("bench refuses a non-positive --seconds as a usage error")
    func badSeconds() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("corpus.txt", "نص.")
        let run = try marsad(["bench", "text", "--input", path, "--seconds", "0"])
        #expect(run.status == 2, "\(run)")
    }
}
