import Foundation
import ServiceIndexCore

/// Turns command-line inputs into the list of files to read (docs/methodology.md, Inputs): a file as given, a
/// directory as its `*.csv` files sorted by name.
public enum InputExpansion {
    /// The files to read, in argument order, each directory expanded in name order.
    /// - Throws: `IngestError` (input missing) for a path that does not exist or a directory
    ///   without CSV files.
    public static func files(for arguments: [String]) throws(IngestError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw IngestError(.inputMissing, file: argument, "no such file or directory")
            }
            guard isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: argument)
            } catch {
                throw IngestError(.inputMissing, file: argument, "cannot list the directory")
            }
            let csvs = names.filter { $0.lowercased().hasSuffix(".csv") }
                .sorted { $0.precedesByCodePoint($1) }
            guard !csvs.isEmpty else {
                throw IngestError(.inputMissing, file: argument, "the directory holds no .csv file")
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            files += csvs.map { base + $0 }
        }
        return files
    }
}
