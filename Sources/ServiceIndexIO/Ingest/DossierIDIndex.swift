import ServiceIndexCSV

/// The set of distinct dossier ids seen so far, in 12 bytes a slot: a 32-bit tag from the id's
/// hash and where the kept record lies (file, line offset, records to skip). It never holds the
/// id itself: ids with the same tag are told apart by reading the kept record again, so the
/// index is exact without storing text (SPEC §9). Slots fill to 87.5 % before the table grows by
/// half, so an id costs 14–21 bytes.
struct DossierIDIndex {
    /// Where a kept record lies.
    struct Location: Equatable {
        var file: Int
        var record: CSVRecordLocation
    }

    private static let maximumLoad = 0.875
    private var tags: [UInt32]
    private var packed: [UInt64]
    private var overflow: [Location] = []
    private(set) var count = 0

    init(capacity: Int = 1 << 10) {
        let size = max(16, Int(Double(capacity) / Self.maximumLoad) + 1)
        tags = Array(repeating: 0, count: size)
        packed = Array(repeating: 0, count: size)
    }

    /// The tag of a 64-bit id hash: 32 of its middle bits, never 0 (0 marks an empty slot).
    static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 24)
        return tag == 0 ? 1 : tag
    }

    /// The first slot to probe for a tag (multiply-shift: any table size works).
    @inline(__always)
    private func home(_ tag: UInt32) -> Int { Int((UInt64(tag) &* UInt64(tags.count)) >> 32) }

    /// Calls `body` with each slot holding `hash`'s tag and its location (more than one only on
    /// a tag collision) until it returns true; returns whether one did.
    func firstMatch(_ hash: UInt64, where body: (_ slot: Int, _ location: Location) throws(IngestError) -> Bool)
        throws(IngestError) -> Bool
    {
        let tag = Self.tag(hash)
        var slot = home(tag)
        while tags[slot] != 0 {
            if tags[slot] == tag, try body(slot, unpack(packed[slot])) { return true }
            slot += 1
            if slot == tags.count { slot = 0 }
        }
        return false
    }

    /// Adds an id known not to be present.
    mutating func insert(_ hash: UInt64, at location: Location) {
        if Double(count + 1) > Double(tags.count) * Self.maximumLoad { grow() }
        place(Self.tag(hash), pack(location))
        count += 1
    }

    /// Points an existing slot at a new kept record.
    mutating func update(slot: Int, to location: Location) {
        packed[slot] = pack(location)
    }

    private mutating func place(_ tag: UInt32, _ value: UInt64) {
        var slot = home(tag)
        while tags[slot] != 0 {
            slot += 1
            if slot == tags.count { slot = 0 }
        }
        tags[slot] = tag
        packed[slot] = value
    }

    private mutating func grow() {
        let oldTags = tags
        let oldPacked = packed
        let size = tags.count + tags.count / 2
        tags = Array(repeating: 0, count: size)
        packed = Array(repeating: 0, count: size)
        for index in oldTags.indices where oldTags[index] != 0 { place(oldTags[index], oldPacked[index]) }
    }

    // file: 16 bits | line offset: 40 bits | skip: 7 bits; top bit set: index into `overflow`.
    private mutating func pack(_ location: Location) -> UInt64 {
        let offset = location.record.lineOffset
        if location.file < 1 << 16, offset >= 0, offset < 1 << 40, location.record.skip < 1 << 7 {
            return UInt64(location.file) << 47 | UInt64(offset) << 7 | UInt64(location.record.skip)
        }
        overflow.append(location)
        return 1 << 63 | UInt64(overflow.count - 1)
    }

    private func unpack(_ value: UInt64) -> Location {
        if value >> 63 == 1 { return overflow[Int(value & ~(1 << 63))] }
        return Location(
            file: Int(value >> 47),
            record: CSVRecordLocation(lineOffset: Int64((value >> 7) & ((1 << 40) - 1)), skip: Int(value & 0x7F)))
    }
}
