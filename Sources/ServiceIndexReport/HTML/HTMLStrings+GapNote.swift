import ServiceIndexCore

extension HTMLStrings {
    /// "not measured: the exports hold no values for it".
    public var noteNotMeasured: String { notMeasured + ": " + noValues }

    /// The words of a gap note; `integer` and `decimal` write its numbers (localised in the
    /// HTML report, plain in `focus.csv`).
    public func words(
        for note: GapNote, targetRank: Int, integer: (Int64) -> String, decimal: (Double) -> String
    ) -> String {
        switch note {
        case .notMeasured: noteNotMeasured
        case .missing: PublishedStrings.of(language).noteMissing
        case .published: PublishedStrings.of(language).notePublished
        case .empty: noteEmpty
        case .atMaximum: noteAtMaximum
        case .additional(let dossiers, let metric):
            noteAdditional(integer(dossiers), gapAction(metric), String(targetRank))
        case .cannotCloseAlone: noteCannotClose
        case .headroom(let points): noteHeadroom(decimal(points))
        }
    }
}
