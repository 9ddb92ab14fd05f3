struct CSVRecordHeader {
    var line: Int
    var location: CSVRecordLocation
    var firstField: Int
    var fieldCount: Int
    var hasTruncatedField: Bool
}
