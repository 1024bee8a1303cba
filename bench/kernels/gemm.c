/* gemm — general matrix multiply-add C = alpha*A*B + beta*C on N x N
 * doubles, i-k-j loop order, repeated. The matrices live on the heap and
 * reach the (not inlined) kernel as pointer parameters, so the compiler
 * sees neither their addresses nor that they do not overlap. */
#include <stdlib.h>

#include "bench.h"

enum { N = 320, REPS = 4 * SCALE };

__attribute__((noinline)) static void gemm(int n, double alpha, double beta, double (*c)[N], double (*a)[N],
                                           double (*b)[N]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++)
      c[i][j] *= beta;
    for (int k = 0; k < n; k++) {
      double t = alpha * a[i][k];
      for (int j = 0; j < n; j++)
        c[i][j] += t * b[k][j];
    }
  }
}

int main(void) {
  double(*a)[N] = malloc(sizeof(double[N][N]));
  double(*b)[N] = malloc(sizeof(double[N][N]));
  double(*c)[N] = malloc(sizeof(double[N][N]));
  if (!a || !b || !c)
    return 1;
  bench_rng_init();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = bench_rand_double() - 0.5;
      b[i][j] = bench_rand_double() - 0.5;
      c[i][j] = bench_rand_double() - 0.5;
    }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    gemm(N, 1.5, 0.75, c, a, b); /* beta < 1: C stays bounded over the repetitions */
    h = bench_mix_double(h, c[(r * 37) % N][(r * 11) % N]);
  }
  bench_timer_stop();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, c[i][j]);
  free(a);
  free(b);
  free(c);
  return bench_report("gemm", h);
}
