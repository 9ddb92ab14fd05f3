import ServiceIndexCore
import Testing

/// 2025-07-01 08:30 +07:00.
private let start: Int64 = 1_751_333_400
private let day: Int64 = 86_400

private func at(_ days: Int64) -> Instant { Instant(seconds: start + days * day) }

/// A status-4 dossier of Đắk Lắk received at `start`, changed by `edit`.
private func record(_ edit: (inout Dossier) -> Void = { _ in }) -> Dossier {
    var result = Dossier(id: "HS-1", province: ProvinceCode(66), status: .processing, receivedAt: at(0))
    edit(&result)
    return result
}

/// The duplicate rule and the supplement request time: a request settles timeliness but is no
/// end time, so it does not take part in "one with an end time beats one without"; in the
/// field-by-field comparison it is the last field, after `complaint`.
@Suite struct SupplementRequestPrecedenceTests {
    static let cases: [(name: String, loser: Dossier, winner: Dossier)] = [
        (
            "a later received_at beats a waiting record with a request time",
            record {
                $0.status = .supplementRequested
                $0.supplementRequestedAt = at(1)
            },
            record { $0.receivedAt = Instant(seconds: start + 3_600) }
        ),
        (
            "an end time beats a waiting record with a later request time",
            record {
                $0.status = .supplementRequested
                $0.supplementRequestedAt = at(5)
            },
            record { $0.finishedAt = at(3) }
        ),
        (
            "complaint is compared before the request time",
            record {
                $0.complaint = false
                $0.supplementRequestedAt = at(9)
            },
            record { $0.complaint = true }
        ),
        ("the request time, last: unknown first", record(), record { $0.supplementRequestedAt = at(1) }),
        (
            "the request time, last: later wins", record { $0.supplementRequestedAt = at(1) },
            record { $0.supplementRequestedAt = at(2) }
        ),
    ]

    @Test(arguments: cases.indices)
    func keepsTheWinner(_ index: Int) {
        let (name, loser, winner) = Self.cases[index]
        #expect(loser.isSuperseded(by: winner), "\(name)")
        #expect(!winner.isSuperseded(by: loser), "\(name)")
        // The times-only shortcut never looks at the request time.
        let sameTimes =
            loser.endTime == winner.endTime && loser.receivedAt == winner.receivedAt
            && loser.status == winner.status
        #expect((loser.isSupersededByTimes(winner) == nil) == sameTimes, "\(name)")
    }
}
