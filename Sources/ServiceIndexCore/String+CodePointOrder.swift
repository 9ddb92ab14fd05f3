extension String {
    /// True when the string sorts before `other` by Unicode code point, the order every sorted
    /// list of text in the tool follows (docs/methodology.md, Duplicates). Swift's `<` on
    /// strings compares by canonical equivalence and differs from it.
    ///
    /// ```swift
    /// "Z".precedesByCodePoint("a")   // true
    /// ```
    public func precedesByCodePoint(_ other: String) -> Bool {
        unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars) { $0.value < $1.value }
    }
}
