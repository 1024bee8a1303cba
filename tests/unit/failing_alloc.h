/*
 * failing_alloc.h — an allocation hook for tests: after `allocations_left`
 * successful allocations every further one fails. Install it with
 * w2o_set_allocator(failing_realloc) to check that running out of memory
 * gives a diagnostic, never a crash. Frees always succeed.
 */
#ifndef W2O_TEST_FAILING_ALLOC_H
#define W2O_TEST_FAILING_ALLOC_H

#include <stdlib.h>

static int allocations_left;

static void *failing_realloc(void *ptr, size_t size) {
  if (size == 0) {
    free(ptr);
    return NULL;
  }
  if (allocations_left-- <= 0)
    return NULL;
  return realloc(ptr, size);
}

#endif
