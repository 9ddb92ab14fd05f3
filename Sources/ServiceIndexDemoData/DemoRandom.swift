/// The demo generator's pseudo-random numbers: xoshiro256** seeded through SplitMix64.
///
/// Swift's `SystemRandomNumberGenerator` and `Hasher` change from run to run; this generator
/// gives the same sequence for the same seed on every platform and every release, so the demo
/// data is byte-identical for a seed.
///
/// ```swift
/// var random = DemoRandom(seed: 766)
/// random.below(10)   // the same number in 0..<10 every run
/// ```
struct DemoRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator; `stream` separates independent sequences drawn from one seed.
    init(seed: UInt64, stream: UInt64 = 0) {
        var mixer = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15)
        func splitMix(_ state: inout UInt64) -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(&mixer)
        s1 = splitMix(&mixer)
        s2 = splitMix(&mixer)
        s3 = splitMix(&mixer)
    }

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A number in `0..<bound` (Lemire's multiply-shift; the tiny bias does not matter here).
    ///
    /// - Parameter bound: the exclusive upper bound, at least 1.
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `0..<1`, with 53 random bits.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    @inline(__always)
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A number in `range`.
    @inline(__always)
    mutating func between(_ lower: Int64, _ upper: Int64) -> Int64 {
        lower + Int64(below(Int(upper - lower) + 1))
    }

    @inline(__always)
    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}
