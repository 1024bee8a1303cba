/* syrk — symmetric rank-k update C = alpha*A*A^T + beta*C of the lower
 * triangle of an N x N matrix, A being N x M. A is kept column by column
 * (at[k] is column k of A), so that the innermost loop, over a row of C,
 * reads memory contiguously; its trip count grows with the row. Heap
 * arrays, pointer parameters, a kernel that is not inlined. */
#include <stdlib.h>

#include "bench.h"

enum { N = 288, M = 256, REPS = 12 * SCALE };

__attribute__((noinline)) static void syrk(int n, int m, double alpha, double beta, double (*c)[N],
                                           double (*at)[N]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j <= i; j++)
      c[i][j] *= beta;
    for (int k = 0; k < m; k++) {
      double t = alpha * at[k][i];
      for (int j = 0; j <= i; j++)
        c[i][j] += t * at[k][j];
    }
  }
}

int main(void) {
  double(*c)[N] = malloc(sizeof(double[N][N]));
  double(*at)[N] = malloc(sizeof(double[M][N]));
  if (!c || !at)
    return 1;
  bench_rng_init();
  for (int k = 0; k < M; k++)
    for (int j = 0; j < N; j++)
      at[k][j] = bench_rand_double() - 0.5;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      c[i][j] = bench_rand_double() - 0.5; /* upper part: untouched */
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    syrk(N, M, 1.25, 0.5, c, at);
    h = bench_mix_double(h, c[N - 1 - r % N][(r * 13) % (N - r % N)]);
  }
  bench_timer_stop();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, c[i][j]);
  free(c);
  free(at);
  return bench_report("syrk", h);
}
