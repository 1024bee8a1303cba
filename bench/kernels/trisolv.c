/* trisolv — forward substitution L x = b with a lower-triangular N x N
 * matrix stored row-major on the heap (each x[i] is a dot product of a row
 * of L with the x found so far), for a sequence of right-hand sides. The
 * solver is not inlined and gets its arrays as pointer parameters. */
#include <stdlib.h>

#include "bench.h"

enum { N = 2000, REPS = 12 * SCALE };

__attribute__((noinline)) static void trisolv(int n, double (*l)[N], double *x, double *b) {
  for (int i = 0; i < n; i++) {
    double s = b[i];
    for (int j = 0; j < i; j++)
      s -= l[i][j] * x[j];
    x[i] = s / l[i][i];
  }
}

int main(void) {
  double(*l)[N] = malloc(sizeof(double[N][N]));
  double *x = malloc(sizeof(double[N]));
  double *b = malloc(sizeof(double[N]));
  if (!l || !x || !b)
    return 1;
  bench_rng_init();
  /* Small off-diagonal entries and a diagonal in [1, 2): x stays of the order of b. */
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < i; j++)
      l[i][j] = (bench_rand_double() - 0.5) * (2.0 / N);
    l[i][i] = 1.0 + bench_rand_double();
    b[i] = bench_rand_double() - 0.5;
  }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    trisolv(N, l, x, b);
    h = bench_mix_double(h, x[N - 1 - r % N]);
    b[(r * 31) % N] += x[(r * 17) % N]; /* the next right-hand side */
  }
  bench_timer_stop();
  for (int i = 0; i < N; i++)
    h = bench_mix_double(h, x[i]);
  free(l);
  free(x);
  free(b);
  return bench_report("trisolv", h);
}
