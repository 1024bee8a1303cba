/*
 * memory.c — linear memories and the registry of their reservations.
 *
 * A memory reserves its whole addressable range when it is created and never
 * moves: on 64-bit hosts 8 GiB + 64 KiB of inaccessible address space, so
 * that base + zext(u32 address) + u32 offset + access size (at most 16)
 * always lands inside the reservation. Pages up to the current size are
 * committed (read/write, zero-filled); the rest stays PROT_NONE, so an
 * out-of-bounds access in a module built with guard bounds checks faults,
 * and the fault handler turns it into a trap. On 32-bit hosts, where 8 GiB
 * cannot be reserved, a memory reserves only the pages it may ever reach
 * (modules there must use explicit bounds checks). Below base, every
 * reservation has W2O_MEMORY_PRE_GUARD inaccessible bytes, where an access
 * the compiler computed as base + x + c (c < 0) faults when the wasm
 * address x + c wraps past zero; for that wrapped address to be out of
 * bounds as well, a 32-bit memory has at most W2O_MEMORY32_LIMIT_PAGES
 * (4 GiB less one page; see w2o_abi.h).
 *
 * Memories ask for transparent huge pages (w2o_set_memory_huge_pages; see
 * os_posix.c). Growing commits more pages with one mprotect; it fails past
 * the module's maximum, the host's limit (per memory; new memories take the
 * process-wide default), or when the system refuses.
 *
 * Reuse: reserving and releasing 8 GiB of address space costs tens of
 * microseconds (mmap, the trims that align it, munmap), most of an
 * instantiation; so does giving back a touched page and faulting a new one
 * in. So a freed memory's reservation is kept in a small process-wide pool
 * (a mutex-guarded array; w2o_set_memory_pool_size) and the next memory of
 * the same reservation size and huge-page setting takes it. Kept, it is out
 * of the registry (a fault there is not a trap) and empty: its first
 * W2O_POOL_KEEP_RESIDENT bytes (one wasm page) stay committed and resident
 * and are zeroed with memset, which is cheaper than a page fault for what a
 * small module touches; anything beyond is discarded (MADV_DONTNEED: it
 * reads as zero, as a fresh mapping does) and made PROT_NONE again. Taking
 * it commits or decommits the difference to the new memory's size, so a
 * one-page module instantiates and frees without a system call. Guard
 * semantics are those of a fresh reservation. When the system refuses a
 * new reservation, the pool is emptied and the reservation tried once more.
 *
 * The registry: a fixed array of slots holding each live reservation's
 * [start, end) as atomics, scanned up to a high-water mark. The fault handler
 * reads it without locks, so it is async-signal-safe. A slot is claimed by a
 * compare-and-swap on `start` and published by storing `end`; it is
 * released in the opposite order, so a reader never sees a range that is
 * larger than a live reservation.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/** Most memories alive at once (each reserves 8 GiB: 16384 fill a 47-bit space). */
#define W2O_RESERVATION_SLOTS 16384u

/** Largest number of pages a 32-bit memory's type may declare (it never
 * grows past W2O_MEMORY32_LIMIT_PAGES). */
#define W2O_MEMORY32_MAX_PAGES 65536u

/** Largest number of pages of a 64-bit memory (memory64): 2^64 bytes. */
#define W2O_MEMORY64_MAX_PAGES (1ull << 48)

/** Reservation for guard-page bounds checks on 64-bit hosts. */
#define W2O_GUARD_RESERVATION ((8ull << 30) + W2O_PAGE_SIZE)

/** Most reservations the pool can keep. */
#define W2O_MEMORY_POOL_MAX 256u

/** A kept reservation's first bytes stay committed and resident, emptied
 * by memset; the rest is discarded and decommitted. */
#define W2O_POOL_KEEP_RESIDENT ((uint64_t)W2O_PAGE_SIZE)

/** A memory as the runtime allocates it: the ABI record, then private state. */
typedef struct w2o_memory_private {
  w2o_memory_t base;
  bool huge_pages;           /* its reservation asked for transparent huge pages */
  pthread_mutex_t grow_lock; /* shared memories: serializes w2o_memory_grow */
} w2o_memory_private_t;

/** A reservation kept for reuse: emptied, committed up to `committed`. */
typedef struct w2o_pooled_reservation {
  uint8_t *base;
  uint64_t reserved;
  uint64_t committed;
  bool huge_pages;
} w2o_pooled_reservation_t;

typedef struct w2o_reservation_slot {
  _Atomic uintptr_t start; /* 0 when free */
  _Atomic uintptr_t end;   /* 0 until published */
} w2o_reservation_slot_t;

static w2o_reservation_slot_t reservation_slots[W2O_RESERVATION_SLOTS];
static _Atomic uint32_t reservation_high_water;
static _Atomic uint64_t default_memory_limit = W2O_MEMORY32_MAX_PAGES;
static _Atomic bool memory_huge_pages = true;

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static w2o_pooled_reservation_t pool[W2O_MEMORY_POOL_MAX]; /* guarded by pool_lock */
static uint32_t pool_count;                                /* guarded by pool_lock */
static _Atomic uint32_t pool_capacity = W2O_DEFAULT_MEMORY_POOL;

void w2o_set_default_memory_limit(uint64_t pages) {
  atomic_store_explicit(&default_memory_limit, pages, memory_order_relaxed);
}

void w2o_set_memory_huge_pages(bool on) {
  atomic_store_explicit(&memory_huge_pages, on, memory_order_relaxed);
}

/* ---- Reservation registry ---- */

static void raise_high_water(uint32_t used) {
  uint32_t seen = atomic_load(&reservation_high_water);
  while (seen < used && !atomic_compare_exchange_weak(&reservation_high_water, &seen, used)) {
  }
}

/* Registers the reservation of `reserved` bytes at `base`, with the
 * W2O_MEMORY_PRE_GUARD bytes below it. */
static bool register_reservation(uintptr_t base, uint64_t reserved) {
  uintptr_t start = base - W2O_MEMORY_PRE_GUARD, end = base + (size_t)reserved;
  for (uint32_t i = 0; i < W2O_RESERVATION_SLOTS; i++) {
    uintptr_t expected = 0;
    if (atomic_load_explicit(&reservation_slots[i].start, memory_order_relaxed) != 0 ||
        !atomic_compare_exchange_strong(&reservation_slots[i].start, &expected, start))
      continue;
    atomic_store(&reservation_slots[i].end, end);
    raise_high_water(i + 1);
    return true;
  }
  return false;
}

static void unregister_reservation(uintptr_t base) {
  uintptr_t start = base - W2O_MEMORY_PRE_GUARD;
  uint32_t used = atomic_load(&reservation_high_water);
  for (uint32_t i = 0; i < used; i++) {
    if (atomic_load(&reservation_slots[i].start) != start)
      continue;
    atomic_store(&reservation_slots[i].end, 0);
    atomic_store(&reservation_slots[i].start, 0);
    return;
  }
}

bool w2o_memory_reservation_contains(uintptr_t addr) {
  uint32_t used = atomic_load(&reservation_high_water);
  for (uint32_t i = 0; i < used; i++) {
    uintptr_t start = atomic_load(&reservation_slots[i].start);
    if (start != 0 && addr >= start && addr < atomic_load(&reservation_slots[i].end))
      return true;
  }
  return false;
}

/* ---- The pool of kept reservations ---- */

/* Takes a kept reservation of `reserved` bytes and the huge-page setting
 * `huge`, the most recently kept first. False if there is none. */
static bool pool_take(uint64_t reserved, bool huge, w2o_pooled_reservation_t *out) {
  bool found = false;
  pthread_mutex_lock(&pool_lock);
  for (uint32_t i = pool_count; i-- > 0;) {
    if (pool[i].reserved != reserved || pool[i].huge_pages != huge)
      continue;
    *out = pool[i];
    pool[i] = pool[--pool_count];
    found = true;
    break;
  }
  pthread_mutex_unlock(&pool_lock);
  return found;
}

/* Whether the pool has room now (another thread may fill it before a put). */
static bool pool_has_room(void) {
  pthread_mutex_lock(&pool_lock);
  bool room = pool_count < atomic_load_explicit(&pool_capacity, memory_order_relaxed);
  pthread_mutex_unlock(&pool_lock);
  return room;
}

/* Keeps `r` if the pool has room. */
static bool pool_put(const w2o_pooled_reservation_t *r) {
  bool kept = false;
  pthread_mutex_lock(&pool_lock);
  if (pool_count < atomic_load_explicit(&pool_capacity, memory_order_relaxed)) {
    pool[pool_count++] = *r;
    kept = true;
  }
  pthread_mutex_unlock(&pool_lock);
  return kept;
}

/* Releases kept reservations until at most `keep` remain. */
static void pool_trim(uint32_t keep) {
  pthread_mutex_lock(&pool_lock);
  while (pool_count > keep) {
    w2o_pooled_reservation_t *r = &pool[--pool_count];
    w2o_os_release(r->base, (size_t)r->reserved);
  }
  pthread_mutex_unlock(&pool_lock);
}

void w2o_set_memory_pool_size(size_t count) {
  uint32_t capacity = count < W2O_MEMORY_POOL_MAX ? (uint32_t)count : W2O_MEMORY_POOL_MAX;
  atomic_store_explicit(&pool_capacity, capacity, memory_order_relaxed);
  pool_trim(capacity);
}

/* Empties a freed memory's reservation and keeps it; false if the pool is
 * full or the system refused (the caller then releases it). */
static bool keep_reservation(const w2o_memory_private_t *m) {
  uint8_t *base = m->base.base;
  uint64_t committed = m->base.size;
  uint64_t resident = committed < W2O_POOL_KEEP_RESIDENT ? committed : W2O_POOL_KEEP_RESIDENT;
  if (!pool_has_room() || !w2o_os_discard(base + resident, (size_t)(committed - resident)) ||
      !w2o_os_decommit(base + resident, (size_t)(committed - resident)))
    return false;
  memset(base, 0, (size_t)resident);
  w2o_pooled_reservation_t r = {
      .base = base, .reserved = m->base.reserved_bytes, .committed = resident, .huge_pages = m->huge_pages};
  return pool_put(&r);
}

/* A kept reservation committed up to exactly `bytes`, or a new one; NULL if
 * the system refuses. */
static uint8_t *obtain_reservation(uint64_t reserved, bool huge, uint64_t bytes) {
  w2o_pooled_reservation_t r;
  if (pool_take(reserved, huge, &r)) {
    bool fits = r.committed <= bytes ? w2o_os_commit(r.base + r.committed, (size_t)(bytes - r.committed))
                                     : w2o_os_decommit(r.base + bytes, (size_t)(r.committed - bytes));
    if (fits)
      return r.base;
    w2o_os_release(r.base, (size_t)reserved);
  }
  uint8_t *base = w2o_os_reserve((size_t)reserved, huge);
  if (base == NULL) {
    pool_trim(0); /* address space may be short: give back what the pool holds */
    base = w2o_os_reserve((size_t)reserved, huge);
  }
  if (base != NULL && !w2o_os_commit(base, (size_t)bytes)) {
    w2o_os_release(base, (size_t)reserved);
    return NULL;
  }
  return base;
}

/* ---- Memories ---- */

/* Address space to reserve for a memory that may reach `max_pages`. A
 * 64-bit memory (memory64) gets the same reservation as a 32-bit one, or
 * less if its maximum is smaller (its accesses are compared, so it needs
 * no guard region): growth past the reservation fails, as the base never
 * moves. */
static uint64_t reservation_bytes(uint64_t max_pages, bool index64) {
  if (UINTPTR_MAX > 0xFFFFFFFFu && !index64)
    return W2O_GUARD_RESERVATION;
  uint64_t most = (UINTPTR_MAX > 0xFFFFFFFFu ? W2O_GUARD_RESERVATION : 1ull << 32) / W2O_PAGE_SIZE;
  return (max_pages < most ? max_pages : most) * W2O_PAGE_SIZE;
}

/* The host's limit `pages`, but never past W2O_MEMORY32_LIMIT_PAGES for a
 * 32-bit memory. */
static uint64_t host_limit(uint64_t pages, bool index64) {
  return !index64 && pages > W2O_MEMORY32_LIMIT_PAGES ? W2O_MEMORY32_LIMIT_PAGES : pages;
}

/* Creates a memory; `flags` holds W2O_MEMORY_SHARED and W2O_MEMORY_INDEX64. */
static w2o_memory_t *memory_new(uint64_t min, uint64_t max, bool has_max, uint32_t flags) {
  bool index64 = flags & W2O_MEMORY_INDEX64;
  uint64_t most = index64 ? W2O_MEMORY64_MAX_PAGES : W2O_MEMORY32_MAX_PAGES;
  uint64_t max_pages = has_max ? max : most;
  uint64_t limit = host_limit(atomic_load_explicit(&default_memory_limit, memory_order_relaxed), index64);
  if (max_pages > most || min > max_pages || min > limit)
    return NULL;
  uint64_t reserved = reservation_bytes(max_pages, index64);
  if (min > reserved / W2O_PAGE_SIZE)
    return NULL;
  if (reserved > SIZE_MAX / 2)
    return NULL;
  w2o_memory_private_t *memory = calloc(1, sizeof *memory);
  bool huge = atomic_load_explicit(&memory_huge_pages, memory_order_relaxed);
  uint8_t *base = memory ? obtain_reservation(reserved, huge, min * W2O_PAGE_SIZE) : NULL;
  if (base == NULL || !register_reservation((uintptr_t)base, reserved)) {
    if (base)
      w2o_os_release(base, (size_t)reserved);
    free(memory);
    return NULL;
  }
  memory->base = (w2o_memory_t){.base = base,
                                .size = min * W2O_PAGE_SIZE,
                                .max_pages = max_pages,
                                .limit_pages = limit,
                                .reserved_bytes = reserved,
                                .flags = (has_max ? W2O_MEMORY_HAS_MAX : 0) | flags};
  memory->huge_pages = huge;
  pthread_mutex_init(&memory->grow_lock, NULL);
  return &memory->base;
}

w2o_memory_t *w2o_memory_new(uint64_t min, uint64_t max, bool has_max) {
  return memory_new(min, max, has_max, 0);
}

w2o_memory_t *w2o_memory_new_shared(uint64_t min, uint64_t max) {
  return memory_new(min, max, true, W2O_MEMORY_SHARED);
}

w2o_memory_t *w2o_memory_new64(uint64_t min, uint64_t max, bool has_max, bool shared) {
  if (shared && !has_max)
    return NULL;
  return memory_new(min, max, has_max, W2O_MEMORY_INDEX64 | (shared ? W2O_MEMORY_SHARED : 0));
}

uint64_t w2o_memory_size(const w2o_memory_t *memory) {
  return __atomic_load_n(&memory->size, __ATOMIC_ACQUIRE);
}

void w2o_memory_free(w2o_memory_t *memory) {
  if (memory == NULL)
    return;
  w2o_memory_private_t *m = (w2o_memory_private_t *)memory;
  unregister_reservation((uintptr_t)memory->base);
  if (!keep_reservation(m))
    w2o_os_release(memory->base, (size_t)memory->reserved_bytes);
  pthread_mutex_destroy(&m->grow_lock);
  free(m);
}

void w2o_memory_set_limit(w2o_memory_t *memory, uint64_t pages) {
  memory->limit_pages = host_limit(pages, memory->flags & W2O_MEMORY_INDEX64);
}

/* Grows by `delta` pages (not 0): commits them, then publishes the new size
 * with a release store, so a thread that reads the size (acquire, or the
 * monotonic load of generated code followed by an access the fault handler
 * allows) finds the pages committed. */
static uint64_t grow_locked(w2o_memory_t *memory, uint64_t delta) {
  uint64_t size = memory->size;
  uint64_t old_pages = size / W2O_PAGE_SIZE;
  uint64_t cap = memory->max_pages < memory->limit_pages ? memory->max_pages : memory->limit_pages;
  if (old_pages > cap || delta > cap - old_pages || w2o_interrupt_handler_running())
    return UINT64_MAX;
  uint64_t new_size = (old_pages + delta) * W2O_PAGE_SIZE;
  if (new_size > memory->reserved_bytes ||
      !w2o_os_commit(memory->base + size, (size_t)(delta * W2O_PAGE_SIZE)))
    return UINT64_MAX;
  __atomic_store_n(&memory->size, new_size, __ATOMIC_RELEASE);
  return old_pages;
}

/* A shared memory grows under its lock: two threads growing at once each
 * get their own old size, and the size only ever increases. */
uint64_t w2o_memory_grow(w2o_memory_t *memory, uint64_t delta) {
  if (delta == 0)
    return w2o_memory_size(memory) / W2O_PAGE_SIZE;
  if (!(memory->flags & W2O_MEMORY_SHARED))
    return grow_locked(memory, delta);
  w2o_memory_private_t *m = (w2o_memory_private_t *)memory;
  pthread_mutex_lock(&m->grow_lock);
  uint64_t old = grow_locked(memory, delta);
  pthread_mutex_unlock(&m->grow_lock);
  return old;
}

w2o_memory_t *w2o_instance_memory(const w2o_instance_t *instance, uint32_t index) {
  const w2o_module_t *module = instance->module;
  if ((uint64_t)index >= (uint64_t)module->memory_import_count + module->memory_count)
    return NULL;
  return instance->memories[index];
}
