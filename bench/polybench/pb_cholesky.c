/* pb_cholesky — PolyBench/C 4.2.1-shaped cholesky: in-place
 * Cholesky-Crout factorization A = L*L^T of an N x N symmetric positive
 * definite matrix, L overwriting the lower triangle of A row by row (the
 * upper one is left as it was). A is made positive definite by a strongly
 * dominant diagonal. The whole 2-D heap array passed as a fixed-size array
 * parameter to a plain static kernel whose loop bounds are int
 * parameters. */
#include <math.h>
#include <stdlib.h>

#include "bench.h"

#define N    1700
#define REPS ((1 * (SCALE) + 15) / 16)

static void init_array(int n, double A[N][N]) {
  int i, j;

  for (i = 0; i < n; i++) {
    for (j = 0; j < n; j++)
      A[i][j] = (double)((i * j + 1) % n) / n; /* symmetric in i, j */
    A[i][i] = (double)n;
  }
}

static uint64_t checksum_array(int n, double A[N][N]) {
  int i, j;
  uint64_t h = BENCH_CHECKSUM_INIT;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, A[i][j]);
  return h;
}

static void kernel_cholesky(int n, double A[N][N]) {
  int i, j, k;

  for (i = 0; i < n; i++) {
    /* j < i */
    for (j = 0; j < i; j++) {
      for (k = 0; k < j; k++) {
        A[i][j] -= A[i][k] * A[j][k];
      }
      A[i][j] /= A[j][j];
    }
    /* i == j */
    for (k = 0; k < i; k++) {
      A[i][i] -= A[i][k] * A[i][k];
    }
    A[i][i] = sqrt(A[i][i]);
  }
}

int main(void) {
  int n = N;
  int r;
  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  uint64_t h;

  if (!A)
    return 1;
  init_array(n, *A);

  bench_timer_start();
  for (r = 0; r < REPS; r++) {
    if (r > 0) { /* the factorization is in place: start again from A */
      bench_timer_stop();
      init_array(n, *A);
      bench_timer_start();
    }
    kernel_cholesky(n, *A);
  }
  bench_timer_stop();

  h = checksum_array(n, *A);
  free(A);
  return bench_report("pb_cholesky", h);
}
