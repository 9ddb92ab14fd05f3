/// How a unit is identified: by `unit_code` when the cell has one, else by `unit_name`, else it
/// is the unit "(unknown)".
public enum UnitKey: Hashable, Sendable, Comparable {
    case code(String)
    case name(String)
    case unknown

    /// The label of the unit, or procedure, that has no identification.
    public static let unknownLabel = "(unknown)"

    public init(_ dossier: Dossier) {
        if let code = dossier.unitCode {
            self = .code(code)
        } else if let name = dossier.unitName {
            self = .name(name)
        } else {
            self = .unknown
        }
    }

    /// Units sort by code (code-point order), named units after coded ones, "(unknown)" last.
    public static func < (lhs: UnitKey, rhs: UnitKey) -> Bool {
        switch (lhs, rhs) {
        case (.code(let a), .code(let b)), (.name(let a), .name(let b)):
            PrecedenceKey.codePointLess(a, b)
        case (.code, _): true
        case (.name, .unknown): true
        default: false
        }
    }
}
