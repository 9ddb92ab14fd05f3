extension Dossier {
    /// The duplicate rule (docs/methodology.md, Duplicates): true when `self` is the less advanced of two records of
    /// the same dossier, so `other` is kept.
    ///
    /// One with an end time beats one without, then the later end time, then the later
    /// `received_at`, then the higher status, then the greater record compared field by field in
    /// the column order (an unknown value sorts before any value; text by code point).
    /// The order is total, so which record is kept never depends on the order of files or rows.
    public func isSuperseded(by other: Dossier) -> Bool {
        if let decided = isSupersededByTimes(other) { return decided }
        return precedenceKey.lexicographicallyPrecedes(other.precedenceKey) { $0 < $1 }
    }

    /// The duplicate rule on its leading keys only (end time, `received_at`, status): what
    /// `isSuperseded(by:)` answers when they differ, or nil when they tie and the rest of the
    /// record (text included) decides. Needs no text, so a duplicate check can try it first.
    public func isSupersededByTimes(_ other: Dossier) -> Bool? {
        let mine = timesKey
        let theirs = other.timesKey
        if mine == theirs { return nil }
        return mine < theirs
    }

    /// The first four precedence keys as one tuple: (has an end time, end time, received, status).
    private var timesKey: (Int64, Int64, Int64, Int64) {
        (endTime == nil ? 0 : 1, endTime?.seconds ?? 0, receivedAt.seconds, Int64(status.rawValue))
    }

    /// The record as a sequence of comparable keys, in precedence order.
    var precedenceKey: [PrecedenceKey] {
        [
            .number(endTime == nil ? 0 : 1),
            .optionalNumber(endTime?.seconds),
            .number(receivedAt.seconds),
            .number(Int64(status.rawValue)),
            .text(id),
            .number(Int64(province.value)),
            .optionalText(unitCode),
            .optionalText(unitName),
            .optionalText(procedureCode),
            .number(Int64(channel.rawValue)),
            .number(Int64(status.rawValue)),
            .number(receivedAt.seconds),
            .optionalNumber(dueAt?.seconds),
            .optionalNumber(finishedAt?.seconds),
            .optionalNumber(returnedAt?.seconds),
            .optionalNumber(refusedAt?.seconds),
            .number(Int64(supplementCount)),
            .number(supplementSeconds),
            .optionalNumber(hasFee.map { $0 ? 1 : 0 }),
            .optionalNumber(paidOnline.map(Int64.init)),
            .optionalNumber(digitized.map { $0 ? 1 : 0 }),
            .optionalNumber(reusedData.map { $0 ? 1 : 0 }),
            .optionalNumber(eResult.map { $0 ? 1 : 0 }),
            .optionalNumber(synced.map { $0 ? 1 : 0 }),
            .optionalNumber(rating.map(Int64.init)),
            .optionalNumber(complaint.map { $0 ? 1 : 0 }),
            .optionalNumber(supplementRequestedAt?.seconds),
            .optionalNumber(serviceLevel.map(Int64.init)),
            .optionalNumber(unitLevel.map { $0 == .department ? 0 : 1 }),
        ]
    }
}

/// One comparable component of a record's precedence.
enum PrecedenceKey: Comparable {
    case number(Int64)
    case optionalNumber(Int64?)
    case text(String)
    case optionalText(String?)

    static func < (lhs: PrecedenceKey, rhs: PrecedenceKey) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.optionalNumber(let a), .optionalNumber(let b)): return less(a, b, by: <)
        case (.text(let a), .text(let b)): return codePointLess(a, b)
        case (.optionalText(let a), .optionalText(let b)): return less(a, b, by: codePointLess)
        default: return false
        }
    }

    private static func less<T>(_ a: T?, _ b: T?, by less: (T, T) -> Bool) -> Bool {
        switch (a, b) {
        case (nil, nil): false
        case (nil, _): true
        case (_, nil): false
        case (let a?, let b?): less(a, b)
        }
    }

    /// Compares by Unicode code point (Swift's `<` on strings does not).
    static func codePointLess(_ a: String, _ b: String) -> Bool { a.precedesByCodePoint(b) }
}
