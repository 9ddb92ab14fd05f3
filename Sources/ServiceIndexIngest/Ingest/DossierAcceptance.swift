import ServiceIndexCore

/// What accepting a row did to the records kept, one per dossier id: the aggregates count
/// exactly the kept records (docs/methodology.md, Duplicates).
enum DossierAcceptance {
    /// The first record of its id: it is kept.
    case first
    /// A repeated id; the record kept before stays.
    case duplicateKept
    /// A repeated id whose row supersedes the record kept before, given here.
    case duplicateReplacing(Dossier)

    /// True when the id had been seen before (the row is a duplicate, whichever record is kept).
    var isDuplicate: Bool {
        if case .first = self { return false }
        return true
    }

    /// Counts the row's `dossier` in `aggregate` when it is kept, and takes out the record it
    /// replaced. Any worker's aggregate will do: the workers' aggregates are summed.
    @inline(__always)
    func count(_ dossier: Dossier, into aggregate: inout DossierAggregate) {
        switch self {
        case .first:
            aggregate.add(dossier, weight: 1)
        case .duplicateKept:
            break
        case .duplicateReplacing(let replaced):
            aggregate.add(replaced, weight: -1)
            aggregate.add(dossier, weight: 1)
        }
    }
}
