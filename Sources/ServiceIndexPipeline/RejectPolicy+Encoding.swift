import ServiceIndexIngest

extension RejectPolicy {
    /// A hint for a run that fails on its rejects when most rows of an input read as UTF-8 were
    /// not UTF-8: the file is likely in another encoding whose header gave no sign of it (an
    /// ASCII header such as DVCQG's, saved as CSV by Excel on a Vietnamese Windows). Empty when
    /// no input looks so.
    static func encodingHint(_ result: IngestResult) -> String {
        var notUTF8: [String: Int] = [:]
        for reject in result.rejects where reject.reason == .invalidUTF8 { notUTF8[reject.file, default: 0] += 1 }
        for input in result.inputs where input.encoding == .utf8 {
            let count = notUTF8[input.path, default: 0]
            guard input.rows > 0, count * 2 > input.rows else { continue }
            return "; \(count) of the \(input.rows) rows of \(input.path) are not UTF-8: the file looks like "
                + "another encoding (Excel's CSV on a Vietnamese Windows is Windows-1258: --encoding windows-1258)"
        }
        return ""
    }
}
