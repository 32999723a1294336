import MarsadCore
import Testing

/// The error `body` throws, or nil if it returns (and an issue if it throws another kind).
public func caught<T>(_ body: () throws -> T) -> MarsadError? {
    do {
        _ = try body()
        return nil
    } catch let error as MarsadError {
        return error
    } catch {
        Issue.record("expected a MarsadError, got \(error)")
        return nil
    }
}
