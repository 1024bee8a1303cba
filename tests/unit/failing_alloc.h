/*
 * failing_alloc.h — an allocation hook for tests: after `allocations_left`
 * successful allocations every further one fails. Install it with
 * w2o_set_allocator(failing_realloc) to check that running out of memory
 * gives a diagnostic, never a crash. Frees always succeed.
 * `live_allocations` counts blocks allocated and not yet freed, so a test
 * can check that a failed run leaked nothing.
 */
#ifndef W2O_TEST_FAILING_ALLOC_H
#define W2O_TEST_FAILING_ALLOC_H

#include <stdlib.h>

static int allocations_left;
static long live_allocations;

static void *failing_realloc(void *ptr, size_t size) {
  if (size == 0) {
    live_allocations -= ptr != NULL;
    free(ptr);
    return NULL;
  }
  if (allocations_left-- <= 0)
    return NULL;
  void *p = realloc(ptr, size);
  live_allocations += p && !ptr;
  return p;
}

#endif
