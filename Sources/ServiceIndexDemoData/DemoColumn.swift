/// The columns a demo export can hold: the columns of docs/methodology.md, Columns, plus two the tool does not know
/// (an applicant's name and ID number, which no output may ever show).
enum DemoColumn {
    case dossierId, province, unitCode, unitName, procedureCode, applicantName, channel, status
    case receivedAt, dueAt, finishedAt, returnedAt, refusedAt, supplementCount, supplementDays
    case hasFee, paidOnline, digitized, reusedData, eResult, synced, rating, complaint, supplementRequestedAt
    case citizenId
}
