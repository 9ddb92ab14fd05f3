import ServiceIndexCSV

/// An input that changes while it is read gives no report (docs/methodology.md, Inputs that change): its
/// identity (size, modification time, device and inode) is taken when it is opened, and every
/// read of it is checked against that identity once it is done.
extension InputFile {
    /// Checks a read: `reader` (a task's own, if any) opened this same file, the path still
    /// names it, unchanged, and the read got as many bytes as it asked for.
    /// - Parameter read: the bytes read, and the bytes asked for (a range, or the whole size).
    /// - Throws: `IngestError.changed` (74) naming the difference.
    func checkUnchanged(readBy reader: CSVFileReader? = nil, read: (bytes: Int64, of: Int64)? = nil)
        throws(IngestError)
    {
        if let difference = difference(readBy: reader) { throw .changed(file: path, difference) }
        if let read, read.bytes != read.of { throw .changed(file: path, "read \(read.bytes) of \(read.of) bytes") }
    }

    /// The error for a read that found other bytes than the file held when opened: the
    /// difference in identity when there is one, else `fallback`.
    func changeError(because fallback: String) -> IngestError {
        .changed(file: path, difference(readBy: nil) ?? fallback)
    }

    /// How the file differs from when it was opened; nil when it does not.
    private func difference(readBy reader: CSVFileReader?) -> String? {
        let now: FileIdentity
        do { now = try FileIdentity(path: path) } catch {
            guard case .cannotOpen(let reason) = error else { return "\(error)" }
            return "it can no longer be found: \(reason)"
        }
        if let difference = now.difference(from: identity) { return difference }
        if let reader, let difference = reader.identity.difference(from: identity) { return difference }
        return nil
    }
}
