/* pb_heat_3d — PolyBench-shaped 3-D heat equation: a 7-point stencil with
 * 0.125 coefficients per axis, from A into B and then from B back into A in
 * each time step. Work scales with TSTEPS. */
#include <stdlib.h>

#include "bench.h"

#define N      120
#define TSTEPS (8 * SCALE)

static void init_array(int n, double A[N][N][N], double B[N][N][N]) {
  int i, j, k;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      for (k = 0; k < n; k++)
        A[i][j][k] = B[i][j][k] = (double)((i * (j + 1) + (n - k) * (k + 2)) % n) * 10 / (n);
}

static void kernel_heat_3d(int tsteps, int n, double A[N][N][N], double B[N][N][N]) {
  int t, i, j, k;

  for (t = 1; t <= tsteps; t++) {
    for (i = 1; i < n - 1; i++) {
      for (j = 1; j < n - 1; j++) {
        for (k = 1; k < n - 1; k++) {
          B[i][j][k] = 0.125 * (A[i + 1][j][k] - 2.0 * A[i][j][k] + A[i - 1][j][k]) +
                       0.125 * (A[i][j + 1][k] - 2.0 * A[i][j][k] + A[i][j - 1][k]) +
                       0.125 * (A[i][j][k + 1] - 2.0 * A[i][j][k] + A[i][j][k - 1]) + A[i][j][k];
        }
      }
    }
    for (i = 1; i < n - 1; i++) {
      for (j = 1; j < n - 1; j++) {
        for (k = 1; k < n - 1; k++) {
          A[i][j][k] = 0.125 * (B[i + 1][j][k] - 2.0 * B[i][j][k] + B[i - 1][j][k]) +
                       0.125 * (B[i][j + 1][k] - 2.0 * B[i][j][k] + B[i][j - 1][k]) +
                       0.125 * (B[i][j][k + 1] - 2.0 * B[i][j][k] + B[i][j][k - 1]) + B[i][j][k];
        }
      }
    }
  }
}

int main(void) {
  int n = N;
  int tsteps = TSTEPS;
  int i, j, k;

  double(*A)[N][N][N] = malloc(sizeof(double[N][N][N]));
  double(*B)[N][N][N] = malloc(sizeof(double[N][N][N]));
  if (!A || !B)
    return 1;

  init_array(n, *A, *B);

  bench_timer_start();
  kernel_heat_3d(tsteps, n, *A, *B);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      for (k = 0; k < n; k++)
        h = bench_mix_double(h, (*A)[i][j][k]);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      for (k = 0; k < n; k++)
        h = bench_mix_double(h, (*B)[i][j][k]);

  free(A);
  free(B);
  return bench_report("pb_heat_3d", h);
}
