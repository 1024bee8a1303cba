/*
 * arena.c — the compiler's memory: the allocation hook and arenas.
 *
 * requires:  nothing (any stage may allocate).
 * maintains: every byte the compiler allocates goes through w2o_realloc,
 *            the one allocation hook, so tests can make any allocation
 *            fail; the hook is the compiler's only mutable global state.
 * breaks:    nothing; a failed allocation returns NULL, and the caller
 *            turns that into a diagnostic ("out of memory"), never a crash.
 *
 * An arena is a singly linked list of blocks; allocations bump a pointer in
 * the newest block and are zeroed, and the whole arena is freed at once.
 */
#include <stdlib.h>
#include <string.h>

#include "module.h"

enum { ARENA_BLOCK_SIZE = 64 * 1024 };

struct arena_block {
  arena_block *next;
  size_t used;
  size_t capacity;
  max_align_t data[]; /* capacity bytes */
};

static w2o_realloc_fn allocator_hook; /* NULL: the C library */

void w2o_set_allocator(w2o_realloc_fn fn) { allocator_hook = fn; }

void *w2o_realloc(void *ptr, size_t size) {
  if (allocator_hook)
    return allocator_hook(ptr, size);
  if (size == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, size);
}

bool w2o_reserve(void *items, size_t *cap, size_t need, size_t elem_size) {
  if (need <= *cap)
    return true;
  size_t grown = *cap > SIZE_MAX / 2 ? SIZE_MAX : *cap * 2;
  grown = grown < need ? need : grown < 8 ? 8 : grown;
  if (grown > SIZE_MAX / elem_size)
    return false;
  void *old, *p; /* memcpy: `items` points at a T *, not at a void * */
  memcpy(&old, items, sizeof old);
  if (!(p = w2o_realloc(old, grown * elem_size)))
    return false;
  memcpy(items, &p, sizeof p);
  *cap = grown;
  return true;
}

void w2o_free(void *ptr) { w2o_realloc(ptr, 0); }

void arena_init(arena *a) { a->head = NULL; }

/* Rounds up to the strictest alignment so every allocation is aligned. */
static size_t align_up(size_t size) {
  size_t align = _Alignof(max_align_t);
  return (size + align - 1) & ~(align - 1);
}

static arena_block *new_block(arena *a, size_t size) {
  size_t capacity = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;
  if (capacity > SIZE_MAX - sizeof(arena_block))
    return NULL;
  arena_block *b = w2o_realloc(NULL, sizeof(arena_block) + capacity);
  if (!b)
    return NULL;
  b->next = a->head;
  b->used = 0;
  b->capacity = capacity;
  a->head = b;
  return b;
}

void *arena_alloc(arena *a, size_t size) {
  if (size == 0)
    size = 1; /* distinct non-NULL pointers for empty arrays */
  if (size > SIZE_MAX / 2)
    return NULL;
  size = align_up(size);
  arena_block *b = a->head;
  if (!b || b->capacity - b->used < size)
    b = new_block(a, size);
  if (!b)
    return NULL;
  void *p = (char *)b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

void *arena_array(arena *a, size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size)
    return NULL;
  return arena_alloc(a, count * size);
}

void arena_free(arena *a) {
  arena_block *b = a->head;
  while (b) {
    arena_block *next = b->next;
    w2o_realloc(b, 0);
    b = next;
  }
  a->head = NULL;
}
