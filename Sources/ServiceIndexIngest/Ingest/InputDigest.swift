import Crypto

/// The SHA-256 of an input file, streamed: `run.json` names every input by its digest,
/// computed in the same pass that parses it (swift-crypto, BoringSSL's SHA-NI code).
///
/// ```swift
/// var digest = InputDigest()
/// digest.update(Array("abc".utf8))
/// digest.hex   // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct InputDigest {
    private var hasher = SHA256()

    public init() {}

    /// Adds bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    /// Adds bytes.
    public mutating func update(_ bytes: [UInt8]) { hasher.update(data: bytes) }

    /// Lower-case hexadecimal digest of everything added.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(
            decoding: hasher.finalize().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }
}
