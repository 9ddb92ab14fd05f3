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
        do {
            try ReportDirectory.writeFully(bytes, to: temporary.path)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(.io, path: path, error.message)
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(.io, path: path, "cannot rename into place: \(String(cString: strerror(errno)))")
        }
    }

    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return "\(error)".lowercased()
    }
}
