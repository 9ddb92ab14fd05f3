/// The demo writer's lookup tables for one layout: every text cell it can write, prepared as
/// arena strings for the layout's delimiter, in NFC and NFD, indexed by plain numbers.
///
/// Built once per generation from `DemoWorld`, so that writing a row touches no `String`, no
/// nested array and no reference count.
final class DemoRowTables {
    let arena: DemoByteArena
    /// By province: the DVCQG code (`H15`).
    let dvcqgCode: [Int32]
    /// By `province * areaStride + area`: the (pre-merger) province code.
    let areaCode: [Int]
    /// By `(province * areaStride + area) * 2 + decomposed`: "Tỉnh Phú Yên".
    let areaName: [Int32]
    /// By province: the global number of its first unit.
    let unitBase: [Int]
    /// By global unit: code, two-digit number, area, and name (`* 2 + decomposed`).
    let unitCode: [Int32]
    let unitNumber: [Int]
    let unitArea: [Int]
    let unitName: [Int32]
    /// By procedure: its code.
    let procedureCode: [Int32]
    /// By `index * 2 + decomposed`: the applicants' name parts.
    let familyName: [Int32]
    let middleName: [Int32]
    let givenName: [Int32]
    /// By code: English status words (1…10), channel words (1…3), rating words (1…3).
    let statusWord: [Int32]
    let channelVietnamese: [Int32]
    let channelEnglish: [Int32]
    let ratingWord: [Int32]
    /// By flag style (see `DemoLayout.flagStyle`): the words for yes and no.
    let flagYes: [Int32]
    let flagNo: [Int32]
    /// `BCCI`, the postal service.
    let postalAcronym: Int32

    /// The most pre-merger areas a unit has (Hồ Chí Minh City has three).
    static let areaStride = 4

    init(world: DemoWorld, layout: DemoLayout) {
        let delimiter = layout.delimiter
        var builder = DemoByteArena.Builder()
        func both(_ text: DemoText) -> [Int32] {
            [
                builder.add(text.field(delimiter: delimiter, decomposed: false)),
                builder.add(text.field(delimiter: delimiter, decomposed: true)),
            ]
        }
        func words(_ list: [String]) -> [Int32] { list.map { builder.add(DemoText.quoted($0, delimiter: delimiter)) } }

        var dvcqgCode: [Int32] = []
        var areaCode = [Int](repeating: 0, count: world.profiles.count * Self.areaStride)
        var areaName = [Int32](repeating: 0, count: areaCode.count * 2)
        var unitBase: [Int] = []
        var unitCode: [Int32] = []
        var unitNumber: [Int] = []
        var unitArea: [Int] = []
        var unitName: [Int32] = []
        for (index, profile) in world.profiles.enumerated() {
            precondition(profile.areaCodes.count <= Self.areaStride)
            dvcqgCode.append(builder.add(profile.dvcqgCode))
            for (area, code) in profile.areaCodes.enumerated() {
                areaCode[index * Self.areaStride + area] = Int(code)
                let names = both(profile.areaNames[area])
                areaName[(index * Self.areaStride + area) * 2] = names[0]
                areaName[(index * Self.areaStride + area) * 2 + 1] = names[1]
            }
            unitBase.append(unitCode.count)
            for unit in profile.units {
                unitCode.append(builder.add(unit.code))
                unitNumber.append(unit.number)
                unitArea.append(unit.area)
                unitName += both(unit.name)
            }
        }
        self.dvcqgCode = dvcqgCode
        self.areaCode = areaCode
        self.areaName = areaName
        self.unitBase = unitBase
        self.unitCode = unitCode
        self.unitNumber = unitNumber
        self.unitArea = unitArea
        self.unitName = unitName
        procedureCode = world.procedures.map { builder.add($0.code) }
        familyName = world.familyNames.flatMap(both)
        middleName = world.middleNames.flatMap(both)
        givenName = world.givenNames.flatMap(both)
        statusWord = words(DemoCatalog.statusWords)
        channelVietnamese = words(DemoCatalog.channelWordsVietnamese)
        channelEnglish = words(DemoCatalog.channelWordsEnglish)
        ratingWord = words(DemoCatalog.ratingWords)
        flagYes = DemoLayout.flagWords.map { builder.add($0.yes) }
        flagNo = DemoLayout.flagWords.map { builder.add($0.no) }
        postalAcronym = builder.add(Array("BCCI".utf8))
        arena = DemoByteArena(builder)
    }
}
