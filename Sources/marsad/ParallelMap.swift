import Foundation

/// Maps `items` through `transform` on `threads` threads and returns the results in order.
func parallelMap<T: Sendable, R: Sendable>(_ items: [T], threads: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard threads > 1, items.count > 1 else { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    let workers = min(threads, items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for i in stride(from: worker, to: items.count, by: workers) { slots.set(i, transform(items[i])) }
    }
    return slots.values()
}

/// Result slots that threads fill at distinct indices.
private final class Slots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    /// Each index is set by exactly one thread.
    func set(_ i: Int, _ value: R) { storage[i] = value }

    func values() -> [R] { (0..<count).map { storage[$0]! } }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
