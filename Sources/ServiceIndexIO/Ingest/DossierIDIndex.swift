import ServiceIndexCSV

/// The set of distinct dossier ids seen so far, in 16 bytes a slot: a 64-bit hash of the id and
/// where the kept record lies (file, line offset, records to skip). It never holds the id
/// itself: two ids with the same hash are told apart by reading the kept record again, so the
/// index is exact without storing text (SPEC §9).
struct DossierIDIndex {
    /// Where a kept record lies.
    struct Location: Equatable {
        var file: Int
        var record: CSVRecordLocation
    }

    private var hashes: [UInt64]
    private var packed: [UInt64]
    private var overflow: [Location] = []
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 4 / 3 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        packed = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The bytes the index occupies.
    var memoryFootprint: Int { (hashes.capacity + packed.capacity) * 8 + overflow.capacity * 24 }

    /// Calls `body` with each slot holding `hash` and its location (more than one only on a hash
    /// collision) until it returns true; returns whether one did.
    func firstMatch(_ hash: UInt64, where body: (_ slot: Int, _ location: Location) throws(IngestError) -> Bool)
        throws(IngestError) -> Bool
    {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, try body(slot, unpack(packed[slot])) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Adds an id known not to be present.
    mutating func insert(_ hash: UInt64, at location: Location) {
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while hashes[slot] != 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        packed[slot] = pack(location)
        count += 1
    }

    /// Points an existing slot at a new kept record.
    mutating func update(slot: Int, to location: Location) {
        packed[slot] = pack(location)
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldPacked = packed
        hashes = Array(repeating: 0, count: oldHashes.count * 2)
        packed = Array(repeating: 0, count: oldHashes.count * 2)
        mask = hashes.count - 1
        for index in oldHashes.indices where oldHashes[index] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[index]) & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[index]
            packed[slot] = oldPacked[index]
        }
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
