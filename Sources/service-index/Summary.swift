import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexReport

/// The reconciliation and data-quality summary printed by `validate` and `report`.
enum Summary {
    static func lines(_ result: IngestResult) -> [String] {
        let r = result.reconciliation
        var lines = [
            "files read:         \(result.inputs.count)",
            "rows read:          \(r.rowsRead)",
            "accepted:           \(r.accepted)",
            "rejected:           \(r.rejected)",
            "duplicates dropped: \(r.duplicates)",
            "reconciliation:     \(r.rowsRead) = \(r.accepted) + \(r.rejected) + \(r.duplicates) \(r.isBalanced ? "(balanced)" : "(NOT BALANCED)")",
        ]
        let byReason = result.rejectsByReason.sorted { $0.key < $1.key }
        if !byReason.isEmpty {
            lines.append("rejects by reason:")
            for (reason, count) in byReason { lines.append("  \(reason.rawValue): \(count)") }
        }
        for input in result.inputs where input.encoding != .utf8 {
            lines.append("read as \(input.encoding.rawValue): \(input.path)")
        }
        for input in result.inputs where !input.unknownColumns.isEmpty {
            lines.append("unknown columns in \(input.path): \(input.unknownColumns.joined(separator: ", "))")
        }
        return lines
    }
}
