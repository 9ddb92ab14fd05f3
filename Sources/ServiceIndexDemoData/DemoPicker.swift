/// Draws an index with probability proportional to its weight.
///
/// ```swift
/// let picker = DemoPicker(weights: [3, 1])
/// var random = DemoRandom(seed: 1)
/// picker.pick(&random)   // 0 three times in four, 1 otherwise
/// ```
struct DemoPicker {
    private let cumulative: [Double]

    /// Creates a picker over non-negative weights with a positive sum.
    init(weights: [Double]) {
        precondition(!weights.isEmpty)
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
        precondition(running > 0)
    }

    /// The number of choices.
    var count: Int { cumulative.count }

    /// An index in `0..<count`.
    ///
    /// - Complexity: O(log count).
    @inline(__always)
    func pick(_ random: inout DemoRandom) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
