import Testing

@testable import ServiceIndexIngest

/// The byte-level UTF-8 check agrees with the standard library's on every kind of sequence.
@Suite struct UTF8ValidationTests {
    static let samples: [[UInt8]] = [
        [], Array("ascii only".utf8), Array("Sở Tư pháp Đắk Lắk".utf8), Array("😀 emoji".utf8),
        [0xC3, 0xA9], [0xC3], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
        [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0xFE, 0xFF], [0x80], [0x61, 0xE1, 0xBA], [0xE1, 0xBA, 0xA1, 0x62], [0xE2, 0x28, 0xA1],
    ]

    @Test(arguments: samples)
    func agreesWithTheStandardLibrary(_ bytes: [UInt8]) {
        let expected = String(validating: bytes, as: UTF8.self) != nil
        #expect(bytes.withUnsafeBufferPointer { TextValue.isValidUTF8($0) } == expected)
    }

    @Test func agreesOnRandomBytes() {
        var state: UInt64 = 0x1234_5678
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet: [UInt8] = [
            0x41, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90,
        ]
        for _ in 0..<20_000 {
            let bytes = (0..<Int(next() % 7)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { TextValue.isValidUTF8($0) } == expected, "\(bytes)")
        }
    }

    @Test func asciiCheckSeesANonASCIIByteAtEveryPositionOfEveryLength() {
        for length in 0...20 {
            let plain = [UInt8](repeating: 0x7F, count: length)
            #expect(plain.withUnsafeBufferPointer { TextValue.isASCII($0) }, "length \(length)")
            for position in 0..<length {
                var bytes = plain
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer { TextValue.isASCII($0) }, "length \(length), at \(position)")
            }
        }
    }
}
