import ServiceIndexCSV

/// Cuts the inputs into tasks for the worker threads.
///
/// A small file, or one transcoded from another encoding, is one task. A large file (with more
/// than one worker) is read in byte ranges, each starting at a line feed that a short
/// look-ahead shows to be a record boundary (the next few lines tokenize cleanly with the
/// header's field count), plus one task for its digest. A wrong guess — a line feed inside a
/// quoted field — is caught when the ranges are put back together (`Ingest`), and the file is
/// then read again whole: the cut points never change the result.
enum IngestPlan {
    /// The tasks for these files, in the order workers should take them: digests first (they
    /// are sequential), then the largest files. Files of `splitBytes` or more are cut into
    /// ranges of at least half that, up to 16 per worker: small enough that the last ranges
    /// leave no worker waiting long for the others.
    static func tasks(for files: [InputFile], jobs: Int, splitBytes: Int64) throws(IngestError) -> [IngestTask] {
        var digests: [IngestTask] = []
        var wholes: [(size: Int64, task: IngestTask)] = []
        var ranges: [IngestTask] = []
        for file in files {
            guard jobs > 1, file.reader.size >= splitBytes, !file.encoding.isTranscoded,
                let data = try file.locateDataRows(),
                let header = file.header
            else {
                wholes.append((file.reader.size, .wholeFile(file: file.index)))
                continue
            }
            let size = file.reader.size - data.offset
            let pieces = Int(max(2, min(Int64(jobs * 16), size / max(1, splitBytes / 2))))
            var cuts = [data.offset]
            for piece in 1..<pieces {
                let target = data.offset + size * Int64(piece) / Int64(pieces)
                if let cut = try boundary(in: file, after: max(target, cuts.last!), fields: header.fieldCount),
                    cut < file.reader.size
                {
                    cuts.append(cut)
                }
            }
            cuts.append(file.reader.size)
            digests.append(.digest(file: file.index))
            for index in 0..<(cuts.count - 1) {
                ranges.append(
                    .range(file: file.index, start: cuts[index], end: cuts[index + 1], isLast: index == cuts.count - 2))
            }
        }
        return digests + wholes.sorted { $0.size > $1.size }.map(\.task) + ranges
    }

    /// The offset just after the first line feed at or after `offset` whose next lines look like
    /// records; nil when none is found before the end of the file.
    static func boundary(in file: InputFile, after offset: Int64, fields: Int) throws(IngestError) -> Int64? {
        let window = 1 << 16
        var position = offset
        while position < file.reader.size {
            let bytes: [UInt8]
            do { bytes = try file.reader.bytes(at: position, count: window) } catch {
                throw IngestError(.io, file: file.path, "read failed: \(error)")
            }
            guard !bytes.isEmpty else { return nil }
            var index = 0
            while let newline = bytes[index...].firstIndex(of: 0x0A) {
                let candidate = position + Int64(newline) + 1
                if looksLikeRecords(Array(bytes[(newline + 1)...]), delimiter: file.dialect.delimiter, fields: fields) {
                    return candidate
                }
                index = newline + 1
            }
            position += Int64(bytes.count)
        }
        return nil
    }

    /// Whether the bytes start with a few complete records of `fields` fields each.
    static func looksLikeRecords(_ bytes: [UInt8], delimiter: UInt8, fields: Int) -> Bool {
        let tokenizer = CSVTokenizer(delimiter: delimiter)
        var seen = 0
        var consistent = true
        do {
            try tokenizer.feedLines(bytes, until: seen == 4 || !consistent) { record in
                if record.count != fields { consistent = false }
                seen += 1
            }
        } catch {
            return false
        }
        return consistent && seen > 0
    }
}
