/* pb_lu — PolyBench-shaped LU decomposition without pivoting, in place, in
 * the i, j, k order (the k loops walk down columns of A). The input is a
 * symmetric positive definite matrix L*L^T, built once outside the timed
 * region; each repetition restores it (untimed) and factors it again.
 * Work scales with REPS. */
#include <stdlib.h>

#include "bench.h"

#define N    600
#define REPS ((10 * SCALE + 15) / 16)

/* A = L * L^T with L unit lower triangular, column j below the diagonal
   holding 1 - j/n: symmetric positive definite and well conditioned. */
static void init_array(int n, double A[N][N]) {
  int i, j, k;
  double(*L)[N][N] = malloc(sizeof(double[N][N]));
  if (!L)
    exit(1);

  for (i = 0; i < n; i++) {
    for (j = 0; j < i; j++)
      (*L)[i][j] = (double)(n - j) / n;
    (*L)[i][i] = 1.0;
    for (j = i + 1; j < n; j++)
      (*L)[i][j] = 0.0;
  }
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      double s = 0.0;
      for (k = 0; k <= (i < j ? i : j); k++)
        s += (*L)[i][k] * (*L)[j][k];
      A[i][j] = s;
    }
  free(L);
}

static void kernel_lu(int n, double A[N][N]) {
  int i, j, k;

  for (i = 0; i < n; i++) {
    for (j = 0; j < i; j++) {
      for (k = 0; k < j; k++) {
        A[i][j] -= A[i][k] * A[k][j];
      }
      A[i][j] /= A[j][j];
    }
    for (j = i; j < n; j++) {
      for (k = 0; k < i; k++) {
        A[i][j] -= A[i][k] * A[k][j];
      }
    }
  }
}

int main(void) {
  int n = N;
  int r, i, j;

  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*A0)[N][N] = malloc(sizeof(double[N][N]));
  if (!A || !A0)
    return 1;

  init_array(n, *A0);

  for (r = 0; r < REPS; r++) {
    memcpy(*A, *A0, sizeof(double[N][N]));
    bench_timer_start();
    kernel_lu(n, *A);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*A)[i][j]);

  free(A);
  free(A0);
  return bench_report("pb_lu", h);
}
