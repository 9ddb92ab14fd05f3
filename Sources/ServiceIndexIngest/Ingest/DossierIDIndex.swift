import ServiceIndexCSV

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The set of distinct dossier ids seen so far, in 12 bytes a slot: a 32-bit tag from the id's
/// hash and where the kept record lies (file, line offset, records to skip). It never holds the
/// id itself: ids with the same tag are told apart by reading the kept record again, so the
/// index is exact without storing text (docs/architecture.md, Memory). Slots fill to 87.5 % before the table grows by
/// half, so an id costs 14–21 bytes.
///
/// A slot's three 32-bit words (tag, location low, location high) lie side by side, so a probe
/// touches one cache line. The storage is raw memory, freed by `deallocate()`: the index sits on
/// the path of every row, where reference counting and uniqueness checks showed in profiles.
/// It is mapped from the system directly, zero-filled on first touch, and unmapped when the
/// table grows: a table freed to `malloc` stayed in the process (glibc raises its mmap
/// threshold after such a free), which cost about 6 bytes per id in peak memory.
struct DossierIDIndex {
    /// Where a kept record lies.
    struct Location: Equatable {
        var file: Int
        var record: CSVRecordLocation
    }

    private static let wordsPerSlot = 3
    private static let maximumLoad = 0.875
    /// `capacity` slots of three words; a tag of 0 marks an empty slot.
    private var words: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    private var overflow: [Location] = []
    private(set) var count = 0

    init(capacity: Int = 1 << 10) {
        self.capacity = max(16, Int(Double(capacity) / Self.maximumLoad) + 1)
        words = Self.allocateSlots(self.capacity)
    }

    /// Frees the slots; the index must not be used afterwards.
    func deallocate() { Self.deallocateSlots(words, capacity) }

    /// Zeroed slots (a zero tag marks an empty slot).
    private static func allocateSlots(_ capacity: Int) -> UnsafeMutablePointer<UInt32> {
        let bytes = capacity * wordsPerSlot * MemoryLayout<UInt32>.stride
        guard let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            mapped != MAP_FAILED
        else { fatalError("out of memory: cannot map \(bytes) bytes for the dossier id index") }
        return mapped.bindMemory(to: UInt32.self, capacity: capacity * wordsPerSlot)
    }

    private static func deallocateSlots(_ words: UnsafeMutablePointer<UInt32>, _ capacity: Int) {
        munmap(words, capacity * wordsPerSlot * MemoryLayout<UInt32>.stride)
    }

    /// The tag of a 64-bit id hash: 32 of its middle bits, never 0 (0 marks an empty slot).
    static func tag(_ hash: UInt64) -> UInt32 {
        let tag = UInt32(truncatingIfNeeded: hash >> 24)
        return tag == 0 ? 1 : tag
    }

    /// The first slot to probe for a tag (multiply-shift: any table size works).
    @inline(__always)
    private func home(_ tag: UInt32) -> Int { Self.home(tag, capacity: capacity) }

    @inline(__always)
    private static func home(_ tag: UInt32, capacity: Int) -> Int { Int((UInt64(tag) &* UInt64(capacity)) >> 32) }

    /// Where the slots start and how many there are: what `firstProbe` needs, for callers that
    /// publish it to other threads.
    var slotsAddress: Int { Int(bitPattern: UnsafeRawPointer(words)) }
    var slotCount: Int { capacity }

    /// The address of `hash`'s first probe in a table at `slotsAddress` of `slotCount` slots.
    static func firstProbe(of hash: UInt64, slotsAddress: Int, slotCount: Int) -> UnsafeRawPointer? {
        let slot = home(tag(hash), capacity: slotCount)
        return UnsafeRawPointer(bitPattern: slotsAddress + slot * wordsPerSlot * MemoryLayout<UInt32>.stride)
    }

    @inline(__always)
    private func tag(at slot: Int) -> UInt32 { Self.tag(in: words, at: slot) }

    @inline(__always)
    private func value(at slot: Int) -> UInt64 { Self.value(in: words, at: slot) }

    @inline(__always)
    private static func tag(in words: UnsafeMutablePointer<UInt32>, at slot: Int) -> UInt32 {
        words[slot * wordsPerSlot]
    }

    @inline(__always)
    private static func value(in words: UnsafeMutablePointer<UInt32>, at slot: Int) -> UInt64 {
        UInt64(words[slot * wordsPerSlot + 1]) | UInt64(words[slot * wordsPerSlot + 2]) << 32
    }

    @inline(__always)
    private func store(_ tag: UInt32, _ value: UInt64, at slot: Int) {
        let base = slot * Self.wordsPerSlot
        words[base] = tag
        words[base + 1] = UInt32(truncatingIfNeeded: value)
        words[base + 2] = UInt32(truncatingIfNeeded: value >> 32)
    }

    /// Calls `body` with each slot holding `hash`'s tag and its location (more than one only on
    /// a tag collision) until it returns true; returns whether one did.
    func firstMatch(_ hash: UInt64, where body: (_ slot: Int, _ location: Location) throws(IngestError) -> Bool)
        throws(IngestError) -> Bool
    {
        let tag = Self.tag(hash)
        var slot = home(tag)
        while true {
            let found = self.tag(at: slot)
            if found == 0 { return false }
            if found == tag, try body(slot, unpack(value(at: slot))) { return true }
            slot += 1
            if slot == capacity { slot = 0 }
        }
    }

    /// Adds an id when no slot holds its tag and returns true; returns false, changing nothing,
    /// when one does (the id may be there: `firstMatch` tells).
    @inline(__always)
    mutating func insertUnlessTagged(_ hash: UInt64, at location: Location) -> Bool {
        if Double(count + 1) > Double(capacity) * Self.maximumLoad { grow() }
        let tag = Self.tag(hash)
        var slot = home(tag)
        while true {
            let found = self.tag(at: slot)
            if found == tag { return false }
            if found == 0 { break }
            slot += 1
            if slot == capacity { slot = 0 }
        }
        store(tag, pack(location), at: slot)
        count += 1
        return true
    }

    /// Adds an id known not to be present.
    mutating func insert(_ hash: UInt64, at location: Location) {
        if Double(count + 1) > Double(capacity) * Self.maximumLoad { grow() }
        place(Self.tag(hash), pack(location))
        count += 1
    }

    /// Points an existing slot at a new kept record.
    mutating func update(slot: Int, to location: Location) {
        store(tag(at: slot), pack(location), at: slot)
    }

    private func place(_ tag: UInt32, _ value: UInt64) {
        var slot = home(tag)
        while self.tag(at: slot) != 0 {
            slot += 1
            if slot == capacity { slot = 0 }
        }
        store(tag, value, at: slot)
    }

    private mutating func grow() {
        let old = words
        let oldCapacity = capacity
        capacity = oldCapacity + oldCapacity / 2
        words = Self.allocateSlots(capacity)
        for slot in 0..<oldCapacity where Self.tag(in: old, at: slot) != 0 {
            place(Self.tag(in: old, at: slot), Self.value(in: old, at: slot))
        }
        Self.deallocateSlots(old, oldCapacity)
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
