/* pb_trmm — PolyBench/C 4.2.1-shaped trmm: B := alpha*A^T*B, A M x M
 * unit lower triangular (its strictly lower part is read, by columns, in
 * the innermost loop), B M x N overwritten in place row by row. Whole 2-D
 * heap arrays passed as fixed-size array parameters to a plain static
 * kernel whose loop bounds are int parameters. */
#include <stdlib.h>

#include "bench.h"

#define M    900
#define N    1200
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int m, int n, double *alpha, double A[M][M], double B[M][N]) {
  int i, j;

  *alpha = 1.5;
  for (i = 0; i < m; i++) {
    for (j = 0; j < i; j++)
      A[i][j] = (double)((i + j) % m) / m;
    A[i][i] = 1.0;
    for (j = i + 1; j < m; j++)
      A[i][j] = 0.0; /* never read */
    for (j = 0; j < n; j++)
      B[i][j] = (double)((n + (i - j)) % n) / n;
  }
}

static uint64_t checksum_array(int m, int n, double B[M][N]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, B[i][j]);
  return h;
}

static void kernel_trmm(int m, int n, double alpha, double A[M][M], double B[M][N]) {
  int i, j, k;

  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++) {
      for (k = i + 1; k < m; k++)
        B[i][j] += A[k][i] * B[k][j];
      B[i][j] = alpha * B[i][j];
    }
}

int main(void) {
  int m = M;
  int n = N;
  int r;
  double alpha;
  double(*A)[M][M] = malloc(sizeof(double[M][M]));
  double(*B)[M][N] = malloc(sizeof(double[M][N]));
  uint64_t h;

  if (!A || !B)
    return 1;
  init_array(m, n, &alpha, *A, *B);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_trmm(m, n, alpha, *A, *B);
  bench_timer_stop();

  h = checksum_array(m, n, *B);
  free(A);
  free(B);
  return bench_report("pb_trmm", h);
}
