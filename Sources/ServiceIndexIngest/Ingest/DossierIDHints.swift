import Synchronization

/// Each shard's table address and size as `PublishedIDTables` last published them: enough to
/// start fetching the slot an id will be probed at, before the row is parsed and accepted.
///
/// A worker calls `prefetch` as soon as it has read a row's id, and `DuplicateResolver.accept`
/// once the row is parsed: by then the slot is in the cache (a probe was the costliest miss of
/// the row).
struct DossierIDHints: @unchecked Sendable {
    /// Per shard: the table's address, then its slot count. Owned by the published tables,
    /// which outlive every task.
    let published: UnsafeMutablePointer<Atomic<Int>>

    /// Starts fetching the slot `DuplicateResolver.accept` will probe first for an id hash. A
    /// hint: it changes no result, even when read while the table grows.
    @inline(__always)
    func prefetch(_ hash: UInt64) {
        let shard = DossierIDShards.shard(of: hash)
        let slotsAddress = published[2 * shard].load(ordering: .relaxed)
        let slotCount = published[2 * shard + 1].load(ordering: .relaxed)
        if let probe = DossierIDIndex.firstProbe(of: hash, slotsAddress: slotsAddress, slotCount: slotCount) {
            MemoryHint.prefetchForWriting(probe)
        }
    }
}
