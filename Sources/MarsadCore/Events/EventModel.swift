import Foundation

/// The event sentence classifier's weights (`events.model`): one logistic regression per
/// PLOVER type it scores, over hashed features, with the decision threshold chosen when
/// it was trained (by cross-validation inside the training data).
public struct EventModel: Sendable {
    /// The format of `events.model` this build reads.
    public static let format = 1
    /// The feature set the weights belong to; a model of another set is refused.
    public static let featureSet = "events-10"

    /// The types the model scores, in the order of its weight blocks.
    public let types: [PloverType]
    /// The number of hashed feature buckets per type (a power of two).
    public let buckets: Int
    /// `types.count × buckets` weights.
    public let weights: [Float]
    /// The probability at or above which a candidate of `types[i]` is kept.
    public let thresholds: [Double]
    /// The version of the word clusters whose groups the weights read (nil: the model reads
    /// no groups).
    public let clustersVersion: String?

    public init(types: [PloverType], buckets: Int, weights: [Float], thresholds: [Double], clustersVersion: String? = nil) {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0 && weights.count == types.count * buckets && thresholds.count == types.count)
        self.types = types
        self.buckets = buckets
        self.weights = weights
        self.thresholds = thresholds
        self.clustersVersion = clustersVersion
    }

    /// The block of `type`, or nil when the model does not score it.
    public func block(of type: PloverType) -> Int? { types.firstIndex(of: type) }

    /// The probability that a candidate of block `block` with `features` reports a real event.
    public func probability(block: Int, _ features: [UInt32]) -> Double {
        let base = block * buckets, mask = UInt32(buckets - 1)
        var z: Float = 0
        weights.withUnsafeBufferPointer { w in
            for f in features { z += w[base + Int(f & mask)] }
        }
        return 1 / (1 + exp(-Double(z)))
    }

    /// The model as a binary resource: float32 weights, little-endian.
    public func resource(sources: [String], built: String, notes: [(key: String, value: String)]) -> BinaryResourceFile {
        var body: [UInt8] = []
        body.reserveCapacity(weights.count * 4)
        for w in weights { withUnsafeBytes(of: w.bitPattern.littleEndian) { body += $0 } }
        let fields: [(key: String, value: String)] = [
            ("features", Self.featureSet), ("types", types.map(\.rawValue).joined(separator: ",")),
            ("buckets", String(buckets)), ("thresholds", thresholds.map { String(format: "%.4f", $0) }.joined(separator: ",")),
        ] + (clustersVersion.map { [("clusters", $0)] } ?? []) + notes
        return BinaryResourceFile(name: "events", format: Self.format, builtBy: "marsad train events", sources: sources,
                                  built: built, fields: fields, body: body)
    }

    /// Reads a model from its resource; one of another format or feature set is refused.
    public init(resource file: BinaryResourceFile) throws(MarsadError) {
        guard file.format == Self.format, file.value("features") == Self.featureSet else {
            throw MarsadError(.badResource, "model format \(file.format) with features \(file.value("features") ?? "?"), but this Marsad reads format \(Self.format) with \(Self.featureSet); retrain it with `marsad train events`", input: "events")
        }
        guard let typeList = file.value("types"), let bucketText = file.value("buckets"), let buckets = Int(bucketText),
              let thresholdList = file.value("thresholds") else {
            throw MarsadError(.badResource, "the header lacks types, buckets or thresholds", input: "events")
        }
        var types: [PloverType] = []
        for name in typeList.split(separator: ",") {
            guard let type = PloverType(rawValue: String(name)) else {
                throw MarsadError(.badResource, "unknown PLOVER type ‘\(name)’", input: "events")
            }
            types.append(type)
        }
        let thresholds = thresholdList.split(separator: ",").compactMap { Double($0) }
        let body = file.body
        guard buckets > 0, buckets & (buckets - 1) == 0, thresholds.count == types.count, body.count == types.count * buckets * 4 else {
            throw MarsadError(.badResource, "the body does not hold \(types.count) × \(buckets) weights", input: "events")
        }
        var weights = [Float](repeating: 0, count: types.count * buckets)
        for i in weights.indices {
            let at = i * 4
            weights[i] = Float(bitPattern: UInt32(body[at]) | UInt32(body[at + 1]) << 8 | UInt32(body[at + 2]) << 16 | UInt32(body[at + 3]) << 24)
        }
        self.init(types: types, buckets: buckets, weights: weights, thresholds: thresholds, clustersVersion: file.value("clusters"))
    }
}
