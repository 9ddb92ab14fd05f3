/// Decimal rounding, half away from zero, the one way every figure is rounded when written.
///
/// Full-precision values are binary doubles; a value meant as 1.005 may be stored as
/// 1.00499999999999989. Rounding first to 9 decimals (far below any published precision and far
/// above a double's error on these magnitudes) recovers the decimal the arithmetic meant, so
/// ties round as a person computing by hand would.
///
/// ```swift
/// Rounding.scaled(1.005, decimals: 2)   // 101
/// Rounding.scaled(-2.5, decimals: 0)    // -3
/// ```
public enum Rounding {
    /// The value × 10^decimals, rounded half away from zero to an integer.
    public static func scaled(_ value: Double, decimals: Int) -> Int64 {
        precondition((0...9).contains(decimals))
        let nanos = (value * 1e9).rounded(.toNearestOrAwayFromZero)
        guard nanos.magnitude < 9e18 else { return value < 0 ? Int64.min : Int64.max }
        let exact = Int64(nanos)
        var divisor: Int64 = 1
        for _ in 0..<(9 - decimals) { divisor *= 10 }
        let half = divisor / 2
        return exact >= 0 ? (exact + half) / divisor : -((-exact + half) / divisor)
    }

    /// The value rounded to 2 decimals, as hundredths: the unit of ranking.
    public static func cents(_ value: Double) -> Int64 { scaled(value, decimals: 2) }
}
