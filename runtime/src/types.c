/*
 * types.c — process-wide interning of function types.
 *
 * call_indirect and import checks compare function types by a single
 * integer, so structurally equal types from any module must get the same id.
 * Ids are dense (0, 1, 2, ...) in the order types are first seen.
 *
 * Storage: interned types live in fixed-size chunks that never move, found
 * through a fixed array of chunk pointers; a type, once published, is never
 * changed or freed. So w2o_type_lookup takes no lock: it checks the id
 * against the published count (acquire) and indexes. Interning takes a
 * mutex and finds existing types through an open-addressing hash table of
 * ids that only the mutex holder touches.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define TYPE_CHUNK_BITS  8u
#define TYPE_CHUNK_SIZE  (1u << TYPE_CHUNK_BITS)
#define TYPE_CHUNK_COUNT 4096u /* room for 1M distinct types */

static w2o_functype_t *_Atomic type_chunks[TYPE_CHUNK_COUNT];
static _Atomic uint32_t type_count;

/* Guarded by type_lock. Each bucket holds id + 1, 0 when empty. */
static pthread_mutex_t type_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t *type_buckets;
static uint32_t type_bucket_count; /* a power of two, or 0 */

static size_t valtype_count(const w2o_functype_t *type) {
  return (size_t)type->param_count + type->result_count;
}

static uint32_t type_hash(const w2o_functype_t *type) {
  uint32_t h = 2166136261u; /* FNV-1a */
  size_t n = valtype_count(type);
  h = (h ^ type->param_count) * 16777619u;
  h = (h ^ type->result_count) * 16777619u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ type->valtypes[i]) * 16777619u;
  return h;
}

static bool type_equal(const w2o_functype_t *a, const w2o_functype_t *b) {
  size_t n = valtype_count(a);
  if (a->param_count != b->param_count || a->result_count != b->result_count)
    return false;
  return n == 0 || memcmp(a->valtypes, b->valtypes, n) == 0;
}

const w2o_functype_t *w2o_type_lookup(uint32_t type_id) {
  if (type_id >= atomic_load_explicit(&type_count, memory_order_acquire))
    return NULL;
  w2o_functype_t *chunk =
      atomic_load_explicit(&type_chunks[type_id >> TYPE_CHUNK_BITS], memory_order_relaxed);
  return &chunk[type_id & (TYPE_CHUNK_SIZE - 1)];
}

/* Doubles the hash table (under type_lock). */
static bool grow_buckets(void) {
  uint32_t count = type_bucket_count ? type_bucket_count * 2 : 64;
  uint32_t *buckets = calloc(count, sizeof *buckets);
  if (buckets == NULL)
    return false;
  for (uint32_t i = 0; i < type_bucket_count; i++) {
    uint32_t id = type_buckets[i];
    if (id == 0)
      continue;
    uint32_t at = type_hash(w2o_type_lookup(id - 1)) & (count - 1);
    while (buckets[at] != 0)
      at = (at + 1) & (count - 1);
    buckets[at] = id;
  }
  free(type_buckets);
  type_buckets = buckets;
  type_bucket_count = count;
  return true;
}

/* Stores a copy of `type` as the next id (under type_lock). */
static uint32_t publish_type(const w2o_functype_t *type) {
  uint32_t id = atomic_load_explicit(&type_count, memory_order_relaxed);
  uint32_t chunk_index = id >> TYPE_CHUNK_BITS;
  if (chunk_index >= TYPE_CHUNK_COUNT)
    return UINT32_MAX;
  w2o_functype_t *chunk = atomic_load_explicit(&type_chunks[chunk_index], memory_order_relaxed);
  if (chunk == NULL) {
    chunk = calloc(TYPE_CHUNK_SIZE, sizeof *chunk);
    if (chunk == NULL)
      return UINT32_MAX;
    atomic_store_explicit(&type_chunks[chunk_index], chunk, memory_order_relaxed);
  }
  size_t n = valtype_count(type);
  uint8_t *valtypes = malloc(n ? n : 1);
  if (valtypes == NULL)
    return UINT32_MAX;
  if (n)
    memcpy(valtypes, type->valtypes, n);
  chunk[id & (TYPE_CHUNK_SIZE - 1)] = (w2o_functype_t){
      .param_count = type->param_count, .result_count = type->result_count, .valtypes = valtypes};
  atomic_store_explicit(&type_count, id + 1, memory_order_release);
  return id;
}

/* Finds or adds `type` (under type_lock). */
static uint32_t intern_locked(const w2o_functype_t *type) {
  uint32_t count = atomic_load_explicit(&type_count, memory_order_relaxed);
  if ((uint64_t)(count + 1) * 2 > type_bucket_count && !grow_buckets())
    return UINT32_MAX;
  uint32_t mask = type_bucket_count - 1;
  uint32_t at = type_hash(type) & mask;
  for (; type_buckets[at] != 0; at = (at + 1) & mask) {
    if (type_equal(w2o_type_lookup(type_buckets[at] - 1), type))
      return type_buckets[at] - 1;
  }
  uint32_t id = publish_type(type);
  if (id != UINT32_MAX)
    type_buckets[at] = id + 1;
  return id;
}

uint32_t w2o_type_intern(const w2o_functype_t *type) {
  pthread_mutex_lock(&type_lock);
  uint32_t id = intern_locked(type);
  pthread_mutex_unlock(&type_lock);
  return id;
}
