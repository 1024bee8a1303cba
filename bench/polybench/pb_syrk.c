/* pb_syrk — PolyBench/C 4.2.1-shaped syrk: C := alpha*A*A^T + beta*C on
 * the lower triangle of the N x N matrix C, A N x M kept row-major (so the
 * innermost loop, over j, walks down a column of A). Whole 2-D heap arrays
 * passed as fixed-size array parameters to a plain static kernel whose
 * loop bounds are int parameters. */
#include <stdlib.h>

#include "bench.h"

#define M    1000
#define N    1200
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int n, int m, double *alpha, double *beta, double C[N][N], double A[N][M]) {
  int i, j;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < n; i++)
    for (j = 0; j < m; j++)
      A[i][j] = (double)((i * j + 1) % n) / n;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      C[i][j] = (double)((i * j + 2) % m) / m;
}

static uint64_t checksum_array(int n, double C[N][N]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, C[i][j]);
  return h;
}

static void kernel_syrk(int n, int m, double alpha, double beta, double C[N][N], double A[N][M]) {
  int i, j, k;

  for (i = 0; i < n; i++) {
    for (j = 0; j <= i; j++)
      C[i][j] *= beta;
    for (k = 0; k < m; k++) {
      for (j = 0; j <= i; j++)
        C[i][j] += alpha * A[i][k] * A[j][k];
    }
  }
}

int main(void) {
  int n = N;
  int m = M;
  int r;
  double alpha, beta;
  double(*C)[N][N] = malloc(sizeof(double[N][N]));
  double(*A)[N][M] = malloc(sizeof(double[N][M]));
  uint64_t h;

  if (!C || !A)
    return 1;
  init_array(n, m, &alpha, &beta, *C, *A);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_syrk(n, m, alpha, beta, *C, *A);
  bench_timer_stop();

  h = checksum_array(n, *C);
  free(C);
  free(A);
  return bench_report("pb_syrk", h);
}
