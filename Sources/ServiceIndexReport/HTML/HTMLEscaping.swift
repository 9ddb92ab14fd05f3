/// Escaping and element helpers for `report.html`, written as XHTML-compatible HTML5.
///
/// Every text that reaches the page goes through `HTML.escape`: province, unit and procedure
/// names come from data and may hold markup characters. The page must also parse as XML, so
/// characters XML forbids (C0 controls other than TAB, LF and CR; U+FFFE, U+FFFF) become U+FFFD.
///
/// ```swift
/// HTML.escape("Sở <Tư pháp> & \"Nội vụ\"")
/// // "Sở &lt;Tư pháp&gt; &amp; &quot;Nội vụ&quot;"
/// ```
enum HTML {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in element
    /// content and in double-quoted attribute values alike.
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Attributes as written: ` name="value"` for each pair, values escaped, in the given order.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// An element around markup that is already escaped.
    ///
    /// ```swift
    /// HTML.element("td", ["class": "num"], "1.234")   // <td class="num">1.234</td>
    /// ```
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ inner: String) -> String {
        "<\(name)\(Self.attributes(attributes))>\(inner)</\(name)>"
    }

    /// An element around plain text, which it escapes.
    static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    /// A void element, self-closed so the page also parses as XML: `<meta charset="utf-8"/>`.
    static func void(_ name: String, _ attributes: [(String, String)] = []) -> String {
        "<\(name)\(Self.attributes(attributes))/>"
    }

    /// A class attribute from class names, skipping empty ones.
    static func classes(_ names: String...) -> (String, String) {
        ("class", names.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
