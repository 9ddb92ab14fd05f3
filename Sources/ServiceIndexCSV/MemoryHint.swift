import CLibCSV

/// Cache hints for the ingest's hot loop. They change no result.
///
/// With `CSVTokenizer.swift`, the only Swift file that reaches C (`CLibCSV`'s shim header).
public enum MemoryHint {
    /// Asks the CPU to fetch the cache line at `address` for writing. Never faults, even when
    /// the address is no longer mapped.
    @inlinable
    public static func prefetchForWriting(_ address: UnsafeRawPointer) {
        service_index_prefetch_for_write(address)
    }
}
