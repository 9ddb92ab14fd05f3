import ServiceIndexCore

/// Coordinates written for SVG: at most 2 decimals, no locale, trailing zeros dropped.
enum SVG {
    /// `12.5`, `180`, `0.25`.
    static func number(_ value: Double) -> String {
        var text = NumberFormat.fixed(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
