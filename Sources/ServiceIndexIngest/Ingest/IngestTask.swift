import ServiceIndexCSV
import ServiceIndexCore

/// One unit of ingest work for a worker thread.
enum IngestTask {
    /// A whole file: header, rows and digest, in one sequential pass.
    case wholeFile(file: Int)
    /// The data rows in `[start, end)` of a file whose header is already read; `end` is just
    /// after a line feed (or the end of the file). Lines are counted from 1 at `start`.
    case range(file: Int, start: Int64, end: Int64, isLast: Bool)
    /// The SHA-256 of a file that is parsed in ranges.
    case digest(file: Int)
}

/// What one task produced besides its tallies (which go to its worker's aggregate). Results of
/// several tasks add up (`Ingest.merge`).
final class IngestTaskResult {
    let task: IngestTask
    var rejects: [Reject] = []
    var rowsRead = 0
    /// Accepted rows whose id had been seen before.
    var duplicates = 0
    /// Line feeds consumed (a range task's lines are relative until merged).
    var lineFeeds = 0
    /// False when a range ended inside a record: its split point was inside a quoted field.
    var endsAtRecordBoundary = true
    var digest: String?
    var error: IngestError?
    /// The error was a CSV syntax error (the file is then read again in one piece, so the
    /// error reported is the one a sequential read meets first).
    var isSyntaxError = false

    init(task: IngestTask) {
        self.task = task
    }
}

/// One worker's tallies, summed over every task it runs: tallies add up in any order, so a
/// worker needs one aggregate, not one per task.
final class IngestWorker {
    var aggregate: DossierAggregate
    /// Buffers for the kept records this worker reads again.
    let rereads = RereadScratch()

    init(focus: ProvinceCode, grid: PeriodGrid) { aggregate = DossierAggregate(focus: focus, grid: grid) }
}

/// Runs tasks: the same row handling for whole files and ranges. Shared by the workers: its
/// files are only read (a file's header is set by the one task that reads that file whole).
struct IngestTaskRunner: @unchecked Sendable {
    let files: [InputFile]
    let focus: ProvinceCode
    let grid: PeriodGrid
    let resolver: DuplicateResolver
    /// Called with the bytes of every chunk read and the rows it completed (thread-safe).
    let chunkRead: @Sendable (Int64, Int) -> Void

    func run(_ task: IngestTask, worker: IngestWorker) -> IngestTaskResult {
        let result = IngestTaskResult(task: task)
        do throws(IngestError) {
            switch task {
            case .wholeFile(let index):
                try readWholeFile(files[index], into: result, worker: worker)
            case .range(let index, let start, let end, let isLast):
                try readRange(files[index], start: start, end: end, isLast: isLast, into: result, worker: worker)
            case .digest(let index):
                result.digest = try digest(of: files[index])
            }
        } catch {
            result.error = error
        }
        return result
    }

    private func readWholeFile(_ file: InputFile, into result: IngestTaskResult, worker: IngestWorker)
        throws(IngestError)
    {
        let tokenizer = file.tokenizer()
        worker.rereads.reading = (file.index, tokenizer)
        defer { worker.rereads.reading = nil }
        var hash = InputDigest()
        var parser: RowParser? = nil
        let hints = resolver.hints
        try stream(file, from: 0, to: file.identity.size, tokenizer: tokenizer, result: result) { chunk, isFirst in
            hash.update(chunk)
            return isFirst ? file.dialect.byteOrderMarkLength : 0
        } visit: { record in
            guard parser != nil else {
                try file.mapHeader(record)
                parser = file.rowParser()
                return
            }
            try handle(record, parser: &parser!, file: file, result: result, worker: worker, hints: hints)
        }
        guard parser != nil else { throw IngestError(.data, file: file.path, "the file is empty: no header row") }
        result.digest = hash.hex
    }

    private func readRange(
        _ file: InputFile, start: Int64, end: Int64, isLast: Bool, into result: IngestTaskResult, worker: IngestWorker
    ) throws(IngestError) {
        let tokenizer = file.tokenizer(startingAt: start)
        worker.rereads.reading = (file.index, tokenizer)
        defer { worker.rereads.reading = nil }
        var parser = file.rowParser()
        let hints = resolver.hints
        try stream(file, from: start, to: end, tokenizer: tokenizer, result: result, finish: isLast) { _, _ in
            0
        } visit: {
            record in
            try handle(record, parser: &parser, file: file, result: result, worker: worker, hints: hints)
        }
        if !isLast { result.endsAtRecordBoundary = tokenizer.isAtRecordBoundary }
        result.lineFeeds = tokenizer.lineFeedsRead
    }

    /// Feeds `[start, end)` of a file through a tokenizer, mapping every error to the file, then
    /// checks that the file did not change while it was read (which, when it did, explains any
    /// other error the read met). `prepare` sees each raw chunk and returns how many leading
    /// bytes to skip (the BOM).
    private func stream(
        _ file: InputFile, from start: Int64, to end: Int64, tokenizer: CSVTokenizer, result: IngestTaskResult,
        finish: Bool = true, prepare: (UnsafeRawBufferPointer, Bool) -> Int,
        visit: (CSVRecordView) throws -> Void
    ) throws(IngestError) {
        let reader: CSVFileReader
        do { reader = try CSVFileReader(path: file.path) } catch {
            throw file.changeError(because: "\(error)")
        }
        let bytesRead: Int64
        do {
            let transcoding = try file.transcodingFeed(from: max(start, Int64(file.dialect.byteOrderMarkLength)))
            var isFirst = true
            bytesRead = try reader.forEachChunk(from: start, to: end) { chunk in
                let skip = prepare(chunk, isFirst)
                let rowsBefore = result.rowsRead
                try tokenizer.feed(
                    UnsafeRawBufferPointer(rebasing: chunk[min(skip, chunk.count)...]), via: transcoding, visit)
                chunkRead(Int64(chunk.count), result.rowsRead - rowsBefore)
                if isFirst { TestHook.reach(.chunkRead) }
                isFirst = false
            }
            if result.task.isRange { TestHook.reach(.rangeRead) }
            if finish { try tokenizer.finish(via: transcoding, visit) }
        } catch {
            try file.checkUnchanged(readBy: reader)
            switch error {
            case let error as IngestError: throw error
            case let error as CSVSyntaxError:
                result.isSyntaxError = true
                throw file.error(error)
            default: throw IngestError(.io, file: file.path, "\(error)")
            }
        }
        try file.checkUnchanged(readBy: reader, read: (bytesRead, end - start))
    }

    /// One data record: a reject, or an accepted row through the duplicate check.
    private func handle(
        _ record: CSVRecordView, parser: inout RowParser, file: InputFile, result: IngestTaskResult,
        worker: IngestWorker, hints: DossierIDHints
    ) throws(IngestError) {
        result.rowsRead += 1
        let row: RowParser.Row
        do throws(Reject) {
            row = try parser.parseRow(record, textFor: focus, identified: hints.prefetch)
        } catch {
            result.rejects.append(error)
            return
        }
        let acceptance = try resolver.accept(
            row, of: record, at: DossierIDIndex.Location(file: file.index, record: record.location), files: files,
            focus: focus, scratch: worker.rereads)
        acceptance.count(row.dossier, into: &worker.aggregate)
        if acceptance.isDuplicate { result.duplicates += 1 }
    }

    /// The SHA-256 of a file read in ranges, of the bytes it held when opened.
    private func digest(of file: InputFile) throws(IngestError) -> String {
        var hash = InputDigest()
        let reader: CSVFileReader
        do { reader = try CSVFileReader(path: file.path) } catch {
            throw file.changeError(because: "\(error)")
        }
        let bytesRead: Int64
        do {
            bytesRead = try reader.forEachChunk(to: file.identity.size) { hash.update($0) }
        } catch {
            try file.checkUnchanged(readBy: reader)
            throw IngestError(.io, file: file.path, "read failed: \(error)")
        }
        try file.checkUnchanged(readBy: reader, read: (bytesRead, file.identity.size))
        return hash.hex
    }
}
