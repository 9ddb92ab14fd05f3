import ServiceIndexCSV
import ServiceIndexCore

/// The 64-bit hash of a normalised dossier id, the same whether it is computed from the bytes of
/// an ASCII id or from a normalised string. It lives only in memory (the id index and its
/// shards), so it may change between versions.
///
/// Eight bytes at a time: each word is mixed in with a multiply and a shift; a tail shorter
/// than a word is read as the last eight bytes (overlapping the word before) or, in an id
/// shorter than eight bytes, byte by byte. The length goes into the seed, and a final
/// avalanche (MurmurHash3's) spreads every input bit over the tag and the slot bits.
enum IdentifierHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            if count < 8 {
                var word: UInt64 = 0
                for index in 0..<count { word |= UInt64(base[index]) << (8 * UInt64(index)) }
                hash = mix(hash, word)
            } else {
                var index = 0
                while index + 8 <= count {
                    hash = mix(hash, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    index += 8
                }
                if index < count { hash = mix(hash, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
            }
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }

    static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of($0) }
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        return mixed ^ (mixed >> 31)
    }
}
