/* matmul — dense double-precision matrix multiply C = A*B (i-k-j order, the
 * loop order a vectorizer likes), N x N, repeated; checksum of C's bits. */
#include <stdlib.h>

#include "bench.h"

enum { N = 192, REPS = 10 * SCALE };

static double a[N][N], b[N][N], c[N][N];

static void multiply(void) {
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < N; j++)
      c[i][j] = 0.0;
    for (int k = 0; k < N; k++) {
      double aik = a[i][k];
      for (int j = 0; j < N; j++)
        c[i][j] += aik * b[k][j];
    }
  }
}

int main(void) {
  bench_rng_init();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = bench_rand_double() - 0.5;
      b[i][j] = bench_rand_double() - 0.5;
    }
  uint64_t h = BENCH_CHECKSUM_INIT;
  bench_timer_start();
  for (int r = 0; r < REPS; r++) {
    multiply();
    h = bench_mix_double(h, c[r % N][(r * 7) % N]);
    a[r % N][r % N] += 1.0; /* each repetition multiplies a different matrix */
  }
  bench_timer_stop();
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      h = bench_mix_double(h, c[i][j]);
  return bench_report("matmul", h);
}
