/// Writes dossiers as rows of one export layout, straight into a file's byte buffer.
///
/// How a value is spelled (NFC or NFD, a code or a word, a padded id) depends on the bits of a
/// random `style` word drawn by the caller, so the writer itself is a pure function of its
/// inputs. Text cells come ready-made from `DemoRowTables`.
///
/// ```swift
/// let writer = DemoRowWriter(layout: .national, world: .standard, mergerStart: julyFirst)
/// try writer.writeHeader(to: file)
/// try writer.write(dossier, style: random.next(), to: file)
/// // H15.01-250703-0000042;66;000.01.66.H15;Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk;…
/// ```
final class DemoRowWriter {
    let layout: DemoLayout
    /// 2025-07-01 00:00 local: rows received before it carry the pre-merger province code.
    let mergerStart: Int64

    private let tables: DemoRowTables
    private let arena: DemoByteArena
    private let columns: [DemoColumn]
    private let flagStyles: [Int]
    private let headers: [String]
    private let delimiter: UInt8
    private let isProvincial: Bool

    init(layout: DemoLayout, world: DemoWorld, mergerStart: Int64) {
        self.layout = layout
        self.mergerStart = mergerStart
        tables = DemoRowTables(world: world, layout: layout)
        arena = tables.arena
        columns = layout.columns.map(\.column)
        flagStyles = columns.map(layout.flagStyle)
        headers = layout.columns.map(\.header)
        delimiter = layout.delimiter
        isProvincial = layout == .provincial
    }

    /// Writes the byte order mark (national layout) and the header line.
    func writeHeader(to file: DemoOutputFile) throws(DemoDataError) {
        try file.reserve(DemoOutputFile.maximumReservation)
        file.append(layout.preamble)
        for (index, header) in headers.enumerated() {
            if index > 0 { file.append(delimiter) }
            file.append(Array(header.utf8))
        }
        file.append(layout.lineEnd)
    }

    /// Writes an empty line (a blank line, which is not a row).
    func writeBlankLine(to file: DemoOutputFile) throws(DemoDataError) {
        try file.reserve(2)
        writeLineEnd(to: file)
    }

    /// Writes one data row.
    ///
    /// - Parameters:
    ///   - dossier: the dossier as exported (already `prepare`d for a time problem).
    ///   - style: random bits choosing spellings.
    ///   - reject: the cell to spoil or leave out, for a planted bad row.
    ///   - file: the output.
    func write(
        _ dossier: DemoDossier, style: UInt64, reject: DemoPlantedReject? = nil, to file: DemoOutputFile
    ) throws(DemoDataError) {
        try file.reserve(2_048)
        let spoiled = reject?.column
        var first = true
        for index in columns.indices {
            let column = columns[index]
            if column == spoiled, reject == .wrongFieldCount { continue }
            if !first { file.append(delimiter) }
            first = false
            if column == spoiled, let reject {
                file.append(reject.replacement(for: layout, received: dossier.received))
            } else {
                writeCell(column, flagStyle: flagStyles[index], of: dossier, style: style, to: file)
            }
        }
        writeLineEnd(to: file)
        file.rows += 1
    }

    @inline(__always)
    private func writeLineEnd(to file: DemoOutputFile) {
        if !isProvincial { file.append(0x0D) }
        file.append(0x0A)
    }

    @inline(__always)
    private func writeCell(
        _ column: DemoColumn, flagStyle: Int, of dossier: DemoDossier, style: UInt64, to file: DemoOutputFile
    ) {
        let unit = tables.unitBase[dossier.province] + dossier.unit
        let provincial = isProvincial
        switch column {
        case .dossierId:
            if provincial && (style >> 22) & 127 == 0 { file.append(0x20) }
            file.append(tables.dvcqgCode[dossier.province], of: arena)
            file.append(0x2E)
            file.appendTwoDigits(tables.unitNumber[unit])
            file.append(0x2D)
            let (year, month, day, _) = DemoOutputFile.split(dossier.received)
            file.appendTwoDigits(year % 100)
            file.appendTwoDigits(month)
            file.appendTwoDigits(day)
            file.append(0x2D)
            file.appendNumber(dossier.sequence, width: 7)
        case .province:
            let area =
                dossier.province * DemoRowTables.areaStride
                + (dossier.received < mergerStart ? tables.unitArea[unit] : 0)
            switch provincial ? (style >> 29) & 7 : 7 {
            case 0: file.appendNumber(tables.areaCode[area], width: 2)
            case 1: file.append(tables.areaName[area * 2 + 1], of: arena)
            case 7 where !provincial: file.appendNumber(tables.areaCode[area])
            default: file.append(tables.areaName[area * 2], of: arena)
            }
        case .unitCode:
            file.append(tables.unitCode[unit], of: arena)
        case .unitName:
            let decomposed = style & 127 < (provincial ? 20 : 10) ? 1 : 0
            file.append(tables.unitName[unit * 2 + decomposed], of: arena)
        case .procedureCode:
            file.append(tables.procedureCode[dossier.procedure], of: arena)
        case .applicantName:
            let decomposed = (style >> 7) & 7 == 0 ? 1 : 0
            file.append(tables.familyName[Int(dossier.familyName) * 2 + decomposed], of: arena)
            file.append(0x20)
            file.append(tables.middleName[Int(dossier.middleName) * 2 + decomposed], of: arena)
            file.append(0x20)
            file.append(tables.givenName[Int(dossier.givenName) * 2 + decomposed], of: arena)
        case .citizenId:
            file.appendNumber(dossier.citizenId, width: 12)
        case .channel:
            let channel = Int(dossier.channel)
            switch provincial ? Int((style >> 10) & 15) : 15 {
            case 0...3: file.append(tables.channelVietnamese[channel], of: arena)
            case 4, 5: file.append(tables.channelEnglish[channel], of: arena)
            case 6 where channel == 3: file.append(tables.postalAcronym, of: arena)
            default: file.appendNumber(channel)
            }
        case .status:
            if provincial && (style >> 14) & 15 < 3 {
                file.append(tables.statusWord[Int(dossier.status)], of: arena)
            } else {
                file.appendNumber(Int(dossier.status))
            }
        case .receivedAt: writeTime(dossier.received, to: file)
        case .dueAt: writeTime(dossier.due, dateOnly: provincial, to: file)
        case .finishedAt: writeTime(dossier.finished, to: file)
        case .returnedAt: writeTime(dossier.returned, to: file)
        case .refusedAt: writeTime(dossier.refused, to: file)
        case .supplementCount:
            if !(provincial && dossier.supplementCount == 0 && (style >> 32) & 1 == 0) {
                file.appendNumber(Int(dossier.supplementCount))
            }
        case .supplementDays:
            if !(provincial && dossier.supplementCount == 0) { file.appendTenths(dossier.supplementTenths) }
        case .hasFee: writeFlag(dossier.hasFee, style: flagStyle, to: file)
        case .paidOnline: if dossier.paidOnline >= 0 { file.appendNumber(Int(dossier.paidOnline)) }
        case .digitized: writeFlag(dossier.digitized, style: flagStyle, to: file)
        case .reusedData: writeFlag(dossier.reused, style: flagStyle, to: file)
        case .eResult: writeFlag(dossier.eResult, style: flagStyle, to: file)
        case .synced: writeFlag(dossier.synced, style: flagStyle, to: file)
        case .complaint: writeFlag(dossier.complaint, style: flagStyle, to: file)
        case .supplementRequestedAt: writeTime(dossier.supplementRequested, to: file)
        case .rating:
            guard dossier.rating > 0 else { return }
            if provincial && (style >> 18) & 15 < 5 {
                file.append(tables.ratingWord[Int(dossier.rating)], of: arena)
            } else {
                file.appendNumber(Int(dossier.rating))
            }
        }
    }

    @inline(__always)
    private func writeTime(_ time: Int64, dateOnly: Bool = false, to file: DemoOutputFile) {
        guard time != DemoDossier.none else { return }
        if isProvincial {
            file.appendSlashedDateTime(time, dateOnly: dateOnly)
        } else {
            file.appendCompactDateTime(time)
        }
    }

    @inline(__always)
    private func writeFlag(_ value: Int8, style: Int, to file: DemoOutputFile) {
        guard value >= 0 else { return }
        file.append(value > 0 ? tables.flagYes[style] : tables.flagNo[style], of: arena)
    }
}
