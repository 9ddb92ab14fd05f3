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
    private var shards: [DossierIDIndex]
    private let locks: [NSLock]

    init() {
        shards = (0..<(1 << Self.shardBits)).map { _ in DossierIDIndex(capacity: 1 << 10) }
        locks = (0..<(1 << Self.shardBits)).map { _ in NSLock() }
    }

    /// Distinct ids kept.
    var count: Int { shards.reduce(0) { $0 + $1.count } }

    /// Takes an accepted row found at `location`; `complete` parses it with every text field,
    /// called only when its id hash has been seen before. Returns true when the id was seen
    /// before (the row is a duplicate, whichever record is kept).
    func accept(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, files: [InputFile],
        into aggregate: inout DossierAggregate, complete: () -> Dossier
    ) throws(IngestError) -> Bool {
        let hash = row.idHash
        let shard = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.shardBits))
        locks[shard].lock()
        defer { locks[shard].unlock() }
        var full: Dossier? = nil
        var replaced: Int? = nil
        let isDuplicate = try shards[shard].firstMatch(hash) { (slot, keptAt) throws(IngestError) in
            let kept = try files[keptAt.file].reread(keptAt.record)
            let dossier = full ?? complete()
            full = dossier
            guard kept.id == dossier.id else { return false }
            if kept.isSuperseded(by: dossier) {
                aggregate.add(kept, weight: -1)
                aggregate.add(dossier, weight: 1)
                replaced = slot
            }
            return true
        }
        if let replaced { shards[shard].update(slot: replaced, to: location) }
        if isDuplicate { return true }
        shards[shard].insert(hash, at: location)
        aggregate.add(row.dossier, weight: 1)
        return false
    }
}
