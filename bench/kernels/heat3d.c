/* heat3d — Jacobi sweeps of a 7-point heat stencil on an N x N x N grid with
 * fixed boundary faces, ping-ponging between two heap arrays that reach
 * the (not inlined) sweep as pointer parameters. */
#include <stdlib.h>

#include "bench.h"

enum { N = 80, STEPS = 36 * SCALE };

/* Each new value is a convex combination of the old ones (weights sum to 1),
 * so the grid stays in [0, 1) and never becomes denormal. */
__attribute__((noinline)) static void sweep(int n, double (*dst)[N][N], double (*src)[N][N]) {
  for (int i = 1; i < n - 1; i++)
    for (int j = 1; j < n - 1; j++)
      for (int k = 1; k < n - 1; k++)
        dst[i][j][k] = 0.4 * src[i][j][k] + 0.1 * (src[i - 1][j][k] + src[i + 1][j][k] + src[i][j - 1][k] +
                                                   src[i][j + 1][k] + src[i][j][k - 1] + src[i][j][k + 1]);
}

int main(void) {
  double(*u)[N][N] = malloc(sizeof(double[N][N][N]));
  double(*v)[N][N] = malloc(sizeof(double[N][N][N]));
  if (!u || !v)
    return 1;
  bench_rng_init();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      for (int k = 0; k < N; k++)
        u[i][j][k] = v[i][j][k] = bench_rand_double();
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int t = 0; t < STEPS; t++) {
    sweep(N, v, u);
    sweep(N, u, v);
    h = bench_mix_double(h, u[1 + t % (N - 2)][N / 2][1 + (t * 7) % (N - 2)]);
  }
  bench_timer_stop();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      for (int k = 0; k < N; k++)
        h = bench_mix_double(h, u[i][j][k]);
  free(u);
  free(v);
  return bench_report("heat3d", h);
}
