#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts bytes of an `InputEncoding` to UTF-8 with the C library's `iconv` (glibc's knows
/// `WINDOWS-1258` and `UTF-16LE`/`UTF-16BE`). The only file of the ingest that calls C for text.
///
/// A code unit that is not text in its encoding (an unpaired UTF-16 surrogate, a byte
/// Windows-1258 leaves undefined, a unit cut off by the end of a line) becomes one `0xFF` byte,
/// which is never UTF-8: the field holding it is rejected as `invalid_utf8` at its own line and
/// column, as a bad byte in a UTF-8 file is. Decoded text is normalised to NFC later, like any
/// other text (Windows-1258's base letter + combining tone mark included).
///
/// ```swift
/// let transcoder = try Transcoder(from: .windows1258)
/// var out: [UInt8] = []
/// transcoder.convert([0x6F, 0xD2], into: &out, isEnd: true)   // "ỏ"
/// ```
public final class Transcoder {
    public let encoding: InputEncoding
    private let descriptor: iconv_t
    /// Reused output buffer.
    private var scratch = [UInt8](repeating: 0, count: 1 << 12)

    /// The byte written for a unit that is not text.
    public static let invalidByte: UInt8 = 0xFF

    /// - Throws: `EncodingMismatch` when the C library cannot convert from `encoding`.
    public init(from encoding: InputEncoding) throws(EncodingMismatch) {
        self.encoding = encoding
        let opened = iconv_open("UTF-8", encoding.iconvName)
        guard Int(bitPattern: opened) != -1, let opened else {
            throw EncodingMismatch("this system's iconv cannot read \(encoding.rawValue)")
        }
        descriptor = opened
    }

    deinit { iconv_close(descriptor) }

    /// Appends the UTF-8 of `input` to `output`; returns the bytes of `input` consumed. Unless
    /// `isEnd`, a character cut off at the end of `input` is left unconsumed, to be passed again
    /// with the bytes that follow; with `isEnd` it is not text, and the converter's state is reset.
    @discardableResult
    public func convert(_ input: UnsafeRawBufferPointer, into output: inout [UInt8], isEnd: Bool) -> Int {
        guard let base = input.baseAddress, input.count > 0 else {
            if isEnd { flush(into: &output) }
            return 0
        }
        var inPointer = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        // Four UTF-8 bytes at most for each unit of two bytes, three for each byte of Windows-1258.
        if scratch.count < input.count * 3 + 16 { scratch = [UInt8](repeating: 0, count: input.count * 3 + 16) }
        while inLeft > 0 {
            var status = 0
            var failure: Int32 = 0
            let written = scratch.withUnsafeMutableBytes { raw -> Int in
                var outPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = raw.count
                var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                status = iconv(descriptor, &inOptional, &inLeft, &outPointer, &outLeft)
                failure = errno
                inPointer = inOptional!
                return raw.count - outLeft
            }
            output.append(contentsOf: scratch[..<written])
            guard status == -1 else { break }
            switch failure {
            case E2BIG:
                continue
            case EINVAL where !isEnd:
                return input.count - inLeft
            default:
                // EILSEQ, or EINVAL at the end: one unit that is not text, after what came before.
                let skipped = min(encoding.unitBytes, inLeft)
                flush(into: &output)
                output.append(Self.invalidByte)
                inPointer += skipped
                inLeft -= skipped
            }
        }
        if isEnd { flush(into: &output) }
        return input.count
    }

    /// `convert` over a byte array.
    @discardableResult
    public func convert(_ input: [UInt8], into output: inout [UInt8], isEnd: Bool) -> Int {
        input.withUnsafeBytes { convert($0, into: &output, isEnd: isEnd) }
    }

    /// Writes what the converter holds back (Windows-1258 waits for a tone mark after a base
    /// letter) and resets it.
    private func flush(into output: inout [UInt8]) {
        let written = scratch.withUnsafeMutableBytes { raw -> Int in
            var outPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
            var outLeft = raw.count
            _ = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            return raw.count - outLeft
        }
        output.append(contentsOf: scratch[..<written])
    }
}
