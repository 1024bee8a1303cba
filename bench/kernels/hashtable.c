/* hashtable — pointer chasing: a separately chained hash table of
 * heap-allocated entries (inserts, lookups, deletes), then walks of a
 * randomly permuted singly linked list. */
#include <stdlib.h>

#include "bench.h"

enum { BUCKETS = 1 << 14, KEYS = 1 << 16, OPS = 1 << 19, LIST = 1 << 18, REPS = SCALE / 4 ? SCALE / 4 : 1 };

typedef struct entry {
  struct entry *next;
  uint32_t key, value;
} entry_t;

typedef struct cell {
  struct cell *next;
  uint32_t value;
} cell_t;

static entry_t *buckets[BUCKETS];

static uint32_t bucket_of(uint32_t key) { return (key * 0x9e3779b1u) >> (32 - 14); }

static entry_t **find(uint32_t key) {
  entry_t **p = &buckets[bucket_of(key)];
  while (*p && (*p)->key != key)
    p = &(*p)->next;
  return p;
}

static uint64_t table_round(uint64_t h) {
  uint32_t hits = 0, sum = 0;
  for (int i = 0; i < OPS; i++) {
    uint64_t x = bench_rand();
    uint32_t key = (uint32_t)(x >> 32) % (KEYS * 2);
    entry_t **p = find(key);
    switch (x & 3) {
    case 0: /* insert or update */
      if (*p)
        (*p)->value += 1;
      else {
        entry_t *e = malloc(sizeof *e);
        if (!e)
          abort();
        e->next = NULL;
        e->key = key;
        e->value = (uint32_t)x;
        *p = e;
      }
      break;
    case 1: /* delete */
      if (*p) {
        entry_t *e = *p;
        *p = e->next;
        free(e);
      }
      break;
    default: /* lookup */
      if (*p) {
        hits++;
        sum += (*p)->value;
      }
    }
  }
  h = bench_mix(h, hits);
  return bench_mix(h, sum);
}

static uint64_t list_round(uint64_t h) {
  cell_t *cells = malloc(sizeof(cell_t) * LIST);
  uint32_t *order = malloc(sizeof(uint32_t) * LIST);
  if (!cells || !order)
    abort();
  for (uint32_t i = 0; i < LIST; i++)
    order[i] = i;
  for (uint32_t i = LIST - 1; i > 0; i--) { /* Fisher-Yates */
    uint32_t j = (uint32_t)(bench_rand() % (i + 1));
    uint32_t t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  for (uint32_t i = 0; i < LIST; i++) {
    cells[order[i]].next = i + 1 < LIST ? &cells[order[i + 1]] : NULL;
    cells[order[i]].value = i * 2654435761u;
  }
  for (int walk = 0; walk < 8; walk++) {
    uint32_t acc = 0;
    for (cell_t *c = &cells[order[0]]; c; c = c->next)
      acc = acc * 31 + c->value;
    h = bench_mix(h, acc);
  }
  free(order);
  free(cells);
  return h;
}

int main(void) {
  bench_rng_init();
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    h = table_round(h);
    h = list_round(h);
  }
  bench_timer_stop();
  uint32_t live = 0;
  for (int b = 0; b < BUCKETS; b++)
    for (entry_t *e = buckets[b], *next; e; e = next) {
      next = e->next;
      live++;
      free(e);
    }
  h = bench_mix(h, live);
  return bench_report("hashtable", h);
}
