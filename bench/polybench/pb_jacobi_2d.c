/* pb_jacobi_2d — PolyBench-shaped 2-D Jacobi stencil: each time step computes
 * B from the 5-point average of A, then A back from B. Global fixed sizes,
 * heap arrays passed as double[N][N], loop bounds from int parameters,
 * a plain static kernel called once. Work scales with TSTEPS. */
#include <stdlib.h>

#include "bench.h"

#define N      1300
#define TSTEPS (12 * SCALE)

static void init_array(int n, double A[N][N], double B[N][N]) {
  int i, j;

  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++) {
      A[i][j] = (double)((i * (j + 2) + 2) % n) / n;
      B[i][j] = (double)((i * (j + 3) + 3) % n) / n;
    }
}

static void kernel_jacobi_2d(int tsteps, int n, double A[N][N], double B[N][N]) {
  int t, i, j;

  for (t = 0; t < tsteps; t++) {
    for (i = 1; i < n - 1; i++)
      for (j = 1; j < n - 1; j++)
        B[i][j] = 0.2 * (A[i][j] + A[i][j - 1] + A[i][1 + j] + A[1 + i][j] + A[i - 1][j]);
    for (i = 1; i < n - 1; i++)
      for (j = 1; j < n - 1; j++)
        A[i][j] = 0.2 * (B[i][j] + B[i][j - 1] + B[i][1 + j] + B[1 + i][j] + B[i - 1][j]);
  }
}

int main(void) {
  int n = N;
  int tsteps = TSTEPS;
  int i, j;

  double(*A)[N][N] = malloc(sizeof(double[N][N]));
  double(*B)[N][N] = malloc(sizeof(double[N][N]));
  if (!A || !B)
    return 1;

  init_array(n, *A, *B);

  bench_timer_start();
  kernel_jacobi_2d(tsteps, n, *A, *B);
  bench_timer_stop();

  uint64_t h = BENCH_CHECKSUM_INIT;
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*A)[i][j]);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      h = bench_mix_double(h, (*B)[i][j]);

  free(A);
  free(B);
  return bench_report("pb_jacobi_2d", h);
}
