/// The normalised text of the values a row parser has met that need Unicode normalisation
/// (names written decomposed, or outside the ranges `TextValue.isSimple` knows): an export
/// repeats a few hundred unit and procedure names, and normalising one through the Unicode
/// tables costs as much as parsing a whole row. Entries are found by the bytes' hash and
/// compared byte for byte, so a hit is always the same text.
struct NormalizedTextCache {
    /// Entries kept at most: past this, values are normalised without being kept.
    static let capacity = 4_096
    private var entries: [UInt64: (bytes: [UInt8], text: String?)] = [:]

    /// `TextValue.normalized(bytes)`, from the cache when the same bytes were normalised before.
    mutating func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let core = TextValue.trimmed(bytes)
        guard !core.isEmpty else { return nil }
        if TextValue.isSimple(core) { return TextValue.collapsingSpaces(core) }
        let key = IdentifierHash.of(core)
        if let entry = entries[key], entry.bytes.elementsEqual(core) { return entry.text }
        let text = TextValue.unicodeNormalized(core)
        if entries.count < Self.capacity { entries[key] = (Array(core), text) }
        return text
    }
}
