import ServiceIndexCSV
import ServiceIndexCore

/// A dossier id read from a record: the hash of its normalised form, and the text on demand.
struct Identifier {
    let hash: UInt64
    let bytes: UnsafeBufferPointer<UInt8>
    let normalized: String?

    /// The normalised id (built only when asked for).
    func text() -> String { normalized ?? String(decoding: bytes, as: UTF8.self) }

    /// Whether two ids are the same once normalised: their bytes, when both were read as they
    /// stand (ASCII without white space), else their normalised text.
    func matches(_ other: Identifier) -> Bool {
        guard hash == other.hash else { return false }
        if normalized == nil && other.normalized == nil { return bytes.elementsEqual(other.bytes) }
        return text() == other.text()
    }
}
