import ServiceIndexCore

/// The fast path of province resolution: a one- or two-digit code or a DVCQG code read straight
/// from the bytes, without building a string. Names go through `ProvinceRegistry.resolve`.
enum ProvinceBytes {
    /// Today's unit for every number 0…99 read as a code (pre-merger codes mapped).
    private static let byNumber: [ProvinceCode?] = (0..<100).map { number in
        ProvinceRegistry.standard.resolve(String(number)).map(\.code)
    }

    /// The unit for every DVCQG number `H00`…`H99`.
    private static let byDVCQG: [ProvinceCode?] = (0..<100).map { number in
        ProvinceRegistry.standard.resolve(number < 10 ? "H0\(number)" : "H\(number)").map(\.code)
    }

    /// The unit for a code or DVCQG code; nil when the bytes are neither (or unknown).
    static func code(_ bytes: UnsafeBufferPointer<UInt8>) -> ProvinceCode? {
        switch bytes.count {
        case 1:
            guard bytes[0] &- 0x30 < 10 else { return nil }
            return byNumber[Int(bytes[0] &- 0x30)]
        case 2:
            guard bytes[0] &- 0x30 < 10, bytes[1] &- 0x30 < 10 else { return nil }
            return byNumber[Int(bytes[0] &- 0x30) * 10 + Int(bytes[1] &- 0x30)]
        case 3:
            guard bytes[0] | 0x20 == UInt8(ascii: "h"), bytes[1] &- 0x30 < 10, bytes[2] &- 0x30 < 10 else { return nil }
            return byDVCQG[Int(bytes[1] &- 0x30) * 10 + Int(bytes[2] &- 0x30)]
        default:
            return nil
        }
    }
}
