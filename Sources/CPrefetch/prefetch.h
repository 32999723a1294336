// A software prefetch, which Swift has no word for. The tagger reads rows of a weight
// table larger than the caches at hashed, unpredictable places; asking for a row while the
// rows before it are still being worked out keeps its cache miss off the critical path.
#ifndef MARSAD_PREFETCH_H
#define MARSAD_PREFETCH_H

/// Asks the processor to bring the cache line holding `address` close (for reading, kept in
/// every level). A hint: it never faults and changes no result.
static inline __attribute__((always_inline)) void marsad_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
