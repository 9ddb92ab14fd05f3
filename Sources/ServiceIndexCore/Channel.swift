/// How the dossier was submitted. An empty cell, or a file without the column, means direct.
public enum Channel: UInt8, Sendable, Comparable {
    case direct = 1
    case online = 2
    case postal = 3

    public static func < (lhs: Channel, rhs: Channel) -> Bool { lhs.rawValue < rhs.rawValue }
}
