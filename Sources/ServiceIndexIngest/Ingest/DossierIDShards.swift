import Foundation

/// The ids kept so far, in 64 shards by hash, each a `DossierIDIndex` with its own lock, so
/// that workers rarely wait for one another.
///
/// Each shard's index, then its lock, sit on cache lines of their own: workers updating
/// neighbouring shards would otherwise pass lines back and forth. The storage is raw: a shard is
/// reached on every row, without reference counting.
final class DossierIDShards: @unchecked Sendable {
    static let shardBits = 6
    static let count = 1 << shardBits
    private static let lineBytes = 64
    private static let shardBytes = 2 * lineBytes
    private let storage: UnsafeMutableRawPointer

    init() {
        precondition(MemoryLayout<DossierIDIndex>.size <= Self.lineBytes)
        precondition(MemoryLayout<pthread_mutex_t>.size <= Self.lineBytes)
        storage = .allocate(byteCount: Self.count * Self.shardBytes, alignment: Self.lineBytes)
        for shard in 0..<Self.count {
            (storage + shard * Self.shardBytes).initializeMemory(
                as: DossierIDIndex.self, repeating: DossierIDIndex(capacity: 1 << 10), count: 1)
            let lock = (storage + shard * Self.shardBytes + Self.lineBytes).initializeMemory(
                as: pthread_mutex_t.self, repeating: pthread_mutex_t(), count: 1)
            pthread_mutex_init(lock, nil)
        }
    }

    deinit {
        for shard in 0..<Self.count {
            index(shard).pointee.deallocate()
            index(shard).deinitialize(count: 1)
            pthread_mutex_destroy(lock(shard))
        }
        storage.deallocate()
    }

    /// The shard of an id hash: its top bits.
    @inline(__always)
    static func shard(of hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - shardBits)) }

    /// A shard's index; read or change it only while holding the shard's lock.
    @inline(__always)
    func index(_ shard: Int) -> UnsafeMutablePointer<DossierIDIndex> {
        (storage + shard * Self.shardBytes).assumingMemoryBound(to: DossierIDIndex.self)
    }

    @inline(__always)
    func lock(_ shard: Int) { pthread_mutex_lock(lock(shard)) }

    @inline(__always)
    func unlock(_ shard: Int) { pthread_mutex_unlock(lock(shard)) }

    @inline(__always)
    private func lock(_ shard: Int) -> UnsafeMutablePointer<pthread_mutex_t> {
        (storage + shard * Self.shardBytes + Self.lineBytes).assumingMemoryBound(to: pthread_mutex_t.self)
    }

    /// Distinct ids kept, over all shards (when no worker is at work).
    var idCount: Int { (0..<Self.count).reduce(0) { $0 + index($1).pointee.count } }
}
