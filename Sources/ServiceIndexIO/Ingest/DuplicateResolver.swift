import Foundation
import ServiceIndexCSV
import ServiceIndexCore

/// Keeps one record per dossier id, the most advanced (SPEC §3.3), and keeps the aggregates
/// counting exactly the kept records. Shared by all workers.
///
/// A new id is added to the caller's aggregate. A repeated id is compared with the record kept
/// so far (read again from its file); when the new record supersedes it, the old one is
/// subtracted and the new one added — in the caller's aggregate, which is fine because the
/// workers' aggregates are summed. The kept record is the maximum of a total order, so the
/// result depends neither on the order of files or rows nor on which worker saw what first.
///
/// The ids live in 64 shards by hash, each with its own lock, so workers rarely wait.
final class DuplicateResolver: @unchecked Sendable {
    private static let shardBits = 6
    private static let shardCount = 1 << shardBits
    /// Raw storage: the shards are reached on every row, without reference counting.
    private let shards: UnsafeMutablePointer<DossierIDIndex>
    private let locks: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        shards = .allocate(capacity: Self.shardCount)
        for shard in 0..<Self.shardCount { (shards + shard).initialize(to: DossierIDIndex(capacity: 1 << 10)) }
        locks = .allocate(capacity: Self.shardCount)
        for shard in 0..<Self.shardCount { pthread_mutex_init(locks + shard, nil) }
    }

    deinit {
        for shard in 0..<Self.shardCount {
            shards[shard].deallocate()
            pthread_mutex_destroy(locks + shard)
        }
        shards.deinitialize(count: Self.shardCount)
        shards.deallocate()
        locks.deallocate()
    }

    /// Distinct ids kept.
    var count: Int { (0..<Self.shardCount).reduce(0) { $0 + shards[$1].count } }

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
        let shard = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.shardBits))
        pthread_mutex_lock(locks + shard)
        // The common case, a tag never seen: no record to read again.
        if shards[shard].insertUnlessTagged(hash, at: location) {
            pthread_mutex_unlock(locks + shard)
            aggregate.add(row.dossier, weight: 1)
            return false
        }
        defer { pthread_mutex_unlock(locks + shard) }
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
        let isDuplicate = try shards[shard].firstMatch(row.idHash) { (slot, keptAt) throws(IngestError) in
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
        if let replaced { shards[shard].update(slot: replaced, to: location) }
        if isDuplicate { return true }
        shards[shard].insert(row.idHash, at: location)
        aggregate.add(row.dossier, weight: 1)
        return false
    }
}
