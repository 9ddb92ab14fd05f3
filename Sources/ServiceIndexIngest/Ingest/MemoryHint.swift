import CPrefetch

/// Cache hints for the ingest's hot loop; they change no result. The only Swift file that
/// reaches the prefetch in C.
enum MemoryHint {
    /// Asks the CPU to fetch the cache line at `address` for writing. Never faults, even when
    /// the address is no longer mapped.
    @inline(__always)
    static func prefetchForWriting(_ address: UnsafeRawPointer) {
        service_index_prefetch_for_write(address)
    }
}
