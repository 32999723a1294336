import Foundation
import MarsadCore

/// A sentence of given tokens with their BIO tags.
public struct TaggedSentence: Sendable, Equatable {
    public var tokens: [String]
    public var tags: [NERTag]

    public init(tokens: [String], tags: [NERTag]) {
        self.tokens = tokens
        self.tags = tags
    }
}

/// Named-entity data in the ANERcorp format: `token TAG` a line, a blank line between
/// sentences. Tags are O and B-/I- of PERS, LOC, ORG, MISC (AQMAR's PER and MIS0–MIS3 are
/// read as PERS and MISC). A line without a tag or with an unknown tag is an error naming
/// the file and line; an I- tag that follows no entity of its type is read as B-, as
/// conlleval does, and counted.
public struct TaggedCorpus: Sendable {
    public var sentences: [TaggedSentence] = []
    /// How many I- tags began an entity and were read as B-.
    public var repairedInsideTags = 0

    public init(sentences: [TaggedSentence]) { self.sentences = sentences }

    /// Reads the file at `path`.
    public init(contentsOf path: String) throws(MarsadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MarsadError(.unreadable, "cannot read", input: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MarsadError(.invalidUTF8, "not UTF-8 text", input: path)
        }
        try self.init(text: text, name: path)
    }

    /// Reads `text`; `name` is what error messages call it.
    public init(text: String, name: String) throws(MarsadError) {
        var tokens: [String] = [], tags: [NERTag] = []
        var number = 0
        func endSentence() {
            if !tokens.isEmpty { sentences.append(TaggedSentence(tokens: tokens, tags: tags)) }
            tokens.removeAll()
            tags.removeAll()
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { endSentence(); continue }
            guard fields.count == 2 else {
                let problem = fields.count == 1 ? "a token without a tag" : "\(fields.count) fields"
                throw MarsadError(.badRecord, "expected `token TAG`, found \(problem): \(String(line.prefix(60)).debugDescription)", input: name, line: number)
            }
            guard var tag = NERTag(label: fields[1]) else {
                throw MarsadError(.badRecord, "unknown tag ‘\(fields[1])’ (expected O or B-/I- of PERS, LOC, ORG, MISC)", input: name, line: number)
            }
            if tag.isInside, let type = tag.type, tags.last?.type != type {
                tag = .begin(type)
                repairedInsideTags += 1
            }
            tokens.append(String(fields[0]))
            tags.append(tag)
        }
        endSentence()
    }

    /// The number of tokens.
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }
}
