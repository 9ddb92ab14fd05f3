/// The two levels the portal ranks units in since the 2025 reform (docs/methodology.md, Units
/// and procedures): departments (sở, ban, ngành and other provincial agencies) and communes
/// (UBND xã, phường, đặc khu).
public enum UnitLevel: String, Sendable, CaseIterable, Comparable {
    case department
    case commune

    /// The level a unit's name implies: `commune` when it starts with "UBND xã", "UBND phường"
    /// or "UBND đặc khu" (folded as headers are: any case, with or without diacritics), else
    /// `department`.
    ///
    /// ```swift
    /// UnitLevel(name: "UBND Phường Tân Lập")    // .commune
    /// UnitLevel(name: "Văn phòng UBND tỉnh")    // .department
    /// ```
    public init(name: String) {
        let words = name.split(whereSeparator: \.isWhitespace).map { NameKey.word(String($0)) }.filter { !$0.isEmpty }
        let isCommune = Self.communePrefixes.contains { prefix in words.starts(with: prefix) }
        self = isCommune ? .commune : .department
    }

    private static let communePrefixes = [["ubnd", "xa"], ["ubnd", "phuong"], ["ubnd", "dac", "khu"]]

    /// Departments first.
    public static func < (lhs: UnitLevel, rhs: UnitLevel) -> Bool { lhs == .department && rhs == .commune }
}
