import Foundation
import ServiceIndexCSV
import ServiceIndexCore
import Synchronization

/// Keeps one record per dossier id, the most advanced (docs/methodology.md, Duplicates), and keeps the aggregates
/// counting exactly the kept records. Shared by all workers.
///
/// A new id is added to the caller's aggregate. A repeated id is compared with the record kept
/// so far (read again from its file); when the new record supersedes it, the old one is
/// subtracted and the new one added — in the caller's aggregate, which is fine because the
/// workers' aggregates are summed. The kept record is the maximum of a total order, so the
/// result depends neither on the order of files or rows nor on which worker saw what first.
///
/// The ids live in 64 shards by hash, each with its own lock, so workers rarely wait.
///
/// A worker calls `hints.prefetch` as soon as it has read a row's id, and `accept` once the row
/// is parsed: by then the slot the id hashes to is in the cache (a probe was the costliest miss
/// of the row). For that, each shard publishes its table's address and size in atomics that
/// `prefetch` reads without the lock; a pair read while the table grows gives a useless hint,
/// never a wrong result.
final class DuplicateResolver: @unchecked Sendable {
    private static let shardBits = 6
    private static let shardCount = 1 << shardBits
    /// Each shard's index, then its lock, on cache lines of their own: workers updating
    /// neighbouring shards would otherwise pass lines back and forth.
    private static let lineBytes = 64
    private static let shardBytes = 2 * lineBytes
    /// Raw storage: the shards are reached on every row, without reference counting.
    private let storage: UnsafeMutableRawPointer
    /// Per shard: its table's address and slot count, as last published (read-mostly, apart
    /// from the lines the shards write).
    private let published: UnsafeMutablePointer<Atomic<Int>>

    init() {
        precondition(MemoryLayout<DossierIDIndex>.size <= Self.lineBytes)
        precondition(MemoryLayout<pthread_mutex_t>.size <= Self.lineBytes)
        storage = .allocate(byteCount: Self.shardCount * Self.shardBytes, alignment: Self.lineBytes)
        for shard in 0..<Self.shardCount {
            (storage + shard * Self.shardBytes).initializeMemory(
                as: DossierIDIndex.self, repeating: DossierIDIndex(capacity: 1 << 10), count: 1)
            let lock = (storage + shard * Self.shardBytes + Self.lineBytes).initializeMemory(
                as: pthread_mutex_t.self, repeating: pthread_mutex_t(), count: 1)
            pthread_mutex_init(lock, nil)
        }
        published = .allocate(capacity: 2 * Self.shardCount)
        for shard in 0..<Self.shardCount {
            (published + 2 * shard).initialize(to: Atomic(index(shard).pointee.slotsAddress))
            (published + 2 * shard + 1).initialize(to: Atomic(index(shard).pointee.slotCount))
        }
    }

    deinit {
        for shard in 0..<Self.shardCount {
            index(shard).pointee.deallocate()
            index(shard).deinitialize(count: 1)
            pthread_mutex_destroy(lock(shard))
        }
        storage.deallocate()
        published.deinitialize(count: 2 * Self.shardCount)
        published.deallocate()
    }

    /// The shard of an id hash.
    @inline(__always)
    static func shard(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - shardBits)) }

    /// What `prefetch` reads, for a task to hold: a plain value, so that no reference to the
    /// shared resolver is counted per row.
    var hints: DossierIDHints { DossierIDHints(published: published) }

    /// Publishes a shard's table after it grew (called under the shard's lock).
    @inline(__always)
    private func publishIfGrown(_ shard: Int) {
        let table = index(shard)
        guard published[2 * shard + 1].load(ordering: .relaxed) != table.pointee.slotCount else { return }
        published[2 * shard].store(table.pointee.slotsAddress, ordering: .relaxed)
        published[2 * shard + 1].store(table.pointee.slotCount, ordering: .relaxed)
    }

    @inline(__always)
    private func index(_ shard: Int) -> UnsafeMutablePointer<DossierIDIndex> {
        (storage + shard * Self.shardBytes).assumingMemoryBound(to: DossierIDIndex.self)
    }

    @inline(__always)
    private func lock(_ shard: Int) -> UnsafeMutablePointer<pthread_mutex_t> {
        (storage + shard * Self.shardBytes + Self.lineBytes).assumingMemoryBound(to: pthread_mutex_t.self)
    }

    /// Distinct ids kept.
    var count: Int { (0..<Self.shardCount).reduce(0) { $0 + index($1).pointee.count } }

    /// Takes an accepted row found at `location`. Returns true when the id was seen before (the
    /// row is a duplicate, whichever record is kept).
    ///
    /// Only when the id's tag is in the index is more read: the kept record, again; `identify`,
    /// the row's normalised id; and `complete`, the row with every text field, needed only when
    /// two records of one id tie on their times and status. (Text built for more provinces than
    /// the focus province changes nothing in an aggregate.)
    @inline(__always)
    func accept(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, files: [InputFile],
        into aggregate: inout DossierAggregate, identify: () -> String, complete: () -> Dossier
    ) throws(IngestError) -> Bool {
        let hash = row.idHash
        let shard = Self.shard(of: hash)
        pthread_mutex_lock(lock(shard))
        // The common case, a tag never seen: no record to read again.
        if index(shard).pointee.insertUnlessTagged(hash, at: location) {
            publishIfGrown(shard)
            pthread_mutex_unlock(lock(shard))
            aggregate.add(row.dossier, weight: 1)
            return false
        }
        defer { pthread_mutex_unlock(lock(shard)) }
        publishIfGrown(shard)
        return try resolve(
            row, at: location, in: shard, files: files, into: &aggregate,
            identify: identify, complete: complete)
    }

    /// Compares a row with each kept record of its id's tag: a record of another id is passed
    /// over; a record of the same id makes the row a duplicate, and the more advanced of the
    /// two is kept.
    @inline(never)
    private func resolve(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, in shard: Int, files: [InputFile],
        into aggregate: inout DossierAggregate, identify: () -> String, complete: () -> Dossier
    ) throws(IngestError) -> Bool {
        var id: String? = nil
        var replaced: Int? = nil
        let isDuplicate = try index(shard).pointee.firstMatch(row.idHash) { (slot, keptAt) throws(IngestError) in
            // Read whole (every text field): a tie on times and status compares the text.
            let kept = try files[keptAt.file].reread(keptAt.record)
            let rowID = id ?? identify()
            id = rowID
            guard kept.id == rowID else { return false }
            let isSuperseded = kept.isSupersededByTimes(row.dossier) ?? kept.isSuperseded(by: complete())
            if isSuperseded {
                aggregate.add(kept, weight: -1)
                aggregate.add(row.dossier, weight: 1)
                replaced = slot
            }
            return true
        }
        if let replaced { index(shard).pointee.update(slot: replaced, to: location) }
        if isDuplicate { return true }
        index(shard).pointee.insert(row.idHash, at: location)
        publishIfGrown(shard)
        aggregate.add(row.dossier, weight: 1)
        return false
    }
}

/// Each shard's table address and size as its resolver last published them: enough to start
/// fetching the slot an id will be probed at, before the row is parsed and accepted.
struct DossierIDHints: @unchecked Sendable {
    /// Per shard: the table's address, then its slot count. Owned by the resolver, which
    /// outlives every task.
    let published: UnsafeMutablePointer<Atomic<Int>>

    /// Starts fetching the slot `DuplicateResolver.accept` will probe first for an id hash. A
    /// hint: it changes no result, even when read while the table grows.
    @inline(__always)
    func prefetch(_ hash: UInt64) {
        let shard = DuplicateResolver.shard(of: hash)
        let slotsAddress = published[2 * shard].load(ordering: .relaxed)
        let slotCount = published[2 * shard + 1].load(ordering: .relaxed)
        if let probe = DossierIDIndex.firstProbe(of: hash, slotsAddress: slotsAddress, slotCount: slotCount) {
            MemoryHint.prefetchForWriting(probe)
        }
    }
}
