import ServiceIndexCSV
import ServiceIndexCore

/// Keeps one record per dossier id, the most advanced (SPEC §3.3), and keeps the aggregate
/// counting exactly the kept records.
///
/// A new id is added to the aggregate. A repeated id is compared with the record kept so far
/// (read again from its file); when the new record supersedes it, the old one is subtracted
/// and the new one added. The kept record is the maximum of a total order, so the result does
/// not depend on the order of files or rows.
struct DuplicateResolver {
    private(set) var index = DossierIDIndex()
    private(set) var duplicates = 0

    /// Takes an accepted row found at `location`; `complete` parses it with every text field,
    /// called only when its id hash has been seen before.
    mutating func accept(
        _ row: RowParser.Row, at location: DossierIDIndex.Location, files: [InputFile],
        into aggregate: inout DossierAggregate, complete: () -> Dossier
    ) throws(IngestError) {
        let hash = row.idHash
        var full: Dossier? = nil
        var replaced: (slot: Int, location: DossierIDIndex.Location)? = nil
        let isDuplicate = try index.firstMatch(hash) { (slot, keptAt) throws(IngestError) in
            let kept = try files[keptAt.file].reread(keptAt.record)
            let dossier = full ?? complete()
            full = dossier
            guard kept.id == dossier.id else { return false }
            if kept.isSuperseded(by: dossier) {
                aggregate.add(kept, weight: -1)
                aggregate.add(dossier, weight: 1)
                replaced = (slot, location)
            }
            return true
        }
        if let replaced { index.update(slot: replaced.slot, to: replaced.location) }
        if isDuplicate {
            duplicates += 1
            return
        }
        index.insert(hash, at: location)
        aggregate.add(row.dossier, weight: 1)
    }
}
