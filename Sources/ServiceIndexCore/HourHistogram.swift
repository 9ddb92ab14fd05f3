/// Dossiers by processing time in whole hours: dense for the first 4,096 hours (about 170
/// days, 32-bit counts), sparse beyond. The dense part grows by doubling up to the longest time
/// seen, so that a histogram per month and province stays small.
struct HourHistogram: Sendable {
    private static let denseHours = 4096
    private var dense: [Int32] = []
    private var sparse: [Int64: Int64] = [:]

    mutating func add(hours: Int64, _ weight: Int64) {
        if hours >= 0 && hours < Int64(Self.denseHours) {
            if hours >= dense.count {
                let size = min(Self.denseHours, max(256, dense.count * 2, Int(hours) + 1))
                dense.append(contentsOf: repeatElement(0, count: size - dense.count))
            }
            dense[Int(hours)] += Int32(weight)
        } else {
            sparse[hours, default: 0] += weight
            if sparse[hours] == 0 { sparse[hours] = nil }
        }
    }

    mutating func merge(_ other: HourHistogram) {
        for (hours, count) in other.counts { add(hours: hours, count) }
    }

    /// Hours → dossiers, zero counts left out.
    var counts: [Int64: Int64] {
        var result = sparse
        for (hours, count) in dense.enumerated() where count != 0 { result[Int64(hours)] = Int64(count) }
        return result
    }
}
