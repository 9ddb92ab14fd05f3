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
    /// Only when the id's tag is in the index is more read: the kept record, from the worker's
    /// tokenizer when it still holds it (a repeat that follows its kept record), else again from
    /// its file (with the worker's `scratch`). It stays when its fields are those of the row's
    /// `record` byte for byte, else is parsed with its text built for `focus` only, as the row's. Only when two
    /// records of one id tie on their times and status are both parsed with every text field.
    /// (Text built for more provinces than the focus province changes nothing in an aggregate.)
    /// - Throws: `IngestError` when the kept record's file changed since it was read.
    @inline(__always)
    func accept(
        _ row: RowParser.Row, of record: CSVRecordView, at location: DossierIDIndex.Location, files: [InputFile],
        focus: ProvinceCode, scratch: RereadScratch
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
        return try resolve(row, of: record, at: location, in: shard, files: files, focus: focus, scratch: scratch)
    }

    /// What a kept record with the row's tag is to the row.
    private enum Comparison {
        /// A record of another id (the tags collide).
        case otherID
        /// The record of the row's id, which the row supersedes.
        case superseded(Dossier)
        /// The record of the row's id, which stays.
        case stays
    }

    /// Compares a row with each kept record of its id's tag: a record of another id is passed
    /// over; a record of the same id makes the row a duplicate, and the more advanced of the
    /// two is kept.
    @inline(never)
    private func resolve(
        _ row: RowParser.Row, of record: CSVRecordView, at location: DossierIDIndex.Location, in shard: Int,
        files: [InputFile], focus: ProvinceCode, scratch: RereadScratch
    ) throws(IngestError) -> DossierAcceptance {
        let index = shards.index(shard)
        var outcome = DossierAcceptance.first
        var replacedSlot: Int? = nil
        _ = try index.pointee.firstMatch(row.idHash) { (slot, keptAt) throws(IngestError) in
            let comparison = try compare(
                row, of: record, at: location, with: keptAt, files: files, focus: focus, scratch: scratch)
            switch comparison {
            case .otherID:
                return false
            case .superseded(let kept):
                outcome = .duplicateReplacing(kept)
                replacedSlot = slot
            case .stays:
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

    /// What the kept record at `keptAt` is to the row: read from the worker's tokenizer when it
    /// still holds it (a repeat that follows its kept record), else read again from its file.
    private func compare(
        _ row: RowParser.Row, of record: CSVRecordView, at location: DossierIDIndex.Location,
        with keptAt: DossierIDIndex.Location, files: [InputFile], focus: ProvinceCode, scratch: RereadScratch
    ) throws(IngestError) -> Comparison {
        let keptFile = files[keptAt.file]
        // Records of two files read alike only when their columns lie in the same places.
        let sameLayout = keptAt.file == location.file || keptFile.header == files[location.file].header
        func judge(_ keptRecord: CSVRecordView, _ parser: inout RowParser) -> Comparison? {
            // The same record again (an export taken twice): the one kept stays.
            if sameLayout, keptRecord.hasSameFields(as: record) { return .stays }
            guard let kept = try? parser.parseRow(keptRecord, textFor: focus) else { return nil }
            return decide(
                row, of: record, at: location, against: kept, of: keptRecord, parser: &parser, files: files,
                scratch: scratch)
        }
        if let recent = scratch.withRecentRecord(at: keptAt, of: keptFile, judge), let comparison = recent {
            return comparison
        }
        return try keptFile.reread(keptAt.record, scratch: scratch, judge)
    }

    /// The duplicate rule between a row and a kept record parsed as `kept` (its text built as
    /// the row's); nil when a record no longer parses.
    private func decide(
        _ row: RowParser.Row, of record: CSVRecordView, at location: DossierIDIndex.Location,
        against kept: RowParser.Row, of keptRecord: CSVRecordView, parser: inout RowParser, files: [InputFile],
        scratch: RereadScratch
    ) -> Comparison? {
        guard kept.id.matches(row.id) else { return .otherID }
        if let decided = kept.dossier.isSupersededByTimes(row.dossier) {
            return decided ? .superseded(kept.dossier) : .stays
        }
        // A tie on times and status: the whole records decide, text included.
        guard case .success(let whole) = parser.parse(keptRecord) else { return nil }
        // The row parsed before; parsing it again with its text cannot fail.
        let wholeRow = scratch.withRowParser(for: files[location.file]) { (try? $0.parse(record).get()) ?? row.dossier }
        return whole.isSuperseded(by: wholeRow) ? .superseded(kept.dossier) : .stays
    }
}
