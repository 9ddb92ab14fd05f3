import ServiceIndexCore
import TestSupport
import Testing

private let hour: Int64 = 3_600
private let day: Int64 = 86_400
/// 2025-07-01 08:30 +07:00.
private let start: Int64 = 1_751_333_400

private func at(_ offset: Int64) -> Instant { Instant(seconds: start + offset) }

/// A status-4 dossier of Đắk Lắk received at `start`, changed by `edit`.
private func dossier(_ edit: (inout Dossier) -> Void = { _ in }) -> Dossier {
    var record = Dossier(id: "HS-1", province: ProvinceCode(66), status: .processing, receivedAt: at(0))
    edit(&record)
    return record
}

/// Two records of one dossier and which one the duplicate rule keeps (docs/methodology.md, Duplicates).
struct PrecedenceCase: Sendable, CustomTestStringConvertible {
    let name: String
    let loser: Dossier
    let winner: Dossier
    var testDescription: String { name }

    init(_ name: String, loser: (inout Dossier) -> Void, winner: (inout Dossier) -> Void) {
        self.name = name
        self.loser = dossier(loser)
        self.winner = dossier(winner)
    }

    static let all: [PrecedenceCase] = [
        // 1. An end time beats none.
        .init(
            "finished_at beats an open record with a later received_at and higher status",
            loser: {
                $0.status = .financialObligationRequested
                $0.receivedAt = at(5 * day)
            },
            winner: {
                $0.status = .accepted
                $0.finishedAt = at(day)
            }),
        .init(
            "refused_at ends a status 3 record; it does not end a status 9 one",
            loser: {
                $0.status = .processingFinished
                $0.receivedAt = at(2 * day)
                $0.refusedAt = at(3 * day)
            },
            winner: {
                $0.status = .notAccepted
                $0.refusedAt = at(day)
            }),
        .init(
            "refused_at ends a status 8 record",
            loser: {
                $0.status = .resultReturned
                $0.receivedAt = at(day)
            },
            winner: {
                $0.status = .stopped
                $0.refusedAt = at(2 * day)
            }),
        .init(
            "returned_at ends a status 7 record; it does not end a status 9 one",
            loser: {
                $0.status = .processingFinished
                $0.receivedAt = at(day)
                $0.returnedAt = at(5 * day)
            },
            winner: {
                $0.status = .withdrawn
                $0.returnedAt = at(2 * day)
            }),
        .init(
            "finished_at ends a record whatever its status",
            loser: {
                $0.status = .resultReturned
                $0.receivedAt = at(day)
            },
            winner: {
                $0.status = .processing
                $0.finishedAt = at(2 * day)
            }),
        // 2. Then the later end time.
        .init(
            "the later end time wins over a later received_at and higher status",
            loser: {
                $0.status = .resultReturned
                $0.receivedAt = at(day)
                $0.finishedAt = at(3 * day)
            },
            winner: {
                $0.status = .processingFinished
                $0.finishedAt = at(4 * day)
            }),
        .init(
            "end times compare across finished_at and returned_at",
            loser: {
                $0.status = .processingFinished
                $0.finishedAt = at(2 * day)
            },
            winner: {
                $0.status = .resultReturned
                $0.returnedAt = at(3 * day)
            }),
        // 3. Then the later received_at.
        .init(
            "same end time: the later received_at wins over a higher status",
            loser: {
                $0.status = .resultReturned
                $0.finishedAt = at(2 * day)
            },
            winner: {
                $0.status = .processingFinished
                $0.receivedAt = at(hour)
                $0.finishedAt = at(2 * day)
            }),
        .init(
            "both open: the later received_at wins",
            loser: { $0.status = .financialObligationRequested },
            winner: {
                $0.status = .accepted
                $0.receivedAt = at(1)
            }),
        // 4. Then the higher status.
        .init(
            "same end and received: the higher status wins",
            loser: {
                $0.status = .processingFinished
                $0.finishedAt = at(2 * day)
            },
            winner: {
                $0.status = .resultReturned
                $0.finishedAt = at(2 * day)
            }),
        .init(
            "both open, same received: the higher status wins",
            loser: {
                $0.status = .processing
                $0.unitCode = "Z"
            },
            winner: { $0.status = .supplementRequested }),
        // 5. Then field by field in column order; unknown first; text by code point.
        .init(
            "province before unit_code",
            loser: {
                $0.province = ProvinceCode(48)
                $0.unitCode = "Z"
            },
            winner: {
                $0.province = ProvinceCode(66)
                $0.unitCode = "A"
            }),
        .init(
            "unknown unit_code sorts before any, even when a later field is greater",
            loser: { $0.unitName = "Z" },
            winner: { $0.unitCode = "U1" }),
        .init(
            "text by code point: \"Z\" < \"a\"",
            loser: { $0.unitCode = "Z" }, winner: { $0.unitCode = "a" }),
        .init(
            "text by code point, not UTF-16: U+FF21 < U+1D400",
            loser: { $0.unitName = "\u{FF21}" }, winner: { $0.unitName = "\u{1D400}" }),
        .init(
            "text by code point: \"Z\" < \"Ư\" (U+01AF)",
            loser: { $0.procedureCode = "Z" }, winner: { $0.procedureCode = "Ư" }),
        .init(
            "a prefix sorts first",
            loser: { $0.procedureCode = "1.00" }, winner: { $0.procedureCode = "1.001" }),
        .init(
            "unit_code before unit_name",
            loser: {
                $0.unitCode = "A"
                $0.unitName = "Z"
            },
            winner: {
                $0.unitCode = "B"
                $0.unitName = "A"
            }),
        .init(
            "procedure_code before channel",
            loser: {
                $0.procedureCode = "1"
                $0.channel = .postal
            }, winner: { $0.procedureCode = "2" }),
        .init("channel: online after direct", loser: { $0.channel = .direct }, winner: { $0.channel = .online }),
        .init("channel: postal after online", loser: { $0.channel = .online }, winner: { $0.channel = .postal }),
        .init("due_at: unknown first", loser: { _ in }, winner: { $0.dueAt = at(day) }),
        .init("due_at: later wins", loser: { $0.dueAt = at(2 * day) }, winner: { $0.dueAt = at(3 * day) }),
        .init(
            "returned_at of an open record compares as a field",
            loser: { $0.refusedAt = at(9 * day) }, winner: { $0.returnedAt = at(day) }),
        .init(
            "refused_at of an open record compares as a field",
            loser: { $0.supplementCount = 5 }, winner: { $0.refusedAt = at(day) }),
        .init(
            "supplement_count before supplement_days",
            loser: {
                $0.supplementCount = 1
                $0.supplementSeconds = 999
            }, winner: { $0.supplementCount = 2 }),
        .init("supplement_days: more wins", loser: { $0.hasFee = true }, winner: { $0.supplementSeconds = 43_200 }),
        .init("has_fee: unknown before false", loser: { $0.paidOnline = 2 }, winner: { $0.hasFee = false }),
        .init(
            "has_fee: false before true",
            loser: {
                $0.hasFee = false
                $0.digitized = true
            }, winner: { $0.hasFee = true }),
        .init("paid_online: unknown before 0", loser: { $0.digitized = true }, winner: { $0.paidOnline = 0 }),
        .init("paid_online: 1 before 2", loser: { $0.paidOnline = 1 }, winner: { $0.paidOnline = 2 }),
        .init("digitized: false before true", loser: { $0.digitized = false }, winner: { $0.digitized = true }),
        .init("reused_data: unknown before false", loser: { $0.eResult = true }, winner: { $0.reusedData = false }),
        .init(
            "e_result: false before true",
            loser: {
                $0.eResult = false
                $0.synced = true
            }, winner: { $0.eResult = true }),
        .init(
            "synced: false before true",
            loser: {
                $0.synced = false
                $0.rating = 3
            }, winner: { $0.synced = true }),
        .init("rating: unknown before 1", loser: { $0.complaint = true }, winner: { $0.rating = 1 }),
        .init("rating: 1 before 3", loser: { $0.rating = 1 }, winner: { $0.rating = 3 }),
        .init("complaint: unknown before false", loser: { _ in }, winner: { $0.complaint = false }),
        .init("complaint: false before true", loser: { $0.complaint = false }, winner: { $0.complaint = true }),
    ]
}

@Suite("Duplicate precedence")
struct DuplicatePrecedenceTests {
    @Test("the more advanced record is kept", arguments: PrecedenceCase.all)
    func keepsTheWinner(_ testCase: PrecedenceCase) {
        #expect(testCase.loser != testCase.winner)
        #expect(testCase.loser.isSuperseded(by: testCase.winner))
        #expect(!testCase.winner.isSuperseded(by: testCase.loser))
    }

    @Test("a record never supersedes an equal one")
    func equalRecords() {
        let record = dossier {
            $0.unitName = "Sở Tư pháp"
            $0.finishedAt = at(day)
            $0.rating = 2
        }
        #expect(!record.isSuperseded(by: record))
        #expect(
            !record.isSuperseded(
                by: dossier {
                    $0.unitName = "Sở Tư pháp"
                    $0.finishedAt = at(day)
                    $0.rating = 2
                }))
    }

    @Test("the order is total and transitive over every record of the table")
    func totalOrder() {
        var pool: [Dossier] = []
        for testCase in PrecedenceCase.all {
            for record in [testCase.loser, testCase.winner] where !pool.contains(record) { pool.append(record) }
        }
        #expect(pool.count > 40)
        for a in pool {
            for b in pool where a != b {
                #expect(a.isSuperseded(by: b) != b.isSuperseded(by: a), "exactly one of two distinct records wins")
            }
        }
        for a in pool {
            for b in pool where a.isSuperseded(by: b) {
                for c in pool where b.isSuperseded(by: c) {
                    #expect(a.isSuperseded(by: c), "transitive")
                }
            }
        }
    }

    @Test("the times-only check answers exactly when end time, received_at or status differ")
    func timesShortcut() {
        var pool: [Dossier] = []
        for testCase in PrecedenceCase.all {
            for record in [testCase.loser, testCase.winner] where !pool.contains(record) { pool.append(record) }
        }
        var ties = 0
        for a in pool {
            for b in pool {
                let tie = a.endTime == b.endTime && a.receivedAt == b.receivedAt && a.status == b.status
                let answer = a.isSupersededByTimes(b)
                #expect((answer == nil) == tie)
                if let answer { #expect(answer == (b.isSupersededByTimes(a) == false)) }
                if tie && a != b { ties += 1 }
            }
        }
        #expect(ties > 10, "the table has records that only text tells apart")
    }

    /// Eight records of one dossier; the winner, by hand: `last`.
    ///
    /// Open records lose to ended ones; of the ended ones, the end time 3 days on ties four
    /// records; of those, received one hour on ties three; status 10 beats status 8; the
    /// unit name beats unknown; then a complaint beats none.
    static let candidates: [Dossier] = [
        dossier { $0.status = .processing },
        dossier {
            $0.status = .financialObligationRequested
            $0.receivedAt = at(day)
        },
        dossier {
            $0.status = .processingFinished
            $0.finishedAt = at(2 * day)
        },
        dossier {
            $0.status = .resultReturned
            $0.returnedAt = at(3 * day)
        },
        dossier {
            $0.status = .stopped
            $0.receivedAt = at(hour)
            $0.refusedAt = at(3 * day)
        },
        dossier {
            $0.status = .resultReturned
            $0.receivedAt = at(hour)
            $0.returnedAt = at(3 * day)
        },
        dossier {
            $0.status = .resultReturned
            $0.receivedAt = at(hour)
            $0.returnedAt = at(3 * day)
            $0.unitName = "Sở Tư pháp"
        },
        dossier {
            $0.status = .resultReturned
            $0.receivedAt = at(hour)
            $0.returnedAt = at(3 * day)
            $0.unitName = "Sở Tư pháp"
            $0.complaint = true
        },
    ]

    private static func kept(_ records: [Dossier]) -> Dossier {
        records.dropFirst().reduce(records[0]) { kept, next in kept.isSuperseded(by: next) ? next : kept }
    }

    @Test("the kept record does not depend on the order: 200 seeded shuffles")
    func shuffles() {
        let expected = Self.candidates.last!
        var generator = SplitMix64(seed: 20_250_701)
        for round in 0..<200 {
            let order = Self.candidates.shuffled(using: &generator)
            #expect(Self.kept(order) == expected, "round \(round)")
        }
    }

    @Test("the kept record does not depend on the order: every permutation of six")
    func permutations() {
        let six = Array(Self.candidates.suffix(6))
        var count = 0
        var indices = Array(0..<6)
        // Heap's algorithm, iterative.
        var c = [Int](repeating: 0, count: 6)
        func check() {
            count += 1
            #expect(Self.kept(indices.map { six[$0] }) == six.last!, "order \(indices)")
        }
        check()
        var i = 1
        while i < 6 {
            if c[i] < i {
                indices.swapAt(i % 2 == 0 ? 0 : c[i], i)
                check()
                c[i] += 1
                i = 1
            } else {
                c[i] = 0
                i += 1
            }
        }
        #expect(count == 720)
    }
}
