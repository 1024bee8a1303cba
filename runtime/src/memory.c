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
 * (modules there must use explicit bounds checks).
 *
 * Memories ask for transparent huge pages (w2o_set_memory_huge_pages; see
 * os_posix.c). Growing commits more pages with one mprotect; it fails past
 * the module's maximum, the host's limit (per memory; new memories take the
 * process-wide default), or when the system refuses.
 *
 * The registry: a fixed array of slots holding each live reservation's
 * [start, end) as atomics, scanned up to a high-water mark. The fault handler
 * reads it without locks, so it is async-signal-safe. A slot is claimed by a
 * compare-and-swap on `start` and published by storing `end`; it is
 * released in the opposite order, so a reader never sees a range that is
 * larger than a live reservation.
 */
#include <stdatomic.h>
#include <stdlib.h>

#include "internal.h"

/** Most memories alive at once (each reserves 8 GiB: 16384 fill a 47-bit space). */
#define W2O_RESERVATION_SLOTS 16384u

/** Largest number of pages of a 32-bit memory. */
#define W2O_MEMORY32_MAX_PAGES 65536u

/** Reservation for guard-page bounds checks on 64-bit hosts. */
#define W2O_GUARD_RESERVATION ((8ull << 30) + W2O_PAGE_SIZE)

typedef struct w2o_reservation_slot {
  _Atomic uintptr_t start; /* 0 when free */
  _Atomic uintptr_t end;   /* 0 until published */
} w2o_reservation_slot_t;

static w2o_reservation_slot_t reservation_slots[W2O_RESERVATION_SLOTS];
static _Atomic uint32_t reservation_high_water;
static _Atomic uint64_t default_memory_limit = W2O_MEMORY32_MAX_PAGES;
static _Atomic bool memory_huge_pages = true;

void w2o_set_default_memory_limit(uint64_t pages) {
  atomic_store_explicit(&default_memory_limit, pages, memory_order_relaxed);
}

void w2o_set_memory_huge_pages(bool on) { atomic_store_explicit(&memory_huge_pages, on, memory_order_relaxed); }

/* ---- Reservation registry ---- */

static void raise_high_water(uint32_t used) {
  uint32_t seen = atomic_load(&reservation_high_water);
  while (seen < used && !atomic_compare_exchange_weak(&reservation_high_water, &seen, used)) {
  }
}

static bool register_reservation(uintptr_t start, uintptr_t end) {
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

static void unregister_reservation(uintptr_t start) {
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

/* ---- Memories ---- */

/* Address space to reserve for a memory that may reach `max_pages`. */
static uint64_t reservation_bytes(uint64_t max_pages) {
  if (UINTPTR_MAX > 0xFFFFFFFFu)
    return W2O_GUARD_RESERVATION;
  return max_pages * W2O_PAGE_SIZE;
}

w2o_memory_t *w2o_memory_new(uint64_t min, uint64_t max, bool has_max) {
  uint64_t max_pages = has_max ? max : W2O_MEMORY32_MAX_PAGES;
  uint64_t limit = atomic_load_explicit(&default_memory_limit, memory_order_relaxed);
  if (max_pages > W2O_MEMORY32_MAX_PAGES || min > max_pages || min > limit)
    return NULL;
  uint64_t reserved = reservation_bytes(max_pages);
  if (reserved > SIZE_MAX / 2)
    return NULL;
  w2o_memory_t *memory = calloc(1, sizeof *memory);
  bool huge = atomic_load_explicit(&memory_huge_pages, memory_order_relaxed);
  uint8_t *base = memory ? w2o_os_reserve((size_t)reserved, huge) : NULL;
  if (base == NULL || !w2o_os_commit(base, (size_t)(min * W2O_PAGE_SIZE)) ||
      !register_reservation((uintptr_t)base, (uintptr_t)base + (size_t)reserved)) {
    if (base)
      w2o_os_release(base, (size_t)reserved);
    free(memory);
    return NULL;
  }
  *memory = (w2o_memory_t){.base = base, .size = min * W2O_PAGE_SIZE, .max_pages = max_pages,
                           .limit_pages = limit, .reserved_bytes = reserved,
                           .flags = has_max ? W2O_MEMORY_HAS_MAX : 0};
  return memory;
}

void w2o_memory_free(w2o_memory_t *memory) {
  if (memory == NULL)
    return;
  unregister_reservation((uintptr_t)memory->base);
  w2o_os_release(memory->base, (size_t)memory->reserved_bytes);
  free(memory);
}

void w2o_memory_set_limit(w2o_memory_t *memory, uint64_t pages) { memory->limit_pages = pages; }

uint64_t w2o_memory_grow(w2o_memory_t *memory, uint64_t delta) {
  uint64_t old_pages = memory->size / W2O_PAGE_SIZE;
  uint64_t cap = memory->max_pages < memory->limit_pages ? memory->max_pages : memory->limit_pages;
  if (delta == 0)
    return old_pages;
  if (old_pages > cap || delta > cap - old_pages || w2o_interrupt_handler_running())
    return UINT64_MAX;
  uint64_t new_size = (old_pages + delta) * W2O_PAGE_SIZE;
  if (new_size > memory->reserved_bytes ||
      !w2o_os_commit(memory->base + memory->size, (size_t)(delta * W2O_PAGE_SIZE)))
    return UINT64_MAX;
  memory->size = new_size;
  return old_pages;
}

w2o_memory_t *w2o_instance_memory(const w2o_instance_t *instance, uint32_t index) {
  const w2o_module_t *module = instance->module;
  if ((uint64_t)index >= (uint64_t)module->memory_import_count + module->memory_count)
    return NULL;
  return instance->memories[index];
}
