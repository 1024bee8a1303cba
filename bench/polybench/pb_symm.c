/* pb_symm — PolyBench/C 4.2.1-shaped symm: C := alpha*A*B + beta*C with A
 * M x M symmetric, stored in its lower triangle only (the upper one holds
 * junk that must never be read), B and C M x N. The textbook BLAS-style
 * loop: for each C[i][j], a sweep down column j of C and B above row i.
 * Whole 2-D heap arrays passed as fixed-size array parameters to a plain
 * static kernel whose loop bounds are int parameters. */
#include <stdlib.h>

#include "bench.h"

#define M    700
#define N    1200
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int m, int n, double *alpha, double *beta, double C[M][N], double A[M][M],
                       double B[M][N]) {
  int i, j;

  *alpha = 1.5;
  *beta = 1.2;
  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++) {
      C[i][j] = (double)((i + j) % 100) / m;
      B[i][j] = (double)((n + i - j) % 100) / m;
    }
  for (i = 0; i < m; i++) {
    for (j = 0; j <= i; j++)
      A[i][j] = (double)((i + j) % 100) / m;
    for (j = i + 1; j < m; j++)
      A[i][j] = -999; /* never read */
  }
}

static uint64_t checksum_array(int m, int n, double C[M][N]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, C[i][j]);
  return h;
}

static void kernel_symm(int m, int n, double alpha, double beta, double C[M][N], double A[M][M],
                        double B[M][N]) {
  int i, j, k;
  double temp2;

  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++) {
      temp2 = 0;
      for (k = 0; k < i; k++) {
        C[k][j] += alpha * B[i][j] * A[i][k];
        temp2 += B[k][j] * A[i][k];
      }
      C[i][j] = beta * C[i][j] + alpha * B[i][j] * A[i][i] + alpha * temp2;
    }
}

int main(void) {
  int m = M;
  int n = N;
  int r;
  double alpha, beta;
  double(*C)[M][N] = malloc(sizeof(double[M][N]));
  double(*A)[M][M] = malloc(sizeof(double[M][M]));
  double(*B)[M][N] = malloc(sizeof(double[M][N]));
  uint64_t h;

  if (!C || !A || !B)
    return 1;
  init_array(m, n, &alpha, &beta, *C, *A, *B);

  bench_timer_start();
  for (r = 0; r < REPS; r++)
    kernel_symm(m, n, alpha, beta, *C, *A, *B);
  bench_timer_stop();

  h = checksum_array(m, n, *C);
  free(C);
  free(A);
  free(B);
  return bench_report("pb_symm", h);
}
