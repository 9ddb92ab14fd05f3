import ServiceIndexCore

/// One generation: the open export files, the dossier factory, and the counts of what was
/// written and planted.
///
/// The loop draws dossiers quarter by quarter until the row budget is spent. A dossier writes
/// one row into the national file of its receipt quarter, one more into each later quarter's
/// file while it is still being processed (a carry-over, as the same dossier shows in both
/// quarterly exports), and for Đắk Lắk often a copy into the provincial export, whose national
/// twin is sometimes less advanced. Every extra row of a dossier is a planted duplicate. Bad
/// rows are spread evenly over the run, each a fresh dossier with one planted problem.
final class DemoRun {
    private let quarters: [Period]
    private let quarterStarts: [Int64]
    private let quarterEnds: [Int64]
    /// When each quarter's export is taken: ten days after the quarter ends.
    private let exportMoments: [Int64]
    private let nationalFiles: [DemoOutputFile]
    private let provincialFiles: [DemoOutputFile?]
    private let nationalWriter: DemoRowWriter
    private let provincialWriter: DemoRowWriter
    private var factory: DemoDossierFactory
    private var random: DemoRandom
    private let world: DemoWorld

    private let goodTarget: Int
    private let badTarget: Int
    private(set) var goodRows = 0
    private(set) var badRows = 0
    private(set) var duplicates = 0
    /// Planted bad rows by `DemoPlantedReject.rawValue`.
    private(set) var plantedRejects = [Int](repeating: 0, count: DemoPlantedReject.allCases.count)
    private var pending: [(file: DemoOutputFile, writer: DemoRowWriter, dossier: DemoDossier)] = []

    private static let day: Int64 = 86_400

    /// Opens the files and writes their headers.
    ///
    /// - Parameters:
    ///   - directory: an existing directory.
    ///   - quarters: the quarters, sorted, without repeats, at least one.
    ///   - options: the seed, row count and layout choice.
    init(directory: String, quarters: [Period], options: DemoDataOptions) throws(DemoDataError) {
        world = DemoWorld.standard
        self.quarters = quarters
        quarterStarts = quarters.map(\.start.localSeconds)
        quarterEnds = quarters.map(\.end.localSeconds)
        exportMoments = quarterEnds.map { $0 + 10 * Self.day }
        let mergerStart = CivilDate(year: 2025, month: 7, day: 1).daysSinceEpoch * Self.day
        nationalWriter = DemoRowWriter(layout: options.layout.rowLayout, world: world, mergerStart: mergerStart)
        provincialWriter = DemoRowWriter(layout: .provincial, world: world, mergerStart: mergerStart)
        factory = DemoDossierFactory(world: world, seed: options.seed)
        random = DemoRandom(seed: options.seed, stream: 2)
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        func open(_ name: String) throws(DemoDataError) -> DemoOutputFile {
            try DemoOutputFile(path: base + name, name: name)
        }
        if options.singleFile {
            let file = try open("\(options.layout.filePrefix)-all.csv")
            nationalFiles = Array(repeating: file, count: quarters.count)
            provincialFiles = Array(repeating: nil, count: quarters.count)
        } else {
            var national: [DemoOutputFile] = []
            var provincial: [DemoOutputFile?] = []
            for quarter in quarters {
                national.append(try open("\(options.layout.filePrefix)-\(quarter).csv"))
                provincial.append(try open("dak-lak-\(quarter).csv"))
            }
            nationalFiles = national
            provincialFiles = provincial
        }
        badTarget = Self.badRowCount(rows: options.rows)
        goodTarget = options.rows - badTarget
        for file in files {
            try (provincialFiles.contains { $0 === file } ? provincialWriter : nationalWriter).writeHeader(to: file)
        }
    }

    /// The number of bad rows planted among `rows`: about 0.25 %, at least one of each reason
    /// once there are a few hundred rows, never more than 2 % of them.
    static func badRowCount(rows: Int) -> Int {
        max(rows / 400, min(DemoPlantedReject.allCases.count, rows / 50))
    }

    /// The distinct files, sorted by name.
    var files: [DemoOutputFile] {
        var seen: [DemoOutputFile] = []
        for file in nationalFiles + provincialFiles.compactMap({ $0 }) where !seen.contains(where: { $0 === file }) {
            seen.append(file)
        }
        return seen.sorted { $0.name < $1.name }
    }

    /// Draws and writes every row, then closes the files (each ends with a blank line).
    func run() throws(DemoDataError) {
        for index in quarters.indices {
            let target =
                goodTarget / quarters.count * (index + 1)
                + (index == quarters.count - 1 ? goodTarget % quarters.count : 0)
            while goodRows < target {
                try emitDossier(quarter: index)
                try plantDueBadRows(quarter: index)
            }
        }
        try plantDueBadRows(quarter: quarters.count - 1, all: true)
        for file in files {
            try (provincialFiles.contains { $0 === file } ? provincialWriter : nationalWriter)
                .writeBlankLine(to: file)
            try file.close()
        }
    }

    private func emitDossier(quarter index: Int) throws(DemoDataError) {
        let province = factory.pickProvince()
        var dossier: DemoDossier
        if index == 0 && random.chance(0.04) {
            // Received up to 45 days before the first quarter, still in process when it began.
            let start = quarterStarts[0]
            dossier = factory.make(province: province, from: start - 45 * Self.day, to: start, minimumEnd: start)
        } else {
            dossier = factory.make(province: province, from: quarterStarts[index], to: quarterEnds[index])
        }
        pending.removeAll(keepingCapacity: true)
        let provincial = province == world.focusIndex ? provincialFiles[index] : nil
        if let provincial, random.chance(0.04) {
            // Known to the provincial system only: never synced to the portal.
            dossier.synced = 0
            pending.append((provincial, provincialWriter, dossier.exported(at: exportMoments[index])))
        } else {
            for later in index..<quarters.count {
                if later > index {
                    let end = dossier.endTime
                    guard dossier.status != 1, dossier.status != 3, end != DemoDossier.none,
                        end >= quarterStarts[later]
                    else { break }
                }
                let shown = dossier.exported(at: exportMoments[later])
                if province == world.focusIndex, let copy = provincialFiles[later], random.chance(0.55) {
                    let stale = shown.endTime != DemoDossier.none && random.chance(0.2)
                    let national = stale ? shown.openVersion(at: exportMoments[later]) : shown
                    pending.append((nationalFiles[later], nationalWriter, national))
                    pending.append((copy, provincialWriter, shown))
                } else {
                    pending.append((nationalFiles[later], nationalWriter, shown))
                }
            }
        }
        let count = min(pending.count, goodTarget - goodRows)
        for row in pending.prefix(count) {
            if random.below(8_192) == 0 { try row.writer.writeBlankLine(to: row.file) }
            try row.writer.write(row.dossier, style: random.next(), to: row.file)
        }
        goodRows += count
        duplicates += count - 1
    }

    /// Plants the bad rows whose turn has come: the i-th once `(2i + 1) / 2B` of the good rows
    /// are written, or all that are left when `all`.
    private func plantDueBadRows(quarter index: Int, all: Bool = false) throws(DemoDataError) {
        while badRows < badTarget && (all || goodRows * 2 * badTarget >= (2 * badRows + 1) * goodTarget) {
            let reason = DemoPlantedReject.allCases[badRows % DemoPlantedReject.allCases.count]
            let provincial = badRows % 3 == 1 ? provincialFiles[index] : nil
            let province = provincial == nil ? factory.pickProvince() : world.focusIndex
            var dossier = factory.make(province: province, from: quarterStarts[index], to: quarterEnds[index])
                .exported(at: exportMoments[index])
            reason.prepare(&dossier)
            let writer = provincial == nil ? nationalWriter : provincialWriter
            try writer.write(dossier, style: random.next(), reject: reason, to: provincial ?? nationalFiles[index])
            plantedRejects[reason.rawValue] += 1
            badRows += 1
        }
    }
}
