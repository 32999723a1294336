import Foundation
import Testing
import MarsadCore
import MarsadIngest


/// Everything a `SourceReader` reads from `paths`: the documents and the failures, in order.
func readAll(_ paths: [String], mapping: FieldMapping = FieldMapping(), maxBytes: Int = InputOptions.defaultMaxBytes)
    -> (documents: [Document], failures: [MarsadError]) {
    var reader = SourceReader(paths: paths, mapping: mapping, options: InputOptions(maxBytes: maxBytes))
    var documents: [Document] = []
    var failures: [MarsadError] = []
    while let item = reader.next() {
        switch item {
        case .document(let document): documents.append(document)
        case .failure(let error): failures.append(error)
        }
    }
    return (documents, failures)
}


/// A small deterministic pseudo-random generator (SplitMix64), so generated cases repeat.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
