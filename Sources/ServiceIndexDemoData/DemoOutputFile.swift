import ServiceIndexCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One export file being written: a byte buffer that goes to disk in large blocks.
///
/// Rows are built byte by byte into the buffer (no `String` per field) and written with `fwrite`
/// whenever a mebibyte has gathered. A caller reserves room for a whole row with `reserve(_:)`
/// and then appends without further checks.
///
/// ```swift
/// let file = try DemoOutputFile(path: "/tmp/x.csv", name: "x.csv")
/// try file.reserve(64)
/// file.append(Array("a;b\r\n".utf8))
/// try file.close()
/// ```
final class DemoOutputFile {
    /// The file's name inside the output directory.
    let name: String
    /// The data rows written so far (bad rows and duplicates included).
    var rows = 0

    private let path: String
    private var handle: UnsafeMutablePointer<FILE>?
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    /// The most a caller may append after one `reserve(_:)`.
    static let maximumReservation = 8_192
    private static let blockSize = 1 << 20

    /// Creates (or truncates) the file.
    ///
    /// Calls `fopen`.
    /// - Throws: `DemoDataError` when the file cannot be created.
    init(path: String, name: String) throws(DemoDataError) {
        guard let handle = fopen(path, "wb") else {
            throw DemoDataError("cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        self.handle = handle
        self.path = path
        self.name = name
        capacity = Self.blockSize + Self.maximumReservation
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        if let handle { fclose(handle) }
        buffer.deallocate()
    }

    /// Makes room for `byteCount` more bytes, writing the buffer out when it is full.
    ///
    /// - Parameter byteCount: at most `maximumReservation`.
    @inline(__always)
    func reserve(_ byteCount: Int) throws(DemoDataError) {
        precondition(byteCount <= Self.maximumReservation)
        if count + byteCount > capacity { try flush() }
    }

    /// Writes the buffered bytes to the file.
    ///
    /// Calls `fwrite`.
    func flush() throws(DemoDataError) {
        guard count > 0, let handle else { return }
        if fwrite(buffer, 1, count, handle) != count {
            throw DemoDataError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        count = 0
    }

    /// Flushes and closes the file.
    ///
    /// Calls `fclose`.
    func close() throws(DemoDataError) {
        try flush()
        guard let handle else { return }
        self.handle = nil
        if fclose(handle) != 0 {
            throw DemoDataError("cannot close '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    // MARK: Appending (after `reserve`)

    @inline(__always)
    func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { source in
            (buffer + count).update(from: source.baseAddress!, count: source.count)
        }
        count += bytes.count
    }

    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count byteCount: Int) {
        (buffer + count).update(from: source, count: byteCount)
        count += byteCount
    }

    /// Two decimal digits, zero-padded.
    @inline(__always)
    func appendTwoDigits(_ value: Int) {
        buffer[count] = 0x30 + UInt8(truncatingIfNeeded: value / 10)
        buffer[count + 1] = 0x30 + UInt8(truncatingIfNeeded: value % 10)
        count += 2
    }

    /// A non-negative number in decimal, zero-padded to `width` digits.
    @inline(__always)
    func appendNumber(_ value: Int, width: Int = 1) {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let total = max(digits, width)
        var remaining = value
        var index = count + total - 1
        while index >= count {
            buffer[index] = 0x30 + UInt8(truncatingIfNeeded: remaining % 10)
            remaining /= 10
            index -= 1
        }
        count += total
    }

    /// A number of tenths as a decimal: `25` → `2.5`, `30` → `3`.
    @inline(__always)
    func appendTenths(_ tenths: Int) {
        appendNumber(tenths / 10)
        if tenths % 10 != 0 {
            append(0x2E)
            append(0x30 + UInt8(truncatingIfNeeded: tenths % 10))
        }
    }

    /// A local time as `yyyyMMddHHmmss` (DVCQG).
    @inline(__always)
    func appendCompactDateTime(_ localSeconds: Int64) {
        let (year, month, day, second) = Self.split(localSeconds)
        appendNumber(year, width: 4)
        appendTwoDigits(month)
        appendTwoDigits(day)
        appendTwoDigits(second / 3600)
        appendTwoDigits(second / 60 % 60)
        appendTwoDigits(second % 60)
    }

    /// A local time as `yyyy-MM-dd HH:mm:ss`.
    @inline(__always)
    func appendDashedDateTime(_ localSeconds: Int64) {
        let (year, month, day, second) = Self.split(localSeconds)
        appendNumber(year, width: 4)
        append(0x2D)
        appendTwoDigits(month)
        append(0x2D)
        appendTwoDigits(day)
        appendTimeOfDay(second)
    }

    /// A local time as `dd/MM/yyyy HH:mm:ss`, or `dd/MM/yyyy` when `dateOnly`.
    @inline(__always)
    func appendSlashedDateTime(_ localSeconds: Int64, dateOnly: Bool = false) {
        let (year, month, day, second) = Self.split(localSeconds)
        appendTwoDigits(day)
        append(0x2F)
        appendTwoDigits(month)
        append(0x2F)
        appendNumber(year, width: 4)
        if dateOnly { return }
        appendTimeOfDay(second)
    }

    /// ` HH:mm:ss` for a second of the day.
    @inline(__always)
    private func appendTimeOfDay(_ second: Int) {
        append(0x20)
        appendTwoDigits(second / 3600)
        append(0x3A)
        appendTwoDigits(second / 60 % 60)
        append(0x3A)
        appendTwoDigits(second % 60)
    }

    /// A local time's year, month, day and second of the day.
    @inline(__always)
    static func split(_ localSeconds: Int64) -> (Int, Int, Int, Int) {
        let days = localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400
        let second = Int(localSeconds - days * 86_400)
        let offset = Int(days - calendarFirstDay)
        if offset >= 0 && offset < calendar.count {
            let date = calendar[offset]
            return (date.year, date.month, date.day, second)
        }
        let date = CivilDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day, second)
    }

    /// The first day of `calendar`: 2000-01-01, in days since the epoch.
    private static let calendarFirstDay: Int64 = 10_957

    /// Every date from 2000 to 2059, packed, so that writing a date needs no calendar arithmetic.
    private static let calendar: [PackedDate] = (0..<21_915).map { offset in
        PackedDate(CivilDate(daysSinceEpoch: calendarFirstDay + Int64(offset)))
    }

    /// A date in 32 bits: `year << 9 | month << 5 | day`.
    struct PackedDate {
        private let bits: Int32

        init(_ date: CivilDate) { bits = Int32(date.year << 9 | date.month << 5 | date.day) }

        var year: Int { Int(bits >> 9) }
        var month: Int { Int((bits >> 5) & 15) }
        var day: Int { Int(bits & 31) }
    }
}

extension DemoOutputFile {
    /// Appends string `id` of `arena` (after `reserve`).
    @inline(__always)
    func append(_ id: Int32, of arena: DemoByteArena) {
        append(arena.start(id), count: arena.count(id))
    }
}
