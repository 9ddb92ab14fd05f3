import ServiceIndexCSV
import TestSupport
import Testing

@testable import ServiceIndexIngest

/// A location that tells its id apart: file `n % 3`, offset `n * 1_000`, skip `n % 5`.
private func location(_ n: Int) -> DossierIDIndex.Location {
    DossierIDIndex.Location(file: n % 3, record: CSVRecordLocation(lineOffset: Int64(n) * 1_000, skip: n % 5))
}

/// A hash with the given 32-bit tag (bits 24…55) and other bits from `salt`.
private func hash(tag: UInt32, salt: UInt64) -> UInt64 {
    UInt64(tag) << 24 | (salt & 0xFF_FFFF) | (salt >> 24) << 56
}

/// A well-mixed 64-bit value of `n` (SplitMix64's finaliser).
private func mixed(_ n: Int) -> UInt64 { SplitMix64.mix(UInt64(n) &* 0x9E37_79B9_7F4A_7C15) }

/// Every location `firstMatch` offers for a hash.
private func matches(_ index: DossierIDIndex, _ hash: UInt64) -> [DossierIDIndex.Location] {
    var found: [DossierIDIndex.Location] = []
    _ = try? index.firstMatch(hash) { _, location in
        found.append(location)
        return false
    }
    return found
}

@Suite("Dossier id index")
struct DossierIDIndexTests {
    @Test("every id inserted is found at its location after many growths; unknown tags find nothing")
    func growthKeepsEveryEntry() {
        var index = DossierIDIndex(capacity: 16)
        defer { index.deallocate() }
        var inserted: [(UInt64, DossierIDIndex.Location)] = []
        for n in 0..<20_000 {
            let hash = mixed(n)
            guard matches(index, hash).isEmpty else { continue }  // a repeated tag: not a new id here
            let isNew = index.insertUnlessTagged(hash, at: location(n))
            #expect(isNew)
            inserted.append((hash, location(n)))
        }
        #expect(index.count == inserted.count)
        #expect(index.slotCount > inserted.count, "the table grew past its first 19 slots")
        for (hash, expected) in inserted { #expect(matches(index, hash) == [expected]) }
        #expect(matches(index, hash(tag: 0x1234_5678, salt: 1)).isEmpty)
    }

    @Test("ids sharing a tag live side by side: insertUnlessTagged refuses, insert adds, firstMatch offers each")
    func sharedTags() {
        var index = DossierIDIndex()
        defer { index.deallocate() }
        let first = hash(tag: 42, salt: 1)
        let second = hash(tag: 42, salt: 2)
        let firstIsNew = index.insertUnlessTagged(first, at: location(1))
        let secondIsNew = index.insertUnlessTagged(second, at: location(2))
        #expect(firstIsNew)
        #expect(!secondIsNew, "the tag is there: the caller must compare")
        #expect(index.count == 1)
        index.insert(second, at: location(2))
        #expect(matches(index, first) == [location(1), location(2)])
        var stopped: [DossierIDIndex.Location] = []
        let found = try? index.firstMatch(second) { _, offered in
            stopped.append(offered)
            return offered == location(2)
        }
        #expect(found == true && stopped == [location(1), location(2)])
    }

    @Test("update points a slot at a new record; locations too large to pack round-trip")
    func updateAndOverflow() throws {
        var index = DossierIDIndex()
        defer { index.deallocate() }
        let big = [
            DossierIDIndex.Location(file: 70_000, record: CSVRecordLocation(lineOffset: 5, skip: 0)),
            DossierIDIndex.Location(file: 1, record: CSVRecordLocation(lineOffset: 1 << 41, skip: 0)),
            DossierIDIndex.Location(file: 1, record: CSVRecordLocation(lineOffset: 9, skip: 300)),
        ]
        for (n, place) in big.enumerated() {
            let isNew = index.insertUnlessTagged(hash(tag: UInt32(100 + n), salt: 0), at: place)
            #expect(isNew)
        }
        for (n, place) in big.enumerated() { #expect(matches(index, hash(tag: UInt32(100 + n), salt: 0)) == [place]) }
        var slot: Int? = nil
        _ = try index.firstMatch(hash(tag: 100, salt: 0)) { found, _ in
            slot = found
            return true
        }
        index.update(slot: try #require(slot), to: location(7))
        #expect(matches(index, hash(tag: 100, salt: 0)) == [location(7)])
    }

    @Test("the first probe a hint points at is the slot probed first")
    func firstProbeIsTheHomeSlot() throws {
        var index = DossierIDIndex()
        defer { index.deallocate() }
        let lone = hash(tag: 0xABCD_EF01, salt: 3)
        let isNew = index.insertUnlessTagged(lone, at: location(3))
        #expect(isNew)
        var probedSlot: Int? = nil
        _ = try index.firstMatch(lone) { slot, _ in
            probedSlot = slot
            return true
        }
        let address = try #require(
            DossierIDIndex.firstProbe(of: lone, slotsAddress: index.slotsAddress, slotCount: index.slotCount))
        #expect(address == UnsafeRawPointer(bitPattern: index.slotsAddress + 12 * (try #require(probedSlot))))
    }
}
