import ServiceIndexCSV
import ServiceIndexCore

/// Turns one record into a `Dossier`, or into a `Reject` naming its first problem
/// (docs/methodology.md, Bad input and rejects).
///
/// A wrong field count is reported first; then columns are checked in the order of the
/// column table (docs/methodology.md, Columns), and within a column: too long, not UTF-8, missing, unparseable, then the logical
/// checks (`due_at` and `finished_at` before `received_at`). Columns the tool does not read are
/// never looked at.
public struct RowParser {
    public let file: String
    public let header: HeaderMap
    /// The province for rows of a file without (or with an empty) province cell.
    public let fallbackProvince: ProvinceCode?
    let registry: ProvinceRegistry
    private var provinceCache: [String: ProvinceCode] = [:]
    private var texts = NormalizedTextCache()

    public init(
        file: String, header: HeaderMap, fallbackProvince: ProvinceCode?, registry: ProvinceRegistry = .standard
    ) {
        self.file = file
        self.header = header
        self.fallbackProvince = fallbackProvince
        self.registry = registry
    }

    /// A row that failed, as thrown inside the parser.
    struct Problem: Error {
        var column: DossierColumn
        var reason: RejectReason
        var value: String
        var detail: String
    }

    /// A parsed row for the hot path: the dossier (its text fields filled only when asked for)
    /// and its id, read but not copied (valid while the record is).
    public struct Row {
        public var dossier: Dossier
        let id: Identifier
        /// The hash of the normalised id.
        public var idHash: UInt64 { id.hash }
    }

    /// Parses a record completely: every text field as a normalised string.
    public mutating func parse(_ record: CSVRecordView) -> Result<Dossier, Reject> {
        Result { () throws(Reject) in try parseRow(record, textFor: nil).dossier }
    }

    /// Parses a record, building the id and the unit and procedure strings only for dossiers
    /// of `textFor` (the focus province: the only one whose units and procedures are tallied);
    /// nil builds them for every row. Every field is checked either way, so the rejects are
    /// the same. `identified` is called with the id's hash as soon as the id is read, before
    /// the other fields (to start fetching what the caller will look up for it).
    /// - Throws: the row's `Reject`, naming its first problem.
    public mutating func parseRow(
        _ record: CSVRecordView, textFor focus: ProvinceCode?, identified: (UInt64) -> Void = { _ in }
    ) throws(Reject) -> Row {
        guard record.count == header.fieldCount else {
            throw Reject(
                file: file, line: record.line, column: "", reason: .wrongFieldCount,
                dossierID: idForReject(record), value: "",
                message: "expected \(header.fieldCount) fields, found \(record.count)")
        }
        do throws(Problem) {
            return try row(from: record, textFor: focus, identified: identified)
        } catch {
            let column = header[error.column].map { header.headers[$0] } ?? error.column.canonicalName
            throw Reject(
                file: file, line: record.line, column: column, reason: error.reason,
                dossierID: idForReject(record), value: error.value,
                message: "\(error.column.canonicalName): \(error.detail)")
        }
    }

    private mutating func row(
        from record: CSVRecordView, textFor focus: ProvinceCode?, identified: (UInt64) -> Void
    ) throws(Problem) -> Row {
        var fields = FieldReader(record: record, columns: header.positions)
        guard let id = try fields.identifier(.dossierID) else {
            throw Problem(column: .dossierID, reason: .missingValue, value: "", detail: "a dossier id is required")
        }
        identified(id.hash)
        let province = try readProvince(&fields)
        let wantsText = focus.map { $0 == province } ?? true
        let unitCode = try fields.text(.unitCode, build: wantsText, cache: &texts)
        let unitName = try fields.text(.unitName, build: wantsText, cache: &texts)
        let procedureCode = try fields.text(.procedureCode, build: wantsText, cache: &texts)
        let channel =
            try fields.parsed(
                .channel, as: "a channel (1, 2, 3, trực tiếp, trực tuyến, bưu chính)", reason: .badChannel,
                WordParsers.channel) ?? .direct
        guard let status = try fields.parsed(.status, as: "a status (1–10)", reason: .badStatus, WordParsers.status)
        else {
            throw Problem(column: .status, reason: .missingValue, value: "", detail: "a status is required")
        }
        guard let received = try fields.date(.receivedAt) else {
            throw Problem(column: .receivedAt, reason: .missingValue, value: "", detail: "a received date is required")
        }
        let due = try fields.date(.dueAt, dateOnlyEndOfDay: true)
        if let due, due < received {
            throw Problem(
                column: .dueAt, reason: .dueBeforeReceived, value: fields.lastRawValue,
                detail: "due date '\(fields.lastValue)' is before the received date \(received)")
        }
        let finished = try fields.date(.finishedAt)
        if let finished, finished < received {
            throw Problem(
                column: .finishedAt, reason: .finishedBeforeReceived, value: fields.lastRawValue,
                detail: "finished date '\(fields.lastValue)' is before the received date \(received)")
        }
        let returned = try fields.date(.returnedAt)
        let refused = try fields.date(.refusedAt)
        let supplements =
            try fields.parsed(.supplementCount, as: "a whole number ≥ 0", reason: .badNumber, NumberParsers.count) ?? 0
        let supplementSeconds =
            try fields.parsed(
                .supplementDays, as: "a number of days ≥ 0", reason: .badNumber, NumberParsers.daysAsSeconds) ?? 0
        let hasFee = try fields.flag(.hasFee)
        let paidOnline = try fields.parsed(
            .paidOnline, as: "0, 1, 2, 3 or a yes/no word", reason: .badFlag, WordParsers.paidOnline)
        let digitized = try fields.flag(.digitized)
        let reused = try fields.flag(.reusedData)
        let eResult = try fields.flag(.eResult)
        let synced = try fields.flag(.synced)
        let rating = try fields.parsed(
            .rating, as: "a rating (1, 2, 3 or hài lòng words)", reason: .badRating, WordParsers.rating)
        let complaint = try fields.flag(.complaint)
        let supplementRequested = try fields.date(.supplementRequestedAt)
        let serviceLevel = try fields.parsed(
            .serviceLevel, as: "a service level (1–4, toàn trình, một phần)", reason: .badFlag,
            WordParsers.serviceLevel)
        let unitLevel = try fields.parsed(
            .unitLevel, as: "a unit level (department, commune, PROVINCE, COMMUNE, sở, xã)", reason: .badFlag,
            WordParsers.unitLevel)
        let dossier = Dossier(
            id: wantsText ? id.text() : "", province: province, unitCode: unitCode, unitName: unitName,
            procedureCode: procedureCode, channel: channel, status: status, receivedAt: received,
            dueAt: due, finishedAt: finished, returnedAt: returned, refusedAt: refused,
            supplementCount: supplements, supplementSeconds: supplementSeconds, hasFee: hasFee,
            paidOnline: paidOnline, digitized: digitized, reusedData: reused, eResult: eResult,
            synced: synced, rating: rating, complaint: complaint, supplementRequestedAt: supplementRequested,
            serviceLevel: serviceLevel, unitLevel: unitLevel)
        return Row(dossier: dossier, id: id)
    }

    private mutating func readProvince(_ fields: inout FieldReader) throws(Problem) -> ProvinceCode {
        guard let bytes = try fields.checked(.province), !bytes.isEmpty else {
            if let fallbackProvince { return fallbackProvince }
            throw Problem(column: .province, reason: .missingValue, value: "", detail: "a province is required")
        }
        if let code = ProvinceBytes.code(bytes) { return code }
        let text = String(decoding: bytes, as: UTF8.self)
        if let cached = provinceCache[text] { return cached }
        guard let province = registry.resolve(text) else {
            throw Problem(
                column: .province, reason: .unknownProvince, value: fields.lastRawValue,
                detail: "unknown province '\(text)' (expected a province code, a DVCQG code or a province name)")
        }
        if provinceCache.count < 4096 { provinceCache[text] = province.code }
        return province.code
    }

    /// The row's dossier id for a reject: its trimmed text when the field exists and reads.
    private func idForReject(_ record: CSVRecordView) -> String {
        guard let index = header[.dossierID], index < record.count, !record.isTruncated(index) else { return "" }
        let bytes = record[index]
        guard TextValue.isValidUTF8(bytes) else { return "" }
        return TextValue.normalized(bytes) ?? ""
    }
}
