/// Draws synthetic dossiers from the province profiles.
///
/// Each dossier gets a unit, a procedure, a channel, a receipt time in office hours (online at
/// any hour), a due date from the procedure's legal time, an end time that is on time or late
/// by the province's, unit's and procedure's late shares, supplements, a final status and flags.
/// Times always hold `received ≤ due` and `received < end`, so a drawn dossier is a valid row.
///
/// ```swift
/// var factory = DemoDossierFactory(world: .standard, seed: 766)
/// let dossier = factory.make(province: 24, from: start, to: end)
/// ```
struct DemoDossierFactory {
    let world: DemoWorld
    var random: DemoRandom
    /// The sequence number the next dossier gets.
    private(set) var nextSequence = 1

    private static let day: Int64 = 86_400

    init(world: DemoWorld, seed: UInt64) {
        self.world = world
        random = DemoRandom(seed: seed, stream: 1)
    }

    /// A province index drawn by size.
    mutating func pickProvince() -> Int { world.provincePicker.pick(&random) }

    /// Draws a dossier.
    ///
    /// - Parameters:
    ///   - province: the profile index.
    ///   - start: the earliest receipt time (local seconds, at midnight).
    ///   - end: the receipt time is before this (local seconds, at midnight, a day or more later).
    ///   - minimumEnd: when set, the dossier ends no earlier than this (a carry-over), and it is
    ///     neither status 1 nor 3.
    /// - Returns: the dossier in its final state.
    mutating func make(province: Int, from start: Int64, to end: Int64, minimumEnd: Int64? = nil) -> DemoDossier {
        let profile = world.profiles[province]
        let procedureIndex = world.procedurePicker.pick(&random)
        let procedure = world.procedures[procedureIndex]
        let unitIndex = profile.unitPicker.pick(&random)
        let (channel, status) = drawChannelAndStatus(rates: profile.rates, carriedOver: minimumEnd != nil)
        let received = drawReceipt(from: start, to: end, online: channel == 2)
        var due = DemoDossier.none
        if procedure.hasDeadline && status != 1 {
            due = (received / Self.day + Int64(procedure.days)) * Self.day + 17 * 3600
        }
        let lateShare = min(
            0.95, (1 - profile.rates.onTime) * profile.units[unitIndex].lateFactor * procedure.lateFactor)
        let isLate = random.chance(lateShare)
        let (supplementCount, supplementTenths) = drawSupplements(isLate: isLate)
        var endTime = drawEndTime(
            received: received, due: due, supplementTenths: supplementTenths, isLate: isLate,
            procedureDays: procedure.days)
        if let minimumEnd, endTime < minimumEnd {
            endTime = minimumEnd + Int64(random.unit() * 20 * Double(Self.day))
        }

        var dossier = DemoDossier(
            sequence: nextSequence, province: province, unit: unitIndex, procedure: procedureIndex,
            familyName: UInt8(random.below(world.familyNames.count)),
            middleName: UInt8(random.below(world.middleNames.count)),
            givenName: UInt8(random.below(world.givenNames.count)),
            citizenId: drawCitizenId(province: profile.province.code.value),
            channel: channel, status: status, received: received, due: due,
            finished: DemoDossier.none, returned: DemoDossier.none, refused: DemoDossier.none,
            supplementCount: supplementCount, supplementTenths: supplementTenths,
            hasFee: 0, paidOnline: 0, digitized: 0, reused: 0, eResult: 0, synced: 0, rating: 0,
            complaint: 0)
        nextSequence += 1
        if supplementCount > 0 && status != 1 && status != 3 && status != 5 {
            // The last request, while the dossier was being processed.
            let span = Double(endTime - received)
            dossier.supplementRequested = received + max(900, Int64(span * (0.1 + 0.5 * random.unit())))
        }
        settle(&dossier, at: endTime, procedureDays: procedure.days)
        drawFlags(&dossier, rates: profile.rates, procedure: procedure)
        return dossier
    }

    /// The channel (1 direct, 2 online, 3 postal) by the province's shares, and the final status:
    /// mostly 10 and 9, a few 7, 8, 5 (waiting for a supplement), 3 and 1. A carried-over dossier
    /// is never 1, 3 or 5; status 1 (newly registered) is always online.
    private mutating func drawChannelAndStatus(
        rates: DemoProvinceProfile.Rates, carriedOver: Bool
    ) -> (channel: UInt8, status: UInt8) {
        var channel: UInt8 = 1
        let channelDraw = random.unit()
        if channelDraw < rates.online { channel = 2 } else if channelDraw < rates.online + rates.postal { channel = 3 }
        var status: UInt8
        switch random.unit() {
        case ..<0.005: status = 1
        case ..<0.015: status = 3
        case ..<0.035: status = 7
        case ..<0.05: status = 8
        case ..<0.065: status = 5
        case ..<0.155: status = 9
        default: status = 10
        }
        if carriedOver && (status == 1 || status == 3 || status == 5) { status = 10 }
        if status == 1 { channel = 2 }
        return (channel, status)
    }

    /// Supplement requests: one for 12 % of dossiers (0.5 to 10 days), a second for a fifth of
    /// the late among them. Returns the count and the days in tenths.
    private mutating func drawSupplements(isLate: Bool) -> (count: UInt8, tenths: Int) {
        guard random.chance(0.12) else { return (0, 0) }
        var count: UInt8 = 1
        var tenths = 5 + random.below(96)
        if isLate && random.chance(0.2) {
            count = 2
            tenths += 5 + random.below(60)
        }
        return (count, tenths)
    }

    /// When the dossier ends: without a due date, 0.2 to 1.5 times the legal time after receipt;
    /// late, half a day to about 25 days after the effective due; else by the effective due.
    private mutating func drawEndTime(
        received: Int64, due: Int64, supplementTenths: Int, isLate: Bool, procedureDays: Int
    ) -> Int64 {
        guard due != DemoDossier.none else {
            return received + max(3_600, Int64((0.2 + 1.3 * random.unit()) * Double(Int64(procedureDays) * Self.day)))
        }
        let effectiveDue = due + Int64(supplementTenths) * 8_640
        if isLate {
            let delay = random.unit()
            return effectiveDue + 3_600 + Int64(Double(Self.day) * (0.5 + 25 * delay * delay))
        }
        let span = Double(effectiveDue - received)
        return received + max(1_800, Int64(span * (0.15 + 0.85 * random.unit())))
    }

    /// Sets the end times the final status implies: refused (3, 8), returned (7), finished (9),
    /// or finished and returned (10); status 1 has no due date; status 5 waits for a supplement.
    private mutating func settle(_ dossier: inout DemoDossier, at endTime: Int64, procedureDays: Int) {
        switch dossier.status {
        case 1: dossier.due = DemoDossier.none
        case 5: drawWaitingSupplement(&dossier, days: procedureDays)
        case 3: dossier.refused = dossier.received + random.between(3_600, 2 * Self.day)
        case 7: dossier.returned = endTime
        case 8: dossier.refused = endTime
        case 9: dossier.finished = endTime
        default:
            dossier.finished = endTime
            dossier.returned = endTime + random.between(0, 3 * Self.day)
        }
    }

    /// Makes `dossier` one that waits for the applicant's supplement (status 5, no end): one
    /// request (a quarter of them two, the first already answered), requested before its
    /// effective due or, for a third of those with a due, after it.
    private mutating func drawWaitingSupplement(_ dossier: inout DemoDossier, days: Int) {
        dossier.supplementCount = random.chance(0.25) ? 2 : 1
        dossier.supplementTenths = dossier.supplementCount == 2 ? 5 + random.below(60) : 0
        let received = dossier.received
        if dossier.due != DemoDossier.none {
            let effectiveDue = dossier.due + Int64(dossier.supplementTenths) * 8_640
            if random.chance(0.33) {
                dossier.supplementRequested = effectiveDue + 3_600 + Int64(random.unit() * 12 * Double(Self.day))
            } else {
                let span = Double(effectiveDue - received)
                dossier.supplementRequested = received + max(900, Int64(span * (0.1 + 0.85 * random.unit())))
            }
        } else {
            let span = Double(Int64(max(1, days)) * Self.day)
            dossier.supplementRequested = received + max(900, Int64(span * (0.1 + 0.9 * random.unit())))
        }
    }

    /// A dossier number for a row that belongs to no dossier drawn here.
    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    private mutating func drawReceipt(from start: Int64, to end: Int64, online: Bool) -> Int64 {
        let firstDay = start / Self.day
        let dayCount = max(1, Int((end - start) / Self.day))
        var day = firstDay + Int64(random.below(dayCount))
        let second: Int64
        if online {
            second = Int64(random.below(86_400))
        } else {
            // Offices open Monday to Saturday, 07:00 to 17:00 (1970-01-01 was a Thursday).
            if (day + 4) % 7 == 0 { day += day > firstDay ? -1 : (dayCount > 1 ? 1 : 0) }
            second = 7 * 3_600 + Int64(random.below(10 * 3_600))
        }
        return min(max(day * Self.day + second, start), end - 1)
    }

    private mutating func drawCitizenId(province: UInt8) -> Int {
        let century = random.below(4)
        let year = century < 2 ? 50 + random.below(50) : random.below(8)
        let serial = random.below(1_000_000)
        return ((Int(province) * 10 + century) * 100 + year) * 1_000_000 + serial
    }

    private mutating func drawFlags(
        _ dossier: inout DemoDossier, rates: DemoProvinceProfile.Rates, procedure: DemoWorld.Procedure
    ) {
        dossier.hasFee = random.chance(0.01) ? -1 : (procedure.hasFee ? 1 : 0)
        if dossier.hasFee == 1 {
            if random.chance(0.01) {
                dossier.paidOnline = -1
            } else if random.chance(rates.paidOnline) {
                dossier.paidOnline = random.chance(0.3) ? 2 : 1
            }
        } else if dossier.hasFee < 0 {
            dossier.paidOnline = -1
        }
        dossier.digitized = random.chance(0.02) ? -1 : (random.chance(rates.digitized) ? 1 : 0)
        dossier.reused = random.chance(0.03) ? -1 : (random.chance(rates.reused) ? 1 : 0)
        dossier.synced = random.chance(rates.synced) ? 1 : 0
        let hasResult = dossier.status == 9 || dossier.status == 10
        dossier.eResult = hasResult && random.chance(rates.eResult) ? 1 : 0
        if hasResult && random.chance(rates.rated) {
            dossier.rating = random.chance(rates.dissatisfied) ? 1 : (random.chance(0.55) ? 3 : 2)
        }
        if random.chance(0.08) {
            dossier.complaint = -1
        } else {
            dossier.complaint = random.chance(rates.complaint + (dossier.rating == 1 ? 0.4 : 0)) ? 1 : 0
        }
    }
}
