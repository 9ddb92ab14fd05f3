/// One dossier (hồ sơ) as the tool keeps it: every value parsed and normalised (docs/methodology.md, Values).
///
/// Optional values are unknown: an empty cell, or a column the file does not have.
public struct Dossier: Sendable, Equatable {
    /// The dossier id, trimmed, white space collapsed, NFC.
    public var id: String
    /// Today's unit the dossier belongs to (pre-merger codes already mapped).
    public var province: ProvinceCode
    public var unitCode: String?
    public var unitName: String?
    public var procedureCode: String?
    public var channel: Channel
    public var status: DossierStatus
    public var receivedAt: Instant
    public var dueAt: Instant?
    public var finishedAt: Instant?
    public var returnedAt: Instant?
    public var refusedAt: Instant?
    /// Supplement requests; 0 when empty or absent.
    public var supplementCount: Int
    /// Days the applicant spent supplementing, in whole seconds (floored); 0 when empty or absent.
    public var supplementSeconds: Int64
    public var hasFee: Bool?
    /// 0 not paid online, 1 paid on DVCQG, 2 paid on the local portal, 3 a fee requested and not
    /// paid yet (not paid online).
    public var paidOnline: UInt8?
    public var digitized: Bool?
    public var reusedData: Bool?
    public var eResult: Bool?
    public var synced: Bool?
    /// 1 dissatisfied, 2 satisfied, 3 very satisfied; nil when not rated.
    public var rating: UInt8?
    public var complaint: Bool?
    /// When the supplement the dossier waits for was requested; read for timeliness only while
    /// its status is 5 and it has no end time (`timelinessEnd`).
    public var supplementRequestedAt: Instant?
    /// The online-service level: 4 full online (toàn trình), 3 partly online, 2 or 1 information only.
    public var serviceLevel: UInt8?
    /// The level of its unit as the export states it (`unit_level`); nil when it does not.
    public var unitLevel: UnitLevel?

    // Inlinable: the ingest builds one per row, straight into its result.
    @inlinable
    public init(
        id: String, province: ProvinceCode, unitCode: String? = nil, unitName: String? = nil,
        procedureCode: String? = nil, channel: Channel = .direct, status: DossierStatus,
        receivedAt: Instant, dueAt: Instant? = nil, finishedAt: Instant? = nil,
        returnedAt: Instant? = nil, refusedAt: Instant? = nil, supplementCount: Int = 0,
        supplementSeconds: Int64 = 0, hasFee: Bool? = nil, paidOnline: UInt8? = nil,
        digitized: Bool? = nil, reusedData: Bool? = nil, eResult: Bool? = nil, synced: Bool? = nil,
        rating: UInt8? = nil, complaint: Bool? = nil, supplementRequestedAt: Instant? = nil,
        serviceLevel: UInt8? = nil, unitLevel: UnitLevel? = nil
    ) {
        self.id = id
        self.province = province
        self.unitCode = unitCode
        self.unitName = unitName
        self.procedureCode = procedureCode
        self.channel = channel
        self.status = status
        self.receivedAt = receivedAt
        self.dueAt = dueAt
        self.finishedAt = finishedAt
        self.returnedAt = returnedAt
        self.refusedAt = refusedAt
        self.supplementCount = supplementCount
        self.supplementSeconds = supplementSeconds
        self.hasFee = hasFee
        self.paidOnline = paidOnline
        self.digitized = digitized
        self.reusedData = reusedData
        self.eResult = eResult
        self.synced = synced
        self.rating = rating
        self.complaint = complaint
        self.supplementRequestedAt = supplementRequestedAt
        self.serviceLevel = serviceLevel
        self.unitLevel = unitLevel
    }
}
