import Foundation

/// A piece of text ready to be written as a CSV field: in NFC and in NFD, quoted for a comma
/// or a semicolon file as RFC 4180 requires.
///
/// Built once per generation, so the hot loop only copies bytes.
///
/// ```swift
/// let text = DemoText("Sở Tư pháp,\nPhòng Hộ tịch")
/// text.field(delimiter: UInt8(ascii: ","), decomposed: false)   // "\"Sở Tư pháp,\nPhòng Hộ tịch\""
/// text.field(delimiter: UInt8(ascii: ";"), decomposed: true)    // quoted too (it holds a newline), NFD
/// ```
struct DemoText {
    private let fields: [[UInt8]]

    /// Prepares `text` (any normalisation form) for both delimiters and both forms.
    init(_ text: String) {
        let composed = text.precomposedStringWithCanonicalMapping
        let decomposed = text.decomposedStringWithCanonicalMapping
        fields = [
            Self.quoted(composed, delimiter: 0x2C), Self.quoted(composed, delimiter: 0x3B),
            Self.quoted(decomposed, delimiter: 0x2C), Self.quoted(decomposed, delimiter: 0x3B),
        ]
    }

    /// The field bytes for a file with `delimiter` (`,` or `;`), in NFD when `decomposed`.
    @inline(__always)
    func field(delimiter: UInt8, decomposed: Bool) -> [UInt8] {
        fields[(decomposed ? 2 : 0) + (delimiter == 0x3B ? 1 : 0)]
    }

    /// Whether the NFD form differs from the NFC form (the text has marks to decompose).
    var hasDecomposedForm: Bool { fields[0] != fields[2] }

    /// The UTF-8 bytes of `text`, quoted when it holds the delimiter, a quote, CR or LF.
    static func quoted(_ text: String, delimiter: UInt8) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return bytes
        }
        var result: [UInt8] = [0x22]
        for byte in bytes {
            result.append(byte)
            if byte == 0x22 { result.append(0x22) }
        }
        result.append(0x22)
        return result
    }
}
