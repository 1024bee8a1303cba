/* bintrees — the allocation benchmark: build and walk many complete binary
 * trees with malloc/free (the binary-trees game), plus one long-lived tree. */
#include <stdlib.h>

#include "bench.h"

enum { MAX_DEPTH = 16, MIN_DEPTH = 4, ITER_SCALE = SCALE };

typedef struct node {
  struct node *left, *right;
} node_t;

static node_t *make(int depth) {
  node_t *n = malloc(sizeof *n);
  if (!n)
    abort();
  if (depth > 0) {
    n->left = make(depth - 1);
    n->right = make(depth - 1);
  } else
    n->left = n->right = NULL;
  return n;
}

static uint32_t check(const node_t *n) { return 1 + (n->left ? check(n->left) + check(n->right) : 0); }

static void release(node_t *n) {
  if (n->left) {
    release(n->left);
    release(n->right);
  }
  free(n);
}

int main(void) {
  int max_depth = MAX_DEPTH + (int)(bench_seed_source & 0);
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  node_t *long_lived = make(max_depth);
  for (int d = MIN_DEPTH; d <= max_depth; d += 2) {
    int iterations = (1 << (max_depth - d + MIN_DEPTH)) * ITER_SCALE / 16;
    if (iterations < 1)
      iterations = 1;
    uint32_t sum = 0;
    for (int i = 0; i < iterations; i++) {
      node_t *t = make(d);
      sum += check(t);
      release(t);
    }
    h = bench_mix(h, sum);
  }
  h = bench_mix(h, check(long_lived));
  release(long_lived);
  bench_timer_stop();
  return bench_report("bintrees", h);
}
