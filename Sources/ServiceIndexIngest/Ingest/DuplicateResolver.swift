import ServiceIndexCSV
import ServiceIndexCore

/// Keeps one record per dossier id, the most advanced (docs/methodology.md, Duplicates). Shared
/// by all workers.
///
/// A new id is kept. A repeated id is compared with the record kept so far (read again from its
/// file); when the new record supersedes it, the new one is kept in its place. The kept record is
/// the maximum of a total order, so the result depends neither on the order of files or rows nor
/// on which worker saw what first. The ids live in `DossierIDShards`; each shard publishes its
/// table when it grows (`PublishedIDTables`) for the workers' prefetch hints.
final class DuplicateResolver: @unchecked Sendable {
    private let shards = DossierIDShards()
    private let tables: PublishedIDTables

    init() { tables = PublishedIDTables(shards) }

    /// The hints a task holds to prefetch the slot an id will be probed at.
    var hints: DossierIDHints { tables.hints }

    /// Distinct ids kept.
    var count: Int { shards.idCount }

    /// Takes an accepted row found at `location`, and says what that did to the records kept.
    ///
    /// Only when the id's tag is in the index is more read: the kept record, again; `identify`,
    /// the row's normalised id; and `complete`, the row with every text field, needed only when
    /// two records of one id tie on their times and status. (Text built for more provinces than
    /// the focus province changes nothing in an aggregate.)
    /// - Throws: `IngestError` when the kept record's file changed since it was read.
    @inline(__always)
    func accept(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, files: [InputFile],
        identify: () -> String, complete: () -> Dossier
    ) throws(IngestError) -> DossierAcceptance {
        let hash = row.idHash
        let shard = DossierIDShards.shard(of: hash)
        let index = shards.index(shard)
        shards.lock(shard)
        // The common case, a tag never seen: no record to read again.
        if index.pointee.insertUnlessTagged(hash, at: location) {
            tables.publishIfGrown(shard, index)
            shards.unlock(shard)
            return .first
        }
        defer { shards.unlock(shard) }
        tables.publishIfGrown(shard, index)
        return try resolve(row, at: location, in: shard, files: files, identify: identify, complete: complete)
    }

    /// Compares a row with each kept record of its id's tag: a record of another id is passed
    /// over; a record of the same id makes the row a duplicate, and the more advanced of the
    /// two is kept.
    @inline(never)
    private func resolve(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, in shard: Int, files: [InputFile],
        identify: () -> String, complete: () -> Dossier
    ) throws(IngestError) -> DossierAcceptance {
        let index = shards.index(shard)
        var id: String? = nil
        var outcome = DossierAcceptance.first
        var replacedSlot: Int? = nil
        _ = try index.pointee.firstMatch(row.idHash) { (slot, keptAt) throws(IngestError) in
            // Read whole (every text field): a tie on times and status compares the text.
            let kept = try files[keptAt.file].reread(keptAt.record)
            let rowID = id ?? identify()
            id = rowID
            guard kept.id == rowID else { return false }
            if kept.isSupersededByTimes(row.dossier) ?? kept.isSuperseded(by: complete()) {
                outcome = .duplicateReplacing(kept)
                replacedSlot = slot
            } else {
                outcome = .duplicateKept
            }
            return true
        }
        if let replacedSlot { index.pointee.update(slot: replacedSlot, to: location) }
        if !outcome.isDuplicate {
            index.pointee.insert(row.idHash, at: location)
            tables.publishIfGrown(shard, index)
        }
        return outcome
    }
}
