#ifndef SERVICE_INDEX_PREFETCH_H
#define SERVICE_INDEX_PREFETCH_H
/* A hint that the cache line at `address` is about to be written: the id index is probed for a
 * row while the rest of the row is still being parsed. It changes no result and never faults,
 * whatever the address. Inline, so that it costs one instruction where Swift calls it. */
static inline void service_index_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}
#endif
