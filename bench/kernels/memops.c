/* memops — memcpy, memmove and memset of large buffers (bandwidth bound:
 * what the C library, or the wasm bulk-memory lowering, makes of them). */
#include <stdlib.h>

#include "bench.h"

enum { LEN = 8 << 20, REPS = 24 * SCALE };

int main(void) {
  uint8_t *a = malloc(LEN), *b = malloc(LEN);
  if (!a || !b)
    return 1;
  bench_rng_init();
  for (size_t i = 0; i < LEN; i += 8) {
    uint64_t v = bench_rand();
    memcpy(a + i, &v, 8);
  }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    memcpy(b, a, LEN);
    memset(a + (r * 4099) % (LEN / 2), r & 0xff, LEN / 4);
    memmove(a + 1 + r, a, LEN / 2);
    memcpy(a + LEN / 2, b + r * 13, LEN / 2 - (size_t)r * 13);
    h = bench_mix(h, a[(r * 7919) % LEN]);
    h = bench_mix(h, b[(r * 104729) % LEN]);
  }
  bench_timer_stop();
  for (size_t i = 0; i < LEN; i += 4093)
    h = bench_mix(h, a[i] ^ b[i]);
  free(a);
  free(b);
  return bench_report("memops", h);
}
