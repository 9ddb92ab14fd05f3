import ServiceIndexCore

/// How one province behaves in the demo data: its units, its pre-merger areas and the rates
/// that drive its index (timeliness, online take-up, payment, digitisation, ratings).
///
/// Profiles do not depend on the seed: the seed changes the dossiers, not the provinces, so
/// every seed gives roughly the same ranking. The on-time share is solved so that the expected
/// total of the `qd766` index falls in the order of `DemoCatalog.provinceTraits` standings.
struct DemoProvinceProfile {
    /// The probabilities that drive a province's dossiers, each in 0…1.
    struct Rates {
        /// Share of dossiers settled within their due date.
        var onTime = 0.9
        var online = 0.5
        var postal = 0.03
        /// Share of fee-bearing dossiers paid online.
        var paidOnline = 0.7
        var digitized = 0.7
        var reused = 0.5
        /// Share of finished dossiers with an electronic result.
        var eResult = 0.8
        var synced = 0.95
        /// Share of finished dossiers that get a rating, and of those, "not satisfied".
        var rated = 0.55
        var dissatisfied = 0.03
        /// Share of finished dossiers with a complaint.
        var complaint = 0.01
    }

    /// A unit that handles dossiers.
    struct Unit {
        let code: [UInt8]
        /// The two-digit number written in dossier ids.
        let number: Int
        let name: DemoText
        /// Index into the profile's areas: where the unit lay before the merger.
        let area: Int
        /// Multiplies the province's late share (weighted mean 1 over the units).
        var lateFactor: Double
    }

    let province: Province
    /// The DVCQG code's bytes, e.g. `H15`.
    let dvcqgCode: [UInt8]
    /// Pre-merger provinces: area 0 is the unit's own code, then the merged-in provinces.
    let areaCodes: [UInt8]
    /// The area names as the provincial export writes them ("Tỉnh Phú Yên").
    let areaNames: [DemoText]
    let units: [Unit]
    let unitPicker: DemoPicker
    let rates: Rates
    /// The share of all dossiers.
    let weight: Double

    /// Builds the profile of `province` from the catalog.
    ///
    /// - Parameters:
    ///   - province: the registry's unit.
    ///   - standing: its invented place (1 = best of 34).
    ///   - weight: its share of the dossiers.
    init(province: Province, standing: Int, weight: Double) {
        self.province = province
        self.weight = weight
        dvcqgCode = Array(province.dvcqgCode.utf8)
        let isCity = DemoCatalog.cityCodes.contains(province.code.value)
        var codes = [province.code.value]
        var names = [province.name]
        for former in province.mergedFrom where former.code != province.code {
            codes.append(former.code.value)
            names.append(former.name)
        }
        areaCodes = codes
        areaNames = names.enumerated().map { index, name in
            DemoText((index == 0 && isCity ? "Thành phố " : "Tỉnh ") + name)
        }
        var random = DemoRandom(seed: 0x766_0766, stream: UInt64(province.code.value))
        let built = Self.makeUnits(province: province, isCity: isCity, areaCount: codes.count, random: &random)
        units = built.units
        unitPicker = DemoPicker(weights: built.weights)
        rates = Self.makeRates(code: province.code.value, standing: standing, random: &random)
    }

    private static func makeUnits(
        province: Province, isCity: Bool, areaCount: Int, random: inout DemoRandom
    ) -> (units: [Unit], weights: [Double]) {
        let suffix = Array(".\(province.code).\(province.dvcqgCode)".utf8)
        func code(_ number: Int) -> [UInt8] {
            Array("000.".utf8) + [0x30 + UInt8(number / 10), 0x30 + UInt8(number % 10)] + suffix
        }
        let scope = (isCity ? "thành phố " : "tỉnh ") + province.name
        var units: [Unit] = []
        var weights: [Double] = []
        for (index, department) in DemoCatalog.departments.enumerated() {
            let name = department.name.replacingOccurrences(of: "{P}", with: scope)
            let factor = 0.6 + 0.9 * random.unit()
            units.append(
                Unit(code: code(index + 1), number: index + 1, name: DemoText(name), area: 0, lateFactor: factor))
            weights.append(Double(department.weight))
        }
        var places: [DemoCatalog.Place]
        if province.code.value == 66 {
            places = DemoCatalog.dakLakPlaces
        } else {
            var pool = DemoCatalog.placeNames
            places = []
            for index in 0..<9 {
                let name = pool.remove(at: random.below(pool.count))
                places.append(DemoCatalog.Place(name: name, isWard: index < 5, area: index % areaCount))
            }
        }
        for (index, place) in places.enumerated() {
            let name = (place.isWard ? "UBND phường " : "UBND xã ") + place.name
            let factor = 0.3 + 2 * random.unit() * random.unit()
            units.append(
                Unit(
                    code: code(31 + index), number: 31 + index, name: DemoText(name), area: place.area,
                    lateFactor: factor))
            weights.append(place.isWard ? 3 : 2)
        }
        let total = weights.reduce(0, +)
        let mean = zip(units, weights).map { $0.lateFactor * $1 }.reduce(0, +) / total
        for index in units.indices { units[index].lateFactor /= mean }
        return (units, weights)
    }

    private static func makeRates(code: UInt8, standing: Int, random: inout DemoRandom) -> Rates {
        let q = 1 - Double(standing - 1) / 33
        func jitter(_ amplitude: Double) -> Double { (random.unit() * 2 - 1) * amplitude }
        func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double { min(high, max(low, value)) }
        var rates = Rates()
        rates.online = clamp(0.2 + 0.55 * q + jitter(0.1), 0.18, 0.82)
        rates.postal = 0.02 + jitter(0.01)
        rates.paidOnline = clamp(0.3 + 0.62 * q + jitter(0.08), 0.2, 0.97)
        rates.digitized = clamp(0.45 + 0.5 * q + jitter(0.08), 0.3, 0.98)
        rates.reused = clamp(0.2 + 0.6 * q + jitter(0.1), 0.1, 0.95)
        rates.eResult = clamp(0.55 + 0.42 * q + jitter(0.05), 0.4, 0.99)
        rates.synced = clamp(0.86 + 0.13 * q + jitter(0.03), 0.8, 0.998)
        rates.rated = 0.45 + 0.2 * random.unit()
        rates.dissatisfied = clamp(0.06 - 0.05 * q + jitter(0.01), 0.005, 0.1)
        rates.complaint = clamp(0.025 - 0.02 * q + jitter(0.005), 0.002, 0.04)
        if code == 66 {
            // The focus province: strong online take-up, weak on online payment, so the gap
            // analysis has something to say.
            rates.online = 0.62
            rates.paidOnline = 0.55
            rates.digitized = 0.74
            rates.reused = 0.46
            rates.eResult = 0.86
            rates.synced = 0.95
        }
        // Expected totals 0.65 points apart, with a wider gap below the focus province's 8th
        // place so that sampling noise rarely moves it.
        let target = 59.5 - Double(standing - 1) * 0.65 - (standing > 8 ? 0.6 : 0)
        var low = 0.6
        var high = 0.995
        for _ in 0..<50 {
            rates.onTime = (low + high) / 2
            if expectedPoints(rates) < target { low = rates.onTime } else { high = rates.onTime }
        }
        rates.onTime = clamp((low + high) / 2, 0.68, 0.99)
        return rates
    }

    /// A rough expectation of the `qd766` total (docs/methodology.md, Indicators) for a set of rates.
    static func expectedPoints(_ rates: Rates) -> Double {
        let complained = rates.complaint + rates.rated * rates.dissatisfied
        let satisfaction = max(0, rates.onTime - complained)
        return 6 * rates.synced + 20 * rates.onTime + 12 * min(1, rates.online / 0.5)
            + 6 * rates.paidOnline + 6 * rates.eResult + 4 * rates.digitized
            + 2 * min(1, rates.reused / 0.8) + 6 * min(1, satisfaction / 0.9)
    }
}
