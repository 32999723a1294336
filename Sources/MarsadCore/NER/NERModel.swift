/// The weights of the named-entity tagger: a hashed table of feature weights, one per
/// feature bucket and tag, and first-order tag transitions. Stored as a binary resource
/// (`ner.model`) whose header names the feature set and the word clusters it was trained
/// with; the weights are kept as 16-bit integers with one scale, in the file and in memory
/// (half the memory of floats, so more of the table stays in cache while tagging). Format 2
/// adds the tag statistics of unlabelled news that a second-stage model's features read.
public struct NERModel: Sendable {
    /// The file format this build reads and writes.
    public static let format = 2
    /// The number of feature buckets, a power of two.
    public let buckets: Int
    /// `quantized[bucket * NERTag.count + tag] × scale` is the weight of a feature bucket for a tag.
    public let quantized: [Int16]
    /// The value of one step of `quantized`.
    public let scale: Float
    /// `transitions[previous * NERTag.count + tag]`; the row `NERTag.count` is the sentence start.
    public let transitions: [Float]
    /// The feature set the weights belong to (the tagger refuses another).
    public let featureSet: String
    /// The version of the word clusters the features were computed with.
    public let clustersVersion: String
    /// How a first-stage tagger tagged the words of unlabelled news, which this model's
    /// features read; nil for a first-stage model.
    public let tagStatistics: NERTagStatistics?

    /// A model of `weights[bucket * NERTag.count + tag]`, rounded to 16-bit steps of one scale.
    public init(buckets: Int, weights: [Float], transitions: [Float], featureSet: String, clustersVersion: String,
                tagStatistics: NERTagStatistics? = nil) {
        precondition(weights.count == buckets * NERTag.count, "one weight per bucket and tag")
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        self.init(buckets: buckets, quantized: weights.map { Int16(($0 / scale).rounded()) }, scale: scale,
                  transitions: transitions, featureSet: featureSet, clustersVersion: clustersVersion, tagStatistics: tagStatistics)
    }

    init(buckets: Int, quantized: [Int16], scale: Float, transitions: [Float], featureSet: String, clustersVersion: String,
         tagStatistics: NERTagStatistics?) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        precondition(quantized.count == buckets * NERTag.count && transitions.count == (NERTag.count + 1) * NERTag.count)
        self.buckets = buckets
        self.quantized = quantized
        self.scale = scale
        self.transitions = transitions
        self.featureSet = featureSet
        self.clustersVersion = clustersVersion
        self.tagStatistics = tagStatistics
    }

    /// The model as a resource file; `notes` are extra header lines (training data, epochs, dev scores).
    public func resource(sources: [String], built: String, notes: [(key: String, value: String)]) -> BinaryResourceFile {
        var body: [UInt8] = []
        body.reserveCapacity(16 + transitions.count * 4 + quantized.count * 2)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { body += $0 } }
        append(UInt32(buckets))
        append(UInt32(NERTag.count))
        append(scale.bitPattern)
        for t in transitions { append(t.bitPattern) }
        for q in quantized { withUnsafeBytes(of: q.littleEndian) { body += $0 } }
        body += (tagStatistics ?? NERTagStatistics(rows: [])).bytes
        let fields: [(key: String, value: String)] = [
            ("features", featureSet), ("clusters", clustersVersion), ("buckets", String(buckets)),
            ("tags", NERTag.all.map(\.description).joined(separator: " ")),
            ("columns", "little-endian: u32 buckets, u32 tags, f32 scale, f32 transitions[(tags+1)*tags], i16 weights[buckets*tags] (× scale), u32 words, per word u8 length, bytes, u32 seen, u32 tagged[tags-1]"),
        ] + notes
        return BinaryResourceFile(name: "ner", format: Self.format, builtBy: "marsad train ner", sources: sources,
                                  built: built, fields: fields, body: body)
    }

    /// Reads a model file, refusing one of another format version.
    public init(resource file: BinaryResourceFile) throws(MarsadError) {
        guard file.format == Self.format else {
            throw MarsadError(.badResource, "model format \(file.format), but this Marsad reads format \(Self.format); retrain it with `marsad train ner`", input: "ner")
        }
        guard let featureSet = file.value("features"), let clusters = file.value("clusters") else {
            throw MarsadError(.badResource, "the header lacks `features` or `clusters`", input: "ner")
        }
        let body = file.body
        func u32(_ at: Int) -> UInt32 {
            UInt32(body[at]) | UInt32(body[at + 1]) << 8 | UInt32(body[at + 2]) << 16 | UInt32(body[at + 3]) << 24
        }
        guard body.count >= 12 else { throw MarsadError(.badResource, "the body is truncated", input: "ner") }
        let buckets = Int(u32(0)), tags = Int(u32(4)), scale = Float(bitPattern: u32(8))
        guard tags == NERTag.count else {
            throw MarsadError(.badResource, "the model has \(tags) tags, this Marsad has \(NERTag.count)", input: "ner")
        }
        guard buckets > 0, buckets & (buckets - 1) == 0 else {
            throw MarsadError(.badResource, "bucket count \(buckets) is not a power of two", input: "ner")
        }
        let transitionCount = (tags + 1) * tags
        let weightsStart = 12 + transitionCount * 4
        let statisticsStart = weightsStart + buckets * tags * 2
        guard body.count >= statisticsStart + 4 else {
            throw MarsadError(.badResource, "the body has \(body.count) bytes, expected at least \(statisticsStart + 4)", input: "ner")
        }
        guard let statistics = NERTagStatistics(bytes: body[statisticsStart...]) else {
            throw MarsadError(.badResource, "the tag statistics after the weights are malformed", input: "ner")
        }
        let transitions = (0..<transitionCount).map { Float(bitPattern: u32(12 + $0 * 4)) }
        let quantized = [Int16](unsafeUninitializedCapacity: buckets * tags) { out, count in
            body.withUnsafeBufferPointer { raw in
                for i in 0..<(buckets * tags) {
                    let at = weightsStart + 2 * i
                    out[i] = Int16(bitPattern: UInt16(raw[at]) | UInt16(raw[at + 1]) << 8)
                }
            }
            count = buckets * tags
        }
        self.init(buckets: buckets, quantized: quantized, scale: scale, transitions: transitions,
                  featureSet: featureSet, clustersVersion: clusters, tagStatistics: statistics.count == 0 ? nil : statistics)
    }

    /// The weights as floats, `weights[bucket * NERTag.count + tag]`.
    public var weights: [Float] { quantized.map { Float($0) * scale }
    }
}
