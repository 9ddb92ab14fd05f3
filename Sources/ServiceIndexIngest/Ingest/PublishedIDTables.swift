import Synchronization

/// Each shard's table address and slot count, published in atomics so that `DossierIDHints` can
/// prefetch the slot an id will be probed at without taking the shard's lock.
///
/// A shard publishes after its table grew, under its lock; a reader may see an address and a
/// count from two different moments while a table grows, which gives a useless hint, never a
/// wrong result. The atomics are read-mostly, apart from the lines the shards write.
final class PublishedIDTables: @unchecked Sendable {
    /// Per shard: the table's address, then its slot count.
    private let published: UnsafeMutablePointer<Atomic<Int>>

    init(_ shards: DossierIDShards) {
        published = .allocate(capacity: 2 * DossierIDShards.count)
        for shard in 0..<DossierIDShards.count {
            let table = shards.index(shard).pointee
            (published + 2 * shard).initialize(to: Atomic(table.slotsAddress))
            (published + 2 * shard + 1).initialize(to: Atomic(table.slotCount))
        }
    }

    deinit {
        published.deinitialize(count: 2 * DossierIDShards.count)
        published.deallocate()
    }

    /// What `prefetch` reads, for a task to hold: a plain value, so that no reference to the
    /// shared tables is counted per row.
    var hints: DossierIDHints { DossierIDHints(published: published) }

    /// Publishes a shard's table if it grew since it was last published (under the shard's lock).
    @inline(__always)
    func publishIfGrown(_ shard: Int, _ table: UnsafeMutablePointer<DossierIDIndex>) {
        guard published[2 * shard + 1].load(ordering: .relaxed) != table.pointee.slotCount else { return }
        published[2 * shard].store(table.pointee.slotsAddress, ordering: .relaxed)
        published[2 * shard + 1].store(table.pointee.slotCount, ordering: .relaxed)
    }
}
