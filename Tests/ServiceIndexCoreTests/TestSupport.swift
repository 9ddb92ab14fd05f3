import ServiceIndexCore

/// A local (UTC+7) time from "yyyy-MM-dd HH:mm[:ss]".
func at(_ text: String) -> Instant {
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).map { Int($0)! }
    return Instant(
        local: CivilDate(year: parts[0], month: parts[1], day: parts[2]), hour: parts[3], minute: parts[4],
        second: parts.count > 5 ? parts[5] : 0)
}

let q2 = Period("2025-Q2")!
let q3 = Period("2025-Q3")!
let q4 = Period("2025-Q4")!

/// A dossier of province 66 with the given times; everything else default.
func dossier(
    _ id: String = "D", province: UInt8 = 66, status: DossierStatus = .processingFinished,
    received: String, due: String? = nil, finished: String? = nil, returned: String? = nil,
    refused: String? = nil, supplements: Int = 0, supplementDays: Double = 0, requested: String? = nil
) -> Dossier {
    Dossier(
        id: id, province: ProvinceCode(province), status: status, receivedAt: at(received),
        dueAt: due.map(at), finishedAt: finished.map(at), returnedAt: returned.map(at),
        refusedAt: refused.map(at), supplementCount: supplements,
        supplementSeconds: Int64(supplementDays * 86_400), supplementRequestedAt: requested.map(at))
}

/// The tally of one dossier (or several) in a quarter.
func tally(_ dossiers: [Dossier], in quarter: Period) -> Tally {
    var series = TallySeries()
    for dossier in dossiers { series.add(dossier, weight: 1) }
    return series.tally(at: quarter.index)
}
