/// A bad row planted on purpose: a valid dossier with exactly one problem, so that a validator
/// must reject it with exactly this reason (docs/methodology.md, Bad input and rejects).
///
/// Each case either rewrites one cell (`column` and `replacement(for:received:)`), drops one
/// cell (`wrongFieldCount`), or moves one time before the receipt (`prepare(_:)`). The rest of
/// the row stays valid, and its dossier id is used by no other row.
///
/// ```swift
/// DemoPlantedReject.badStatus.code                                    // "bad_status"
/// DemoPlantedReject.badStatus.replacement(for: .national, received: t) // "11"
/// ```
enum DemoPlantedReject: Int, CaseIterable {
    case wrongFieldCount
    case missingValue
    case badDatetime
    case badStatus
    case badChannel
    case badFlag
    case badRating
    case badNumber
    case unknownProvince
    case finishedBeforeReceived
    case dueBeforeReceived

    /// The reason code (docs/methodology.md, Bad input and rejects).
    var code: String {
        switch self {
        case .wrongFieldCount: "wrong_field_count"
        case .missingValue: "missing_value"
        case .badDatetime: "bad_datetime"
        case .badStatus: "bad_status"
        case .badChannel: "bad_channel"
        case .badFlag: "bad_flag"
        case .badRating: "bad_rating"
        case .badNumber: "bad_number"
        case .unknownProvince: "unknown_province"
        case .finishedBeforeReceived: "finished_before_received"
        case .dueBeforeReceived: "due_before_received"
        }
    }

    /// The column whose cell is replaced (or, for `wrongFieldCount`, left out); nil when the
    /// problem is in the times themselves.
    var column: DemoColumn? {
        switch self {
        case .wrongFieldCount: .unitCode
        case .missingValue: .dossierId
        case .badDatetime: .receivedAt
        case .badStatus: .status
        case .badChannel: .channel
        case .badFlag: .digitized
        case .badRating: .rating
        case .badNumber: .supplementCount
        case .unknownProvince: .province
        case .finishedBeforeReceived, .dueBeforeReceived: nil
        }
    }

    /// The text written instead of the cell's value (unused for `wrongFieldCount`).
    ///
    /// - Parameters:
    ///   - layout: the file's layout (dates and words differ).
    ///   - received: the dossier's receipt time, whose year the impossible date borrows.
    func replacement(for layout: DemoLayout, received: Int64) -> [UInt8] {
        switch self {
        case .wrongFieldCount, .missingValue, .finishedBeforeReceived, .dueBeforeReceived: return []
        case .badDatetime:
            let year = String(DemoOutputFile.split(received).0)
            // 31 February does not exist.
            switch layout {
            case .national: return Array("\(year)0231083000".utf8)
            case .provincial: return Array("31/02/\(year) 08:30:00".utf8)
            case .canonical: return Array("\(year)-02-31 08:30:00".utf8)
            }
        case .badStatus: return Array("11".utf8)
        case .badChannel: return Array((layout.isProvincial ? "fax" : "4").utf8)
        case .badFlag: return Array("maybe".utf8)
        case .badRating: return Array("5".utf8)
        case .badNumber: return Array("hai".utf8)
        case .unknownProvince: return Array("99".utf8)
        }
    }

    /// Moves a time of `dossier` before its receipt for the two time problems, keeping every
    /// other time valid; leaves the dossier alone for the others.
    func prepare(_ dossier: inout DemoDossier) {
        let day: Int64 = 86_400
        switch self {
        case .finishedBeforeReceived:
            // Finished (status 9, no return, no refusal) a few hours to days before receipt.
            dossier.status = 9
            dossier.finished = dossier.received - 3_600 - (Int64(dossier.sequence) % 5) * day
            dossier.returned = DemoDossier.none
            dossier.refused = DemoDossier.none
            if dossier.due == DemoDossier.none { dossier.due = (dossier.received / day + 5) * day + 17 * 3_600 }
        case .dueBeforeReceived:
            // Due two to six days before the receipt day: before it even as a date-only value.
            dossier.due = (dossier.received / day - 2 - Int64(dossier.sequence) % 5) * day + 17 * 3_600
        default:
            break
        }
    }
}
