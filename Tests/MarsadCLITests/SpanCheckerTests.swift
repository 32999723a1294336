import Testing

/// The span checker the other tests rely on must itself catch wrong spans.
@Suite("span checker")
struct SpanCheckerTests {
    static func analysis(tokenStart: Int, tokenEnd: Int, surface: String) -> [String: Any] {
        [
            "text": "😀 سلام",
            "sentences": [["start": 0, "end": 6]],
            "tokens": [
                ["start": 0, "end": 1, "text": "😀"],
                ["start": tokenStart, "end": tokenEnd, "text": surface],
            ],
        ]
    }

    @Test("scalar offsets that match pass")
    func good() throws {
        #expect(try checkSpans(Self.analysis(tokenStart: 2, tokenEnd: 6, surface: "سلام")) == 2)
    }

    @Test("UTF-16 or UTF-8 offsets, or a wrong surface, are caught", arguments: [
        (3, 7, "سلام"),    // UTF-16 offsets (the emoji counts two)
        (5, 13, "سلام"),   // UTF-8 offsets
        (2, 6, "سلم"),     // surface differs
        (2, 9, "سلام"),    // past the end
    ])
    func bad(_ start: Int, _ end: Int, _ surface: String) {
        withKnownIssue {
            try checkSpans(Self.analysis(tokenStart: start, tokenEnd: end, surface: surface))
        }
    }
}
