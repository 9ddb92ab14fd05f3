import Foundation
import ServiceIndexCore

/// The inputs of a corpus: files as given, directories as their regular files (not recursive,
/// like a libFuzzer corpus), hidden files left out, sorted by name.
///
/// ```swift
/// try CorpusFiles.paths(["fixtures/fuzz-seeds"])   // ["fixtures/fuzz-seeds/bom.csv", …]
/// ```
public enum CorpusFiles {
    /// The files to replay, in argument order, each directory's files in name order. A
    /// dictionary (`*.dict`) in a directory is not an input and is left out.
    /// - Throws: when a path does not exist or a directory cannot be listed.
    public static func paths(_ arguments: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: argument])
            }
            guard isDirectory.boolValue else {
                files.append(argument)
                continue
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            let names = try manager.contentsOfDirectory(atPath: argument)
                .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".dict") }
                .sorted { $0.precedesByCodePoint($1) }
            for name in names {
                var isSubdirectory: ObjCBool = false
                if manager.fileExists(atPath: base + name, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                    files.append(base + name)
                }
            }
        }
        return files
    }

    /// The bytes of one corpus file.
    public static func bytes(of path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
