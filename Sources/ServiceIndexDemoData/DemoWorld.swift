import ServiceIndexCore

/// Everything the demo dossiers are drawn from: the 34 province profiles, the procedures and the
/// applicants' names, prepared once as bytes.
///
/// The world does not depend on the seed (it is built from a fixed one), so that every seed
/// shows the same provinces, units and procedures with different dossiers.
struct DemoWorld {
    /// An administrative procedure (TTHC).
    struct Procedure {
        /// A code like `1.001234`.
        let code: [UInt8]
        /// The legal processing time in days (the due date is this many days after receipt).
        let days: Int
        let hasFee: Bool
        /// False for the few procedures without a due date.
        let hasDeadline: Bool
        /// Multiplies the late share (weighted mean 1 over the procedures).
        let lateFactor: Double
    }

    /// The profiles in registry order (by code).
    let profiles: [DemoProvinceProfile]
    let provincePicker: DemoPicker
    /// The index of Đắk Lắk (66), the provincial export's province.
    let focusIndex: Int
    let procedures: [Procedure]
    let procedurePicker: DemoPicker
    let familyNames: [DemoText]
    let middleNames: [DemoText]
    let givenNames: [DemoText]

    /// The world built from the registry and the catalog.
    static let standard = DemoWorld(registry: .standard)

    init(registry: ProvinceRegistry) {
        var profiles: [DemoProvinceProfile] = []
        for province in registry.provinces {
            let traits = DemoCatalog.provinceTraits.first { $0.code == province.code.value }
            profiles.append(
                DemoProvinceProfile(
                    province: province, standing: traits?.standing ?? 20,
                    weight: Double(traits?.population ?? 2_000)))
        }
        self.profiles = profiles
        provincePicker = DemoPicker(weights: profiles.map(\.weight))
        focusIndex = profiles.firstIndex { $0.province.code.value == 66 } ?? 0
        let built = Self.makeProcedures()
        procedures = built.procedures
        procedurePicker = DemoPicker(weights: built.weights)
        familyNames = DemoCatalog.familyNames.map(DemoText.init)
        middleNames = DemoCatalog.middleNames.map(DemoText.init)
        givenNames = DemoCatalog.givenNames.map(DemoText.init)
    }

    private static func makeProcedures() -> (procedures: [Procedure], weights: [Double]) {
        var random = DemoRandom(seed: 0x766_7766)
        let dayChoices = [1, 2, 3, 5, 5, 7, 10, 10, 15, 20, 30]
        var seen: Set<Int> = []
        var drafts: [(code: [UInt8], days: Int, fee: Bool, deadline: Bool, late: Double, weight: Double)] = []
        while drafts.count < 60 {
            let prefix = random.chance(0.8) ? 1 : 2
            let number = 100 + random.below(12_900)
            guard seen.insert(prefix * 1_000_000 + number).inserted else { continue }
            var digits = String(number)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            let index = drafts.count
            drafts.append(
                (
                    code: Array("\(prefix).\(digits)".utf8),
                    days: dayChoices[random.below(dayChoices.count)],
                    fee: random.chance(0.35),
                    deadline: index >= 2,
                    late: 0.4 + 1.4 * random.unit() * random.unit() + (index % 11 == 5 ? 1.2 : 0),
                    weight: (index < 2 ? 0.15 : 1) / Double(1 + index % 17)
                ))
        }
        let total = drafts.map(\.weight).reduce(0, +)
        let mean = drafts.map { $0.late * $0.weight }.reduce(0, +) / total
        let procedures = drafts.map {
            Procedure(
                code: $0.code, days: $0.days, hasFee: $0.fee, hasDeadline: $0.deadline, lateFactor: $0.late / mean)
        }
        return (procedures, drafts.map(\.weight))
    }
}
