import Foundation

/// Writes outputs so that they appear all at once or not at all (docs/architecture.md, Atomic output): files go to a
/// temporary sibling first and are renamed into place.
public enum AtomicOutput {
    /// Writes one file atomically (temporary file in the same directory, then rename).
    /// - Throws: `OutputError`.
    public static func writeFile(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        // Recorded before it exists, so that a stop signal cannot leave it behind.
        _ = PendingOutputs.create(temporary.path) { _ in true }
        do {
            try ReportDirectory.writeFully(bytes, to: temporary.path)
            try PendingOutputs.publish(temporary.path) { () throws(OutputError) in
                guard rename(temporary.path, url.path) == 0 else {
                    throw OutputError(.io, path: path, "cannot rename into place: \(String(cString: strerror(errno)))")
                }
            }
        } catch {
            PendingOutputs.discard(temporary.path)
            throw OutputError(.io, path: path, error.message)
        }
    }

    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error)".lowercased()
    }
}
