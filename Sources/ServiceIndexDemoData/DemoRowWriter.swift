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
    private let endsLinesWithCR: Bool

    init(layout: DemoLayout, world: DemoWorld, mergerStart: Int64) {
        self.layout = layout
        self.mergerStart = mergerStart
        tables = DemoRowTables(world: world, layout: layout)
        arena = tables.arena
        columns = layout.columns.map(\.column)
        flagStyles = columns.map(layout.flagStyle)
        headers = layout.columns.map(\.header)
        delimiter = layout.delimiter
        isProvincial = layout.isProvincial
        endsLinesWithCR = layout.lineEnd.count == 2
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
    ///   - style: random bits choosing spellings (`DemoRowStyle`).
    ///   - reject: the cell to spoil or leave out, for a planted bad row.
    ///   - file: the output.
    func write(
        _ dossier: DemoDossier, style: UInt64, reject: DemoPlantedReject? = nil, to file: DemoOutputFile
    ) throws(DemoDataError) {
        try file.reserve(2_048)
        let spoiled = reject?.column
        let rowStyle = DemoRowStyle(style)
        var first = true
        for index in columns.indices {
            let column = columns[index]
            if column == spoiled, reject == .wrongFieldCount { continue }
            if !first { file.append(delimiter) }
            first = false
            if column == spoiled, let reject {
                file.append(reject.replacement(for: layout, received: dossier.received))
            } else {
                writeCell(column, flagStyle: flagStyles[index], of: dossier, style: rowStyle, to: file)
            }
        }
        writeLineEnd(to: file)
        file.rows += 1
    }

    @inline(__always)
    private func writeLineEnd(to file: DemoOutputFile) {
        if endsLinesWithCR { file.append(0x0D) }
        file.append(0x0A)
    }

    @inline(__always)
    private func writeCell(
        _ column: DemoColumn, flagStyle: Int, of dossier: DemoDossier, style: DemoRowStyle, to file: DemoOutputFile
    ) {
        let unit = tables.unitBase[dossier.province] + dossier.unit
        switch column {
        case .dossierId: writeDossierID(dossier, unit: unit, style: style, to: file)
        case .province: writeProvince(dossier, unit: unit, style: style, to: file)
        case .unitCode: file.append(tables.unitCode[unit], of: arena)
        case .unitName:
            let decomposed = style.decomposesUnitName(provincial: isProvincial) ? 1 : 0
            file.append(tables.unitName[unit * 2 + decomposed], of: arena)
        case .procedureCode: file.append(tables.procedureCode[dossier.procedure], of: arena)
        case .applicantName: writeApplicantName(dossier, style: style, to: file)
        case .citizenId: file.appendNumber(dossier.citizenId, width: 12)
        case .channel: writeChannel(Int(dossier.channel), style: style, to: file)
        case .status:
            let status = Int(dossier.status)
            if isProvincial && style.statusAsWord {
                file.append(tables.statusWord[status], of: arena)
            } else {
                file.appendNumber(status)
            }
        case .receivedAt: writeTime(dossier.received, to: file)
        case .dueAt: writeTime(dossier.due, dateOnly: isProvincial, to: file)
        case .finishedAt: writeTime(dossier.finished, to: file)
        case .returnedAt: writeTime(dossier.returned, to: file)
        case .refusedAt: writeTime(dossier.refused, to: file)
        case .supplementCount:
            if !(isProvincial && dossier.supplementCount == 0 && style.leavesZeroSupplementCountEmpty) {
                file.appendNumber(Int(dossier.supplementCount))
            }
        case .supplementDays:
            if !(isProvincial && dossier.supplementCount == 0) { file.appendTenths(dossier.supplementTenths) }
        case .hasFee: writeFlag(dossier.hasFee, style: flagStyle, to: file)
        case .paidOnline: if dossier.paidOnline >= 0 { file.appendNumber(Int(dossier.paidOnline)) }
        case .digitized: writeFlag(dossier.digitized, style: flagStyle, to: file)
        case .reusedData: writeFlag(dossier.reused, style: flagStyle, to: file)
        case .eResult: writeFlag(dossier.eResult, style: flagStyle, to: file)
        case .synced: writeFlag(dossier.synced, style: flagStyle, to: file)
        case .complaint: writeFlag(dossier.complaint, style: flagStyle, to: file)
        case .supplementRequestedAt: writeTime(dossier.supplementRequested, to: file)
        case .rating:
            let rating = Int(dossier.rating)
            guard rating > 0 else { return }
            if isProvincial && style.ratingAsWord {
                file.append(tables.ratingWord[rating], of: arena)
            } else {
                file.appendNumber(rating)
            }
        }
    }

    /// `H15.01-250703-0000042`: DVCQG code, unit number, receipt date, sequence number.
    @inline(__always)
    private func writeDossierID(_ dossier: DemoDossier, unit: Int, style: DemoRowStyle, to file: DemoOutputFile) {
        if isProvincial && style.padsDossierID { file.append(0x20) }
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
    }

    /// The province as the export of its time wrote it: before the merger, the unit's old
    /// province. A national file writes the code; a provincial one a code or a name.
    @inline(__always)
    private func writeProvince(_ dossier: DemoDossier, unit: Int, style: DemoRowStyle, to file: DemoOutputFile) {
        let area =
            dossier.province * DemoRowTables.areaStride
            + (dossier.received < mergerStart ? tables.unitArea[unit] : 0)
        guard isProvincial else {
            file.appendNumber(tables.areaCode[area])
            return
        }
        switch style.provinceSpelling {
        case .paddedCode: file.appendNumber(tables.areaCode[area], width: 2)
        case .decomposedName: file.append(tables.areaName[area * 2 + 1], of: arena)
        case .name: file.append(tables.areaName[area * 2], of: arena)
        }
    }

    @inline(__always)
    private func writeApplicantName(_ dossier: DemoDossier, style: DemoRowStyle, to file: DemoOutputFile) {
        let decomposed = style.decomposesApplicantName ? 1 : 0
        file.append(tables.familyName[Int(dossier.familyName) * 2 + decomposed], of: arena)
        file.append(0x20)
        file.append(tables.middleName[Int(dossier.middleName) * 2 + decomposed], of: arena)
        file.append(0x20)
        file.append(tables.givenName[Int(dossier.givenName) * 2 + decomposed], of: arena)
    }

    /// A national file writes the number; a provincial one a word, "BCCI" or the number.
    @inline(__always)
    private func writeChannel(_ channel: Int, style: DemoRowStyle, to file: DemoOutputFile) {
        guard isProvincial else {
            file.appendNumber(channel)
            return
        }
        switch style.channelSpelling {
        case .vietnameseWord: file.append(tables.channelVietnamese[channel], of: arena)
        case .englishWord: file.append(tables.channelEnglish[channel], of: arena)
        case .postalAcronym where channel == 3: file.append(tables.postalAcronym, of: arena)
        case .postalAcronym, .number: file.appendNumber(channel)
        }
    }

    @inline(__always)
    private func writeTime(_ time: Int64, dateOnly: Bool = false, to file: DemoOutputFile) {
        guard time != DemoDossier.none else { return }
        switch layout {
        case .provincial: file.appendSlashedDateTime(time, dateOnly: dateOnly)
        case .national: file.appendCompactDateTime(time)
        case .canonical: file.appendDashedDateTime(time)
        }
    }

    @inline(__always)
    private func writeFlag(_ value: Int8, style: Int, to file: DemoOutputFile) {
        guard value >= 0 else { return }
        file.append(value > 0 ? tables.flagYes[style] : tables.flagNo[style], of: arena)
    }
}
