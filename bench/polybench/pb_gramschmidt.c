/* pb_gramschmidt — PolyBench-shaped modified Gram-Schmidt QR decomposition
 * of an M x N matrix A (column access: the i loops walk down columns), with
 * sqrt for the column norms. M >= N and a boosted diagonal keep the columns
 * independent, so no norm vanishes. A is overwritten; each repetition
 * re-initializes it (untimed). Work scales with REPS. */
#include <math.h>
#include <stdlib.h>

#include "bench.h"

#define M    420
#define N    350
#define REPS ((8 * SCALE + 15) / 16)

static void init_array(int m, int n, double A[M][N], double R[N][N], double Q[M][N]) {
  int i, j;

  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++) {
      A[i][j] = (((double)((i * j) % m) / m) * 100) + 10;
      if (i == j)
        A[i][j] += 200;
      Q[i][j] = 0.0;
    }
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      R[i][j] = 0.0;
}

static void kernel_gramschmidt(int m, int n, double A[M][N], double R[N][N], double Q[M][N]) {
  int i, j, k;
  double nrm;

  for (k = 0; k < n; k++) {
    nrm = 0.0;
    for (i = 0; i < m; i++)
      nrm += A[i][k] * A[i][k];
    R[k][k] = sqrt(nrm);
    for (i = 0; i < m; i++)
      Q[i][k] = A[i][k] / R[k][k];
    for (j = k + 1; j < n; j++) {
      R[k][j] = 0.0;
      for (i = 0; i < m; i++)
        R[k][j] += Q[i][k] * A[i][j];
      for (i = 0; i < m; i++)
        A[i][j] = A[i][j] - Q[i][k] * R[k][j];
    }
  }
}

int main(void) {
  int m = M;
  int n = N;
  int r, i, j;

  double(*A)[M][N] = malloc(sizeof(double[M][N]));
  double(*R)[N][N] = malloc(sizeof(double[N][N]));
  double(*Q)[M][N] = malloc(sizeof(double[M][N]));
  if (!A || !R || !Q)
    return 1;

  for (r = 0; r < REPS; r++) {
    init_array(m, n, *A, *R, *Q);
    bench_timer_start();
    kernel_gramschmidt(m, n, *A, *R, *Q);
    bench_timer_stop();
  }

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*R)[i][j]);
  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*Q)[i][j]);
  for (i = 0; i < m; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*A)[i][j]);

  free(A);
  free(R);
  free(Q);
  return bench_report("pb_gramschmidt", h);
}
