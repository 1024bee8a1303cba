/* recursion — call-heavy code: naive Fibonacci, Ackermann(2..3, n) and
 * Takeuchi's tak, each from a seed the optimizer cannot see. */
#include "bench.h"

static uint32_t fib(uint32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static uint32_t ack(uint32_t m, uint32_t n) {
  if (m == 0)
    return n + 1;
  if (n == 0)
    return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

static int tak(int x, int y, int z) {
  return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

int main(void) {
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < SCALE; r++) {
    uint32_t base = bench_seed_source & 1; /* 1, read anew so no call is hoisted */
    h = bench_mix(h, fib(29 + base));
    h = bench_mix(h, ack(2 + base, 8 + base));
    h = bench_mix(h, (uint32_t)tak(24 + (int)base, 16, 8));
  }
  bench_timer_stop();
  return bench_report("recursion", h);
}
