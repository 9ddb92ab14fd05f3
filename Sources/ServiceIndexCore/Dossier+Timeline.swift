extension Dossier {
    /// When the dossier ended (docs/methodology.md, Dossier timeline): `finished_at`, else `refused_at` when the status is 3
    /// or 8, else `returned_at` when it is 7 or 10; nil while it is open.
    public var endTime: Instant? {
        if let finishedAt { return finishedAt }
        switch status {
        case .notAccepted, .stopped: return refusedAt
        case .withdrawn, .resultReturned: return returnedAt
        default: return nil
        }
    }

    /// When the dossier stopped counting against its due, for timeliness (in scope, on time, open
    /// in time, overdue): its end time; or, while it waits for the applicant's supplement (status
    /// 5, no end time), when that supplement was requested, as the portal counts it settled
    /// then. Nil while it is open. Every other metric reads `endTime` (docs/methodology.md,
    /// Timeliness).
    public var timelinessEnd: Instant? {
        if let endTime { return endTime }
        return status == .supplementRequested ? supplementRequestedAt : nil
    }

    /// `due_at` plus the days spent supplementing; nil without a due date.
    public var effectiveDue: Instant? {
        dueAt.map { Instant(seconds: $0.seconds + supplementSeconds) }
    }

    /// True when the applicant complained: a petition or dislike, or a rating of 1.
    public var hasComplained: Bool { complaint == true || rating == 1 }
}
