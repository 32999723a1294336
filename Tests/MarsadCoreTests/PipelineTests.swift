import Testing
@testable import MarsadCore

/// A stage that needs mentions, which nothing provides yet.
struct NeedsMentions: Stage {
    let name = "needs-mentions"
    let requires: Set<AnnotationKind> = [.tokens, .mentions]
    let provides: Set<AnnotationKind> = [.events]
    func run(_ document: inout AnnotatedDocument) {}
}

@Suite struct PipelineTests {
    @Test func refusesAStageWhoseRequirementsAreUnmet() {
        #expect(throws: PipelineError(stage: "needs-mentions", missing: [.tokens, .mentions])) {
            try Pipeline([NeedsMentions()])
        }
        #expect(throws: PipelineError(stage: "needs-mentions", missing: [.mentions])) {
            try Pipeline([TextStage(lexicon: nil), NeedsMentions()])
        }
        let message = PipelineError(stage: "needs-mentions", missing: [.mentions]).description
        #expect(message.contains("needs-mentions") && message.contains("mentions"))
    }

    @Test func recordsWhatRanAndWhatItProvided() {
        let annotated = smallPipeline.run(Document(text: "وصل الرئيس إلى موسكو."))
        #expect(annotated.stages == ["text"])
        #expect(annotated.provided.isSuperset(of: [.text, .tokens, .sentences, .segments, .language]))
        #expect(Invariants.violations(in: annotated).isEmpty)
        #expect(TextStage(lexicon: nil).provides.contains(.segments) == false)
    }

    @Test func theTextStageSegmentsWithTheShippedLexicon() {
        let annotated = textPipeline.run(Document(text: "وبموسكو التقى الرئيس بنظيره"))
        let segmented = annotated.text.tokens.compactMap { annotated.text.segments(of: $0) }
        #expect(segmented.contains(["و+", "ب+", "موسكو"]))
        #expect(segmented.contains(["ال+", "رئيس"]))
    }
}
