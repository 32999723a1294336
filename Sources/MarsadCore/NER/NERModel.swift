/// The weights of the named-entity tagger: a hashed table of feature weights, one per
/// feature bucket and tag, and first-order tag transitions. Stored as a binary resource
/// (`ner.model`) whose header names the feature set and the word clusters it was trained
/// with; the weights are kept as 16-bit integers with one scale, in the file and in memory
/// (half the memory of floats, so more of the table stays in cache while tagging). Format 2
/// adds the tag statistics of unlabelled news that a second-stage model's features read;
/// format 3 the weights of a stacked pass (`stacked`), which may be absent.
public struct NERModel: Sendable {
    /// The file format this build reads and writes.
    public static let format = 3
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
    /// The weights of a second, stacked pass over the same buckets, whose features also read
    /// the tags the first pass gave the document (feature set `stackedFeatureSet`); nil for a
    /// model that tags in one pass.
    public let stacked: Pass?
    /// The feature set of the stacked pass (the tagger refuses another); nil without one.
    public let stackedFeatureSet: String?

    /// One pass's weights: 16-bit steps of one scale, and the transitions.
    public struct Pass: Sendable {
        /// `quantized[bucket * NERTag.count + tag] × scale` is the weight of a feature bucket for a tag.
        public let quantized: [Int16]
        public let scale: Float
        /// `transitions[previous * NERTag.count + tag]`; the row `NERTag.count` is the sentence start.
        public let transitions: [Float]

        /// `weights` rounded to 16-bit steps of one scale.
        public init(weights: [Float], transitions: [Float]) {
            let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
            scale = largest > 0 ? largest / Float(Int16.max) : 1
            quantized = weights.map { [scale] in Int16(($0 / scale).rounded()) }
            self.transitions = transitions
        }

        init(quantized: [Int16], scale: Float, transitions: [Float]) {
            self.quantized = quantized
            self.scale = scale
            self.transitions = transitions
        }
    }

    /// A model of `weights[bucket * NERTag.count + tag]`, rounded to 16-bit steps of one scale.
    public init(buckets: Int, weights: [Float], transitions: [Float], featureSet: String, clustersVersion: String,
                tagStatistics: NERTagStatistics? = nil) {
        precondition(weights.count == buckets * NERTag.count, "one weight per bucket and tag")
        let pass = Pass(weights: weights, transitions: transitions)
        self.init(buckets: buckets, quantized: pass.quantized, scale: pass.scale, transitions: transitions,
                  featureSet: featureSet, clustersVersion: clustersVersion, tagStatistics: tagStatistics, stacked: nil, stackedFeatureSet: nil)
    }

    init(buckets: Int, quantized: [Int16], scale: Float, transitions: [Float], featureSet: String, clustersVersion: String,
         tagStatistics: NERTagStatistics?, stacked: Pass?, stackedFeatureSet: String?) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "buckets must be a power of two")
        let rows = buckets * NERTag.count, moves = (NERTag.count + 1) * NERTag.count
        precondition(quantized.count == rows && transitions.count == moves)
        precondition(stacked.map { $0.quantized.count == rows && $0.transitions.count == moves } ?? true, "the stacked pass has the same buckets")
        precondition((stacked == nil) == (stackedFeatureSet == nil), "a stacked pass names its feature set")
        self.buckets = buckets
        self.quantized = quantized
        self.scale = scale
        self.transitions = transitions
        self.featureSet = featureSet
        self.clustersVersion = clustersVersion
        self.tagStatistics = tagStatistics
        self.stacked = stacked
        self.stackedFeatureSet = stackedFeatureSet
    }

    /// This model with `second`'s weights as its stacked pass, whose features are `featureSet`.
    public func stacking(_ second: NERModel, featureSet: String) -> NERModel {
        NERModel(buckets: buckets, quantized: quantized, scale: scale, transitions: transitions, featureSet: self.featureSet,
                 clustersVersion: clustersVersion, tagStatistics: tagStatistics,
                 stacked: Pass(quantized: second.quantized, scale: second.scale, transitions: second.transitions),
                 stackedFeatureSet: featureSet)
    }

    /// This model with `transitions` instead of its own (the first pass's).
    public func with(transitions: [Float]) -> NERModel {
        NERModel(buckets: buckets, quantized: quantized, scale: scale, transitions: transitions, featureSet: featureSet,
                 clustersVersion: clustersVersion, tagStatistics: tagStatistics, stacked: stacked, stackedFeatureSet: stackedFeatureSet)
    }

    /// The model as a resource file; `notes` are extra header lines (training data, epochs, dev scores).
    public func resource(sources: [String], built: String, notes: [(key: String, value: String)]) -> BinaryResourceFile {
        var body: [UInt8] = []
        body.reserveCapacity(16 + transitions.count * 4 + quantized.count * 2)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { body += $0 } }
        append(UInt32(buckets))
        append(UInt32(NERTag.count))
        func append(_ pass: Pass) {
            append(pass.scale.bitPattern)
            for t in pass.transitions { append(t.bitPattern) }
            for q in pass.quantized { withUnsafeBytes(of: q.littleEndian) { body += $0 } }
        }
        append(Pass(quantized: quantized, scale: scale, transitions: transitions))
        append(stacked == nil ? 0 : 1)
        if let stacked { append(stacked) }
        body += (tagStatistics ?? NERTagStatistics(rows: [])).bytes
        let pass = "f32 scale, f32 transitions[(tags+1)*tags], i16 weights[buckets*tags] (× scale)"
        var fields: [(key: String, value: String)] = [
            ("features", featureSet), ("clusters", clustersVersion), ("buckets", String(buckets)),
            ("tags", NERTag.all.map(\.description).joined(separator: " ")),
            ("columns", "little-endian: u32 buckets, u32 tags, \(pass), u32 stacked passes (0 or 1), the stacked pass's \(pass), u32 words, per word u8 length, bytes, u32 seen, u32 tagged[tags-1]"),
        ]
        if let stackedFeatureSet { fields.append(("stacked-features", stackedFeatureSet)) }
        fields += notes
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
        let buckets = Int(u32(0)), tags = Int(u32(4))
        guard tags == NERTag.count else {
            throw MarsadError(.badResource, "the model has \(tags) tags, this Marsad has \(NERTag.count)", input: "ner")
        }
        guard buckets > 0, buckets & (buckets - 1) == 0 else {
            throw MarsadError(.badResource, "bucket count \(buckets) is not a power of two", input: "ner")
        }
        let transitionCount = (tags + 1) * tags
        let passBytes = 4 + transitionCount * 4 + buckets * tags * 2
        func pass(at start: Int) -> Pass {
            let transitions = (0..<transitionCount).map { Float(bitPattern: u32(start + 4 + $0 * 4)) }
            let weightsStart = start + 4 + transitionCount * 4
            let quantized = [Int16](unsafeUninitializedCapacity: buckets * tags) { out, count in
                body.withUnsafeBufferPointer { raw in
                    for i in 0..<(buckets * tags) {
                        let at = weightsStart + 2 * i
                        out[i] = Int16(bitPattern: UInt16(raw[at]) | UInt16(raw[at + 1]) << 8)
                    }
                }
                count = buckets * tags
            }
            return Pass(quantized: quantized, scale: Float(bitPattern: u32(start)), transitions: transitions)
        }
        guard body.count >= 8 + passBytes + 4 else {
            throw MarsadError(.badResource, "the body has \(body.count) bytes, expected at least \(8 + passBytes + 4)", input: "ner")
        }
        let passes = Int(u32(8 + passBytes))
        guard passes <= 1 else { throw MarsadError(.badResource, "\(passes) stacked passes; at most one is read", input: "ner") }
        let statisticsStart = 8 + passBytes + 4 + passes * passBytes
        guard body.count >= statisticsStart + 4 else {
            throw MarsadError(.badResource, "the body has \(body.count) bytes, expected at least \(statisticsStart + 4)", input: "ner")
        }
        let stackedFeatureSet = file.value("stacked-features")
        guard (passes == 1) == (stackedFeatureSet != nil) else {
            throw MarsadError(.badResource, "the header's `stacked-features` and the body's stacked passes disagree", input: "ner")
        }
        guard let statistics = NERTagStatistics(bytes: body[statisticsStart...]) else {
            throw MarsadError(.badResource, "the tag statistics after the weights are malformed", input: "ner")
        }
        let first = pass(at: 8)
        self.init(buckets: buckets, quantized: first.quantized, scale: first.scale, transitions: first.transitions,
                  featureSet: featureSet, clustersVersion: clusters, tagStatistics: statistics.count == 0 ? nil : statistics,
                  stacked: passes == 1 ? pass(at: 8 + passBytes + 4) : nil, stackedFeatureSet: stackedFeatureSet)
    }

    /// The weights as floats, `weights[bucket * NERTag.count + tag]`.
    public var weights: [Float] { quantized.map { Float($0) * scale }
    }
}
