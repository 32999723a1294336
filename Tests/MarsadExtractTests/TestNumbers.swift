/// A fixed-seed stream of pseudo-random whole numbers in −1000…1000 (a 64-bit linear
/// congruential generator's high bits), for weights and scores the tests need many of.
struct TestNumbers {
    var state: UInt64

    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 40) % 2001 - 1000
    }
}
