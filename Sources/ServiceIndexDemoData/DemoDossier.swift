/// One synthetic dossier (hồ sơ) in its final state, with times in local (UTC+7) seconds since
/// the epoch.
///
/// A dossier's rows in the exports are views of it at an export moment (`exported(at:)`): a
/// dossier that ends after that moment shows as still open. Unknown flags are `-1` and written
/// as empty cells; a missing time is `DemoDossier.none`.
struct DemoDossier {
    /// The value of a time that is not set.
    static let none = Int64.min

    /// Unique over the whole generation; part of the dossier id.
    var sequence: Int
    /// Index into `DemoWorld.profiles`.
    var province: Int
    /// Index into the province's units.
    var unit: Int
    /// Index into `DemoWorld.procedures`.
    var procedure: Int
    /// Indexes into the family, middle and given names.
    var familyName: UInt8
    var middleName: UInt8
    var givenName: UInt8
    /// A fake 12-digit citizen ID number.
    var citizenId: Int
    /// 1 direct, 2 online, 3 postal.
    var channel: UInt8
    /// The DVCQG status code, 1…10.
    var status: UInt8
    var received: Int64
    var due: Int64
    var finished: Int64
    var returned: Int64
    var refused: Int64
    var supplementCount: UInt8
    /// Days spent supplementing, in tenths of a day.
    var supplementTenths: Int
    var hasFee: Int8
    /// 0 no, 1 paid on DVCQG, 2 paid on the local portal, -1 unknown.
    var paidOnline: Int8
    var digitized: Int8
    var reused: Int8
    var eResult: Int8
    var synced: Int8
    /// 1…3, 0 when not rated.
    var rating: Int8
    var complaint: Int8
    /// When the last supplement was requested (`none` without a request). Written for any
    /// status, as exports carry it; a waiting dossier (status 5) is settled by it for timeliness.
    var supplementRequested: Int64 = Self.none

    /// The end time (docs/methodology.md, Dossier timeline): `finished`, else `refused` for status 3 or 8, else `returned`
    /// for status 7 or 10; `none` while open.
    var endTime: Int64 {
        if finished != Self.none { return finished }
        if status == 3 || status == 8 { return refused }
        if status == 7 || status == 10 { return returned }
        return Self.none
    }

    /// The dossier as an export taken at `moment` shows it: unchanged when it ended by then
    /// (or never ends and waits for a supplement requested by then), else still open (status 2,
    /// 4, 5 or 6; status 1 for one not yet accepted) with no end, result or rating.
    func exported(at moment: Int64) -> DemoDossier {
        let end = endTime
        if end == Self.none && (status != 5 || supplementRequested <= moment) { return self }
        if end != Self.none && end <= moment { return self }
        return openVersion(at: moment)
    }

    /// The dossier while still open at `moment`.
    func openVersion(at moment: Int64) -> DemoDossier {
        var open = self
        if status == 3 || status == 1 {
            open.status = 1
        } else if moment - received < 20 * 86_400 && sequence % 3 == 0 {
            // Received in the quarter's last days: accepted, not yet being processed.
            open.status = 2
        } else if supplementCount > 0 && supplementRequested <= moment {
            // Waiting for the applicant's supplement, requested by then.
            open.status = 5
        } else if hasFee == 1 && sequence % 4 == 0 {
            open.status = 6
        } else {
            open.status = 4
        }
        open.finished = Self.none
        open.returned = Self.none
        open.refused = Self.none
        open.eResult = eResult < 0 ? -1 : 0
        open.rating = 0
        if complaint > 0 { open.complaint = 0 }
        if open.status != 5 && supplementRequested > moment {
            // Not requested yet at the moment: neither the request nor its count shows.
            open.supplementRequested = Self.none
            open.supplementCount = 0
            open.supplementTenths = 0
        }
        return open
    }
}
