/// A series' dense window as raw memory, valid only inside `TallySeries.withDenseWindow`.
struct DenseWindow {
    let base: UnsafeMutablePointer<Int64>?
    let start: Int
    let count: Int

    /// Adds `value` to `counter` at `quarter`; false, adding nothing, for a quarter outside.
    @inline(__always)
    func add(_ counter: Tally.Counter, at quarter: Int, _ value: Int64) -> Bool {
        let slot = quarter - start
        guard let base, slot >= 0, slot < count else { return false }
        base[slot * TallySeries.width + counter.rawValue] &+= value
        return true
    }
}
