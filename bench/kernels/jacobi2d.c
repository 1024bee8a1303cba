/* jacobi2d — 5-point Jacobi stencil on an N x N grid with fixed borders,
 * ping-ponging between two arrays. */
#include "bench.h"

enum { N = 512, STEPS = 60 * SCALE };

static double g0[N][N], g1[N][N];

static void step(double (*restrict dst)[N], double (*restrict src)[N]) {
  for (int i = 1; i < N - 1; i++)
    for (int j = 1; j < N - 1; j++)
      dst[i][j] = 0.2 * (src[i][j] + src[i - 1][j] + src[i + 1][j] + src[i][j - 1] + src[i][j + 1]);
}

int main(void) {
  bench_rng_init();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      g0[i][j] = g1[i][j] = bench_rand_double();
  bench_timer_start();
  for (int t = 0; t < STEPS; t++) {
    step(g1, g0);
    step(g0, g1);
  }
  bench_timer_stop();
  uint64_t h = BENCH_CHECKSUM_INIT;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, g0[i][j]);
  return bench_report("jacobi2d", h);
}
