import ServiceIndexCSV
import ServiceIndexCore

/// The 64-bit hash of a normalised dossier id (FNV-1a over its UTF-8, finished with a mix), the
/// same whether it is computed from the bytes of an ASCII id or from a normalised string.
enum IdentifierHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 29
        return hash == 0 ? 1 : hash
    }

    static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of($0) }
    }
}
