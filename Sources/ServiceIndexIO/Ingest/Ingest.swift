import ServiceIndexCSV
import ServiceIndexCore

/// Reads every input in one streaming pass: CSV records → validated dossiers (or rejects) →
/// duplicates resolved → counted into a `DossierAggregate`.
///
/// ```swift
/// let result = try Ingest.run(paths: ["exports/"], options: IngestOptions())
/// result.reconciliation.isBalanced   // always true
/// ```
public enum Ingest {
    /// Reads the files (directories expanded, SPEC §3.1).
    /// - Parameter progress: called after every chunk (1 MiB) with the bytes read so far, the
    ///   bytes of all inputs and the rows read so far.
    /// - Throws: `IngestError` for the first file-level problem; nothing is returned then.
    public static func run(
        paths arguments: [String], options: IngestOptions,
        progress: ((_ bytesRead: Int64, _ totalBytes: Int64, _ rows: Int) -> Void)? = nil
    ) throws(IngestError) -> IngestResult {
        let paths = try InputExpansion.files(for: arguments)
        var files: [InputFile] = []
        for (index, path) in paths.enumerated() {
            files.append(try InputFile(index: index, path: path, options: options))
        }
        let state = IngestState(focus: options.focus)
        var bytesSoFar: Int64 = 0
        let totalBytes = files.reduce(0) { $0 + $1.reader.size }
        for file in files {
            try state.read(file, files: files) { chunk, rows in
                bytesSoFar += chunk
                progress?(bytesSoFar, totalBytes, rows)
            }
        }
        return state.result()
    }
}

/// The mutable state of one read.
final class IngestState {
    var aggregate: DossierAggregate
    var resolver = DuplicateResolver()
    var rejects: [Reject] = []
    var reconciliation = Reconciliation()
    var inputs: [InputSummary] = []

    init(focus: ProvinceCode) { aggregate = DossierAggregate(focus: focus) }

    /// Streams one file.
    func read(_ file: InputFile, files: [InputFile], chunkRead: (Int64, Int) -> Void) throws(IngestError) {
        let tokenizer = file.tokenizer()
        var hash = InputDigest()
        var parser: RowParser? = nil
        var rows = 0
        var failure: IngestError? = nil
        let visit: (CSVRecordView) throws -> Void = { record in
            guard parser != nil else {
                try file.readHeader(record)
                parser = file.rowParser()
                return
            }
            rows += 1
            switch parser!.parseRow(record, textFor: self.aggregate.focus) {
            case .failure(let reject):
                self.rejects.append(reject)
            case .success(let row):
                try self.resolver.accept(
                    row, at: DossierIDIndex.Location(file: file.index, record: record.location),
                    files: files, into: &self.aggregate
                ) {
                    // The row parsed before; parsing it again with its text cannot fail.
                    (try? parser!.parse(record).get()) ?? row.dossier
                }
            }
        }
        do {
            var isFirst = true
            try file.reader.forEachChunk { chunk in
                hash.update(chunk)
                let body = isFirst
                    ? UnsafeRawBufferPointer(rebasing: chunk[min(file.dialect.byteOrderMarkLength, chunk.count)...])
                    : chunk
                isFirst = false
                try tokenizer.feed(body, visit)
                chunkRead(Int64(chunk.count), self.reconciliation.rowsRead + rows)
            }
            try tokenizer.finish(visit)
        } catch let error as IngestError {
            failure = error
        } catch let error as CSVSyntaxError {
            failure = file.error(error)
        } catch let error as CSVFileError {
            failure = IngestError(.io, file: file.path, "\(error)")
        } catch {
            failure = IngestError(.io, file: file.path, "\(error)")
        }
        if let failure { throw failure }
        guard parser != nil else {
            throw IngestError(.data, file: file.path, "the file is empty: no header row")
        }
        reconciliation.rowsRead += rows
        inputs.append(
            InputSummary(
                path: file.path, bytes: file.reader.size, sha256: hash.hex, rows: rows,
                delimiter: file.dialect.delimiter, unknownColumns: file.header?.unknownColumns ?? []))
    }

    func result() -> IngestResult {
        var reconciliation = self.reconciliation
        reconciliation.rejected = rejects.count
        reconciliation.duplicates = resolver.duplicates
        reconciliation.accepted = resolver.index.count
        let sortedRejects = rejects.sorted { a, b in
            a.file != b.file ? Self.pathLess(a.file, b.file) : a.line < b.line
        }
        return IngestResult(
            aggregate: aggregate, rejects: sortedRejects, reconciliation: reconciliation,
            inputs: inputs.sorted { Self.pathLess($0.path, $1.path) })
    }

    static func pathLess(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
